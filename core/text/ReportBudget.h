#pragma once

#include <QString>
#include <QtGlobal>

namespace nianbao {

// What one report may cost, in one place. Real reports are under 1 MB of
// text, a few thousand lines and a few hundred table cells; every limit is
// many times that, so only a hostile or broken document reaches one. Without
// them a 78 KB DOCX of U+FDFA (which NFKC expands 18-fold) grew to 3.1 GB,
// and a DOCX of 2.7 million empty paragraphs took 1.1 GB.
struct ReportBudget {
    // The file as read from disk (any format, before unpacking).
    static constexpr qint64 kMaxBytes = 16 * 1024 * 1024;
    // UTF-16 units of text after NFKC normalisation, the whole report.
    static constexpr qsizetype kMaxCharacters = 8'000'000;
    // Lines of the source view: paragraphs and table rows.
    static constexpr qsizetype kMaxLines = 200'000;
    // Cells of all tables together.
    static constexpr qsizetype kMaxTableCells = 200'000;
};

// Counts what a reader produces against ReportBudget; the first limit passed
// gives the reason (Chinese, "报告过大：…", naming the limit), and the reader
// stops producing.
class ReportBudgetTally {
public:
    bool addLines(qsizetype count);
    bool addTableCells(qsizetype count);
    bool addCharacters(qsizetype count);

    bool exceeded() const { return !error_.isEmpty(); }
    const QString& error() const { return error_; }

private:
    bool check(qsizetype total, qsizetype limit, const QString& what);

    qsizetype lines_ = 0;
    qsizetype cells_ = 0;
    qsizetype characters_ = 0;
    QString error_;
};

// "报告过大：文件过大（17.0 MB），上限为 16 MB…" for a file of `bytes`.
QString reportTooManyBytes(qint64 bytes);

}  // namespace nianbao
