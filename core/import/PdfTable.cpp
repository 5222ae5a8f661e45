#include "import/PdfTable.h"

#include "import/PdfText.h"

#include <algorithm>
#include <limits>
#include <map>
#include <set>

namespace nianbao {
namespace {

double verticalOverlap(const QRectF& a, const QRectF& b) {
    return std::min(a.bottom(), b.bottom()) - std::max(a.top(), b.top());
}

bool onOneLine(const QRectF& a, const QRectF& b) {
    return verticalOverlap(a, b) >= 0.5 * std::min(a.height(), b.height());
}

bool overlapsHorizontally(const QRectF& a, const QRectF& b) {
    return a.left() < b.right() && b.left() < a.right();
}

// The text of one cell of the form: its lines joined.
struct TextCell {
    QString text;
    QRectF box;
    int page = 0;
    std::vector<const PdfPiece*> pieces;
};

// `lower` is the next line of the same cell as `upper`: right under it
// (closer than the padding between two cells) and overlapping it. A piece
// of vertical text holding two glyphs is twice as tall as a line: the gap
// is measured against the smaller of the two and of a typical line.
bool nextLineOf(const PdfPiece& upper, const PdfPiece& lower, double typicalHeight) {
    if (upper.page != lower.page || !overlapsHorizontally(upper.box, lower.box)) return false;
    const double lineHeight = std::min({upper.box.height(), lower.box.height(), typicalHeight});
    const double gap = lower.box.top() - upper.box.bottom();
    return gap > -0.5 * lineHeight && gap <= 0.6 * lineHeight;
}

// Joins lines of one cell. A line continues the one above when that is the
// only piece right above it and it the only piece right under that one (a
// header "法人或其他组织" over five columns joins none of them), and it does
// not open a numbered label of its own.
std::vector<TextCell> stackIntoCells(std::vector<const PdfPiece*> pieces, double typicalHeight) {
    std::sort(pieces.begin(), pieces.end(), [](const PdfPiece* a, const PdfPiece* b) {
        return a->box.top() != b->box.top() ? a->box.top() < b->box.top() : a->box.left() < b->box.left();
    });
    auto neighbours = [&](const PdfPiece* piece, bool above) {
        std::vector<size_t> found;
        for (size_t k = 0; k < pieces.size(); ++k)
            if (above ? nextLineOf(*pieces[k], *piece, typicalHeight) : nextLineOf(*piece, *pieces[k], typicalHeight)) found.push_back(k);
        return found;
    };
    std::vector<TextCell> cells;
    std::vector<int> cellOf(pieces.size(), -1);
    for (size_t i = 0; i < pieces.size(); ++i) {
        const PdfPiece& p = *pieces[i];
        const std::vector<size_t> above = neighbours(&p, true);
        const bool continues = above.size() == 1 && cellOf[above.front()] >= 0 && !startsWithNumbering(p.text) &&
                               neighbours(pieces[above.front()], false).size() == 1;
        if (continues) {
            TextCell& cell = cells[cellOf[above.front()]];
            cell.text = joinPdfText(cell.text, p.text);
            cell.box = cell.box.united(p.box);
            cell.pieces.push_back(&p);
            cellOf[i] = cellOf[above.front()];
        } else {
            cells.push_back({p.text, p.box, p.page, {&p}});
            cellOf[i] = int(cells.size()) - 1;
        }
    }
    return cells;
}

// Cells side by side on one line, left to right, lines top to bottom.
std::vector<std::vector<TextCell>> rowsOfCells(std::vector<TextCell> cells) {
    std::sort(cells.begin(), cells.end(), [](const TextCell& a, const TextCell& b) { return a.box.top() < b.box.top(); });
    std::vector<std::vector<TextCell>> rows;
    QRectF band;
    for (TextCell& c : cells) {
        if (rows.empty() || !onOneLine(band, c.box)) {
            rows.emplace_back();
            band = c.box;
        } else {
            band = band.united(c.box);
        }
        rows.back().push_back(std::move(c));
    }
    for (auto& row : rows)
        std::sort(row.begin(), row.end(), [](const TextCell& a, const TextCell& b) { return a.box.left() < b.box.left(); });
    return rows;
}

StructuredCell structuredCell(const QString& text) {
    StructuredCell cell;
    cell.text = text;
    return cell;
}

class TableLayout {
public:
    TableLayout(std::vector<PdfPiece> pieces, double height) : pieces_(std::move(pieces)), slack_(0.6 * height), height_(height) {}

