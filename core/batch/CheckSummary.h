#pragma once

#include "check/Checker.h"
#include "report/Report.h"

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

}  // namespace nianbao
