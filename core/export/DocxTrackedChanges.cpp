#include "export/DocxTrackedChanges.h"

#include "export/DocxComments.h"
#include "export/WordElementEdit.h"
#include "export/ZipRewrite.h"
#include "import/DocxImporter.h"
#include "import/ZipPart.h"

#include <QCryptographicHash>

#include <algorithm>
#include <limits>
#include <map>
#include <optional>

namespace nianbao {
namespace {

const QString kDocumentPart = QStringLiteral("word/document.xml");
const QString kRelationshipsPart = QStringLiteral("word/_rels/document.xml.rels");
const QString kContentTypesPart = QStringLiteral("[Content_Types].xml");

// What happens to one cell or paragraph of document.xml.
struct ElementEdits {
    SourceRange range;
    std::optional<QString> cellText;                  // the corrected cell's new text
    std::vector<std::pair<QString, QString>> fixes;  // before → after
    std::vector<int> comments;
};

// The rendered cell or paragraph a span lies in.
const RenderedOrigin* originOf(const std::vector<RenderedOrigin>& origins, const SourceSpan& span) {
    if (!span.isValid()) return nullptr;
    for (const RenderedOrigin& o : origins)
        if (o.span.line == span.line && (!o.isCell || (o.span.column <= span.column && span.endColumn <= o.span.endColumn))) return &o;
    return nullptr;
}

QString textAt(const SourceText& source, const SourceSpan& span) {
    if (!span.isValid() || span.line > source.lineCount() || span.endLine != span.line) return {};
    return source.originalLine(span.line).mid(span.column, span.endColumn - span.column);
}

class TrackedCopy {
public:
    TrackedCopy(const ExportInput& input, const TrackedDocxOptions& options) : input_(input), options_(options) {}

    TrackedDocx build(const QByteArray& original) {
        if (!input_.sourceSha256.isEmpty() && QCryptographicHash::hash(original, QCryptographicHash::Sha256).toHex() != input_.sourceSha256)
            return failed(QStringLiteral("原 Word 文件在审校之后已被修改，修订无法对应到其中的单元格；请重新打开该文件审校"));
        std::vector<RenderedOrigin> origins;
        const ImportResult imported = importDocx(original, &origins);
        if (!imported.ok()) return failed(imported.error);
        const ZipPartResult document = readZipPart(original, kDocumentPart);
        if (!document.ok()) return failed(document.error);
        QString xml = QString::fromUtf8(document.data);
        // Offsets are the XML reader's, in UTF-16 units of the decoded part:
        // only a UTF-8 part decodes and re-encodes to the same bytes.
        if (xml.toUtf8() != document.data || document.data.startsWith("\xEF\xBB\xBF"))
            return failed(QStringLiteral("word/document.xml 不是无 BOM 的 UTF-8 编码，无法在原文件中写入修订；可改用 --official-docx 导出正式版式"));

        mark_.author = options_.author;
        mark_.date = (options_.date.isValid() ? options_.date : QDateTime::currentDateTimeUtc()).toUTC().toString(Qt::ISODate);
        mark_.nextId = largestAnnotationId(document.data) + 1;
        const auto readPart = [&](const QString& name) {
            const ZipPartResult part = readZipPart(original, name);
            return part.ok() ? part.data : QByteArray();
        };
        const QByteArray relationships = readPart(kRelationshipsPart);
        const QByteArray existingComments = readPart(QStringLiteral("word/comments.xml"));
        mark_.nextId = std::max(mark_.nextId, largestAnnotationId(existingComments) + 1);

        collectCells(origins);
        collectFixes(origins);
        std::vector<WordComment> comments;
        if (options_.comments) comments = collectComments(origins);
        xml = applyEdits(xml, &comments);
        result_.comments = int(comments.size());

        ZipEdit edit;
        edit.replaced.insert(kDocumentPart, xml.toUtf8());
        if (!comments.empty()) {
            const CommentParts parts = buildCommentParts(comments, options_.author, mark_.date, relationships, readPart(kContentTypesPart), readPart);
            if (!parts.error.isEmpty()) return failed(parts.error);
            if (parts.commentsPartIsNew) edit.added.emplace_back(parts.commentsPart, parts.commentsXml);
            else edit.replaced.insert(parts.commentsPart, parts.commentsXml);
            if (!parts.documentRelationships.isEmpty()) {
                if (relationships.isEmpty()) edit.added.emplace_back(kRelationshipsPart, parts.documentRelationships);
                else edit.replaced.insert(kRelationshipsPart, parts.documentRelationships);
            }
            if (!parts.contentTypes.isEmpty()) edit.replaced.insert(kContentTypesPart, parts.contentTypes);
        }
        QString error;
        result_.bytes = rewriteZip(original, edit, &error);
        if (result_.bytes.isEmpty()) return failed(error);
        return result_;
    }

private:
    TrackedDocx failed(const QString& error) {
        TrackedDocx r;
        r.error = error;
        return r;
    }

    ElementEdits& editsOf(const RenderedOrigin& origin) {
        ElementEdits& e = edits_[origin.origin.start];
        e.range = origin.origin;
        return e;
    }

