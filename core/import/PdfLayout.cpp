#include "import/PdfLayout.h"

#include "import/PdfTable.h"
#include "import/PdfText.h"

#include <QRegularExpression>

#include <algorithm>
#include <map>
#include <set>

namespace nianbao {
namespace {

struct Chunk {
    QString text;
    QRectF box;
    bool isValue = false;
    std::vector<PdfWord> words;
};

struct Line {
    std::vector<Chunk> chunks;
    QRectF box;
    int page = 0;
    enum class Kind { Paragraph, Table, Short } kind = Kind::Paragraph;
};

double median(std::vector<double> values, double fallback) {
    if (values.empty()) return fallback;
    std::nth_element(values.begin(), values.begin() + values.size() / 2, values.end());
    return values[values.size() / 2];
}

// Every threshold is a fraction of the typical word height, so the layout
// works at any font size.
struct Metrics {
    double height = 12;
    double chunkGap() const { return 0.45 * height; }      // cell padding on both sides is wider than a space
    double spaceGap() const { return 0.15 * height; }      // narrower than this, glyphs of one word
};


bool isPageNumber(const QString& text) {
    static const QRegularExpression pattern(QStringLiteral("^[\\s\\-—–第页共/·]*\\d+[\\s\\-—–第页共/·\\d]*$"));
    return pattern.match(text).hasMatch();
}

bool isSectionHeading(const QString& text) {
    // Drafts number sections "一、" and sometimes "5、".
    static const QRegularExpression numbered(QStringLiteral("^\\s*([一二三四五六七八九十]+|[0-9]+)\\s*[、.．]"));
    static const QStringList phrases = {QStringLiteral("总体情况"),       QStringLiteral("主动公开政府信息情况"),
                                        QStringLiteral("政府信息公开申请情况"), QStringLiteral("行政诉讼情况"),
                                        QStringLiteral("存在的主要问题"), QStringLiteral("其他需要报告的事项")};
    if (!numbered.match(text).hasMatch()) return false;
    for (const QString& p : phrases)
        if (text.contains(p)) return true;
    return false;
}


QString lineText(const Line& line) {
    QStringList parts;
    for (const Chunk& c : line.chunks) parts.append(c.text);
    return parts.join(QLatin1Char(' '));
}




class PageLines {
public:
    PageLines(const PdfPage& page, int pageIndex, const Metrics& metrics) : metrics_(metrics) {
        std::vector<const PdfWord*> words;
        for (const PdfWord& w : page.words)
            if (!w.text.trimmed().isEmpty() && w.box.height() > 0) words.push_back(&w);
        std::sort(words.begin(), words.end(),
                  [](const PdfWord* a, const PdfWord* b) { return a->box.center().y() < b->box.center().y(); });
        // A line is the words overlapping its first word: measured against a
        // growing union, a line would drift down through a table whose cells
        // are centred at different heights and swallow the lines below.
        std::vector<std::vector<const PdfWord*>> groups;
        QRectF first;
        for (const PdfWord* w : words) {
            const double overlap = std::min(first.bottom(), w->box.bottom()) - std::max(first.top(), w->box.top());
            if (groups.empty() || overlap < 0.5 * std::min(first.height(), w->box.height())) {
                groups.emplace_back();
                first = w->box;
            }
            groups.back().push_back(w);
        }
        for (auto& group : groups) lines_.push_back(makeLine(group, pageIndex));
        dropPageNumbers(page.size.height());
    }

