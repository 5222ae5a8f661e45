#include "export/WordElementEdit.h"

#include "export/OfficeXml.h"

#include <QXmlStreamReader>

#include <algorithm>
#include <optional>
#include <vector>

namespace nianbao {
namespace {

// [start, end) in the element's text.
struct Range {
    qsizetype start = -1;
    qsizetype end = -1;
    bool isValid() const { return start >= 0; }
};

struct TextPiece {
    Range element;  // <w:t …>…</w:t> or <w:t/>
    bool selfClosing = false;
    QString text;
};

struct Run {
    Range element;
    Range properties;  // w:rPr
    std::vector<TextPiece> texts;
    bool plain = true;  // nothing but w:rPr and w:t
};

struct Paragraph {
    Range element;
    bool selfClosing = false;
    qsizetype contentStart = -1;  // after w:pPr, or after the start tag
    qsizetype contentEnd = -1;    // before </w:p>
    Range markProperties;         // the inside of w:pPr/w:rPr: the paragraph mark's run properties
    std::vector<Run> runs;        // runs with current text, in order
    bool hasField = false;        // its text is (partly) a field result: not edited
};

// The paragraphs of a w:tc (not those of a table nested in it) or the one
// w:p, with their runs, read without namespace processing: the element is a
// fragment whose prefixes are declared on the document's root.
struct ElementMap {
    QString prefix;  // of the WordprocessingML namespace, "w" in every file Word writes
    std::vector<Paragraph> paragraphs;
};

std::optional<ElementMap> mapElement(const QString& xml) {
    QXmlStreamReader reader(xml);
    reader.setNamespaceProcessing(false);
    ElementMap map;
    std::vector<QString> stack;
    Paragraph* paragraph = nullptr;
    Run* run = nullptr;
    TextPiece* piece = nullptr;
    int opaque = 0;  // inside a nested table, a text box, a drawing or another vocabulary's element
    int removed = 0;  // inside w:del / w:moveFrom: not current text
    const auto local = [&](QStringView qualified) -> QStringView {
        return qualified.startsWith(map.prefix) && qualified.size() > map.prefix.size() && qualified[map.prefix.size()] == u':'
                   ? qualified.mid(map.prefix.size() + 1)
                   : QStringView();
    };
    while (!reader.atEnd()) {
        const qsizetype start = reader.characterOffset();
        const QXmlStreamReader::TokenType token = reader.readNext();
        const qsizetype end = reader.characterOffset();
        if (token == QXmlStreamReader::StartElement) {
            const QStringView qualified = reader.qualifiedName();
            if (stack.empty()) {
                map.prefix = reader.prefix().toString();
                if (map.prefix.isEmpty()) return std::nullopt;
            }
            const QStringView name = local(qualified);
            const QStringView parent = stack.empty() ? QStringView() : local(stack.back());
            stack.push_back(qualified.toString());
            const bool selfClosing = xml.mid(end - 2, 2) == QLatin1String("/>");
            if (opaque > 0 || (stack.size() > 1 && (name.isEmpty() || name == u"tbl" || name == u"txbxContent" || name == u"drawing" ||
                                                    name == u"pict" || name == u"object"))) {
                ++opaque;
                continue;
            }
            if (name == u"del" || name == u"moveFrom") ++removed;
            if (name == u"p") {
                map.paragraphs.push_back({});
                paragraph = &map.paragraphs.back();
                paragraph->element = {start, -1};
                paragraph->selfClosing = selfClosing;
                paragraph->contentStart = selfClosing ? end - 2 : end;
            } else if (paragraph && name == u"pPr" && parent == u"p") {
                paragraph->contentStart = -2;  // set at its end tag
            } else if (paragraph && name == u"rPr" && parent == u"pPr") {
                paragraph->markProperties = {end, -1};
            } else if (paragraph && name == u"r" && removed == 0 && paragraph->contentStart != -2) {
                paragraph->runs.push_back({});
                run = &paragraph->runs.back();
                run->element = {start, -1};
            } else if (run && name == u"rPr" && parent == u"r") {
                run->properties = {start, -1};
            } else if (run && name == u"t" && parent == u"r") {
                run->texts.push_back({{start, -1}, selfClosing, {}});
                piece = &run->texts.back();
            } else if (paragraph && (name == u"fldChar" || name == u"instrText" || name == u"fldSimple")) {
                paragraph->hasField = true;
                if (run) run->plain = false;
            } else if (run && parent == u"r") {
                run->plain = false;
            }
        } else if (token == QXmlStreamReader::EndElement) {
            if (stack.empty()) return std::nullopt;
            const QString qualified = stack.back();
            stack.pop_back();
            const QStringView name = local(qualified);
            if (opaque > 0) {
                --opaque;
                continue;
            }
            if (name == u"del" || name == u"moveFrom") --removed;
            if (name == u"p" && paragraph) {
                paragraph->element.end = end;
                if (!paragraph->selfClosing) paragraph->contentEnd = start;
                else paragraph->contentEnd = paragraph->contentStart;
                paragraph = nullptr;
            } else if (paragraph && name == u"pPr" && paragraph->contentStart == -2) {
                paragraph->contentStart = end;
            } else if (paragraph && name == u"rPr" && paragraph->markProperties.isValid() && paragraph->markProperties.end < 0) {
                paragraph->markProperties.end = start;
            } else if (run && name == u"r") {
                run->element.end = end;
                if (run->texts.empty()) paragraph->runs.pop_back();  // no text: not a run the edit touches
                run = nullptr;
            } else if (run && name == u"rPr" && run->properties.end < 0) {
                run->properties.end = end;
            } else if (piece && name == u"t") {
                piece->element.end = end;
                piece = nullptr;
            }
        } else if (token == QXmlStreamReader::Characters && piece) {
            piece->text += reader.text();
        }
    }
    if (reader.hasError() || !stack.empty()) return std::nullopt;
    return map;
}

// Edits of the element's text, applied from the end so offsets stay valid.
// Several at one offset keep the order they were added in.
class Splices {
public:
    void add(qsizetype start, qsizetype end, const QString& text) { splices_.push_back({start, end, text}); }
    void insert(qsizetype at, const QString& text) { add(at, at, text); }
    QString applyTo(QString xml) const {
        std::vector<Splice> sorted = splices_;
        std::stable_sort(sorted.begin(), sorted.end(), [](const Splice& a, const Splice& b) { return a.start < b.start; });
        for (auto it = sorted.rbegin(); it != sorted.rend(); ++it) xml.replace(it->start, it->end - it->start, it->text);
        return xml;
    }

private:
    struct Splice {
        qsizetype start, end;
        QString text;
    };
    std::vector<Splice> splices_;
};

class Markup {
public:
    explicit Markup(QString prefix) : p_(std::move(prefix)) {}
    QString tag(const char* name) const { return p_ + QLatin1Char(':') + QLatin1String(name); }
    QString revision(const char* name, RevisionMark* mark) const {
        return QStringLiteral("<%1 %2=\"%3\" %4=\"%5\" %6=\"%7\">")
            .arg(tag(name), tag("id"))
            .arg(mark->nextId++)
            .arg(tag("author"), escapeXml(mark->author), tag("date"), mark->date);
    }
    QString textRun(const QString& properties, const char* textTag, const QString& text) const {
        return QStringLiteral("<%1>%2<%3 xml:space=\"preserve\">%4</%3></%1>").arg(tag("r"), properties, tag(textTag), escapeXml(xmlSafe(text)));
    }
    QString inserted(const QString& properties, const QString& text, RevisionMark* mark) const {
        return revision("ins", mark) + textRun(properties, "t", text) + QStringLiteral("</%1>").arg(tag("ins"));
    }
    QString deleted(const QString& runXml, RevisionMark* mark) const {
        return revision("del", mark) + runXml + QStringLiteral("</%1>").arg(tag("del"));
    }

private:
    QString p_;
};

// A run's properties to repeat on the inserted run. A w:rPrChange inside
// would repeat its revision id, so such properties are not copied.
QString copiedProperties(const QString& xml, const Range& range) {
    if (!range.isValid() || range.end < 0) return {};
    const QString properties = xml.mid(range.start, range.end - range.start);
    return properties.contains(QLatin1String("rPrChange")) ? QString() : properties;
}

// The paragraph mark's properties as a run's: the revision marks a mark can
// carry (w:ins, w:del, w:rPrChange) are not run properties.
QString markAsRunProperties(const QString& xml, const Paragraph& paragraph, const Markup& markup) {
    const Range& r = paragraph.markProperties;
    if (!r.isValid() || r.end < r.start) return {};
    const QString inner = xml.mid(r.start, r.end - r.start);
    for (const char* revision : {"ins", "del", "rPrChange", "moveFrom", "moveTo"})
        if (inner.contains(QLatin1Char('<') + markup.tag(revision))) return {};
    return QStringLiteral("<%1>%2</%1>").arg(markup.tag("rPr"), inner);
}

// A self-closing <w:p/> opened up so content can go in.
QString openedParagraphs(QString xml, const ElementMap& map) {
    for (auto it = map.paragraphs.rbegin(); it != map.paragraphs.rend(); ++it)
        if (it->selfClosing) xml.replace(it->element.end - 2, 2, QStringLiteral("></%1:p>").arg(map.prefix));
    return xml;
}

}  // namespace

QString escapeXml(const QString& text) {
    return text.toHtmlEscaped();
}

WordElementEdit::WordElementEdit(QString xml) : xml_(std::move(xml)) {}

bool WordElementEdit::replaceAllText(const QString& text, RevisionMark* mark) {
    std::optional<ElementMap> map = mapElement(xml_);
    if (!map || map->paragraphs.empty()) return false;
    xml_ = openedParagraphs(xml_, *map);
    map = mapElement(xml_);
    const Markup markup(map->prefix);
    Splices splices;
    const Run* first = nullptr;
    const Run* last = nullptr;
    for (const Paragraph& paragraph : map->paragraphs) {
        if (paragraph.hasField) return false;
        for (const Run& run : paragraph.runs) {
            if (!first) first = &run;
            last = &run;
            // The run itself moves into w:del; its w:t become w:delText.
            splices.insert(run.element.start, markup.revision("del", mark));
            for (const TextPiece& piece : run.texts) {
                splices.add(piece.element.start + 1, piece.element.start + 1 + markup.tag("t").size(), markup.tag("delText"));
                if (!piece.selfClosing) {
                    const QString closing = QStringLiteral("</%1>").arg(markup.tag("t"));
                    splices.add(piece.element.end - closing.size(), piece.element.end, QStringLiteral("</%1>").arg(markup.tag("delText")));
                }
            }
            splices.insert(run.element.end, QStringLiteral("</%1>").arg(markup.tag("del")));
        }
    }
    if (text.isEmpty() && !first) return true;
    if (!text.isEmpty()) {
        if (last) {
            splices.insert(last->element.end, markup.inserted(copiedProperties(xml_, first->properties), text, mark));
        } else {
            const Paragraph& paragraph = map->paragraphs.front();
            splices.insert(paragraph.contentStart, markup.inserted(markAsRunProperties(xml_, paragraph, markup), text, mark));
        }
    }
    xml_ = splices.applyTo(xml_);
    return true;
}

bool WordElementEdit::replaceText(const QString& before, const QString& after, RevisionMark* mark) {
    if (before.isEmpty()) return false;
    const std::optional<ElementMap> map = mapElement(xml_);
    if (!map) return false;
    const Markup markup(map->prefix);
    for (const Paragraph& paragraph : map->paragraphs) {
        QString visible;
        std::vector<std::pair<qsizetype, const Run*>> runStarts;  // where each run's text starts in `visible`
        for (const Run& run : paragraph.runs) {
            runStarts.emplace_back(visible.size(), &run);
            for (const TextPiece& piece : run.texts) visible += piece.text;
        }
        const qsizetype at = visible.indexOf(before);
        if (at < 0) continue;
        if (visible.indexOf(before, at + 1) >= 0 || paragraph.hasField) return false;
        const qsizetype stop = at + before.size();
        Splices splices;
        std::optional<QString> insertedProperties;  // the first touched run's
        for (size_t i = 0; i < runStarts.size(); ++i) {
            const auto [runStart, run] = runStarts[i];
            const qsizetype runText = run->texts.size() == 1 ? run->texts.front().text.size() : -1;
            const qsizetype runEnd = i + 1 < runStarts.size() ? runStarts[i + 1].first : visible.size();
            if (runEnd <= at || runStart >= stop) continue;
            if (!run->plain || runText < 0) return false;  // tabs, fields, several w:t: not split safely
            const QString& text = run->texts.front().text;
            const QString properties = copiedProperties(xml_, run->properties);
            if (!insertedProperties) insertedProperties = properties;
            const qsizetype from = std::max(at - runStart, qsizetype(0));
            const qsizetype to = std::min(stop - runStart, runText);
            QString replacement;
            if (from > 0) replacement += markup.textRun(properties, "t", text.left(from));
            replacement += markup.deleted(markup.textRun(properties, "delText", text.mid(from, to - from)), mark);
            if (runStart + to == stop && !after.isEmpty()) replacement += markup.inserted(*insertedProperties, after, mark);
            if (to < runText) replacement += markup.textRun(properties, "t", text.mid(to));
            splices.add(run->element.start, run->element.end, replacement);
        }
        xml_ = splices.applyTo(xml_);
        return true;
    }
    return false;
}

bool WordElementEdit::anchorComment(int id) {
    std::optional<ElementMap> map = mapElement(xml_);
    if (!map || map->paragraphs.empty()) return false;
    xml_ = openedParagraphs(xml_, *map);
    map = mapElement(xml_);
    const Markup markup(map->prefix);
    const QString idAttribute = QStringLiteral("%1=\"%2\"").arg(markup.tag("id")).arg(id);
    Splices splices;
    splices.insert(map->paragraphs.front().contentStart, QStringLiteral("<%1 %2/>").arg(markup.tag("commentRangeStart"), idAttribute));
    splices.insert(map->paragraphs.back().contentEnd, QStringLiteral("<%1 %2/><%3><%4 %2/></%3>")
                                                          .arg(markup.tag("commentRangeEnd"), idAttribute, markup.tag("r"),
                                                               markup.tag("commentReference")));
    xml_ = splices.applyTo(xml_);
    return true;
}

}  // namespace nianbao
