#pragma once

// LibreOffice, run headless by the tests that check a real office suite
// opens what the exporter wrote.
#include <QString>
#include <QTemporaryDir>

namespace nianbao::test {

// soffice or libreoffice on PATH; empty when not installed.
QString office();

// Converts `file` into `dir` with `filter` ("txt:Text", "pdf") and its own
// user profile, so tests running in parallel do not fight over LibreOffice's
// profile lock. Returns the path of the converted file.
QString convert(const QString& file, const QString& filter, const QTemporaryDir& dir);

}  // namespace nianbao::test