    std::vector<Line>& lines() { return lines_; }

private:
    Line makeLine(std::vector<const PdfWord*>& words, int pageIndex) const {
        std::sort(words.begin(), words.end(), [](const PdfWord* a, const PdfWord* b) { return a->box.left() < b->box.left(); });
        Line line;
        line.page = pageIndex;
        for (const PdfWord* w : words) {
            const QString text = w->text.trimmed();
            if (line.chunks.empty() || !sameChunk(line.chunks.back().words.back().box, w->box)) {
                line.chunks.push_back({text, w->box, false, {{text, w->box}}});
            } else {
                Chunk& c = line.chunks.back();
                const bool spaced = w->box.left() - c.box.right() > metrics_.spaceGap();
                c.text = spaced ? joinPdfText(c.text, text) : c.text + text;
                c.box = c.box.united(w->box);
                c.words.push_back({text, w->box});
            }
            line.box = line.box.isNull() ? w->box : line.box.united(w->box);
        }
        for (Chunk& c : line.chunks) c.isValue = isPdfValueText(c.text);
        return line;
    }

    // Glyphs of one word touch; words of one cell share a baseline and are
    // closer than the padding of two cells. A word beside a vertically printed
    // label ("理" by "（三）不予公开") is as close but on another baseline.
    bool sameChunk(const QRectF& last, const QRectF& next) const {
        const double gap = next.left() - last.right();
        if (gap < -metrics_.spaceGap()) return false;  // stacked, not side by side
        if (gap <= metrics_.spaceGap()) return true;
        return gap <= metrics_.chunkGap() && std::abs(next.bottom() - last.bottom()) <= 0.1 * metrics_.height;
    }

    void dropPageNumbers(double pageHeight) {
        const double margin = 0.1 * pageHeight;
        auto furniture = [&](const Line& l) {
            return (l.box.bottom() < margin || l.box.top() > pageHeight - margin) && isPageNumber(foldedPdfText(lineText(l)));
        };
        lines_.erase(std::remove_if(lines_.begin(), lines_.end(), furniture), lines_.end());
    }