    StructuredTable build() {
        splitAtValueColumns();
        findAnchors();
        findHeaders();
        assignLabels();
        topAligned_ = wrappedLabelsOpenOnTheirNumbers();
        for (size_t a = 0; a < anchors_.size(); ++a) {
            takeTailOverPageBreak(a);
            chooseRowLabel(a);
        }
        reattachContinuations();
        addBlankRows();
        placeGroupLabels(stackIntoCells(groupPieces_, height_));
        for (auto& [firstAnchor, zone] : zones_) addHeader(firstAnchor, zone);
        for (size_t a = 0; a < anchors_.size(); ++a) addValueRow(a);

        std::stable_sort(out_.begin(), out_.end(), [](const OutRow& a, const OutRow& b) {
            if (a.y != b.y) return a.y < b.y;
            if (a.rank != b.rank) return a.rank < b.rank;
            return a.x < b.x;
        });
        StructuredTable table;
        for (OutRow& r : out_) table.rows.push_back(std::move(r.row));
        return table;
    }

private:
    // A row of the form, found by its numbers.
    struct Anchor {
        QRectF box;  // its numbers
        int page = 0;
        std::vector<const PdfPiece*> cells;   // numbers, and text printed in value columns ("—", "无")
        std::vector<const PdfPiece*> labels;  // label fragments in its band
        bool hasLabel = false;
        TextCell label;
        int zone = -1;  // the header block the row sits under (its first anchor), -1 if none
    };
    // Header block: the text over the value columns above a run of rows.
    struct Zone {
        QRectF box;
        std::vector<const PdfPiece*> pieces;
        std::vector<const PdfPiece*> labelSide;  // the label column's heading ("信息内容"), a note
    };
    struct Column {
        double left, right;
    };
    struct OutRow {
        double y;
        int rank;  // group labels before the row they open
        double x;
        StructuredRow row;
    };

    // Two header cells over neighbouring value columns can print as close as
    // the words of one cell ("结果 其他" over 结果纠正 and 其他结果): text is split
    // where a gap between its words falls between two columns of numbers.
    void splitAtValueColumns() {
        std::vector<std::pair<double, double>> extents;  // x ranges holding numbers
        double valueLeft = std::numeric_limits<double>::max();
        for (const PdfPiece& p : pieces_)
            if (p.isValue) {
                extents.push_back({p.box.left(), p.box.right()});
                valueLeft = std::min(valueLeft, p.box.left());
            }
        auto holdsNumbers = [&](double left, double right) {
            return std::any_of(extents.begin(), extents.end(), [&](const auto& e) { return e.first < right && left < e.second; });
        };
        std::vector<PdfPiece> split;
        for (PdfPiece& p : pieces_) {
            if (p.isValue || p.words.size() < 2 || p.box.right() <= valueLeft + slack_) {
                split.push_back(std::move(p));
                continue;
            }
            PdfPiece current{p.words.front().text, p.words.front().box, p.page, false, {p.words.front()}};
            for (size_t i = 1; i < p.words.size(); ++i) {
                const PdfWord& w = p.words[i];
                const QRectF& before = current.words.back().box;
                const bool between = !holdsNumbers(before.right(), w.box.left()) && holdsNumbers(before.left(), before.right()) &&
                                     holdsNumbers(w.box.left(), w.box.right());
                if (between) {
                    split.push_back(std::move(current));
                    current = {w.text, w.box, p.page, false, {w}};
                    continue;
                }
                current.text = w.box.left() - before.right() > 0.15 * height_ ? joinPdfText(current.text, w.text) : current.text + w.text;
                current.box = current.box.united(w.box);
                current.words.push_back(w);
            }
            split.push_back(std::move(current));
        }
        pieces_ = std::move(split);
    }

