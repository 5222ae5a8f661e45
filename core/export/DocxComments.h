#pragma once

#include "check/Finding.h"
#include "report/Report.h"

#include <QByteArray>
#include <QString>
#include <QStringList>

#include <functional>
#include <vector>

namespace nianbao {

// One Word comment (批注): its id (as anchored in word/document.xml) and
// its paragraphs.
struct WordComment {
    int id = 0;
    QStringList paragraphs;
};

// The paragraphs of the comment a finding becomes: the message; for a
// balance, both sides and the value that balances it in `anchor` (the cell
// the comment sits on, when it has one); the rule.
QStringList commentParagraphs(const Report& report, const Finding& finding, const CellRef* anchor);

// The package parts that carry comments, as they must be after adding
// `comments` to a document whose parts are given (an absent part is empty):
// word/comments.xml is created — with its relationship from
// word/document.xml and its content-type override — or, when the document
// already has comments, extended. Only the parts that change are returned.
struct CommentParts {
    QString commentsPart;                // "word/comments.xml"
    QByteArray commentsXml;
    bool commentsPartIsNew = false;
    QByteArray documentRelationships;    // word/_rels/document.xml.rels when changed
    QByteArray contentTypes;             // [Content_Types].xml when changed
    QString error;                       // Chinese; the comments are then not written
};
CommentParts buildCommentParts(const std::vector<WordComment>& comments, const QString& author, const QString& date,
                               const QByteArray& existingRelationships, const QByteArray& existingContentTypes,
                               const std::function<QByteArray(const QString& part)>& readPart);

// The largest w:id in an XML part (-1 when none): new annotations count on from it.
int largestAnnotationId(const QByteArray& xml);

}  // namespace nianbao