    const Metrics& metrics_;
    std::vector<Line> lines_;
};

// Running heads: a line in the top or bottom margin repeated, page numbers
// aside, on several pages ("洪泽区人民政府 2023年政府信息公开工作年度报告 第 3 页").
void dropRunningHeads(const std::vector<PdfPage>& pages, std::vector<std::vector<Line>>* pageLines) {
    static const QRegularExpression digitsAndSpace(QStringLiteral("[\\d\\s]+"));
    auto key = [](const Line& l) { return foldedPdfText(lineText(l)).remove(digitsAndSpace); };
    auto inMargin = [&](const Line& l, size_t page) {
        const double height = pages[page].size.height();
        return l.box.bottom() < 0.07 * height || l.box.top() > 0.93 * height;
    };
    std::map<QString, std::set<size_t>> pagesOf;
    for (size_t p = 0; p < pageLines->size(); ++p)
        for (const Line& l : (*pageLines)[p])
            if (inMargin(l, p) && !key(l).isEmpty()) pagesOf[key(l)].insert(p);
    for (size_t p = 0; p < pageLines->size(); ++p) {
        std::vector<Line>& lines = (*pageLines)[p];
        lines.erase(std::remove_if(lines.begin(), lines.end(),
                                   [&](const Line& l) { return inMargin(l, p) && pagesOf[key(l)].size() >= 2; }),
                    lines.end());
    }
}

void classify(std::vector<Line>& lines) {
    constexpr int kMaxShortLength = 40;  // a label wrapped in a wide cell
    for (Line& l : lines) {
        const QString text = foldedPdfText(lineText(l));
        const bool hasValue = std::any_of(l.chunks.begin(), l.chunks.end(), [](const Chunk& c) { return c.isValue; });
        if (isSectionHeading(text)) l.kind = Line::Kind::Paragraph;
        else if (l.chunks.size() >= 2 || hasValue) l.kind = Line::Kind::Table;
        else if (text.size() <= kMaxShortLength && !text.endsWith(QStringLiteral("。"))) l.kind = Line::Kind::Short;
        else l.kind = Line::Kind::Paragraph;
    }
    // Short label lines (a table-二 item heading, a wrapped label) belong to
    // the table they touch; elsewhere they are titles and prose.
    for (size_t i = 0; i < lines.size(); ++i) {
        if (lines[i].kind != Line::Kind::Short) continue;
        size_t j = i;
        while (j < lines.size() && lines[j].kind == Line::Kind::Short) ++j;
        const bool before = i > 0 && lines[i - 1].kind == Line::Kind::Table;
        const bool after = j < lines.size() && lines[j].kind == Line::Kind::Table;
        for (size_t k = i; k < j; ++k) lines[k].kind = before || after ? Line::Kind::Table : Line::Kind::Paragraph;
        i = j - 1;
    }
}

// A report's largest table has a few hundred pieces; rebuilding rows costs
// the square of the count, so a "table" far past this (a hostile file) is
// kept as text lines instead.
constexpr size_t kMaxTablePieces = 5000;

size_t piecesIn(const std::vector<Line>& lines) {
    size_t count = 0;
    for (const Line& l : lines) count += l.chunks.size();
    return count;
}

// The pieces of a run of table lines, for the table builder.
StructuredTable tableOf(const std::vector<Line>& lines, const Metrics& metrics) {
    std::vector<PdfPiece> pieces;
    for (const Line& l : lines)
        for (const Chunk& c : l.chunks) pieces.push_back({c.text, c.box, l.page, c.isValue, c.words});
    return buildPdfTable(std::move(pieces), metrics.height);
}

// Consecutive prose lines are one paragraph when the first runs to the right
// margin and the second does not start indented or with a heading.
void addParagraphs(const std::vector<Line>& lines, const Metrics& metrics, StructuredDocument* out) {
    double left = 1e9, right = -1e9;
    for (const Line& l : lines) {
        left = std::min(left, l.box.left());
        right = std::max(right, l.box.right());
    }
    QString paragraph;
    const Line* previous = nullptr;
    for (const Line& l : lines) {
        const QString text = lineText(l);
        const QString folded = foldedPdfText(text);
        const bool continues = previous && previous->box.right() >= right - 1.5 * metrics.height &&
                               l.box.left() <= left + 0.5 * metrics.height && !isSectionHeading(folded) &&
                               !startsWithNumbering(folded);
        if (continues) {
            paragraph = joinPdfText(paragraph, text);
        } else {
            out->addParagraph(paragraph);
            paragraph = text;
        }
        previous = &l;
    }
    out->addParagraph(paragraph);
}

}  // namespace

StructuredDocument layoutPdfPages(const std::vector<PdfPage>& pages) {
    std::vector<double> heights;
    for (const PdfPage& p : pages)
        for (const PdfWord& w : p.words)
            if (w.box.height() > 0) heights.push_back(w.box.height());
    Metrics metrics;
    metrics.height = median(heights, 12);

    std::vector<std::vector<Line>> pageLines;
    for (size_t p = 0; p < pages.size(); ++p) pageLines.push_back(std::move(PageLines(pages[p], static_cast<int>(p), metrics).lines()));
    dropRunningHeads(pages, &pageLines);
    // One y axis for the whole document, each page below the one before: a
    // table crossing a page is read as one.
    std::vector<Line> lines;
    double top = 0;
    for (size_t p = 0; p < pages.size(); ++p) {
        for (Line& l : pageLines[p]) {
            l.box.translate(0, top);
            for (Chunk& c : l.chunks) {
                c.box.translate(0, top);
                for (PdfWord& w : c.words) w.box.translate(0, top);
            }
            lines.push_back(std::move(l));
        }
        top += pages[p].size.height();
    }
    classify(lines);

    StructuredDocument document;
    for (size_t i = 0; i < lines.size();) {
        const bool table = lines[i].kind == Line::Kind::Table;
        size_t j = i;
        while (j < lines.size() && (lines[j].kind == Line::Kind::Table) == table) ++j;
        const std::vector<Line> run(lines.begin() + i, lines.begin() + j);
        if (table && piecesIn(run) <= kMaxTablePieces) document.addTable(tableOf(run, metrics));
        else addParagraphs(run, metrics, &document);
        i = j;
    }
    return document;
}

}  // namespace nianbao
