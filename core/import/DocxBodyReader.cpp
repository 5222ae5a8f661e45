#include "import/DocxBodyReader.h"

#include <QHash>
#include <QXmlStreamReader>

#include <algorithm>
#include <optional>
#include <vector>

namespace nianbao {
namespace {

const QString kWordNamespace = QStringLiteral("http://schemas.openxmlformats.org/wordprocessingml/2006/main");

// Word nests tables a few levels at most; deeper nesting is hostile input
// and would only deepen the recursion.
constexpr int kMaxTableDepth = 32;
// Word's own limit on the columns of a table; a wider span or indent is
// hostile input, and every grid built from the table is bounded by it.
constexpr int kMaxGridColumns = 63;

// Where the blocks of a container go: the document body, or one table cell.
struct BlockSink {
    StructuredDocument* document = nullptr;
    StructuredCell* cell = nullptr;
    QStringList cellParagraphs;
    int vMerge = 0;  // cell only: 0 none, 1 restart, 2 continue
    int gridSpan = 1;
};

struct RowProperties {
    int gridBefore = 0;
    bool deleted = false;
};

class BodyReader {
public:
    BodyReader(const QByteArray& xml, DocxNumbering* numbering) : xml_(xml), numbering_(numbering) {}

    DocxBody read() {
        DocxBody body;
        bool sawBody = false;
        while (!xml_.atEnd()) {
            const QXmlStreamReader::TokenType token = xml_.readNext();
            // Word never writes a DTD; one in a package part can only define
            // entities, whose expansion ("billion laughs") costs gigabytes.
            if (token == QXmlStreamReader::DTD) {
                body.error = QStringLiteral("word/document.xml 含有文档类型定义（DTD），Word 文档从不包含它，"
                                            "可能是恶意构造的文件（实体膨胀攻击），已拒绝读取");
                return body;
            }
            if (token != QXmlStreamReader::StartElement) continue;
            if (isWord(u"body")) {
                BlockSink sink;
                sink.document = &body.document;
                readBlocks(sink, 0);
                sawBody = true;
            }
        }
        body.encoding = xml_.documentEncoding().isEmpty() ? QStringLiteral("UTF-8") : xml_.documentEncoding().toString().toUpper();
        if (xml_.hasError())
            body.error = QStringLiteral("word/document.xml 不是合法的 XML（第 %1 行第 %2 列：%3），文件可能已损坏")
                             .arg(xml_.lineNumber())
                             .arg(xml_.columnNumber())
                             .arg(xml_.errorString());
        else if (!sawBody)
            body.error = QStringLiteral("word/document.xml 中没有正文（w:body），不是有效的 Word 文档");
        return body;
    }

private:
    // The next token, remembering where it starts: the offset after the
    // previous token is the "<" of a start tag.
    QXmlStreamReader::TokenType readToken() {
        tokenStart_ = xml_.characterOffset();
        return xml_.readNext();
    }

    bool isWord(QStringView local) const {
        return xml_.namespaceUri() == kWordNamespace && xml_.name() == local;
    }

    // Containers whose content is invisible or not current text.
    bool isSkipped() const {
        if (xml_.namespaceUri() != kWordNamespace) return true;  // mc:AlternateContent, math, extensions
        static const QStringList skipped = {QStringLiteral("del"),      QStringLiteral("moveFrom"), QStringLiteral("pPr"),
                                            QStringLiteral("rPr"),      QStringLiteral("sectPr"),   QStringLiteral("sdtPr"),
                                            QStringLiteral("sdtEndPr"), QStringLiteral("tblPr"),    QStringLiteral("tblGrid"),
                                            QStringLiteral("tblPrEx"),  QStringLiteral("drawing"),  QStringLiteral("pict"),
                                            QStringLiteral("object"),   QStringLiteral("instrText"), QStringLiteral("delText"),
                                            QStringLiteral("delInstrText"), QStringLiteral("footnoteReference"),
                                            QStringLiteral("endnoteReference"), QStringLiteral("commentReference")};
        return skipped.contains(xml_.name());
    }