    void findAnchors() {
        valueLeft_ = std::numeric_limits<double>::max();
        std::vector<const PdfPiece*> values;
        for (const PdfPiece& p : pieces_)
            if (p.isValue) {
                values.push_back(&p);
                valueLeft_ = std::min(valueLeft_, p.box.left());
            }
        std::sort(values.begin(), values.end(),
                  [](const PdfPiece* a, const PdfPiece* b) { return a->box.center().y() < b->box.center().y(); });
        for (const PdfPiece* v : values) {
            if (anchors_.empty() || anchors_.back().page != v->page || !onOneLine(anchors_.back().box, v->box))
                anchors_.push_back({v->box, v->page, {}, {}, false, {}, -1});
            anchors_.back().cells.push_back(v);
            anchors_.back().box = anchors_.back().box.united(v->box);
        }
        // Text inside a value column on a row's line is that row's cell.
        for (const PdfPiece& p : pieces_) {
            if (p.isValue || p.box.left() < valueLeft_ - slack_) continue;
            for (Anchor& a : anchors_)
                if (a.page == p.page && onOneLine(a.box, p.box)) {
                    a.cells.push_back(&p);
                    used_.insert(&p);
                    break;
                }
        }
    }

    // Anchors above which y lies: the index of the first anchor below it.
    size_t anchorsAbove(double y) const {
        return std::partition_point(anchors_.begin(), anchors_.end(), [&](const Anchor& a) { return a.box.center().y() < y; }) -
               anchors_.begin();
    }

    void findHeaders() {
        for (const PdfPiece& p : pieces_) {
            if (p.isValue || used_.count(&p) || p.box.right() <= valueLeft_ + slack_) continue;
            const int first = int(anchorsAbove(p.box.center().y()));
            Zone& zone = zones_[first];
            zone.box = zone.box.isNull() ? p.box : zone.box.united(p.box);
            zone.pieces.push_back(&p);
            headerCenters_.push_back(p.box.center().y());
            used_.insert(&p);
        }
        std::sort(headerCenters_.begin(), headerCenters_.end());
        for (auto& [first, zone] : zones_) {
            for (const PdfPiece& p : pieces_)
                if (!p.isValue && !used_.count(&p) && p.box.center().y() >= zone.box.top() &&
                    p.box.center().y() <= zone.box.bottom()) {
                    zone.labelSide.push_back(&p);
                    used_.insert(&p);
                }
        }
    }

    // Each label fragment goes to the nearest row on its page, not across a
    // header block; one too far from every row is a row without numbers.
    void assignLabels() {
        const double reach = 4 * height_;
        for (const PdfPiece& p : pieces_) {
            if (p.isValue || used_.count(&p)) continue;
            const double y = p.box.center().y();
            int best = -1;
            double bestDistance = reach;
            for (size_t a = 0; a < anchors_.size(); ++a) {
                const Anchor& anchor = anchors_[a];
                const double d = std::abs(anchor.box.center().y() - y);
                if (anchor.page != p.page || d > bestDistance || headerBetween(y, anchor.box.center().y())) continue;
                best = int(a);
                bestDistance = d;
            }
            if (best < 0) continue;
            anchors_[best].labels.push_back(&p);
            used_.insert(&p);
        }
    }

    bool headerBetween(double a, double b) const {
        const auto it = std::upper_bound(headerCenters_.begin(), headerCenters_.end(), std::min(a, b));
        return it != headerCenters_.end() && *it < std::max(a, b);
    }

