#include "text/SourceText.h"

#include "text/ReportBudget.h"

#include <unicode/normalizer2.h>
#include <unicode/unistr.h>

namespace nianbao {
namespace {

const icu::Normalizer2& nfkc() {
    UErrorCode status = U_ZERO_ERROR;
    const icu::Normalizer2* n = icu::Normalizer2::getNFKCInstance(status);
    if (U_FAILURE(status) || !n) qFatal("ICU NFKC normaliser is unavailable");
    return *n;
}

char32_t codePointAt(const QString& s, int i, int* width) {
    const QChar c = s[i];
    if (c.isHighSurrogate() && i + 1 < s.size() && s[i + 1].isLowSurrogate()) {
        *width = 2;
        return QChar::surrogateToUcs4(c, s[i + 1]);
    }
    *width = 1;
    return c.unicode();
}

}  // namespace

NormalizedLine normalizeLine(const QString& original) {
    static const icu::Normalizer2& normalizer = nfkc();
    NormalizedLine out;
    out.text.reserve(original.size());
    out.origin.reserve(original.size() + 1);
    const int n = static_cast<int>(original.size());
    int i = 0;
    while (i < n) {
        int width = 1;
        const char32_t cp = codePointAt(original, i, &width);
        // CJK Unified Ideographs (U+4E00–U+9FFF) are NFKC-inert; checking the range first skips ICU for most of a report.
        // Control characters (a vertical tab from a Word line break, a stray
        // NEL) separate words like a space; the original keeps them.
        if ((cp < 0x20 && cp != u'\t') || (cp >= 0x7F && cp < 0xA0)) {
            out.text.append(QLatin1Char(' '));
            out.origin.push_back(i);
            ++i;
            continue;
        }
        if (cp < 0x80 || (cp >= 0x4E00 && cp <= 0x9FFF) || normalizer.isInert(cp)) {
            // Fast path: most of a report is ASCII or CJK ideographs, which NFKC leaves alone.
            for (int k = 0; k < width; ++k) {
                out.text.append(original[i + k]);
                out.origin.push_back(i + k);
            }
            i += width;
            continue;
        }
        // Normalise the run up to the next character that starts a new
        // normalisation segment; every output unit maps to the run's start.
        int end = i + width;
        while (end < n) {
            int w = 1;
            const char32_t next = codePointAt(original, end, &w);
            if (normalizer.hasBoundaryBefore(next)) break;
            end += w;
        }
        UErrorCode status = U_ZERO_ERROR;
        icu::UnicodeString segment(reinterpret_cast<const UChar*>(original.constData() + i), end - i);
        const icu::UnicodeString normalized = normalizer.normalize(segment, status);
        if (U_FAILURE(status)) {
            for (int k = i; k < end; ++k) {
                out.text.append(original[k]);
                out.origin.push_back(k);
            }
        } else {
            for (int k = 0; k < normalized.length(); ++k) {
                char16_t unit = normalized.charAt(k);
                // NFKC keeps U+3000 and U+00A0 as spaces; fold every Unicode space to ' '.
                if (QChar(unit).isSpace()) unit = u' ';
                out.text.append(QChar(unit));
                out.origin.push_back(i);
            }
        }
        i = end;
    }
    out.origin.push_back(n);
    return out;
}

SourceText::SourceText(const QString& decoded) {
    QString text = decoded;
    text.replace(QLatin1String("\r\n"), QLatin1String("\n"));
    text.replace(QLatin1Char('\r'), QLatin1Char('\n'));
    // Lines are counted before splitting and characters as each line is
    // normalised, so a hostile text stops before it costs the memory.
    ReportBudgetTally budget;
    if (!budget.addLines(text.count(QLatin1Char('\n')) + 1)) {
        budgetError_ = budget.error();
        return;
    }
    original_ = text.split(QLatin1Char('\n'));
    if (!original_.isEmpty() && original_.last().isEmpty()) original_.removeLast();
    normalized_.reserve(original_.size());
    for (const QString& line : original_) {
        normalized_.push_back(normalizeLine(line));
        if (!budget.addCharacters(normalized_.back().text.size())) {
            budgetError_ = budget.error();
            original_.clear();
            normalized_.clear();
            return;
        }
    }
}

SourceSpan SourceText::spanOf(int line, int start, int end) const {
    const NormalizedLine& l = normalizedLine(line);
    SourceSpan span;
    span.line = span.endLine = line;
    span.column = l.origin[start];
    // A normalised unit covers its source segment up to where the next unit's segment starts.
    if (end <= start) {
        span.endColumn = span.column;
    } else {
        const int last = l.origin[end - 1];
        span.endColumn = l.origin[end] > last ? l.origin[end] : last + 1;
    }
    return span;
}

}  // namespace nianbao

