#pragma once

#include "export/ExportInput.h"

#include <QByteArray>
#include <QDateTime>
#include <QString>
#include <QStringList>

#include <vector>

namespace nianbao {

struct TrackedDocxOptions {
    QString author = QStringLiteral("年报审校");  // w:author of every change and comment
    QDateTime date;                               // of every change and comment; the export time when invalid
    bool comments = true;                         // every open finding as a Word comment (批注)
    // Findings whose TextFix the user accepted; each becomes a tracked change.
    std::vector<Finding> acceptedFixes;
};

struct TrackedDocx {
    QByteArray bytes;  // the package; empty with `error` set
    QString error;     // Chinese
    int changedCells = 0;
    int appliedFixes = 0;
    int comments = 0;
    // What could not be written where it belongs (a cell the report does not
    // have, text inside a field), one line each; their findings still get a comment.
    QStringList skipped;
};

// A copy of the user's own DOCX (`original`, the bytes the report was read
// from) in which each corrected cell and each accepted text fix is a Word
// tracked change — the old text in w:del, the new in w:ins with the old
// run's formatting — and, with `comments`, each open finding a comment on
// its cell or paragraph. Every other part of the package is copied raw;
// word/document.xml changes only inside the edited cells and paragraphs.
// Refused when `original` is not the file the review was made on.
TrackedDocx buildTrackedDocx(const ExportInput& input, const QByteArray& original, const TrackedDocxOptions& options);

}  // namespace nianbao