    // The row's label is the label beside its numbers (its lines around
    // them); of two beside them, the one further right — columns left of it
    // hold merged group cells. Other text in the band (a blank row's label,
    // the tail of a neighbour's) is left for the blank rows.
    void chooseRowLabel(size_t index) {
        Anchor& anchor = anchors_[index];
        if (anchor.labels.empty()) return;
        std::vector<const PdfPiece*> byLeft = anchor.labels;
        std::sort(byLeft.begin(), byLeft.end(), [](const PdfPiece* a, const PdfPiece* b) { return a->box.left() < b->box.left(); });
        std::vector<std::vector<const PdfPiece*>> columns;  // label columns: pieces overlapping in x
        double right = 0;
        for (const PdfPiece* p : byLeft) {
            if (columns.empty() || p->box.left() >= right) columns.emplace_back();
            columns.back().push_back(p);
            right = columns.back().size() == 1 ? p->box.right() : std::max(right, p->box.right());
        }
        const double y = anchor.box.center().y();
        auto distance = [&](const TextCell& c) { return std::max({c.box.top() - y, y - c.box.bottom(), 0.0}); };
        size_t chosenColumn = 0;
        std::vector<TextCell> chosenCells;
        size_t chosenCell = 0;
        double best = std::numeric_limits<double>::max();
        for (size_t k = 0; k < columns.size(); ++k) {
            std::vector<TextCell> cells = stackIntoCells(columns[k], height_);
            for (size_t c = 0; c < cells.size(); ++c) {
                // Ties go right — also inside one column: the tail of a label
                // spanning group and item cells ties both into one column.
                const bool tie = std::abs(distance(cells[c]) - best) <= 0.1;
                if (distance(cells[c]) < best - 0.1 || (tie && cells[c].box.left() >= chosenCells[chosenCell].box.left() - slack_ / 2)) {
                    best = distance(cells[c]);
                    chosenColumn = k;
                    chosenCell = c;
                    chosenCells = cells;
                }
            }
        }
        for (size_t k = 0; k < columns.size(); ++k) {
            if (k < chosenColumn) groupPieces_.insert(groupPieces_.end(), columns[k].begin(), columns[k].end());
            if (k > chosenColumn) loosePieces_.insert(loosePieces_.end(), columns[k].begin(), columns[k].end());
        }
        anchor.label = chosenCells[chosenCell];
        anchor.hasLabel = true;
        chosenCells.erase(chosenCells.begin() + chosenCell);
        looseCells_.insert(looseCells_.end(), chosenCells.begin(), chosenCells.end());
    }

    // A label wrapping in a cell that a page break splits goes on at the top
    // of the next page, above that page's first row of numbers, in the
    // previous row's label column: the first line there (nothing of the
    // table above it in that column) and the lines right under it, up to one
    // that opens a numbered label of its own, end that label — however far
    // they run above the numbers. The first row on the page keeps the rest.
    void takeTailOverPageBreak(size_t index) {
        if (index == 0) return;
        Anchor& previous = anchors_[index - 1];
        Anchor& anchor = anchors_[index];
        if (!previous.hasLabel || previous.page + 1 != anchor.page) return;
        // Only in a form whose cells are top-aligned: where they are centred,
        // a label ("其他对外管理服务事项" over three lines) may open the next
        // page's first row above its numbers.
        if (!topAligned_) return;
        std::vector<const PdfPiece*> above;  // the page's text above its first numbers, not in a header block
        for (const PdfPiece& p : pieces_)
            if (!p.isValue && p.page == anchor.page && p.box.bottom() <= anchor.box.top() + 0.3 * height_ &&
                (!used_.count(&p) || std::count(anchor.labels.begin(), anchor.labels.end(), &p)))
                above.push_back(&p);
        std::sort(above.begin(), above.end(), [](const PdfPiece* a, const PdfPiece* b) { return a->box.top() < b->box.top(); });
        const PdfPiece* last = previous.label.pieces.back();
        for (size_t i = 0; i < above.size(); ++i) {
            const PdfPiece& p = *above[i];
            const bool opensColumn = last->page != p.page && overlapsHorizontally(last->box, p.box) &&
                                     std::none_of(above.begin(), above.begin() + i, [&](const PdfPiece* q) {
                                         return overlapsHorizontally(q->box, p.box);
                                     });
            if (startsWithNumbering(p.text) || !(opensColumn || nextLineOf(*last, p, height_)) ||
                headerBetween(p.box.center().y(), previous.box.center().y()))
                continue;
            previous.label.text = joinPdfText(previous.label.text, p.text);
            previous.label.pieces.push_back(&p);
            last = &p;
            used_.insert(&p);
            anchor.labels.erase(std::remove(anchor.labels.begin(), anchor.labels.end(), &p), anchor.labels.end());
        }
    }

