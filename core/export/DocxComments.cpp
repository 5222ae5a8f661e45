#include "export/DocxComments.h"

#include "check/RelationChecker.h"
#include "check/Severity.h"
#include "export/OfficeXml.h"
#include "export/WordElementEdit.h"
#include "report/CellValue.h"

#include <QRegularExpression>

#include <algorithm>

namespace nianbao {
namespace {

const QString kCommentsType = QStringLiteral("http://schemas.openxmlformats.org/officeDocument/2006/relationships/comments");
const QString kCommentsContentType = QStringLiteral("application/vnd.openxmlformats-officedocument.wordprocessingml.comments+xml");

QString number(double value) {
    return formatNumber(value, value == static_cast<double>(static_cast<long long>(value)));
}

QString commentElements(const std::vector<WordComment>& comments, const QString& author, const QString& date) {
    QString xml;
    for (const WordComment& comment : comments) {
        xml += QStringLiteral("<w:comment w:id=\"%1\" w:author=\"%2\" w:date=\"%3\" w:initials=\"%4\">")
                   .arg(comment.id)
                   .arg(escapeXml(author), date, escapeXml(author.left(2)));
        for (const QString& paragraph : comment.paragraphs)
            xml += QStringLiteral("<w:p><w:r><w:t xml:space=\"preserve\">%1</w:t></w:r></w:p>").arg(escapeXml(xmlSafe(paragraph)));
        xml += QStringLiteral("</w:comment>");
    }
    return xml;
}

// Text inserted before the last `closingTag` of a part; the rest keeps its bytes.
QByteArray insertedBefore(const QByteArray& part, const QByteArray& closingTag, const QString& text) {
    const qsizetype at = part.lastIndexOf(closingTag);
    if (at < 0) return {};
    QByteArray out = part;
    out.insert(at, text.toUtf8());
    return out;
}

// The value of `attribute` in the first element of `xml` that has
// `marker` among its attributes.
QString attributeNear(const QByteArray& xml, const QString& marker, const QString& attribute) {
    const QString text = QString::fromUtf8(xml);
    const qsizetype at = text.indexOf(marker);
    if (at < 0) return {};
    const qsizetype open = text.lastIndexOf(QLatin1Char('<'), at);
    const qsizetype close = text.indexOf(QLatin1Char('>'), at);
    const QRegularExpression value(QStringLiteral("\\b%1=\"([^\"]*)\"").arg(attribute));
    const QRegularExpressionMatch m = value.match(text.mid(open, close - open));
    return m.hasMatch() ? m.captured(1) : QString();
}

}  // namespace

QStringList commentParagraphs(const Report& report, const Finding& finding, const CellRef* anchor) {
    QStringList paragraphs{QStringLiteral("【%1】%2").arg(severityDisplayName(finding.severity), finding.message)};
    if (finding.isRelation) {
        paragraphs << QStringLiteral("左边合计 %1，右边合计 %2，相差 %3。")
                          .arg(number(finding.leftSum), number(finding.rightSum), number(finding.leftSum - finding.rightSum));
        double balancing = 0;
        if (anchor && balancingValue(report, finding, *anchor, &balancing))
            paragraphs << QStringLiteral("本格填 %1 可使该关系平衡。").arg(number(balancing));
    }
    paragraphs << QStringLiteral("（规则 %1）").arg(finding.rule);
    return paragraphs;
}

int largestAnnotationId(const QByteArray& xml) {
    static const QRegularExpression id(QStringLiteral("\\bw:id=\"(-?\\d+)\""));
    int largest = -1;
    for (const QRegularExpressionMatch& m : id.globalMatch(QString::fromUtf8(xml))) largest = std::max(largest, m.captured(1).toInt());
    return largest;
}

CommentParts buildCommentParts(const std::vector<WordComment>& comments, const QString& author, const QString& date,
                               const QByteArray& existingRelationships, const QByteArray& existingContentTypes,
                               const std::function<QByteArray(const QString& part)>& readPart) {
    CommentParts parts;
    const QString elements = commentElements(comments, author, date);
    // A document that already has comments keeps them: ours join its part.
    const QString target = attributeNear(existingRelationships, QStringLiteral("Type=\"%1\"").arg(kCommentsType), QStringLiteral("Target"));
    if (!target.isEmpty()) {
        parts.commentsPart = target.startsWith(QLatin1Char('/')) ? target.mid(1) : QStringLiteral("word/") + target;
        parts.commentsXml = insertedBefore(readPart(parts.commentsPart), "</w:comments>", elements);
        if (parts.commentsXml.isEmpty())
            parts.error = QStringLiteral("文档已有的批注部分 %1 无法识别，未添加批注").arg(parts.commentsPart);
        return parts;
    }
    parts.commentsPart = QStringLiteral("word/comments.xml");
    parts.commentsPartIsNew = true;
    if (!readPart(parts.commentsPart).isEmpty()) parts.commentsPart = QStringLiteral("word/nianbaoComments.xml");
    parts.commentsXml = QStringLiteral("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
                                       "<w:comments xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\">%1</w:comments>")
                            .arg(elements)
                            .toUtf8();
    QString relationshipId = QStringLiteral("rIdNianbaoComments");
    for (int n = 2; existingRelationships.contains(QStringLiteral("Id=\"%1\"").arg(relationshipId).toUtf8()); ++n)
        relationshipId = QStringLiteral("rIdNianbaoComments%1").arg(n);
    const QString relationship = QStringLiteral("<Relationship Id=\"%1\" Type=\"%2\" Target=\"%3\"/>")
                                     .arg(relationshipId, kCommentsType, parts.commentsPart.mid(QStringLiteral("word/").size()));
    parts.documentRelationships =
        existingRelationships.isEmpty()
            ? QStringLiteral("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
                             "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">%1</Relationships>")
                  .arg(relationship)
                  .toUtf8()
            : insertedBefore(existingRelationships, "</Relationships>", relationship);
    parts.contentTypes = insertedBefore(existingContentTypes, "</Types>",
                                        QStringLiteral("<Override PartName=\"/%1\" ContentType=\"%2\"/>").arg(parts.commentsPart, kCommentsContentType));
    if (parts.documentRelationships.isEmpty() || parts.contentTypes.isEmpty())
        parts.error = QStringLiteral("文档的关系或内容类型部分无法识别，未添加批注");
    return parts;
}

}  // namespace nianbao
