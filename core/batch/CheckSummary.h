#pragma once

#include "check/Checker.h"
#include "report/Report.h"

#include <QByteArray>
#include <QString>
#include <QStringList>

namespace nianbao {

// One line of `nianbao-cli check --summary`: a report, or why it could not be read.
struct SummaryRow {
    QString file;
    QString agency;
    int year = 0;
    QString version;
    FindingCounts counts;
    QString firstError;
    QString readFailure;
};

SummaryRow summaryOf(const Report& report, const std::vector<Finding>& findings);
SummaryRow summaryOfFailure(const QString& file, const QString& reason);

QStringList summaryHeader();
QStringList summaryFields(const SummaryRow& row);

// The --summary CSV (UTF-8 with BOM, CRLF), gathered row by row as reports
// are checked and written once at the end through writeFileAtomically(), so
// an interrupted or failed run never leaves half a summary in place of the old one.
class SummaryCsv {
public:
    SummaryCsv();
    void add(const SummaryRow& row);
    const QByteArray& bytes() const { return bytes_; }

private:
    void addRecord(const QStringList& fields);
    QByteArray bytes_;
};

}  // namespace nianbao
