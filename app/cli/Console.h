#pragma once

#include <QCommandLineParser>
#include <QStringList>
#include <QTextStream>

#include <optional>

namespace nianbao::cli {

// The process's stdout and stderr as UTF-8 text streams, one of each for the
// whole run, so every command writes through the same buffers.
QTextStream& out();
QTextStream& err();

// Parses a command's arguments. Returns the exit status when the command is
// over already: 2 after a parse error (printed with `usage`, if any), 0 after
// printing --help; nullopt when the command should go on.
std::optional<int> parseCommandLine(QCommandLineParser& parser, const QStringList& arguments, const QString& usage = {});

}  // namespace nianbao::cli