    // Whether the form's cells are top-aligned: most labels wrapped over
    // several lines (a numbered line with the next line right under it)
    // open on their row's numbers, rather than above them.
    bool wrappedLabelsOpenOnTheirNumbers() const {
        int onNumbers = 0, aboveNumbers = 0;
        for (const Anchor& row : anchors_)
            for (const PdfPiece* p : row.labels) {
                const bool wraps = startsWithNumbering(p->text) &&
                                   std::any_of(row.labels.begin(), row.labels.end(), [&](const PdfPiece* q) { return nextLineOf(*p, *q, height_); });
                if (!wraps) continue;
                if (onOneLine(p->box, row.box)) ++onNumbers;
                else if (p->box.bottom() <= row.box.top()) ++aboveNumbers;
            }
        return onNumbers > aboveNumbers;
    }

    // The last lines of a long label can lie nearer the next row's numbers
    // than its own, or further from any numbers than a row's reach — a
    // top-aligned cell wraps below its value line down to the next row. Text
    // right under a row's label, in its column and above the next row's
    // numbers, that opens no numbered label of its own, ends that label:
    // whether it was left over beside a row, assigned to no row, or taken
    // for a group cell ("申请数量" under "二、上年结转政府信息公开", left of
    // the next row's item label).
    void reattachContinuations() {
        std::vector<const PdfPiece*> unassigned;
        for (const PdfPiece& p : pieces_)
            if (!p.isValue && !used_.count(&p)) unassigned.push_back(&p);
        std::vector<TextCell> candidates = looseCells_;
        for (TextCell& c : stackIntoCells(unassigned, height_)) candidates.push_back(std::move(c));
        for (TextCell& c : stackIntoCells(groupPieces_, height_)) candidates.push_back(std::move(c));
        std::sort(candidates.begin(), candidates.end(), [](const TextCell& a, const TextCell& b) { return a.box.top() < b.box.top(); });
        std::set<const PdfPiece*> attached;
        for (size_t a = 0; a < anchors_.size(); ++a) {
            Anchor& row = anchors_[a];
            if (!row.hasLabel) continue;
            const bool nextOnPage = a + 1 < anchors_.size() && anchors_[a + 1].page == row.page;
            const double end = nextOnPage ? anchors_[a + 1].box.center().y() : std::numeric_limits<double>::max();
            for (const TextCell& cell : candidates) {
                const PdfPiece& last = *row.label.pieces.back();
                const bool continues = !attached.count(cell.pieces.front()) && cell.page == row.page &&
                                       cell.box.center().y() < end && !startsWithNumbering(cell.text) &&
                                       nextLineOf(last, *cell.pieces.front(), height_);
                if (!continues) continue;
                row.label.text = joinPdfText(row.label.text, cell.text);
                row.label.box = row.label.box.united(cell.box);
                row.label.pieces.insert(row.label.pieces.end(), cell.pieces.begin(), cell.pieces.end());
                attached.insert(cell.pieces.begin(), cell.pieces.end());
            }
        }
        auto isAttached = [&](const PdfPiece* p) { return attached.count(p) > 0; };
        looseCells_.erase(std::remove_if(looseCells_.begin(), looseCells_.end(),
                                         [&](const TextCell& c) { return isAttached(c.pieces.front()); }),
                          looseCells_.end());
        groupPieces_.erase(std::remove_if(groupPieces_.begin(), groupPieces_.end(), isAttached), groupPieces_.end());
        used_.insert(attached.begin(), attached.end());
    }

