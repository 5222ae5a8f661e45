#include "proofread/ChineseNumber.h"

#include <unicode/locid.h>
#include <unicode/rbnf.h>
#include <unicode/unistr.h>

#include <memory>

namespace nianbao {
namespace {

std::optional<double> parseSpellOut(const QString& text) {
    // RuleBasedNumberFormat::parse is const but not documented thread-safe: one per thread.
    thread_local std::unique_ptr<icu::RuleBasedNumberFormat> format = [] {
        UErrorCode status = U_ZERO_ERROR;
        auto f = std::make_unique<icu::RuleBasedNumberFormat>(icu::URBNF_SPELLOUT, icu::Locale("zh"), status);
        return U_SUCCESS(status) ? std::move(f) : nullptr;
    }();
    if (!format) return std::nullopt;
    const icu::UnicodeString s(reinterpret_cast<const UChar*>(text.utf16()), int32_t(text.size()));
    icu::Formattable result;
    icu::ParsePosition position(0);
    format->parse(s, result, position);
    if (position.getErrorIndex() >= 0 || position.getIndex() != s.length()) return std::nullopt;
    UErrorCode status = U_ZERO_ERROR;
    const double value = result.getDouble(status);
    if (U_FAILURE(status)) return std::nullopt;
    return value;
}

double multiplier(QChar c) {
    switch (c.unicode()) {
    case u'十': return 10;
    case u'百': return 100;
    case u'千': return 1000;
    case u'万': return 10000;
    default: return 0;
    }
}

}  // namespace

std::optional<double> parseChineseNumber(const QString& input) {
    const QString text = input.trimmed();
    if (text.isEmpty()) return std::nullopt;
    bool ok = false;
    const double arabic = text.toDouble(&ok);
    if (ok) return arabic;
    // Arabic digits with a Chinese multiplier: "1.2万", "3千".
    if (text.size() >= 2 && multiplier(text.back()) > 0) {
        const double leading = text.left(text.size() - 1).toDouble(&ok);
        if (ok) return leading * multiplier(text.back());
    }
    return parseSpellOut(text);
}

}  // namespace nianbao