    // Children of the current element up to its end tag; other elements
    // (sdt, sdtContent, customXml, ins, moveTo) are transparent.
    void readBlocks(BlockSink& sink, int tableDepth) {
        int depth = 0;
        while (!xml_.atEnd()) {
            const QXmlStreamReader::TokenType token = readToken();
            if (token == QXmlStreamReader::EndElement) {
                if (depth-- == 0) return;
                continue;
            }
            if (token != QXmlStreamReader::StartElement) continue;
            const qint64 start = tokenStart_;
            if (sink.cell && isWord(u"tcPr")) {
                readCellProperties(sink);
            } else if (isSkipped()) {
                xml_.skipCurrentElement();
            } else if (isWord(u"p")) {
                const QString text = readParagraph();
                if (sink.document) sink.document->addParagraph(text, SourceRange{start, xml_.characterOffset()});
                else sink.cellParagraphs.append(text);
            } else if (isWord(u"tbl")) {
                if (tableDepth >= kMaxTableDepth) {
                    xml_.skipCurrentElement();
                    continue;
                }
                StructuredTable table = readTable(tableDepth + 1);
                if (sink.document) sink.document->addTable(std::move(table));
                else if (!table.rows.empty()) sink.cell->nested.push_back(std::move(table));
            } else {
                ++depth;
            }
        }
    }

    QString readParagraph() {
        QString text;
        std::optional<DocxNumbering::Reference> numbered;
        int depth = 0;
        while (!xml_.atEnd()) {
            const QXmlStreamReader::TokenType token = xml_.readNext();
            if (token == QXmlStreamReader::EndElement) {
                if (depth-- == 0) break;
                continue;
            }
            if (token != QXmlStreamReader::StartElement) continue;
            if (isWord(u"pPr") && depth == 0) {
                numbered = readParagraphNumbering();
            } else if (isWord(u"fldChar")) {
                readFieldCharacter();
                xml_.skipCurrentElement();
            } else if (isSkipped()) {
                xml_.skipCurrentElement();
            } else if (isWord(u"t")) {
                const QString t = xml_.readElementText(QXmlStreamReader::IncludeChildElements);
                if (!inFieldInstruction()) text += t;
            } else if (isWord(u"tab") || isWord(u"ptab") || isWord(u"br") || isWord(u"cr")) {
                text += QLatin1Char(' ');
                xml_.skipCurrentElement();
            } else if (isWord(u"noBreakHyphen")) {
                text += QLatin1Char('-');
                xml_.skipCurrentElement();
            } else {
                ++depth;  // r, ins, moveTo, hyperlink, smartTag, fldSimple (its runs are the result), sdt …
            }
        }
        if (numbered && numbering_) return numbering_->labelFor(*numbered) + text;
        return text;
    }

    // The list a paragraph belongs to: its own w:numPr, else its style's.
    std::optional<DocxNumbering::Reference> readParagraphNumbering() {
        std::optional<DocxNumbering::Reference> own;
        QString style;
        while (xml_.readNextStartElement()) {
            if (isWord(u"pStyle")) {
                style = xml_.attributes().value(kWordNamespace, QStringLiteral("val")).toString();
            } else if (isWord(u"numPr")) {
                own = DocxNumbering::readReference(xml_);
                continue;
            }
            xml_.skipCurrentElement();
        }
        if (own) return own;
        if (numbering_ && !style.isEmpty()) return numbering_->styleNumbering(style);
        return std::nullopt;
    }

    // Complex fields: begin, instruction runs, separate, result runs, end.
    // Only the result is what the reader sees on the page.
    // Counting the open instructions keeps each text run O(1) however deep
    // the fields nest.
    void readFieldCharacter() {
        const QStringView type = xml_.attributes().value(kWordNamespace, QStringLiteral("fldCharType"));
        if (type == u"begin") {
            fields_.push_back(true);
            ++openInstructions_;
        } else if (type == u"separate" && !fields_.empty() && fields_.back()) {
            fields_.back() = false;
            --openInstructions_;
        } else if (type == u"end" && !fields_.empty()) {
            if (fields_.back()) --openInstructions_;
            fields_.pop_back();
        }
    }
    bool inFieldInstruction() const { return openInstructions_ > 0; }

    StructuredTable readTable(int tableDepth) {
        StructuredTable table;
        std::vector<std::vector<int>> gridColumns;  // per row, the grid column each cell starts at
        std::vector<std::vector<int>> merges;       // per row, each cell's vMerge state
        int depth = 0;
        while (!xml_.atEnd()) {
            const QXmlStreamReader::TokenType token = xml_.readNext();
            if (token == QXmlStreamReader::EndElement) {
                if (depth-- == 0) break;
                continue;
            }
            if (token != QXmlStreamReader::StartElement) continue;
            if (isSkipped()) {
                xml_.skipCurrentElement();
            } else if (isWord(u"tr")) {
                StructuredRow row;
                std::vector<int> columns, rowMerges;
                if (readRow(tableDepth, &row, &columns, &rowMerges)) {
                    table.rows.push_back(std::move(row));
                    gridColumns.push_back(std::move(columns));
                    merges.push_back(std::move(rowMerges));
                }
            } else {
                ++depth;
            }
        }
        resolveVerticalMerges(&table, gridColumns, merges);
        return table;
    }

