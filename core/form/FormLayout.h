#pragma once

#include "format/FormatSpec.h"

#include <QString>

#include <vector>

namespace nianbao {

// A piece of printed text on the form: a caption above the table, a column
// header or a row label. Merged cells of the printed form have spans > 1.
struct FormLabel {
    enum class Kind { Caption, ColumnHeader, RowHeader };
    Kind kind = Kind::ColumnHeader;
    int row = 0;
    int column = 0;
    int rowSpan = 1;
    int columnSpan = 1;
    QString text;
};

// The grid of one official table as it is printed: header rows on top,
// label columns on the left, the value cells (in official row and column
// order) in the lower right. Derived from the format description only —
// merged headers come from column groups ("行政诉讼·复议后起诉" is two levels)
// and row groups ("三、本年度办理结果" › "（三）不予公开"). The one layout of
// the printed form: the workbench's table models show it, and the DOCX and
// CSV form exports (export/PrintedTable) print it, so they cannot disagree.
class FormLayout {
public:
    static FormLayout forTable(const TableSpec& table, const FormatSpec& format);

    int rowCount() const { return headerRows_ + valueRows_; }
    int columnCount() const { return labelColumns_ + valueColumns_; }
    int headerRows() const { return headerRows_; }
    int labelColumns() const { return labelColumns_; }

    const std::vector<FormLabel>& labels() const { return labels_; }
    // The label whose (merged) area covers the grid position, or null.
    const FormLabel* labelAt(int row, int column) const;

    bool isValue(int row, int column) const {
        return row >= headerRows_ && row < rowCount() && column >= labelColumns_ && column < columnCount();
    }
    int tableRow(int gridRow) const { return gridRow - headerRows_; }
    int tableColumn(int gridColumn) const { return gridColumn - labelColumns_; }
    int gridRow(int tableRow) const { return tableRow + headerRows_; }
    int gridColumn(int tableColumn) const { return tableColumn + labelColumns_; }

private:
    void add(FormLabel label);
    void addColumnHeaders(int top, const std::vector<ColumnSpec>& columns);
    void addRowLabels(const std::vector<RowSpec>& rows);
    void index();

    int headerRows_ = 0;
    int labelColumns_ = 0;
    int valueRows_ = 0;
    int valueColumns_ = 0;
    std::vector<FormLabel> labels_;
    std::vector<int> owner_;  // per grid position: index into labels_, or -1
};

}  // namespace nianbao
