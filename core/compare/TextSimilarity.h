#pragma once

#include <QString>
#include <QStringList>

namespace nianbao {

struct TextSimilarity {
    double jaccard = 0;        // of word 5-gram shingles, 0–1
    QStringList sharedPassages;  // sentences found word for word in both texts, longest first
};

// How much of two narratives is the same text. Chinese has no spaces, so the
// words come from ICU's dictionary-based word break iterator; numbers are
// folded to one token so that a report copied with only its figures changed
// still counts as copied.
TextSimilarity compareTexts(const QString& a, const QString& b);

}  // namespace nianbao