    // False for a row deleted as a tracked change.
    bool readRow(int tableDepth, StructuredRow* row, std::vector<int>* columns, std::vector<int>* rowMerges) {
        RowProperties properties;
        int gridColumn = 0;
        int depth = 0;
        while (!xml_.atEnd()) {
            const QXmlStreamReader::TokenType token = readToken();
            if (token == QXmlStreamReader::EndElement) {
                if (depth-- == 0) break;
                continue;
            }
            if (token != QXmlStreamReader::StartElement) continue;
            const qint64 start = tokenStart_;
            if (isWord(u"trPr")) {
                properties = readRowProperties();
                gridColumn += properties.gridBefore;
            } else if (isSkipped()) {
                xml_.skipCurrentElement();
            } else if (isWord(u"tc")) {
                StructuredCell cell;
                BlockSink sink;
                sink.cell = &cell;
                readBlocks(sink, tableDepth);
                cell.text = sink.cellParagraphs.join(QLatin1Char(' '));
                cell.columnSpan = sink.gridSpan;
                cell.origin = SourceRange{start, xml_.characterOffset()};
                columns->push_back(gridColumn);
                rowMerges->push_back(sink.vMerge);
                gridColumn += sink.gridSpan;
                row->cells.push_back(std::move(cell));
            } else {
                ++depth;
            }
        }
        return !properties.deleted;
    }

    RowProperties readRowProperties() {
        RowProperties properties;
        while (xml_.readNextStartElement()) {
            if (isWord(u"gridBefore"))
                properties.gridBefore =
                    std::clamp(xml_.attributes().value(kWordNamespace, QStringLiteral("val")).toInt(), 0, kMaxGridColumns);
            else if (isWord(u"del"))
                properties.deleted = true;
            xml_.skipCurrentElement();
        }
        return properties;
    }

    void readCellProperties(BlockSink& sink) {
        while (xml_.readNextStartElement()) {
            if (isWord(u"gridSpan")) {
                sink.gridSpan = std::clamp(xml_.attributes().value(kWordNamespace, QStringLiteral("val")).toInt(), 1, kMaxGridColumns);
            } else if (isWord(u"vMerge")) {
                // No val means "continue", as the schema defaults it.
                sink.vMerge = xml_.attributes().value(kWordNamespace, QStringLiteral("val")) == u"restart" ? 1 : 2;
            }
            xml_.skipCurrentElement();
        }
    }

    // A restart cell spans itself and every continuation cell below it in
    // the same grid column; continuations become empty placeholders. Worked
    // bottom-up with, per grid column, the run of continuations starting in
    // the row below, so the whole table costs one pass over its cells.
    static void resolveVerticalMerges(StructuredTable* table, const std::vector<std::vector<int>>& gridColumns,
                                      const std::vector<std::vector<int>>& merges) {
        QHash<int, int> continuationsBelow;  // grid column -> continuation cells from the row below downwards
        for (size_t r = table->rows.size(); r-- > 0;) {
            QHash<int, int> continuationsHere;
            for (size_t c = 0; c < table->rows[r].cells.size(); ++c) {
                StructuredCell& cell = table->rows[r].cells[c];
                const int column = gridColumns[r][c];
                if (merges[r][c] == 2) {
                    cell.continuation = true;
                    cell.text.clear();
                    cell.nested.clear();
                    continuationsHere[column] = 1 + continuationsBelow.value(column);
                    continue;
                }
                continuationsHere.remove(column);  // of two cells at one grid column, the later one decides
                if (merges[r][c] == 1) cell.rowSpan += continuationsBelow.value(column);
            }
            continuationsBelow = std::move(continuationsHere);
        }
    }

    QXmlStreamReader xml_;
    DocxNumbering* numbering_;
    qint64 tokenStart_ = 0;
    std::vector<bool> fields_;  // open complex fields; true while in the instruction part
    int openInstructions_ = 0;  // how many of fields_ are true
};

}  // namespace

DocxBody readDocxBody(const QByteArray& documentXml, DocxNumbering* numbering) {
    return BodyReader(documentXml, numbering).read();
}

}  // namespace nianbao