    // Label text beside no numbers: a row whose cells are all blank when
    // nothing lies right of it, else the label of a merged group cell (the
    // rows right of it). Blank rows become rows too — the form's columns
    // give their empty cells — so group labels find every row they span.
    void addBlankRows() {
        std::vector<const PdfPiece*> loose = loosePieces_;
        for (const TextCell& c : looseCells_) loose.insert(loose.end(), c.pieces.begin(), c.pieces.end());
        for (const PdfPiece& p : pieces_)
            if (!p.isValue && !used_.count(&p)) loose.push_back(&p);
        const std::vector<TextCell> cells = stackIntoCells(loose, height_);
        auto rightOf = [&](const TextCell& cell, const QRectF& other, int page) {
            return page == cell.page && other.left() >= cell.box.right() - slack_ / 2 && verticalOverlap(other, cell.box) > 0;
        };
        for (const TextCell& cell : cells) {
            bool group = std::any_of(cells.begin(), cells.end(),
                                     [&](const TextCell& other) { return &other != &cell && rightOf(cell, other.box, other.page); });
            // Piece by piece: a label ending over a page break has lines on two pages.
            group = group || std::any_of(anchors_.begin(), anchors_.end(), [&](const Anchor& a) {
                        return a.hasLabel && std::any_of(a.label.pieces.begin(), a.label.pieces.end(), [&](const PdfPiece* p) {
                                   return rightOf(cell, p->box, p->page);
                               });
                    });
            if (group) {
                groupPieces_.insert(groupPieces_.end(), cell.pieces.begin(), cell.pieces.end());
                continue;
            }
            Anchor blank;
            blank.box = cell.box;
            blank.page = cell.page;
            blank.hasLabel = true;
            blank.label = cell;
            anchors_.push_back(blank);
        }
        std::stable_sort(anchors_.begin(), anchors_.end(),
                         [](const Anchor& a, const Anchor& b) { return a.box.center().y() < b.box.center().y(); });
        // The header block above each row decides its columns.
        for (Anchor& anchor : anchors_) {
            anchor.zone = -1;
            for (const auto& [first, zone] : zones_)
                if (zone.box.center().y() < anchor.box.center().y()) anchor.zone = first;
        }
    }

    // Top and bottom of a row's band: halfway to its neighbours on the page.
    QRectF contentBox(const Anchor& a) const { return a.hasLabel ? a.box.united(a.label.box) : a.box; }
    double bandTop(size_t i) const {
        const double top = contentBox(anchors_[i]).top();
        if (i == 0 || anchors_[i - 1].page != anchors_[i].page) return top - 0.3 * height_;
        return (contentBox(anchors_[i - 1]).bottom() + top) / 2;
    }
    double bandBottom(size_t i) const {
        const double bottom = contentBox(anchors_[i]).bottom();
        if (i + 1 == anchors_.size() || anchors_[i + 1].page != anchors_[i].page) return bottom + 0.3 * height_;
        return (bottom + contentBox(anchors_[i + 1]).top()) / 2;
    }

    // A row sits under a group cell when its own label starts right of it.
    bool isUnder(const Anchor& a, const TextCell& group) const {
        return !a.hasLabel || a.label.box.left() >= group.box.right() - slack_ / 2;
    }

    // A group label is centred on the part of its merged cell printed on
    // its page, and the group cells of one column share out the rows under
    // them: the rows under a column of group labels are split into
    // consecutive spans, one per label, so that each label sits as close as
    // possible to the middle of its span. Rows at the top of a page may
    // still belong to a group printed on the page before. Each label is
    // output as a row of its own right before the first row of its span.
    void placeGroupLabels(std::vector<TextCell> groups) {
        std::sort(groups.begin(), groups.end(), [](const TextCell& a, const TextCell& b) {
            return a.page != b.page ? a.page < b.page : a.box.top() < b.box.top();
        });
        std::vector<bool> placed(groups.size(), false);
        for (size_t i = 0; i < groups.size(); ++i) {
            if (placed[i]) continue;
            std::vector<const TextCell*> column;
            TextCell columnCell = groups[i];
            for (size_t j = i; j < groups.size(); ++j)
                if (!placed[j] && groups[j].page == groups[i].page && overlapsHorizontally(groups[j].box, groups[i].box)) {
                    column.push_back(&groups[j]);
                    columnCell.box = columnCell.box.united(groups[j].box);
                    placed[j] = true;
                }
            std::vector<const TextCell*> unplaced = column;
            for (const std::vector<int>& run : runsUnder(columnCell)) {
                std::vector<const TextCell*> inRun;
                for (const TextCell* g : column) {
                    const double y = g->box.center().y();
                    if (y >= bandTop(run.front()) && y <= bandBottom(run.back())) inRun.push_back(g);
                }
                // Sharing out costs groups × rows²: past a real form's size the labels stay where they are printed.
                if (inRun.empty() || double(inRun.size()) * run.size() * run.size() > 1e7) continue;
                const bool continues = run.front() > 0 && anchors_[run.front() - 1].page != anchors_[run.front()].page;
                const std::vector<int> starts = spanStarts(run, inRun, continues);
                for (size_t k = 0; k < inRun.size(); ++k) {
                    out_.push_back({anchors_[run[starts[k]]].box.center().y(), 0, inRun[k]->box.left(),
                                    StructuredRow{{structuredCell(inRun[k]->text)}}});
                    unplaced.erase(std::find(unplaced.begin(), unplaced.end(), inRun[k]));
                }
            }
            for (const TextCell* g : unplaced)
                out_.push_back({g->box.center().y(), 0, g->box.left(), StructuredRow{{structuredCell(g->text)}}});
        }
    }

