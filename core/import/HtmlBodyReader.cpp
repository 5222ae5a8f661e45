#include "import/HtmlBodyReader.h"

#include "import/LibXml.h"

#include <QStringList>

#include <algorithm>
#include <limits>
#include <map>
#include <utility>
#include <vector>

namespace nianbao {
namespace {

// Phrases only a report has: the six section headings and the labels of its tables.
const QStringList kReportPhrases = {
    QStringLiteral("总体情况"),         QStringLiteral("主动公开政府信息情况"), QStringLiteral("收到和处理政府信息公开申请情况"),
    QStringLiteral("行政诉讼情况"),     QStringLiteral("存在的主要问题"),       QStringLiteral("其他需要报告的事项"),
    QStringLiteral("申请人情况"),       QStringLiteral("本年新收政府信息公开申请"), QStringLiteral("结转下年度继续办理"),
    QStringLiteral("第二十条第"),       QStringLiteral("本年度办理结果")};
// Fewer of them than this and the page only mentions a report (a list of links, a notice).
constexpr int kMinReportPhrases = 4;

// Recursion over the element tree; libxml2 already limits the depth it
// builds, this keeps hostile nesting from exhausting the stack regardless.
constexpr int kMaxDepth = 256;
// rowspan can make a few bytes of markup cover millions of grid positions.
constexpr size_t kMaxTableCells = 100000;

bool isSkipped(const QString& name) {
    static const QStringList skipped = {QStringLiteral("script"), QStringLiteral("style"),    QStringLiteral("noscript"),
                                        QStringLiteral("template"), QStringLiteral("nav"),    QStringLiteral("select"),
                                        QStringLiteral("option"), QStringLiteral("button"),   QStringLiteral("iframe"),
                                        QStringLiteral("object"), QStringLiteral("embed"),    QStringLiteral("head"),
                                        QStringLiteral("svg"),    QStringLiteral("canvas"),   QStringLiteral("textarea"),
                                        QStringLiteral("input")};
    return skipped.contains(name);
}

bool isBlock(const QString& name) {
    static const QStringList blocks = {
        QStringLiteral("p"),       QStringLiteral("div"),        QStringLiteral("h1"),      QStringLiteral("h2"),
        QStringLiteral("h3"),      QStringLiteral("h4"),         QStringLiteral("h5"),      QStringLiteral("h6"),
        QStringLiteral("li"),      QStringLiteral("ul"),         QStringLiteral("ol"),      QStringLiteral("section"),
        QStringLiteral("article"), QStringLiteral("header"),     QStringLiteral("footer"),  QStringLiteral("center"),
        QStringLiteral("blockquote"), QStringLiteral("pre"),     QStringLiteral("dl"),      QStringLiteral("dt"),
        QStringLiteral("dd"),      QStringLiteral("tr"),         QStringLiteral("td"),      QStringLiteral("th"),
        QStringLiteral("tbody"),   QStringLiteral("thead"),      QStringLiteral("tfoot"),   QStringLiteral("form"),
        QStringLiteral("main"),    QStringLiteral("address"),    QStringLiteral("figure"),  QStringLiteral("figcaption"),
        QStringLiteral("caption"), QStringLiteral("hr"),         QStringLiteral("body"),    QStringLiteral("html"),
        QStringLiteral("aside"),   QStringLiteral("table")};
    return blocks.contains(name);
}

QString nodeText(const xmlNode* node) {
    return QString::fromUtf8(reinterpret_cast<const char*>(node->content));
}

// Every element's text and which report phrases it holds. The page's text is
// gathered once into one string and each element keeps only its range in it:
// copying every subtree's text made 250 nested elements around a 15 MB body
// cost 92 s and 1.7 GB (depth × size). A phrase lies inside an element when
// one of its occurrences starts and ends within the element's range.
class PhraseIndex {
public:
    explicit PhraseIndex(xmlNode* root) {
        visit(root, 0);
        for (int i = 0; i < kReportPhrases.size(); ++i) {
            std::vector<qsizetype> at;
            for (qsizetype p = text_.indexOf(kReportPhrases[i]); p >= 0; p = text_.indexOf(kReportPhrases[i], p + 1)) at.push_back(p);
            occurrences_.push_back(std::move(at));
        }
    }

