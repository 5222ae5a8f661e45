#include "Console.h"

namespace nianbao::cli {

QTextStream& out() {
    static QTextStream stream(stdout);
    return stream;
}

QTextStream& err() {
    static QTextStream stream(stderr);
    return stream;
}

}  // namespace nianbao::cli
