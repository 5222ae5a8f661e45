#pragma once

#include <QTextStream>

namespace nianbao::cli {

// The process's stdout and stderr as UTF-8 text streams, one of each for the
// whole run, so every command writes through the same buffers.
QTextStream& out();
QTextStream& err();

}  // namespace nianbao::cli
