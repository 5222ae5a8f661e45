#pragma once

#include <QByteArray>
#include <QHash>
#include <QString>

class QXmlStreamReader;

#include <array>
#include <optional>
#include <vector>

namespace nianbao {

// Word list numbering (word/numbering.xml): the "一、" and "（一）" a clerk
// sees in front of a heading Word numbers by itself, which the document part
// does not contain as text. labelFor() is called once per numbered paragraph
// in document order and advances the counters as Word does.
class DocxNumbering {
public:
    // Word stores at most nine levels (w:ilvl 0–8).
    static constexpr int kLevels = 9;

    // Either part may be empty or malformed; what cannot be read numbers nothing.
    static DocxNumbering read(const QByteArray& numberingXml, const QByteArray& stylesXml = {});

    struct Reference {
        int numId = 0;  // 0 switches numbering off (w:numId w:val="0")
        int level = 0;
    };
    // Reads a w:numPr element the reader is positioned on (through its end
    // tag). Nothing when it names no list or a level outside the nine.
    static std::optional<Reference> readReference(QXmlStreamReader& xml);

    // The numbering a paragraph style (w:pStyle) gives its paragraphs, following w:basedOn.
    std::optional<Reference> styleNumbering(const QString& styleId) const;

    // The label ("一、", "（二）", "3." with the separator after it) of the
    // next paragraph at `reference`; empty when the list or level is undefined.
    QString labelFor(const Reference& reference);

private:
    struct Level {
        QString format = QStringLiteral("decimal");
        QString text;
        QString suffix = QStringLiteral("tab");
        int start = 1;
        bool legal = false;  // w:isLgl: every level shown in decimal
        bool defined = false;
    };
    struct Abstract {
        std::array<Level, kLevels> levels;
    };
    struct Instance {
        QString abstractId;
        std::array<std::optional<int>, kLevels> startOverride;
        bool overridden() const;
    };
    struct Counters {
        std::array<int, kLevels> value{};
        std::array<bool, kLevels> started{};
    };
    struct Style {
        std::optional<Reference> numbering;
        QString basedOn;
    };

    void readNumbering(const QByteArray& xml);
    void readStyles(const QByteArray& xml);

    QHash<QString, Abstract> abstracts_;
    QHash<int, Instance> instances_;
    QHash<QString, Counters> counters_;  // per list: its abstractNum, or the num itself when it restarts
    QHash<QString, Style> styles_;
};

// A counter as a Word number format writes it: decimal 12, chineseCounting
// 十二, ideographTraditional 乙, decimalEnclosedCircle ⑫, lowerRoman xii …
// Unknown formats fall back to decimal, as Word does.
QString formatListNumber(int value, const QString& format);

}  // namespace nianbao
