#include "report/MetadataExtractor.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

namespace nianbao {
namespace {

struct MetadataRules {
    QStringList titleKeywords;
    QStringList periodKeywords;
    QString agencySuffixPattern;  // "人民政府办公室|人民政府|…", longest first
};

const MetadataRules& rules() {
    static const MetadataRules r = [] {
        QFile file(QStringLiteral(":/nianbao/metadata.json"));
        if (!file.open(QIODevice::ReadOnly)) qFatal("metadata.json is missing from the resources");
        const QJsonObject o = QJsonDocument::fromJson(file.readAll()).object();
        MetadataRules out;
        auto list = [&](const char* key) { return o.value(QLatin1String(key)).toVariant().toStringList(); };
        out.titleKeywords = list("title_keywords");
        out.periodKeywords = list("period_keywords");
        QStringList suffixes = list("agency_suffixes");
        for (QString& s : suffixes) s = QRegularExpression::escape(s);
        out.agencySuffixPattern = suffixes.join(QLatin1Char('|'));
        return out;
    }();
    return r;
}

int indexOfAny(const QString& text, const QStringList& words) {
    for (const QString& w : words)
        if (int i = static_cast<int>(text.indexOf(w)); i >= 0) return i;
    return -1;
}

bool containsAny(const QString& text, const QStringList& words) {
    return indexOfAny(text, words) >= 0;
}

int firstYearIn(const QString& text) {
    static const QRegularExpression year(QStringLiteral("(20[0-9]{2})\\s*年"));
    const QRegularExpressionMatch m = year.match(text);
    return m.hasMatch() ? m.captured(1).toInt() : 0;
}

bool isFirstSectionHeading(const QString& text) {
    static const QRegularExpression heading(QStringLiteral("^\\s*(一\\s*[、,.]|1\\s*[、.])\\s*总体情况"));
    return heading.match(text).hasMatch();
}

bool isDateLine(const QString& text) {
    static const QRegularExpression date(QStringLiteral("^20[0-9]{2}\\s*年\\s*[0-9]{1,2}\\s*月\\s*[0-9]{1,2}\\s*日"));
    return date.match(text).hasMatch();
}

QString agencyFromTitle(const QString& title) {
    static const QRegularExpression pattern(QStringLiteral(
        "^\\s*(?:20[0-9]{2}\\s*年度?)?\\s*(.+?)\\s*(?:20[0-9]{2}\\s*年度?)?\\s*(?:政府)?信息公开工作年度报告"));
    const QRegularExpressionMatch m = pattern.match(title);
    return m.hasMatch() ? m.captured(1).trimmed() : QString();
}

QString agencyFromLine(const QString& line) {
    static const QRegularExpression pattern(QStringLiteral("^\\p{Han}{2,30}?(?:%1)$").arg(rules().agencySuffixPattern));
    return pattern.match(line).hasMatch() ? line : QString();
}

QString agencyFromBody(const QString& sentence) {
    static const QRegularExpression pattern(
        QStringLiteral("^\\s*(?:20[0-9]{2}\\s*年(?:度)?\\s*[,，]?\\s*)?(\\p{Han}{2,30}?(?:%1))").arg(rules().agencySuffixPattern));
    const QRegularExpressionMatch m = pattern.match(sentence);
    return m.hasMatch() ? m.captured(1) : QString();
}

}  // namespace

void extractMetadata(const Document& document, ReportMetadata* meta) {
    // The front matter: paragraphs before 一、总体情况 (the title may be split over lines).
    QStringList front;
    QString firstBodyParagraph;
    QString periodParagraph;
    bool inBody = false;
    for (const DocBlock& block : document.blocks) {
        if (block.kind != DocBlock::Kind::Paragraph) {
            if (!front.isEmpty() || inBody) inBody = true;
            continue;
        }
        const QString& text = block.paragraph.text;
        if (text.isEmpty()) continue;
        if (!inBody && isFirstSectionHeading(text)) {
            inBody = true;
            continue;
        }
        if (!inBody) front << text;
        else if (firstBodyParagraph.isEmpty()) firstBodyParagraph = text;
        if (periodParagraph.isEmpty() && containsAny(text, rules().periodKeywords)) periodParagraph = text;
    }

    QString titleLine;
    for (int i = 0; i < front.size(); ++i) {
        if (!containsAny(front[i], rules().titleKeywords)) continue;
        // A title broken over two lines: join it with the line before when that one lacks the keyword.
        titleLine = (i > 0 && !isDateLine(front[i - 1]) && front[i - 1].size() < 40 ? front[i - 1] : QString()) + front[i];
        break;
    }

    if (int y = firstYearIn(titleLine)) {
        meta->year = y;
        meta->yearSource = QStringLiteral("title");
    } else if (int y = firstYearIn(periodParagraph.mid(indexOfAny(periodParagraph, rules().periodKeywords), 30))) {
        meta->year = y;
        meta->yearSource = QStringLiteral("period");
    } else if (int y = firstYearIn(firstBodyParagraph.left(80))) {
        meta->year = y;
        meta->yearSource = QStringLiteral("body");
    }

    QString agency = agencyFromTitle(titleLine);
    if (!agency.isEmpty() && !agencyFromLine(agency).isEmpty()) {
        meta->agency = agency;
        meta->agencySource = QStringLiteral("title");
        return;
    }
    for (const QString& line : front) {
        if (line.size() > 40 || isDateLine(line) || containsAny(line, rules().titleKeywords)) continue;
        agency = agencyFromLine(line.simplified().remove(QLatin1Char(' ')));
        if (!agency.isEmpty()) {
            meta->agency = agency;
            meta->agencySource = QStringLiteral("heading");
            return;
        }
    }
    agency = agencyFromBody(firstBodyParagraph);
    if (!agency.isEmpty()) {
        meta->agency = agency;
        meta->agencySource = QStringLiteral("body");
    }
}

}  // namespace nianbao
