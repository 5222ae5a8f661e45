#pragma once

#include <QRegularExpression>
#include <QString>
#include <QStringList>

#include <vector>

namespace nianbao {

// A phrase of the narrative that states a number the tables also hold.
struct NarrativePhrase {
    QString what;                // "予以公开", for messages
    QRegularExpression pattern;  // capture group 1 is the number
    QStringList anchors;         // a paragraph without any of these cannot match
    QString table;
    QStringList rows;            // summed
    QStringList columns;         // the first that exists in the report, or all of them when sumColumns
    bool sumColumns = false;
};

struct ArtifactPattern {
    QString what;
    QRegularExpression pattern;
    QString contains;  // a line without this text cannot match
};

// resources/proofreading.json, loaded once.
struct ProofreadingData {
    std::vector<NarrativePhrase> narrative;
    QStringList otherScopes;  // 全区, 全市 …: the text speaks of more than the table
    QStringList tableScopes;  // 本机关, 区本级 …
    std::vector<ArtifactPattern> artifacts;
    int blankParagraphRun = 3;
    QStringList feeKeywords;
    QRegularExpression dateLine;
    QRegularExpression period;

    static const ProofreadingData& get();
};

}  // namespace nianbao