    void collectCells(const std::vector<RenderedOrigin>& origins) {
        const Report& report = *input_.report;
        for (const Correction& c : input_.corrections) {
            const ReportCell* cell = report.cell(c.cell);
            const RenderedOrigin* origin = cell ? originOf(origins, cell->span) : nullptr;
            const TableSpec* table = report.tableSpec(c.cell.table);
            const QString name = table ? describeCell(*table, c.cell.row, c.cell.column) : c.cell.table;
            if (!origin || !origin->isCell) {
                result_.skipped << QStringLiteral("%1：原文件中没有这个单元格，更正未写入").arg(name);
                continue;
            }
            editsOf(*origin).cellText = printedCellText(*cell);
            cellNames_[origin->origin.start] = name;
        }
    }

    void collectFixes(const std::vector<RenderedOrigin>& origins) {
        for (const Finding& f : options_.acceptedFixes) {
            if (!f.fix) continue;
            const RenderedOrigin* origin = originOf(origins, f.fix->span);
            const QString before = textAt(input_.report->source, f.fix->span);
            if (!origin || before.isEmpty()) {
                result_.skipped << QStringLiteral("%1：找不到要修改的文字").arg(f.message);
                continue;
            }
            editsOf(*origin).fixes.emplace_back(before, f.fix->replacement);
            fixMessages_[origin->origin.start] << f.message;
        }
    }

    std::vector<WordComment> collectComments(const std::vector<RenderedOrigin>& origins) {
        std::vector<WordComment> comments;
        const Report& report = *input_.report;
        const RenderedOrigin* first = nullptr;
        for (const RenderedOrigin& o : origins)
            if (!o.isCell) {
                first = &o;
                break;
            }
        for (const Finding& f : input_.findings) {
            const CellRef* anchorCell = nullptr;
            const RenderedOrigin* origin = nullptr;
            for (const CellRef& ref : f.cells) {
                const ReportCell* cell = report.cell(ref);
                if ((origin = cell ? originOf(origins, cell->span) : nullptr)) {
                    anchorCell = &ref;
                    break;
                }
            }
            if (!origin) origin = originOf(origins, f.span);
            if (!origin) origin = first ? first : (origins.empty() ? nullptr : &origins.front());  // "缺少…": on the title
            if (!origin) continue;
            WordComment comment{mark_.nextId++, commentParagraphs(report, f, anchorCell)};
            editsOf(*origin).comments.push_back(comment.id);
            comments.push_back(std::move(comment));
        }
        return comments;
    }

    // Each edited element rewritten in place, from the end of the part so
    // earlier offsets hold. An element inside another edited one (a cell of
    // a nested table) is left alone, and its edits reported.
    QString applyEdits(QString xml, std::vector<WordComment>* comments) {
        qint64 outerStart = std::numeric_limits<qint64>::max();
        std::vector<int> dropped;
        for (auto it = edits_.rbegin(); it != edits_.rend(); ++it) {
            ElementEdits& e = it->second;
            if (e.range.end > outerStart) {
                // Nested in the element edited just after it: the outer one wins.
                result_.skipped << QStringLiteral("嵌套表格中的单元格未能修订");
                dropped.insert(dropped.end(), e.comments.begin(), e.comments.end());
                continue;
            }
            WordElementEdit edit(xml.mid(e.range.start, e.range.end - e.range.start));
            if (e.cellText) {
                if (edit.replaceAllText(*e.cellText, &mark_)) ++result_.changedCells;
                else result_.skipped << QStringLiteral("%1：单元格内容是域代码，更正未写入").arg(cellNames_.value(e.range.start));
            }
            const QStringList messages = fixMessages_.value(e.range.start);
            for (size_t i = 0; i < e.fixes.size(); ++i) {
                if (edit.replaceText(e.fixes[i].first, e.fixes[i].second, &mark_)) ++result_.appliedFixes;
                else result_.skipped << QStringLiteral("%1：原文中找不到唯一的“%2”，未修改").arg(messages.value(int(i)), e.fixes[i].first);
            }
            for (int id : e.comments)
                if (!edit.anchorComment(id)) dropped.push_back(id);
            xml.replace(e.range.start, e.range.end - e.range.start, edit.xml());
            outerStart = e.range.start;
        }
        std::erase_if(*comments, [&](const WordComment& c) { return std::find(dropped.begin(), dropped.end(), c.id) != dropped.end(); });
        return xml;
    }

    const ExportInput& input_;
    const TrackedDocxOptions& options_;
    RevisionMark mark_;
    TrackedDocx result_;
    std::map<qint64, ElementEdits> edits_;  // by start offset in document.xml
    QHash<qint64, QString> cellNames_;
    QHash<qint64, QStringList> fixMessages_;
};

}  // namespace

TrackedDocx buildTrackedDocx(const ExportInput& input, const QByteArray& original, const TrackedDocxOptions& options) {
    return TrackedCopy(input, options).build(original);
}

}  // namespace nianbao
