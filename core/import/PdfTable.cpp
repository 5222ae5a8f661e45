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
            cellOf[i] = cellOf[above.front()];
        } else {
            cells.push_back({p.text, p.box, p.page});
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
        for (size_t a = 0; a < anchors_.size(); ++a) chooseRowLabel(a);
        for (const TextCell& g : stackIntoCells(groupPieces_, height_)) placeGroupLabel(g);
        addLabelRows(leftovers());
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
        for (const PdfPiece& p : pieces_)
            if (p.isValue) extents.push_back({p.box.left(), p.box.right()});
        auto holdsNumbers = [&](double left, double right) {
            return std::any_of(extents.begin(), extents.end(), [&](const auto& e) { return e.first < right && left < e.second; });
        };
        std::vector<PdfPiece> split;
        for (PdfPiece& p : pieces_) {
            if (p.isValue || p.words.size() < 2) {
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
            for (size_t a = size_t(first); a < anchors_.size() && (a == size_t(first) || !zones_.count(int(a))); ++a)
                anchors_[a].zone = first;
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

    // The row's label is in the rightmost label column of its band; columns
    // left of it hold merged group cells. Of several cells stacked in that
    // column, the one beside the numbers is the label; the others are rows
    // without numbers.
    void chooseRowLabel(size_t index) {
        Anchor& anchor = anchors_[index];
        if (anchor.labels.empty()) return;
        std::vector<const PdfPiece*> byLeft = anchor.labels;
        std::sort(byLeft.begin(), byLeft.end(), [](const PdfPiece* a, const PdfPiece* b) { return a->box.left() < b->box.left(); });
        size_t columnStart = 0;
        double right = byLeft.front()->box.right();
        for (size_t i = 1; i < byLeft.size(); ++i) {
            if (byLeft[i]->box.left() >= right) columnStart = i;
            right = std::max(right, byLeft[i]->box.right());
        }
        groupPieces_.insert(groupPieces_.end(), byLeft.begin(), byLeft.begin() + columnStart);
        std::vector<TextCell> cells = stackIntoCells({byLeft.begin() + columnStart, byLeft.end()}, height_);
        const double y = anchor.box.center().y();
        auto distance = [&](const TextCell& c) { return std::max({c.box.top() - y, y - c.box.bottom(), 0.0}); };
        const auto nearest = std::min_element(cells.begin(), cells.end(),
                                              [&](const TextCell& a, const TextCell& b) { return distance(a) < distance(b); });
        anchor.label = *nearest;
        anchor.hasLabel = true;
        cells.erase(nearest);
        looseCells_.insert(looseCells_.end(), cells.begin(), cells.end());
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

    // A group label is centred on the rows its merged cell spans (on the
    // page it is printed on). Its rows are found around the nearest row
    // under it; the first row whose span centres on the label opens it,
    // and the label is output as a row of its own right before that row.
    void placeGroupLabel(const TextCell& group) {
        const double y = group.box.center().y();
        int home = -1;
        for (size_t a = 0; a < anchors_.size(); ++a)
            if (anchors_[a].page == group.page && isUnder(anchors_[a], group) &&
                (home < 0 || std::abs(anchors_[a].box.center().y() - y) < std::abs(anchors_[home].box.center().y() - y)))
                home = int(a);
        StructuredRow row{{structuredCell(group.text)}};
        if (home < 0) {
            out_.push_back({group.box.top(), 0, group.box.left(), std::move(row)});
            return;
        }
        auto inRange = [&](int a) {
            return a >= 0 && a < int(anchors_.size()) && anchors_[a].page == group.page && isUnder(anchors_[a], group) &&
                   !claimedBy(a, group);
        };
        int first = home, last = home;
        while (inRange(first - 1)) --first;
        while (inRange(last + 1)) ++last;
        const double tolerance = 0.5 * group.box.height() / std::max<qsizetype>(1, group.text.size()) + 0.5 * height_;
        int start = home, end = home;
        double bestMiss = std::numeric_limits<double>::max();
        for (int s = first; s <= home; ++s) {
            double miss = std::numeric_limits<double>::max();
            int bestEnd = home;
            for (int e = home; e <= last; ++e) {
                const double m = std::abs((bandTop(s) + bandBottom(e)) / 2 - y);
                if (m < miss) {
                    miss = m;
                    bestEnd = e;
                }
            }
            if (miss < bestMiss) {
                bestMiss = miss;
                start = s;
                end = bestEnd;
            }
            if (miss <= tolerance) break;
        }
        groupSpans_.push_back({group, end});
        out_.push_back({anchors_[start].box.center().y(), 0, group.box.left(), std::move(row)});
    }

    // A row spanned by a group label above in the same column belongs to
    // that group: the next group's rows start after it.
    bool claimedBy(int anchor, const TextCell& group) const {
        for (const auto& [other, end] : groupSpans_)
            if (overlapsHorizontally(other.box, group.box) && other.box.center().y() < group.box.center().y() && anchor <= end)
                return true;
        return false;
    }

    std::vector<TextCell> leftovers() {
        std::vector<const PdfPiece*> loose;
        for (const PdfPiece& p : pieces_)
            if (!p.isValue && !used_.count(&p)) loose.push_back(&p);
        std::vector<TextCell> cells = stackIntoCells(loose, height_);
        cells.insert(cells.end(), looseCells_.begin(), looseCells_.end());
        return cells;
    }

    void addLabelRows(std::vector<TextCell> cells) {
        for (const auto& line : rowsOfCells(std::move(cells))) {
            StructuredRow row;
            for (const TextCell& c : line) row.cells.push_back(structuredCell(c.text));
            out_.push_back({line.front().box.center().y(), 0, line.front().box.left(), std::move(row)});
        }
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
        for (const Column& leaf : leaves_[zone]) {
            const bool hasNumbers = std::any_of(columns.begin(), columns.end(), [&](const Column& c) {
                return c.left < leaf.right && leaf.left < c.right;
            });
            if (!hasNumbers) columns.push_back(leaf);
        }
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
    std::vector<Anchor> anchors_;
    std::set<const PdfPiece*> used_;
    std::map<int, Zone> zones_;  // by the index of the first row under the block
    std::vector<double> headerCenters_;
    std::map<int, std::vector<Column>> leaves_;
    std::map<int, std::vector<Column>> columns_;
    std::vector<const PdfPiece*> groupPieces_;
    std::vector<std::pair<TextCell, int>> groupSpans_;  // group labels placed, with the last row they span
    std::vector<TextCell> looseCells_;
    std::vector<OutRow> out_;
};

}  // namespace

StructuredTable buildPdfTable(std::vector<PdfPiece> pieces, double height) {
    return TableLayout(std::move(pieces), height).build();
}

}  // namespace nianbao
