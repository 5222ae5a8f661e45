#include "form/FormLayout.h"

#include <QStringList>

#include <algorithm>

namespace nianbao {
namespace {

// Nested column headers are written "行政诉讼·复议后起诉" in the format description.
const QChar kLevelSeparator(0x00B7);

QStringList columnPath(const ColumnSpec& column) {
    QStringList path;
    if (!column.group.isEmpty()) path = column.group.split(kLevelSeparator);
    path << column.label;
    return path;
}

// Row groups nest by how they are numbered: "三、本年度办理结果" is a section of
// the table, "（三）不予公开" an item inside the section above it.
bool isSubGroup(const QString& group) {
    return group.startsWith(QChar(0xFF08)) || group.startsWith(QLatin1Char('('));
}

std::vector<QStringList> rowPaths(const std::vector<RowSpec>& rows) {
    std::vector<QStringList> paths;
    QString section;
    for (const RowSpec& row : rows) {
        QStringList path;
        if (row.group.isEmpty()) {
            section.clear();
        } else if (isSubGroup(row.group)) {
            if (!section.isEmpty()) path << section;
            path << row.group;
        } else {
            section = row.group;
            path << section;
        }
        path << row.label;
        paths.push_back(path);
    }
    return paths;
}

int depthOf(const std::vector<QStringList>& paths) {
    int depth = 0;
    for (const QStringList& p : paths) depth = std::max(depth, static_cast<int>(p.size()));
    return depth;
}

// The printed form merges a group over its members; two neighbours share a
// header cell when they share the path up to and including that level.
bool sharesPrefix(const QStringList& a, const QStringList& b, int level) {
    if (a.size() <= level || b.size() <= level) return false;
    for (int i = 0; i <= level; ++i)
        if (a[i] != b[i]) return false;
    return true;
}

// Lays out nested labels along one axis (columns, or rows) level by level:
// a group merges along its consecutive members; a leaf — the column's or
// row's own label — stretches across the levels below it, to `depth`.
// `put(position, level, alongSpan, acrossSpan, text)` receives each label.
template <typename Put>
void layoutPaths(const std::vector<QStringList>& paths, int depth, Put put) {
    for (int level = 0; level < depth; ++level) {
        for (size_t i = 0; i < paths.size();) {
            const QStringList& path = paths[i];
            const int size = static_cast<int>(path.size());
            if (level >= size) {
                ++i;
                continue;
            }
            const bool leaf = level == size - 1;
            size_t end = i + 1;
            if (!leaf)
                while (end < paths.size() && sharesPrefix(path, paths[end], level) &&
                       level != static_cast<int>(paths[end].size()) - 1)
                    ++end;
            put(static_cast<int>(i), level, static_cast<int>(end - i), leaf ? depth - level : 1, path[level]);
            i = end;
        }
    }
}

}  // namespace

FormLayout FormLayout::forTable(const TableSpec& table, const FormatSpec& format) {
    FormLayout layout;
    layout.valueRows_ = static_cast<int>(table.rows.size());
    layout.valueColumns_ = static_cast<int>(table.columns.size());

    switch (table.kind) {
    case TableKind::GroupedColumns:
        // 表四 is one row of numbers under three levels of headers; the form prints no row label.
        layout.addColumnHeaders(0, table.columns);
        break;
    case TableKind::Rows: {
        // 表三: the note on the column balance fills the top-left corner,
        // "申请人情况" spans every value column above the applicant headers.
        layout.labelColumns_ = depthOf(rowPaths(table.rows));
        const QString caption = format.requestsHeader.isEmpty() ? QString() : format.requestsHeader.first();
        layout.add({FormLabel::Kind::Caption, 0, layout.labelColumns_, 1, layout.valueColumns_, caption});
        layout.addColumnHeaders(1, table.columns);
        layout.add({FormLabel::Kind::ColumnHeader, 0, 0, layout.headerRows_, layout.labelColumns_, format.requestsNote});
        layout.addRowLabels(table.rows);
        break;
    }
    case TableKind::ArticleItem:
        // A 表二 item: the article item across the top, then "信息内容" and the column labels.
        layout.labelColumns_ = 1;
        layout.add({FormLabel::Kind::Caption, 0, 0, 1, 1 + layout.valueColumns_, table.heading});
        layout.add({FormLabel::Kind::ColumnHeader, 1, 0, 1, 1, format.activeLabelHeader});
        layout.addColumnHeaders(1, table.columns);
        layout.addRowLabels(table.rows);
        break;
    }
    layout.index();
    return layout;
}

const FormLabel* FormLayout::labelAt(int row, int column) const {
    if (row < 0 || column < 0 || row >= rowCount() || column >= columnCount()) return nullptr;
    const int owner = owner_[static_cast<size_t>(row * columnCount() + column)];
    return owner < 0 ? nullptr : &labels_[static_cast<size_t>(owner)];
}

void FormLayout::add(FormLabel label) {
    labels_.push_back(std::move(label));
}

// Each level of the header has its own row: a group merges across its
// members, and a column's own label stretches down to the bottom header row.
// So the official table 四 prints "行政复议" on the top row over five labels
// two rows high, beside "行政诉讼" › "复议后起诉" › five labels one row high.
void FormLayout::addColumnHeaders(int top, const std::vector<ColumnSpec>& columns) {
    std::vector<QStringList> paths;
    for (const ColumnSpec& c : columns) paths.push_back(columnPath(c));
    const int depth = depthOf(paths);
    headerRows_ = top + depth;
    layoutPaths(paths, depth, [&](int column, int level, int along, int across, const QString& text) {
        add({FormLabel::Kind::ColumnHeader, top + level, labelColumns_ + column, across, along, text});
    });
}

// Transposed: the row label itself stretches right over the label columns
// its row does not use for groups; groups merge down over their rows.
void FormLayout::addRowLabels(const std::vector<RowSpec>& rows) {
    layoutPaths(rowPaths(rows), labelColumns_, [&](int row, int level, int along, int across, const QString& text) {
        add({FormLabel::Kind::RowHeader, headerRows_ + row, level, along, across, text});
    });
}

void FormLayout::index() {
    owner_.assign(static_cast<size_t>(rowCount() * columnCount()), -1);
    for (size_t i = 0; i < labels_.size(); ++i) {
        const FormLabel& l = labels_[i];
        for (int r = l.row; r < l.row + l.rowSpan; ++r)
            for (int c = l.column; c < l.column + l.columnSpan; ++c)
                owner_[static_cast<size_t>(r * columnCount() + c)] = static_cast<int>(i);
    }
}

}  // namespace nianbao
