#include "check/Severity.h"

namespace nianbao {

QString severityName(Severity s) {
    switch (s) {
    case Severity::Info: return QStringLiteral("info");
    case Severity::Warning: return QStringLiteral("warning");
    case Severity::Error: return QStringLiteral("error");
    }
    return {};
}

QString severityDisplayName(Severity s) {
    switch (s) {
    case Severity::Info: return QStringLiteral("提示");
    case Severity::Warning: return QStringLiteral("警告");
    case Severity::Error: return QStringLiteral("错误");
    }
    return {};
}

bool parseSeverity(const QString& name, Severity* out) {
    for (Severity s : {Severity::Info, Severity::Warning, Severity::Error}) {
        if (severityName(s) == name) {
            *out = s;
            return true;
        }
    }
    return false;
}

}  // namespace nianbao
