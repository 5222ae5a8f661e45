#include "compare/TextSimilarity.h"

#include <unicode/brkiter.h>
#include <unicode/locid.h>
#include <unicode/unistr.h>

#include <QSet>

#include <algorithm>
#include <memory>

namespace nianbao {
namespace {

constexpr int kShingle = 5;
constexpr int kMinPassage = 12;  // characters; shorter sentences ("无。") prove nothing
constexpr int kMaxPassages = 5;

QStringList words(const QString& text) {
    UErrorCode status = U_ZERO_ERROR;
    thread_local std::unique_ptr<icu::BreakIterator> iterator(icu::BreakIterator::createWordInstance(icu::Locale::getChinese(), status));
    QStringList out;
    if (!iterator) return out;
    const icu::UnicodeString s(reinterpret_cast<const UChar*>(text.utf16()), int32_t(text.size()));
    iterator->setText(s);
    int32_t start = iterator->first();
    for (int32_t end = iterator->next(); end != icu::BreakIterator::DONE; start = end, end = iterator->next()) {
        const int32_t rule = iterator->getRuleStatus();
        if (rule >= UBRK_WORD_NUMBER && rule < UBRK_WORD_NUMBER_LIMIT) {
            out << QStringLiteral("#");
        } else if (rule >= UBRK_WORD_LETTER) {  // letters, kana, ideographs: skip spaces and punctuation
            out << text.mid(start, end - start);
        }
    }
    return out;
}

QSet<QString> shingles(const QStringList& w) {
    QSet<QString> out;
    for (qsizetype i = 0; i + kShingle <= w.size(); ++i) out.insert(w.mid(i, kShingle).join(QLatin1Char('\x1f')));
    if (out.isEmpty() && !w.isEmpty()) out.insert(w.join(QLatin1Char('\x1f')));
    return out;
}

QStringList sentences(const QString& text) {
    QStringList out;
    QString current;
    for (QChar c : text) {
        if (c == QLatin1Char('\n') || c == QChar(u'。') || c == QChar(u'；') || c == QLatin1Char(';')) {
            if (current.trimmed().size() >= kMinPassage) out << current.trimmed();
            current.clear();
        } else {
            current.append(c);
        }
    }
    if (current.trimmed().size() >= kMinPassage) out << current.trimmed();
    return out;
}

}  // namespace

TextSimilarity compareTexts(const QString& a, const QString& b) {
    TextSimilarity result;
    const QSet<QString> sa = shingles(words(a)), sb = shingles(words(b));
    if (sa.isEmpty() || sb.isEmpty()) return result;
    const qsizetype common = QSet<QString>(sa).intersect(sb).size();
    result.jaccard = double(common) / double(sa.size() + sb.size() - common);
    const QStringList sentencesOfB = sentences(b);
    const QSet<QString> inB(sentencesOfB.begin(), sentencesOfB.end());
    // A set of the passages taken so far: searching the list for each sentence
    // made comparing two large reports quadratic (63 s).
    QSet<QString> taken;
    for (const QString& s : sentences(a))
        if (inB.contains(s) && !taken.contains(s)) {
            taken.insert(s);
            result.sharedPassages << s;
        }
    std::stable_sort(result.sharedPassages.begin(), result.sharedPassages.end(),
                     [](const QString& x, const QString& y) { return x.size() > y.size(); });
    if (result.sharedPassages.size() > kMaxPassages) result.sharedPassages = result.sharedPassages.mid(0, kMaxPassages);
    return result;
}

}  // namespace nianbao