    // Runs of consecutive rows on the group column's page whose labels start right of it.
    std::vector<std::vector<int>> runsUnder(const TextCell& column) const {
        std::vector<std::vector<int>> runs;
        bool open = false;
        for (size_t a = 0; a < anchors_.size(); ++a) {
            const bool under = anchors_[a].page == column.page && isUnder(anchors_[a], column);
            if (under && !open) runs.emplace_back();
            if (under) runs.back().push_back(int(a));
            open = under;
        }
        return runs;
    }

    // The first row (index into `run`) of each group's span: spans are
    // consecutive, the last one ends with the run, the first one starts
    // with it unless the run opens a page (`continues`).
    std::vector<int> spanStarts(const std::vector<int>& run, const std::vector<const TextCell*>& groups, bool continues) const {
        const int n = int(run.size()), m = int(groups.size());
        auto miss = [&](int k, int s, int e) { return std::abs((bandTop(run[s]) + bandBottom(run[e])) / 2 - groups[k]->box.center().y()); };
        // cost[k][s]: best total miss of groups k.. when group k starts at row s.
        const double none = std::numeric_limits<double>::max();
        std::vector<std::vector<double>> cost(m + 1, std::vector<double>(n + 1, none));
        std::vector<std::vector<int>> endOf(m, std::vector<int>(n, -1));
        cost[m][n] = 0;
        for (int k = m - 1; k >= 0; --k)
            for (int s = 0; s < n; ++s)
                for (int e = s; e < n; ++e) {
                    if (cost[k + 1][e + 1] == none) continue;
                    const double c = miss(k, s, e) + cost[k + 1][e + 1];
                    if (c < cost[k][s]) {
                        cost[k][s] = c;
                        endOf[k][s] = e;
                    }
                }
        int start = 0;
        if (continues)
            for (int s = 1; s < n; ++s)
                if (cost[0][s] < cost[0][start]) start = s;
        std::vector<int> starts;
        for (int k = 0; k < m; ++k) {
            starts.push_back(std::min(start, n - 1));
            start = start < n && endOf[k][start] >= 0 ? endOf[k][start] + 1 : n - 1;
        }
        return starts;
    }

    // Header rows, words broken over lines joined; the lowest header cells
    // over the values are the columns of the rows below.
    void addHeader(int firstAnchor, const Zone& zone) {
        std::vector<const PdfPiece*> all = zone.pieces;
        all.insert(all.end(), zone.labelSide.begin(), zone.labelSide.end());
        const std::vector<TextCell> cells = stackIntoCells(all, height_);
        std::vector<Column>& leaves = leaves_[firstAnchor];
        for (const TextCell& c : cells) {
            if (c.box.right() <= valueLeft_ + slack_) continue;
            const bool covered = std::any_of(cells.begin(), cells.end(), [&](const TextCell& below) {
                return &below != &c && below.box.top() > c.box.center().y() && overlapsHorizontally(below.box, c.box);
            });
            if (!covered) leaves.push_back({c.box.left(), c.box.right()});
        }
        for (const auto& line : rowsOfCells(cells)) {
            StructuredRow row;
            for (const TextCell& c : line) row.cells.push_back(structuredCell(c.text));
            out_.push_back({line.front().box.center().y(), 0, line.front().box.left(), std::move(row)});
        }
    }