    int score(const xmlNode* node) const {
        const auto it = ranges_.find(node);
        if (it == ranges_.end()) return 0;
        int found = 0;
        for (int i = 0; i < kReportPhrases.size(); ++i) {
            const std::vector<qsizetype>& at = occurrences_[size_t(i)];
            const auto first = std::lower_bound(at.begin(), at.end(), it->second.first);
            if (first != at.end() && *first + kReportPhrases[i].size() <= it->second.second) ++found;
        }
        return found;
    }
    QString text(const xmlNode* node) const {
        const auto it = ranges_.find(node);
        return it == ranges_.end() ? QString() : text_.mid(it->second.first, it->second.second - it->second.first);
    }

private:
    void visit(xmlNode* node, int depth) {
        const qsizetype begin = text_.size();
        for (xmlNode* child = node->children; child; child = child->next) {
            if (child->type == XML_TEXT_NODE || child->type == XML_CDATA_SECTION_NODE) text_ += nodeText(child);
            else if (child->type == XML_ELEMENT_NODE && depth < kMaxDepth && !isSkipped(xmlName(child)))
                visit(child, depth + 1);
        }
        ranges_[node] = {begin, text_.size()};
    }

    QString text_;
    std::map<const xmlNode*, std::pair<qsizetype, qsizetype>> ranges_;
    std::vector<std::vector<qsizetype>> occurrences_;
};

// The deepest element still holding as many report phrases as the whole page.
xmlNode* findReportContainer(xmlNode* root, const PhraseIndex& index) {
    const int best = index.score(root);
    xmlNode* container = root;
    for (bool descended = true; descended;) {
        descended = false;
        for (xmlNode* child = container->children; child; child = child->next) {
            if (child->type == XML_ELEMENT_NODE && index.score(child) == best) {
                container = child;
                descended = true;
                break;
            }
        }
    }
    return container;
}

bool containsLink(const xmlNode* node, int depth) {
    for (const xmlNode* child = node->children; child && depth < kMaxDepth; child = child->next)
        if (child->type == XML_ELEMENT_NODE && (xmlName(child) == QLatin1String("a") || containsLink(child, depth + 1)))
            return true;
    return false;
}

// Portals often print the title in its own block just before the article.
// Link lists (other years' reports in a side column) are not titles.
QString titleOutside(xmlNode* container, const PhraseIndex& index) {
    constexpr int kLevels = 4, kSiblings = 6, kMaxTitleLength = 80, kTitleWindow = 200;
    if (simplifiedText(index.text(container)).left(kTitleWindow).contains(QStringLiteral("年度报告"))) return {};
    xmlNode* level = container;
    for (int climbed = 0; level && level->type == XML_ELEMENT_NODE && climbed < kLevels; ++climbed, level = level->parent) {
        int seen = 0;
        for (xmlNode* sibling = level->prev; sibling && seen < kSiblings; sibling = sibling->prev) {
            if (sibling->type != XML_ELEMENT_NODE) continue;
            ++seen;
            if (xmlName(sibling) == QLatin1String("a") || containsLink(sibling, 0)) continue;
            const QString text = simplifiedText(index.text(sibling));
            if (text.contains(QStringLiteral("年度报告")) && text.size() <= kMaxTitleLength) return text;
        }
    }
    return {};
}

class FlowReader {
public:
    explicit FlowReader(StructuredDocument* document) : document_(document) {}

    void readChildren(xmlNode* node, int depth) {
        for (xmlNode* child = node->children; child; child = child->next) read(child, depth + 1);
    }

    void flush() {
        document_->addParagraph(paragraph_);
        paragraph_.clear();
    }

private:
    void read(xmlNode* node, int depth) {
        if (node->type == XML_TEXT_NODE || node->type == XML_CDATA_SECTION_NODE) {
            paragraph_ += nodeText(node);
            return;
        }
        if (node->type != XML_ELEMENT_NODE || depth > kMaxDepth) return;
        const QString name = xmlName(node);
        if (isSkipped(name)) return;
        if (name == QLatin1String("br")) {
            flush();
            return;
        }
        if (name == QLatin1String("table") && !containsTable(node, depth)) {
            flush();
            readDataTable(node, depth);
            return;
        }
        const bool block = isBlock(name);
        if (block) flush();
        readChildren(node, depth);
        if (block) flush();
    }

    static bool containsTable(xmlNode* node, int depth) {
        for (xmlNode* child = node->children; child; child = child->next) {
            if (child->type != XML_ELEMENT_NODE || depth > kMaxDepth) continue;
            if (xmlName(child) == QLatin1String("table") || containsTable(child, depth + 1)) return true;
        }
        return false;
    }

    static void collectRows(xmlNode* node, int depth, std::vector<xmlNode*>* rows, QStringList* captions) {
        for (xmlNode* child = node->children; child; child = child->next) {
            if (child->type != XML_ELEMENT_NODE || depth > kMaxDepth) continue;
            const QString name = xmlName(child);
            if (name == QLatin1String("tr")) rows->push_back(child);
            else if (name == QLatin1String("caption")) captions->append(cellText(child, depth + 1));
            else if (!isSkipped(name)) collectRows(child, depth + 1, rows, captions);
        }
    }

