#include "report/MetadataExtractor.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

#include <algorithm>
#include <optional>

namespace nianbao {
namespace {

// A title is one printed line; anything longer is a sentence that mentions the report.
constexpr int kMaxTitleLength = 60;
// A name line holds a name and nothing else.
constexpr int kMaxNameLength = 30;
// The closing date is looked for among this many last lines (a footer may follow it).
constexpr int kSignatureWindow = 4;

struct MetadataRules {
    QStringList titleKeywords;
    QStringList periodKeywords;
    QRegularExpression agencyName;     // a whole line that is only a name
    QRegularExpression titleAgency;    // group 1: what a title puts before the year and the report phrase
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
        out.agencyName = QRegularExpression(QStringLiteral("^\\p{Han}{1,%1}?(?:%2)$").arg(kMaxNameLength).arg(suffixes.join(QLatin1Char('|'))),
                                            QRegularExpression::UseUnicodePropertiesOption);
        // Spaces are removed before matching, so "2024 年上海市科委…" reads as "2024年上海市科委…".
        out.titleAgency = QRegularExpression(QStringLiteral("^(?:20[0-9]{2}年度?)?(\\p{Han}+?)%1").arg(o.value(QLatin1String("report_phrase")).toString()),
                                             QRegularExpression::UseUnicodePropertiesOption);
        if (!out.agencyName.isValid() || !out.titleAgency.isValid()) qFatal("metadata.json: invalid pattern");
        return out;
    }();
    return r;
}

bool containsAny(const QString& text, const QStringList& words) {
    return std::any_of(words.begin(), words.end(), [&](const QString& w) { return text.contains(w); });
}

int indexOfAny(const QString& text, const QStringList& words) {
    for (const QString& w : words)
        if (int i = static_cast<int>(text.indexOf(w)); i >= 0) return i;
    return -1;
}

int firstYearIn(const QString& text) {
    static const QRegularExpression year(QStringLiteral("(20[0-9]{2})\\s*年"));
    const QRegularExpressionMatch m = year.match(text);
    return m.hasMatch() ? m.captured(1).toInt() : 0;
}

QString withoutSpaces(QString text) {
    text.removeIf([](QChar c) { return c.isSpace(); });
    return text;
}

bool isFirstSectionHeading(const QString& text) {
    static const QRegularExpression heading(QStringLiteral("^\\s*(一\\s*[、,.]|1\\s*[、.])\\s*总体情况"));
    return heading.match(text).hasMatch();
}

// "2026年1月23日", "(2026年1月23日)", "2019年12月3日星期二".
bool isDateLine(const QString& text) {
    static const QRegularExpression date(QStringLiteral("^\\(?\\s*20[0-9]{2}\\s*年\\s*[0-9]{1,2}\\s*月\\s*[0-9]{1,2}\\s*日"));
    return date.match(text).hasMatch();
}

bool isTitleLine(const QString& text) {
    return text.size() <= kMaxTitleLength && containsAny(text, rules().titleKeywords) && !text.contains(QStringLiteral("。"));
}

bool isAgencyName(const QString& name) {
    return rules().agencyName.match(name).hasMatch();
}

// The agency a line names when it is nothing but a name ("沭阳县发展和改革局").
QString nameOfLine(const QString& line) {
    if (line.size() > kMaxNameLength + 10) return QString();  // spaced-out names are longer than they read
    const QString name = withoutSpaces(line);
    return isAgencyName(name) ? name : QString();
}

// "洪泽区人民政府2023年政府信息公开工作年度报告" → "洪泽区人民政府"; "2024 年上海市科委政府信息公开
// 工作年度报告" → "上海市科委"; "政府信息公开工作年度报告" → nothing.
QString agencyOfTitle(const QString& title) {
    const QString compact = withoutSpaces(title);
    const QRegularExpressionMatch m = rules().titleAgency.match(compact);
    if (!m.hasMatch()) return QString();
    QString agency = m.captured(1);
    // The shortest reading stops at "…人民" when "政府" follows; that 政府 belongs to the name.
    if (!isAgencyName(agency) && compact.mid(m.capturedEnd(1), 2) == QStringLiteral("政府") && isAgencyName(agency + QStringLiteral("政府")))
        agency += QStringLiteral("政府");
    return isAgencyName(agency) ? agency : QString();
}

struct Found {
    QString value;
    QString source;
};

}  // namespace