    // Columns of the rows under one header block: where their numbers are,
    // plus header leaves over which no row has a number (a column blank all
    // the way down is still a column).
    const std::vector<Column>& columnsOf(int zone) {
        auto cached = columns_.find(zone);
        if (cached != columns_.end()) return cached->second;
        std::vector<const PdfPiece*> cells;
        for (const Anchor& a : anchors_)
            if (a.zone == zone) cells.insert(cells.end(), a.cells.begin(), a.cells.end());
        std::sort(cells.begin(), cells.end(),
                  [](const PdfPiece* a, const PdfPiece* b) { return a->box.center().x() < b->box.center().x(); });
        std::vector<Column> columns;
        double lastCenter = 0;
        for (const PdfPiece* c : cells) {
            if (columns.empty() || c->box.center().x() - lastCenter > 2 * slack_) columns.push_back({c->box.left(), c->box.right()});
            columns.back().left = std::min(columns.back().left, c->box.left());
            columns.back().right = std::max(columns.back().right, c->box.right());
            lastCenter = c->box.center().x();
        }
        // Each column of numbers belongs to the header leaf nearest to it (a
        // heading printed left-aligned over a merged cell does not cover the
        // number centred under it); a leaf no column belongs to is blank.
        const std::vector<Column>& leaves = leaves_[zone];
        std::vector<bool> hasNumbers(leaves.size(), false);
        for (const Column& c : columns)
            if (!leaves.empty()) hasNumbers[columnAt(leaves, (c.left + c.right) / 2)] = true;
        for (size_t k = 0; k < leaves.size(); ++k)
            if (!hasNumbers[k]) columns.push_back(leaves[k]);
        std::sort(columns.begin(), columns.end(), [](const Column& a, const Column& b) { return a.left < b.left; });
        return columns_[zone] = std::move(columns);
    }

    static size_t columnAt(const std::vector<Column>& columns, double x) {
        size_t best = 0;
        double bestDistance = std::numeric_limits<double>::max();
        for (size_t k = 0; k < columns.size(); ++k) {
            const double d = std::max({columns[k].left - x, x - columns[k].right, 0.0});
            if (d < bestDistance) {
                best = k;
                bestDistance = d;
            }
        }
        return best;
    }

    void addValueRow(size_t index) {
        const Anchor& anchor = anchors_[index];
        const std::vector<Column>& columns = columnsOf(anchor.zone);
        std::vector<QString> texts(columns.size());
        std::vector<const PdfPiece*> cells = anchor.cells;
        std::sort(cells.begin(), cells.end(), [](const PdfPiece* a, const PdfPiece* b) { return a->box.left() < b->box.left(); });
        for (const PdfPiece* c : cells) {
            QString& text = texts[columnAt(columns, c->box.center().x())];
            text = text.isEmpty() ? c->text : text + QLatin1Char(' ') + c->text;
        }
        StructuredRow row;
        if (anchor.hasLabel) row.cells.push_back(structuredCell(anchor.label.text));
        for (const QString& t : texts) row.cells.push_back(structuredCell(t));
        out_.push_back({anchor.box.center().y(), 1, anchor.box.left(), std::move(row)});
    }

    std::vector<PdfPiece> pieces_;
    const double slack_;
    const double height_;
    double valueLeft_ = 0;
    bool topAligned_ = false;
    std::vector<Anchor> anchors_;
    std::set<const PdfPiece*> used_;
    std::map<int, Zone> zones_;  // by the index of the first row under the block
    std::vector<double> headerCenters_;
    std::map<int, std::vector<Column>> leaves_;
    std::map<int, std::vector<Column>> columns_;
    std::vector<const PdfPiece*> groupPieces_;
    std::vector<TextCell> looseCells_;       // cells beside a row that are not its label
    std::vector<const PdfPiece*> loosePieces_;
    std::vector<OutRow> out_;
};

}  // namespace

StructuredTable buildPdfTable(std::vector<PdfPiece> pieces, double height) {
    return TableLayout(std::move(pieces), height).build();
}

}  // namespace nianbao
