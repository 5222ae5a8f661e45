#pragma once

#include <QString>

#include <optional>

namespace nianbao {

// Reads a count as a report writes it: "23", "二十三", "两", "十", "零",
// "一百零五", "1.2万", "3千". Chinese spell-out goes through ICU's rule-based
// number format; returns nullopt for anything else.
std::optional<double> parseChineseNumber(const QString& text);

}  // namespace nianbao
