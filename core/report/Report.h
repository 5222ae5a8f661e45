#pragma once

#include "check/Finding.h"
#include "document/Document.h"
#include "format/FormatSpec.h"
#include "report/CellValue.h"
#include "report/RowAlignment.h"
#include "text/SourceText.h"

#include <QString>

#include <vector>

namespace nianbao {

struct ReportCell {
    QString text;        // as written in the source (normalised, trimmed)
    SourceSpan span;     // invalid for a cell the report does not have
    CellValue value;     // current value (after any correction)
    CellValue original;  // what the source says

    bool isCorrected() const { return !(value == original); }
};

struct ReportRow {
    bool located = false;
    QString sourceLabel;  // the label as the report writes it; empty when the report lost it
    SourceSpan labelSpan;
    // How the row was recognised, which the label-typo rule reads: by its
    // label (exactly, or with a typo), or by its position when the label was
    // lost or garbled.
    RowPlacement placement = RowPlacement::Label;
    LabelMatch labelMatch = LabelMatch::None;
    std::vector<ReportCell> cells;  // one per official column, always
};

struct ReportTable {
    const TableSpec* spec = nullptr;
    bool located = false;
    std::vector<ReportRow> rows;  // one per official row, always
};

struct ReportMetadata {
    QString file;
    QString format = QStringLiteral("text");
    QString encoding;
    bool byteOrderMark = false;
    QString version;          // "2019" / "2021"
    QString versionSource;    // "tables", "year", "option"
    int year = 0;             // 0 when not found
    QString yearSource;       // "title", "period", "body"
    QString agency;           // empty when the report does not name itself
    QString agencySource;     // "title", "name_line", "signature"; empty with the agency
};

// A report rebuilt in the official shape: every table and row of its format
// version is present (located or not), every cell knows its source.
class Report {
public:
    ReportMetadata meta;
    SourceText source;
    Document document;
    const FormatSpec* spec = nullptr;
    std::vector<ReportTable> tables;          // table 二 items in order, then requests, then reviews
    std::vector<Finding> structuralFindings;  // what reconstruction could not find or fit

    const ReportTable* table(const QString& id) const;
    ReportTable* table(const QString& id);
    // The description the table was read in: the report's version, or another
    // version's layout the report printed it in. Row and column indices of
    // CellRefs are positions in this description.
    const TableSpec* tableSpec(const QString& id) const;
    const ReportCell* cell(const CellRef& ref) const;
    ReportCell* cell(const CellRef& ref);
};

}  // namespace nianbao

namespace nianbao {

// "表三“一、本年新收政府信息公开申请数量”行“自然人”列": how messages name a cell.
QString describeCell(const TableSpec& table, int row, int column);
// "表三", "表四", "表二“第二十条第（一）项”"
QString describeTable(const TableSpec& table);

}  // namespace nianbao
