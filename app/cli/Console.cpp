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

std::optional<int> parseCommandLine(QCommandLineParser& parser, const QStringList& arguments, const QString& usage) {
    if (!parser.parse(arguments)) {
        err() << parser.errorText() << Qt::endl;
        if (!usage.isEmpty()) err() << usage << Qt::endl;
        return 2;
    }
    if (parser.isSet(QStringLiteral("help"))) {
        out() << parser.helpText() << Qt::flush;
        return 0;
    }
    return std::nullopt;
}

}  // namespace nianbao::cli
