#include "import/PdfLayout.h"

#include "report/CellValue.h"
#include "text/SourceText.h"

#include <QRegularExpression>

#include <algorithm>
#include <limits>

namespace nianbao {
namespace {

struct Chunk {
    QString text;
    QRectF box;
    bool isValue = false;
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
    double columnGap() const { return 1.0 * height; }      // value centers further apart are different columns
    double alignSlack() const { return 0.6 * height; }     // continuation lines start where their cell starts
    double leading() const { return 0.75 * height; }       // more space than this between lines leaves the cell
};

bool isValueText(const QString& text) {
    return parseCellValue(normalizeLine(text).text.trimmed()).isNumber();
}

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

// A label that starts a row of its own rather than continuing the one above.
bool startsWithNumbering(const QString& text) {
    static const QRegularExpression numbering(
        QStringLiteral("^\\s*([（(][一二三四五六七八九十]+[）)]|[一二三四五六七八九十]+[、.．]|\\d+[.．、]|第.{1,6}[条项])"));
    return numbering.match(text).hasMatch();
}

QString lineText(const Line& line) {
    QStringList parts;
    for (const Chunk& c : line.chunks) parts.append(c.text);
    return parts.join(QLatin1Char(' '));
}

// Text layers often map glyphs to compatibility code points (Kangxi radicals
// such as U+2F8F for 行, full-width digits): decide on the NFKC form, keep
// the original for the raw view.
QString foldedText(const QString& text) {
    return normalizeLine(text).text;
}

bool isLatinOrDigit(QChar c) {
    return c.unicode() < 0x80 && c.isLetterOrNumber();
}

// Joins the text of two pieces that were one phrase: CJK runs on without a
// space, Latin words and numbers keep one.
QString joinText(const QString& a, const QString& b) {
    if (!a.isEmpty() && !b.isEmpty() && isLatinOrDigit(a.back()) && isLatinOrDigit(b.front()))
        return a + QLatin1Char(' ') + b;
    return a + b;
}

class PageLines {
public:
    PageLines(const PdfPage& page, int pageIndex, const Metrics& metrics) : metrics_(metrics) {
        std::vector<const PdfWord*> words;
        for (const PdfWord& w : page.words)
            if (!w.text.trimmed().isEmpty() && w.box.height() > 0) words.push_back(&w);
        std::sort(words.begin(), words.end(),
                  [](const PdfWord* a, const PdfWord* b) { return a->box.center().y() < b->box.center().y(); });
        std::vector<std::vector<const PdfWord*>> groups;
        QRectF current;
        for (const PdfWord* w : words) {
            const double overlap = std::min(current.bottom(), w->box.bottom()) - std::max(current.top(), w->box.top());
            if (groups.empty() || overlap < 0.5 * std::min(current.height(), w->box.height())) {
                groups.emplace_back();
                current = w->box;
            } else {
                current = current.united(w->box);
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
            if (line.chunks.empty() || w->box.left() - line.chunks.back().box.right() > metrics_.chunkGap()) {
                line.chunks.push_back({text, w->box, false});
            } else {
                Chunk& c = line.chunks.back();
                const bool spaced = w->box.left() - c.box.right() > metrics_.spaceGap();
                c.text = spaced ? c.text + QLatin1Char(' ') + text : c.text + text;
                c.box = c.box.united(w->box);
            }
            line.box = line.box.isNull() ? w->box : line.box.united(w->box);
        }
        for (Chunk& c : line.chunks) c.isValue = isValueText(c.text);
        return line;
    }

    void dropPageNumbers(double pageHeight) {
        const double margin = 0.1 * pageHeight;
        auto furniture = [&](const Line& l) {
            return (l.box.bottom() < margin || l.box.top() > pageHeight - margin) && isPageNumber(foldedText(lineText(l)));
        };
        lines_.erase(std::remove_if(lines_.begin(), lines_.end(), furniture), lines_.end());
    }

    const Metrics& metrics_;
    std::vector<Line> lines_;
};

void classify(std::vector<Line>& lines) {
    constexpr int kMaxShortLength = 30;
    for (Line& l : lines) {
        const QString text = foldedText(lineText(l));
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

class TableBuilder {
public:
    TableBuilder(const std::vector<Line>& lines, const Metrics& metrics) : lines_(lines), metrics_(metrics) {}

    // Value columns are found per band: a block of column headings and the
    // rows under it. Table 二's items share a grid but not its columns (a
    // two-column item centres its last number under a merged cell), so one
    // set of columns for the whole table would invent blank cells between
    // real ones. A column blank in every row of a band has no number to
    // find it by; the heading right above the numbers gives its x range.
    StructuredTable build() {
        valueLeft_ = std::numeric_limits<double>::max();
        for (const Line& l : lines_)
            for (const Chunk& c : l.chunks)
                if (c.isValue) valueLeft_ = std::min(valueLeft_, c.box.left());
        labelRight_ = -std::numeric_limits<double>::max();
        for (const Line& l : lines_)
            for (const Chunk& c : l.chunks)
                if (!isHeaderLine(l) && !c.isValue && c.box.right() <= valueLeft_) labelRight_ = std::max(labelRight_, c.box.right());
        for (size_t begin = 0; begin < lines_.size();) {
            size_t end = begin;
            while (end < lines_.size() && isHeaderLine(lines_[end])) ++end;
            const size_t headingEnd = end;
            while (end < lines_.size() && !isHeaderLine(lines_[end])) ++end;
            findColumns(begin, end, headingLeaves(begin, headingEnd));
            for (size_t i = begin; i < end; ++i)
                if (!continuesPrevious(lines_[i])) addRow(lines_[i], !isHeaderLine(lines_[i]));
            begin = end;
        }
        StructuredTable table;
        for (const auto& row : rows_) {
            StructuredRow out;
            for (const Cell& c : row.cells) {
                StructuredCell cell;
                cell.text = c.text;
                out.cells.push_back(std::move(cell));
            }
            table.rows.push_back(std::move(out));
        }
        return table;
    }

private:
    struct Cell {
        QString text;
        QRectF firstLine;
        double bottom = 0;
        int page = 0;
        bool isValue = false;
    };
    struct Row {
        std::vector<Cell> cells;
    };
    struct Column {
        double left, right;  // extent of the value centers seen in the column
        double center() const { return (left + right) / 2; }
    };

    // Column headings: label-only lines reaching into the value columns.
    // A label-only line left of them is a row whose cells are all blank.
    bool isHeaderLine(const Line& line) const {
        bool crosses = false;
        for (const Chunk& c : line.chunks) {
            if (c.isValue) return false;
            crosses = crosses || c.box.right() > valueLeft_ + metrics_.alignSlack();
        }
        return crosses;
    }

    // The lowest headings over the value columns: a heading with nothing
    // under it in the heading block ("法人或其他组织" has 商业企业 … under
    // it; a heading wrapped onto two lines has its second half under it).
    std::vector<Column> headingLeaves(size_t begin, size_t end) const {
        std::vector<Column> leaves;
        for (size_t i = begin; i < end; ++i)
            for (const Chunk& c : lines_[i].chunks) {
                if (c.box.left() < labelRight_) continue;  // the label column's own heading
                bool covered = false;
                for (size_t j = i + 1; j < end && !covered; ++j)
                    for (const Chunk& below : lines_[j].chunks)
                        covered = covered || (below.box.left() < c.box.right() && below.box.right() > c.box.left());
                if (!covered) leaves.push_back({c.box.center().x(), c.box.center().x()});
            }
        return leaves;
    }

    void findColumns(size_t begin, size_t end, std::vector<Column> headings) {
        columns_.clear();
        std::vector<double> centers;
        for (size_t i = begin; i < end; ++i)
            for (const Chunk& c : lines_[i].chunks)
                if (c.isValue) centers.push_back(c.box.center().x());
        std::sort(centers.begin(), centers.end());
        for (double x : centers) {
            if (columns_.empty() || x - columns_.back().right > metrics_.columnGap()) columns_.push_back({x, x});
            else columns_.back().right = x;
        }
        // More headings over the values than columns with numbers: some
        // column is blank all the way down, and the headings are the columns.
        if (headings.size() > columns_.size()) {
            columns_ = std::move(headings);
            std::sort(columns_.begin(), columns_.end(), [](const Column& a, const Column& b) { return a.left < b.left; });
        }
    }

    bool continuesPrevious(const Line& line) {
        if (rows_.empty()) return false;
        std::vector<Cell*> targets;
        for (const Chunk& chunk : line.chunks) {
            if (chunk.isValue || startsWithNumbering(foldedText(chunk.text))) return false;
            Cell* target = nullptr;
            for (Cell& cell : rows_.back().cells) {
                if (cell.isValue) continue;
                const bool aligned = std::abs(chunk.box.left() - cell.firstLine.left()) <= metrics_.alignSlack() ||
                                     std::abs(chunk.box.center().x() - cell.firstLine.center().x()) <= metrics_.alignSlack();
                // A row may break across pages: its rest opens the next page.
                const bool adjacent = cell.page == line.page ? chunk.box.top() - cell.bottom <= metrics_.leading()
                                                             : line.page == cell.page + 1 && firstOnPage(line);
                if (aligned && adjacent) target = &cell;
            }
            if (!target) return false;
            targets.push_back(target);
        }
        for (size_t i = 0; i < targets.size(); ++i) {
            targets[i]->text = joinText(targets[i]->text, line.chunks[i].text);
            targets[i]->bottom = line.chunks[i].box.bottom();
            targets[i]->page = line.page;
        }
        return true;
    }

    bool firstOnPage(const Line& line) const {
        for (const Line& l : lines_) {
            if (&l == &line) return true;
            if (l.page == line.page) return false;
        }
        return false;
    }

    void addRow(const Line& line, bool blanksForEmptyColumns) {
        Row row;
        double lastLabelRight = -std::numeric_limits<double>::max();
        std::vector<bool> filled(columns_.size(), false);
        for (const Chunk& c : line.chunks) {
            row.cells.push_back({c.text, c.box, c.box.bottom(), line.page, c.isValue});
            if (!c.isValue) lastLabelRight = std::max(lastLabelRight, c.box.right());
            else if (!columns_.empty()) filled[nearestColumn(c.box.center().x())] = true;
        }
        // A column right of the row's labels without a number of this row is a blank cell.
        for (size_t k = 0; k < columns_.size() && blanksForEmptyColumns; ++k) {
            if (filled[k] || columns_[k].center() <= lastLabelRight) continue;
            const QRectF at(columns_[k].center(), line.box.top(), 0, line.box.height());
            row.cells.push_back({QString(), at, at.bottom(), line.page, true});
        }
        std::stable_sort(row.cells.begin(), row.cells.end(),
                         [](const Cell& a, const Cell& b) { return a.firstLine.center().x() < b.firstLine.center().x(); });
        rows_.push_back(std::move(row));
    }

    size_t nearestColumn(double x) const {
        size_t best = 0;
        for (size_t k = 1; k < columns_.size(); ++k) {
            const double d = std::max({columns_[k].left - x, x - columns_[k].right, 0.0});
            const double bestD = std::max({columns_[best].left - x, x - columns_[best].right, 0.0});
            if (d < bestD) best = k;
        }
        return best;
    }

    const std::vector<Line>& lines_;
    const Metrics& metrics_;
    std::vector<Column> columns_;
    double valueLeft_ = 0;   // where the first value column starts
    double labelRight_ = 0;  // where the row labels end
    std::vector<Row> rows_;
};

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
        const QString folded = foldedText(text);
        const bool continues = previous && previous->box.right() >= right - 1.5 * metrics.height &&
                               l.box.left() <= left + 0.5 * metrics.height && !isSectionHeading(folded) &&
                               !startsWithNumbering(folded);
        if (continues) {
            paragraph = joinText(paragraph, text);
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

    std::vector<Line> lines;
    for (size_t p = 0; p < pages.size(); ++p) {
        PageLines pageLines(pages[p], static_cast<int>(p), metrics);
        for (Line& l : pageLines.lines()) lines.push_back(std::move(l));
    }
    classify(lines);

    StructuredDocument document;
    for (size_t i = 0; i < lines.size();) {
        const bool table = lines[i].kind == Line::Kind::Table;
        size_t j = i;
        while (j < lines.size() && (lines[j].kind == Line::Kind::Table) == table) ++j;
        const std::vector<Line> run(lines.begin() + i, lines.begin() + j);
        if (table) document.addTable(TableBuilder(run, metrics).build());
        else addParagraphs(run, metrics, &document);
        i = j;
    }
    return document;
}

}  // namespace nianbao