QString withoutHeadingMarks(const QString& line) {
    static const QRegularExpression marks(QStringLiteral("^\\s*#{1,6}\\s*|^\\s*\\*\\*|\\*\\*\\s*$"));
    QString text = line;
    return text.remove(marks).trimmed();
}

void extractMetadata(const Document& document, ReportMetadata* meta) {
    // Every paragraph, and where the front matter (title, name, date, preamble)
    // ends: at 一、总体情况, or where the tables begin when that heading is missing.
    QStringList lines;
    int firstHeading = -1, firstTable = -1;
    for (const DocBlock& block : document.blocks) {
        if (block.kind != DocBlock::Kind::Paragraph) {
            if (firstTable < 0) firstTable = static_cast<int>(lines.size());
            continue;
        }
        const QString text = withoutHeadingMarks(block.paragraph.text);
        if (text.isEmpty()) continue;
        if (firstHeading < 0 && firstTable < 0 && isFirstSectionHeading(text)) firstHeading = static_cast<int>(lines.size());
        lines << text;
    }
    const int frontSize = firstHeading >= 0 ? firstHeading : firstTable >= 0 ? firstTable : static_cast<int>(lines.size());
    const int bodyStart = firstHeading >= 0 ? firstHeading + 1 : frontSize;

    int title = -1;  // index of the line that holds the title keyword
    QString titleLine, joinedTitle;
    for (int i = 0; i < frontSize && title < 0; ++i) {
        if (!isTitleLine(lines[i])) continue;
        title = i;
        titleLine = joinedTitle = lines[i];
        // A title broken over two lines: join the line before when it may be the title's first half.
        if (i > 0 && !isDateLine(lines[i - 1]) && !isTitleLine(lines[i - 1]) && lines[i - 1].size() < 40 && !lines[i - 1].contains(QStringLiteral("。")))
            joinedTitle.prepend(lines[i - 1]);
    }

    QString periodParagraph;
    for (const QString& line : lines)
        if (containsAny(line, rules().periodKeywords)) {
            periodParagraph = line;
            break;
        }
    const QString firstBodyParagraph = lines.value(bodyStart);
    if (int y = firstYearIn(titleLine); y || (y = firstYearIn(joinedTitle))) {
        meta->year = y;
        meta->yearSource = QStringLiteral("title");
    } else if (int y = firstYearIn(periodParagraph.mid(indexOfAny(periodParagraph, rules().periodKeywords), 30))) {
        meta->year = y;
        meta->yearSource = QStringLiteral("period");
    } else if (int y = firstYearIn(firstBodyParagraph.left(80))) {
        meta->year = y;
        meta->yearSource = QStringLiteral("body");
    }

    auto agency = [&]() -> std::optional<Found> {
        if (title >= 0) {
            // The title line alone first: the line above may be a site name rather than the title's first half.
            for (const QString& t : {titleLine, joinedTitle})
                if (QString a = agencyOfTitle(t); !a.isEmpty()) return Found{a, QStringLiteral("title")};
            // A name on its own line under the title (as most reports print it), or
            // past a date line under or above it. A name directly above was joined to the title.
            auto isDate = [&](int i) { return i >= 0 && i < frontSize && isDateLine(lines[i]); };
            for (int i : {title + 1, isDate(title + 1) ? title + 2 : -1, isDate(title - 1) ? title - 2 : -1})
                if (i >= 0 && i < frontSize)
                    if (QString a = nameOfLine(lines[i]); !a.isEmpty()) return Found{a, QStringLiteral("name_line")};
        }
        // The signature: a name line above or below the closing date, among the
        // last lines (a portal page's footer may follow it, and is never taken alone).
        const int last = static_cast<int>(lines.size()) - 1;
        for (int i = last; i >= std::max(bodyStart, last - kSignatureWindow); --i) {
            if (!isDateLine(lines[i])) continue;
            for (int j : {i - 1, i + 1})
                if (j >= bodyStart && j <= last)
                    if (QString a = nameOfLine(lines[j]); !a.isEmpty()) return Found{a, QStringLiteral("signature")};
            break;
        }
        // No title: a name heading the document (the title was left out when the text was copied).
        if (title < 0)
            for (int i = 0; i < std::min(2, frontSize); ++i)
                if (QString a = nameOfLine(lines[i]); !a.isEmpty()) return Found{a, QStringLiteral("name_line")};
        return std::nullopt;
    }();
    if (agency) {
        meta->agency = agency->value;
        meta->agencySource = agency->source;
    }
}

}  // namespace nianbao
