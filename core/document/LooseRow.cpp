#include "document/LooseRow.h"

#include <QRegularExpression>

namespace nianbao {
namespace {

// Labels of the official tables are at most a couple of dozen characters; a
// longer line is prose even when it ends in a number.
constexpr int kMaxLabelLength = 30;

bool hasIdeograph(const QString& s) {
    for (QChar c : s)
        if (c.unicode() >= 0x4E00 && c.unicode() <= 0x9FFF) return true;
    return false;
}

bool hasSentencePunctuation(const QString& s) {
    for (QChar c : s)
        if (QStringView(u"。，,；;！!？?").contains(c)) return true;
    return false;
}

bool isLabel(const QString& s) {
    return !s.isEmpty() && s.size() <= kMaxLabelLength && !s.back().isDigit() && hasIdeograph(s) &&
           !hasSentencePunctuation(s);
}

}  // namespace

std::vector<markdown::Range> looseValueRow(const QString& line) {
    static const QRegularExpression number(QStringLiteral(R"(\s+(-?\d[\d,]*(?:\.\d+)?(?:万元)?)(?=\s|$))"));
    int end = static_cast<int>(line.size());
    while (end > 0 && line[end - 1].isSpace()) --end;
    // Most lines are prose ending in punctuation: rejected before any matching.
    if (end == 0 || !(line[end - 1].isDigit() || line[end - 1] == QChar(u'元'))) return {};
    const QString body = line.left(end);
    QRegularExpressionMatchIterator it = number.globalMatch(body);
    std::vector<markdown::Range> all;
    while (it.hasNext()) {
        const QRegularExpressionMatch m = it.next();
        all.push_back({static_cast<int>(m.capturedStart(1)), static_cast<int>(m.capturedEnd(1))});
    }
    // Keep only the run of numbers that ends the line; the label is what precedes it.
    std::vector<markdown::Range> numbers;
    int labelEnd = end;
    for (auto r = all.rbegin(); r != all.rend(); ++r) {
        if (r->end != labelEnd && !body.mid(r->end, labelEnd - r->end).trimmed().isEmpty()) break;
        numbers.insert(numbers.begin(), *r);
        labelEnd = r->start;
    }
    if (numbers.empty()) return {};
    int labelStart = 0;
    while (labelStart < labelEnd && line[labelStart].isSpace()) ++labelStart;
    while (labelEnd > labelStart && line[labelEnd - 1].isSpace()) --labelEnd;
    if (!isLabel(line.mid(labelStart, labelEnd - labelStart))) return {};
    numbers.insert(numbers.begin(), {labelStart, labelEnd});
    return numbers;
}

bool isShortLabelLine(const QString& trimmed) {
    return isLabel(trimmed);
}

}  // namespace nianbao
