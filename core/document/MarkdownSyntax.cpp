#include "document/MarkdownSyntax.h"

#include <QRegularExpression>

namespace nianbao::markdown {
namespace {

bool isEscapedAt(const QString& line, int i) {
    int backslashes = 0;
    while (i - backslashes - 1 >= 0 && line[i - backslashes - 1] == QLatin1Char('\\')) ++backslashes;
    return backslashes % 2 == 1;
}

std::vector<int> unescapedPipes(const QString& line) {
    std::vector<int> pipes;
    for (int i = 0; i < line.size(); ++i)
        if (line[i] == QLatin1Char('|') && !isEscapedAt(line, i)) pipes.push_back(i);
    return pipes;
}

bool isAsciiAlnum(QChar c) { return c.unicode() < 0x80 && c.isLetterOrNumber(); }

// What CommonMark lets a backslash escape: ASCII punctuation and symbols.
bool isEscapable(QChar c) {
    return c.unicode() < 0x80 && QByteArrayView("!\"#$%&'()*+,-./:;<=>?@[\\]^_`{|}~").contains(char(c.unicode()));
}

}  // namespace

bool isTableSeparator(const QString& line) {
    // Cells of dashes with optional alignment colons; at least one pipe so a
    // thematic break ("---") is not taken for one.
    static const QRegularExpression separator(QStringLiteral(R"(^\s*\|?\s*:?-+:?\s*(\|\s*:?-+:?\s*)*\|?\s*$)"));
    return line.contains(QLatin1Char('|')) && line.contains(QLatin1Char('-')) && separator.match(line).hasMatch();
}

bool hasShortDashCell(const QString& line) {
    for (const Range& cell : rowCells(line)) {
        const QString text = line.mid(cell.start, cell.end - cell.start).trimmed();
        if (text == QLatin1String("-") || text == QLatin1String("--")) return true;
    }
    return false;
}

bool isDelimitedRow(const QString& line) {
    qsizetype first = 0;
    while (first < line.size() && line[first].isSpace()) ++first;
    return first < line.size() && line[first] == QLatin1Char('|') && unescapedPipes(line).size() >= 2;
}

std::vector<Range> rowCells(const QString& line) {
    const std::vector<int> pipes = unescapedPipes(line);
    std::vector<Range> cells;
    int start = 0;
    for (int pipe : pipes) {
        cells.push_back({start, pipe});
        start = pipe + 1;
    }
    cells.push_back({start, static_cast<int>(line.size())});
    // The text before a leading pipe and after a trailing one is not a cell.
    auto blank = [&](const Range& r) { return line.mid(r.start, r.end - r.start).trimmed().isEmpty(); };
    if (cells.size() > 1 && blank(cells.front())) cells.erase(cells.begin());
    if (cells.size() > 1 && blank(cells.back())) cells.pop_back();
    return cells;
}

Range headingContent(const QString& line) {
    static const QRegularExpression heading(QStringLiteral(R"(^\s{0,3}(#{1,6})(?:\s+(.*?))?(?:\s+#+)?\s*$)"));
    qsizetype first = 0;
    while (first < line.size() && line[first].isSpace()) ++first;
    if (first == line.size() || line[first] != QLatin1Char('#')) return {-1, -1};
    const QRegularExpressionMatch m = heading.match(line);
    if (!m.hasMatch()) return {-1, -1};
    if (m.capturedStart(2) < 0) return {static_cast<int>(m.capturedEnd(1)), static_cast<int>(m.capturedEnd(1))};
    return contentRange(line, {static_cast<int>(m.capturedStart(2)), static_cast<int>(m.capturedEnd(2))});
}

QString plainText(const QString& raw) {
    QString out;
    out.reserve(raw.size());
    static const QRegularExpression lineBreak(QStringLiteral(R"(^<br\s*/?>)"), QRegularExpression::CaseInsensitiveOption);
    for (int i = 0; i < raw.size(); ++i) {
        const QChar c = raw[i];
        if (c == QLatin1Char('\\') && i + 1 < raw.size() && isEscapable(raw[i + 1])) {
            out.append(raw[++i]);
            continue;
        }
        if ((c == QLatin1Char('*') || c == QLatin1Char('_')) && i + 1 < raw.size() && raw[i + 1] == c) {
            ++i;
            continue;
        }
        if (c == QLatin1Char('<')) {
            const QRegularExpressionMatch m = lineBreak.match(raw.mid(i, 8));
            if (m.hasMatch()) {
                const int after = i + static_cast<int>(m.capturedLength());
                if (!out.isEmpty() && after < raw.size() && isAsciiAlnum(out.back()) && isAsciiAlnum(raw[after]))
                    out.append(QLatin1Char(' '));
                i = after - 1;
                continue;
            }
        }
        out.append(c);
    }
    return out.trimmed();
}

Range contentRange(const QString& line, Range range) {
    auto isMarker = [&](int i) {
        const QChar c = line[i];
        return c.isSpace() || c == QLatin1Char('*') || c == QLatin1Char('_');
    };
    while (range.start < range.end && isMarker(range.start)) ++range.start;
    while (range.end > range.start && isMarker(range.end - 1)) --range.end;
    return range;
}

}  // namespace nianbao::markdown
