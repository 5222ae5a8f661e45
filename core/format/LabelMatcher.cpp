#include "format/LabelMatcher.h"

#include "text/SourceText.h"


#include <algorithm>
#include <vector>

namespace nianbao {
namespace {

QString compareKey(QStringView text) {
    QString key;
    key.reserve(text.size());
    for (QChar c : text)
        if (c.isLetterOrNumber()) key.append(c);
    return key;
}

// Short labels must match exactly; longer ones may carry one stray character
// per ten ("不予处9理"), which is what typing into a Word table produces.
int typoAllowance(const QString& body) {
    if (body.size() < 4) return 0;
    return 1 + static_cast<int>(body.size()) / 10;
}

}  // namespace

namespace {

bool isChineseNumeral(QChar c) {
    return QStringView(u"一二三四五六七八九十").contains(c);
}

qsizetype skipSpaces(QStringView s, qsizetype i) {
    while (i < s.size() && s[i].isSpace()) ++i;
    return i;
}

// Reads "一、", "（三）" (already NFKC: "(三)") or "2." at the start of `s`.
// Returns where the words begin, or 0 when the label is unnumbered.
qsizetype readNumbering(QStringView s, QString* numbering) {
    qsizetype i = skipSpaces(s, 0);
    const bool bracketed = i < s.size() && s[i] == QLatin1Char('(');
    if (bracketed) i = skipSpaces(s, i + 1);
    const qsizetype first = i;
    const bool chinese = i < s.size() && isChineseNumeral(s[i]);
    while (i < s.size() && (chinese ? isChineseNumeral(s[i]) : s[i].isDigit())) ++i;
    if (i == first || (bracketed && !chinese)) return 0;
    const QStringView number = s.mid(first, i - first);
    i = skipSpaces(s, i);
    if (i >= s.size()) return 0;
    const QChar mark = s[i];
    if (bracketed ? mark != QLatin1Char(')') : !QStringView(u"、,.").contains(mark)) return 0;
    *numbering = QChar(bracketed ? u'p' : chinese ? u's' : u'n') + number.toString();
    return i + 1;
}

}  // namespace

LabelKey labelKey(const QString& label) {
    // Official wording from the data keeps its full-width brackets; reports may not.
    return labelKeyOfNormalized(normalizeLine(label).text);
}

LabelKey labelKeyOfNormalized(const QString& text) {
    LabelKey key;
    const qsizetype words = readNumbering(text, &key.numbering);
    key.body = compareKey(QStringView(text).mid(words));
    return key;
}

int boundedEditDistance(const QString& a, const QString& b, int limit) {
    const int n = static_cast<int>(a.size()), m = static_cast<int>(b.size());
    if (std::abs(n - m) > limit) return limit + 1;
    std::vector<int> previous(m + 1), current(m + 1);
    for (int j = 0; j <= m; ++j) previous[j] = j;
    for (int i = 1; i <= n; ++i) {
        current[0] = i;
        int rowMin = current[0];
        for (int j = 1; j <= m; ++j) {
            const int substitution = previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1);
            current[j] = std::min({previous[j] + 1, current[j - 1] + 1, substitution});
            rowMin = std::min(rowMin, current[j]);
        }
        if (rowMin > limit) return limit + 1;
        std::swap(previous, current);
    }
    return previous[m];
}

LabelMatch matchLabel(const LabelKey& found, const LabelKey& official) {
    if (!found.numbering.isEmpty() && !official.numbering.isEmpty() && found.numbering != official.numbering)
        return LabelMatch::None;
    if (found.body.isEmpty()) return LabelMatch::None;
    if (found.body == official.body) return LabelMatch::Exact;
    const int allowance = typoAllowance(official.body);
    if (allowance > 0 && boundedEditDistance(found.body, official.body, allowance) <= allowance)
        return LabelMatch::Fuzzy;
    // A label cut short keeps its first characters: "本年新" for "本年新制作数量".
    if (found.body.size() >= 3 && found.body.size() * 5 >= official.body.size() * 2 &&
        official.body.startsWith(found.body))
        return LabelMatch::Truncated;
    return LabelMatch::None;
}

LabelMatch matchLabel(const QString& found, const QString& official, const QStringList& aliases) {
    const LabelKey key = labelKey(found);
    LabelMatch best = matchLabel(key, labelKey(official));
    for (const QString& alias : aliases) {
        if (best == LabelMatch::Exact) break;
        const LabelMatch m = matchLabel(key, labelKey(alias));
        if (m != LabelMatch::None && (best == LabelMatch::None || m == LabelMatch::Exact)) best = m;
    }
    return best;
}

}  // namespace nianbao
