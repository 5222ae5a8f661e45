#pragma once

#include <QStringList>

namespace nianbao::cli {

// `nianbao-cli review-letters --out DIR [--office NAME] [--closing TEXT]
// [--date YYYY-MM-DD] [--jobs N] FOLDER_OR_FILES...`: one review letter
// (审核意见书, DOCX) per report and a summary letter for the run.
// Exit status: 0 every report passed, 1 some report has error findings,
// 2 a report could not be read, a letter could not be written or the
// arguments are wrong (the other letters are still written).
int runReviewLetters(const QStringList& arguments);

}  // namespace nianbao::cli
