#pragma once

#include <QRegularExpression>
#include <QString>
#include <QStringList>

#include <map>
#include <vector>

namespace nianbao {

// Another total the same words may state: "共受理申请749件" often counts the
// applications carried over from last year as well as the new ones.
struct OtherSum {
    QString what;       // "本年新收与上年结转合计", for messages
    QStringList rows;   // summed, in the phrase's table and column
};

// A phrase of the narrative that states a number the tables also hold.
struct NarrativePhrase {
    QString what;                // "予以公开", for messages
    QRegularExpression pattern;  // capture group 1 is the number
    QStringList anchors;         // a paragraph without any of these cannot match
    QString table;
    QStringList rows;            // summed
    QStringList columns;         // the first that exists in the report, or all of them when sumColumns
    bool sumColumns = false;
    std::vector<OtherSum> otherSums;  // the number is wrong only when it is none of these either
};

struct ArtifactPattern {
    QString what;
    QRegularExpression pattern;
    QString contains;  // a line without this text cannot match
};

// resources/proofreading.json, loaded once.
struct ProofreadingData {
    std::map<QString, QStringList> sectionWordings;  // official section title (no number) → other wordings
    std::vector<NarrativePhrase> narrative;
    QStringList otherScopes;  // 全区, 全市 …: the text speaks of more than the table
    QStringList tableScopes;  // 本机关, 区本级 …
    std::vector<ArtifactPattern> artifacts;
    int blankParagraphRun = 3;
    std::vector<QRegularExpression> feeStatements;  // a paragraph saying whether 信息处理费 were charged
    QRegularExpression dateLine;
    QRegularExpression period;

    static const ProofreadingData& get();
};

}  // namespace nianbao
