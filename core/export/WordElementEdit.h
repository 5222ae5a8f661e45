#pragma once

#include <QString>

namespace nianbao {

// Who and when every tracked change and comment of one export is marked
// with, and the next free w:id (ids are unique across the document).
struct RevisionMark {
    QString author;
    QString date;  // ISO 8601, "2026-12-02T16:40:00Z"
    int nextId = 0;
};

// Edits one table cell (w:tc) or body paragraph (w:p) of word/document.xml,
// given as its exact XML text, the way Word records a reviewer's edits: the
// old text stays as w:del/w:delText, the new one arrives in w:ins, in a run
// with the old run's w:rPr (font, bold, colour). Everything outside the
// edited runs keeps its bytes. Each call re-reads the current text, so edits
// of one element combine; anchorComment() comes last so the comment spans them.
class WordElementEdit {
public:
    explicit WordElementEdit(QString xml);

    // The whole visible text of the cell becomes `text`. A cell without text
    // gets one inserted run with the paragraph mark's properties. False (and
    // nothing changed) when the cell's text sits in a field or the XML is
    // not an element this class understands.
    bool replaceAllText(const QString& text, RevisionMark* mark);
    // The one occurrence of `before` in the visible text becomes `after`
    // ("" deletes). False when it occurs other than once or its runs hold
    // more than plain text (tabs, fields, drawings).
    bool replaceText(const QString& before, const QString& after, RevisionMark* mark);
    // w:commentRangeStart before the content of the first paragraph,
    // w:commentRangeEnd and the w:commentReference run after the last.
    bool anchorComment(int id);

    const QString& xml() const { return xml_; }

private:
    QString xml_;
};

// Text as XML character data and attribute values carry it.
QString escapeXml(const QString& text);

}  // namespace nianbao
