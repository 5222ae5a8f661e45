#pragma once

#include <QString>

namespace nianbao {

enum class Severity { Info, Warning, Error };

QString severityName(Severity s);          // "info", "warning", "error": stable, for JSON and scripts
QString severityDisplayName(Severity s);   // "提示", "警告", "错误": for people
bool parseSeverity(const QString& name, Severity* out);

}  // namespace nianbao
