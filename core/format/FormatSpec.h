#pragma once

#include "check/Severity.h"

#include <QString>
#include <QStringList>

#include <vector>

namespace nianbao {

// One official format version, loaded from resources/formats/<version>.json.
// Everything the parsers and checks know about the printed form lives there;
// this file only gives it types.

enum class ColumnKind { Count, Delta, Money };

struct ColumnSpec {
    QString key;
    QString label;
    QStringList aliases;
    ColumnKind kind = ColumnKind::Count;
    QString unit;   // money columns: the unit the form prints ("万元")
    QString group;  // merged header above the column, if any ("法人或其他组织", "行政复议")
};

struct RowSpec {
    QString key;
    QString label;       // official wording
    QString shortLabel;  // for messages
    QString group;       // merged label to the left ("（三）不予公开")
    QStringList aliases;
};

// How a table is printed and named, which decides how messages, the grid
// and the exports address its cells.
enum class TableKind {
    ArticleItem,     // one of table 二's small tables, headed by its article item
    Rows,            // labelled rows under (grouped) column headers: table 三
    GroupedColumns,  // one unlabelled row of values under groups of columns: table 四
};

struct TableSpec {
    QString id;       // "active.20.1", "requests", "reviews"
    TableKind kind = TableKind::Rows;
    QString name;     // "表二", "表三", "表四": how messages name the table
    QString heading;  // the article item above a table-二 part; the section heading otherwise
    std::vector<ColumnSpec> columns;
    std::vector<RowSpec> rows;

    int columnIndex(const QString& key) const;
    int rowIndex(const QString& key) const;
};

// A balance relation: for every row, column or column group of a table,
// the sum of the `left` cells equals the sum of the `right` cells.
struct RelationRule {
    enum class Each { Row, Column, Group };
    QString id;
    Severity severity = Severity::Error;
    QString table;
    Each each = Each::Column;
    QStringList left;
    QStringList right;
    QString name;     // the relation in words, for tooltips and rule lists
    QString message;  // template: {scope} {left} {right} {diff} {left_terms} {right_terms} {right_nonzero_terms}
    QString blankMessage;  // the same when the left side is one blank cell ("总计为空白"); empty: use message
};

struct ColumnGroupSpec {
    QString key;
    QString label;
};

struct FormatSpec {
    QString version;  // "2019", "2021"
    QString issuedBy;
    int firstYear = 0;
    int lastYear = 0;  // inclusive; 9999 when still in force
    QStringList sections;
    bool feeStatementRequired = false;  // section 六 must state whether 信息处理费 were charged
    std::vector<TableSpec> activeItems;
    QString activeLabelHeader;  // "信息内容": heads the label column of every table-二 item
    TableSpec requests;
    QString requestsNote;
    QStringList requestsHeader;
    TableSpec reviews;  // one row; columns are groups × group columns, keys "group.column"
    std::vector<ColumnGroupSpec> reviewGroups;
    QStringList reviewGroupColumns;  // keys of the columns inside one group
    QString reviewsAnchor;
    QStringList reviewsHeader;
    std::vector<RelationRule> rules;

    bool coversYear(int year) const { return year >= firstYear && year <= lastYear; }
    const RelationRule* rule(const QString& id) const;
    const TableSpec* table(const QString& id) const;
    std::vector<const TableSpec*> tables() const;  // in printed order: table 二's items, 三, 四

    static const std::vector<FormatSpec>& all();  // loaded once from the compiled-in resources
    static const FormatSpec* find(const QString& version);
    static const FormatSpec* forYear(int year);
    // The version a table's description belongs to: a report may print one
    // table in another version's layout (a 2019 table 三 in a 2021 report).
    static const FormatSpec* owning(const TableSpec* table);
};

// Parses one format description; on error returns false and says why.
bool loadFormatSpec(const QByteArray& json, FormatSpec* out, QString* error);

// Appends the description of every *.json in `folder` (by file name) to `out`;
// on the first that cannot be read, is invalid or repeats a version: false, the
// file and the reason in `error`.
bool loadFormatFolder(const QString& folder, std::vector<FormatSpec>* out, QString* error);

// What FormatSpec::all() holds: the compiled-in descriptions, then those of the
// folders in the environment variable NIANBAO_FORMATS_DIR (separated like PATH),
// oldest first.
bool loadAllFormats(std::vector<FormatSpec>* out, QString* error);

}  // namespace nianbao