    static QString cellText(xmlNode* node, int depth) {
        QString text;
        for (xmlNode* child = node->children; child; child = child->next) {
            if (child->type == XML_TEXT_NODE || child->type == XML_CDATA_SECTION_NODE) {
                text += nodeText(child);
            } else if (child->type == XML_ELEMENT_NODE && depth < kMaxDepth) {
                const QString name = xmlName(child);
                if (isSkipped(name)) continue;
                // A line break or paragraph inside a cell separates words, never digits of one number.
                if (name == QLatin1String("br") || isBlock(name)) text += QLatin1Char(' ');
                text += cellText(child, depth + 1);
                if (isBlock(name)) text += QLatin1Char(' ');
            }
        }
        return text;
    }

    static int spanAttribute(xmlNode* cell, const char* name, int fallback, int limit) {
        bool ok = false;
        const int value = xmlAttribute(cell, name).trimmed().toInt(&ok);
        if (!ok) return 1;
        if (value <= 0) return fallback;  // rowspan="0": to the end of the table
        return std::min(value, limit);
    }

    // Cells placed on the grid the way a browser lays them out: a position
    // covered by a rowspan from above gets an empty continuation cell, so
    // each row's cells line up as in a Word table.
    void readDataTable(xmlNode* tableNode, int depth) {
        std::vector<xmlNode*> rows;
        QStringList captions;
        collectRows(tableNode, depth, &rows, &captions);
        for (const QString& caption : captions) document_->addParagraph(caption);
        struct Covering {
            int rowsLeft;
            int columnSpan;
        };
        std::map<int, Covering> covered;  // grid column → cell from a row above still covering it
        StructuredTable table;
        size_t cellCount = 0;
        const int rowCount = static_cast<int>(rows.size());
        for (int r = 0; r < rowCount && cellCount < kMaxTableCells; ++r) {
            StructuredRow row;
            std::map<int, Covering> started;
            int column = 0;
            auto placeholder = [&](const Covering& c) {
                StructuredCell cell;
                cell.continuation = true;
                cell.columnSpan = c.columnSpan;
                row.cells.push_back(cell);
                column += c.columnSpan;
            };
            for (xmlNode* node = rows[r]->children; node; node = node->next) {
                const QString name = xmlName(node);
                if (name != QLatin1String("td") && name != QLatin1String("th")) continue;
                for (auto it = covered.find(column); it != covered.end(); it = covered.find(column)) placeholder(it->second);
                StructuredCell cell;
                cell.text = cellText(node, depth + 1);
                cell.columnSpan = spanAttribute(node, "colspan", 1, 1000);
                cell.rowSpan = spanAttribute(node, "rowspan", rowCount - r, rowCount - r);
                if (cell.rowSpan > 1) started[column] = {cell.rowSpan - 1, cell.columnSpan};
                column += cell.columnSpan;
                row.cells.push_back(std::move(cell));
            }
            for (const auto& [start, c] : covered)  // covered positions after the row's last cell
                if (start >= column) {
                    column = start;
                    placeholder(c);
                }
            for (auto it = covered.begin(); it != covered.end();)
                it = --it->second.rowsLeft > 0 ? std::next(it) : covered.erase(it);
            covered.insert(started.begin(), started.end());
            cellCount += row.cells.size();
            if (!row.cells.empty()) table.rows.push_back(std::move(row));
        }
        document_->addTable(std::move(table));
    }

    StructuredDocument* document_;
    QString paragraph_;
};

}  // namespace

HtmlBody readHtmlBody(const QString& html) {
    HtmlBody body;
    const QByteArray utf8 = html.toUtf8();
    XmlDocument doc(htmlReadMemory(utf8.constData(), static_cast<int>(utf8.size()), nullptr, "UTF-8", kHtmlParseOptions));
    xmlNode* root = doc ? xmlDocGetRootElement(doc.get()) : nullptr;
    const QString noReport =
        QStringLiteral("网页中没有找到政府信息公开工作年度报告正文（没有报告的章节标题和统计表），可能是栏目页、目录页或空白页面");
    if (!root) {
        body.error = noReport;
        return body;
    }
    const PhraseIndex index(root);
    if (index.score(root) < kMinReportPhrases) {
        body.error = noReport;
        return body;
    }
    xmlNode* container = findReportContainer(root, index);
    const QString title = titleOutside(container, index);
    if (!title.isEmpty()) body.document.addParagraph(title);
    FlowReader reader(&body.document);
    reader.readChildren(container, 0);
    reader.flush();
    return body;
}

}  // namespace nianbao
