#pragma once

#include "import/ReadMonitor.h"
#include "report/Reconstructor.h"
#include "report/Report.h"
#include "text/ReportBudget.h"

#include <QByteArray>
#include <QString>

#include <optional>

namespace nianbao {

struct ReadOptions {
    ReconstructOptions reconstruct;
    ReadMonitor monitor;
};

// A report, or the reason there is none (in Chinese, naming what is wrong).
struct ReadResult {
    std::optional<Report> report;
    QString error;
    bool cancelled = false;  // stopped at the monitor's request; `error` says so
    bool ok() const { return report.has_value(); }
};

// Reports are a few kilobytes; anything past this is not a report and would
// only cost the user time.
constexpr qint64 kMaxReportBytes = ReportBudget::kMaxBytes;

ReadResult readReportFile(const QString& path, const ReadOptions& options = {});
ReadResult readReportBytes(const QByteArray& bytes, const QString& name, const ReadOptions& options = {});

}  // namespace nianbao
