#pragma once

#include "export/ExportInput.h"

#include <QJsonArray>
#include <QJsonObject>

namespace nianbao {

// The check JSON of the corrected report (docs/check-json.md) plus a
// "corrections" array: every changed cell with its original and new value,
// time and reason.
QJsonObject exportJson(const ExportInput& input);
QJsonArray correctionsToJson(const Report& report, const std::vector<Correction>& corrections);

// exportJson() as the indented UTF-8 bytes of the file.
QByteArray buildJson(const ExportInput& input);

// exportJson() written atomically; refuses to overwrite the report itself.
QString exportJsonFile(const ExportInput& input, const QString& path);

}  // namespace nianbao
