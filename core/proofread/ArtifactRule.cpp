// text.artifact: leftovers of the drafting tool in the text.
#include "proofread/ProofreadingData.h"
#include "proofread/Rules.h"

namespace nianbao {
namespace {

// A form feed is whitespace to Qt but an artifact of its own, not an empty paragraph.
bool isBlank(const QString& line) { return line.trimmed().isEmpty() && !line.contains(QLatin1Char('\f')); }

}  // namespace

void checkArtifacts(const Report& report, std::vector<Finding>* out) {
    const ProofreadingData& data = ProofreadingData::get();
    const SourceText& source = report.source;
    for (int line = 1; line <= source.lineCount(); ++line) {
        const QString& text = source.originalLine(line);
        for (const ArtifactPattern& artifact : data.artifacts) {
            if (!text.contains(artifact.contains)) continue;
            auto it = artifact.pattern.globalMatch(text);
            while (it.hasNext()) {
                const QRegularExpressionMatch m = it.next();
                const SourceSpan span{line, int(m.capturedStart()), line, int(m.capturedEnd())};
                const QString shown = m.captured(0) == QLatin1String("\f") ? QStringLiteral("\\f") : m.captured(0);
                Finding f = Finding::make(QStringLiteral("text.artifact"), QStringLiteral("正文中残留%1“%2”，发布前应删除。").arg(artifact.what, shown), span);
                if (m.captured(0) != QLatin1String("\f")) f.fix = TextFix{span, QString()};  // a leftover is simply removed
                out->push_back(std::move(f));
            }
        }
    }
    // Runs of empty paragraphs between two paragraphs of prose (blank lines
    // next to a table only separate its rows in the text layout).
    int runStart = 0;
    for (int line = 1; line <= source.lineCount() + 1; ++line) {
        const bool blank = line <= source.lineCount() && isBlank(source.originalLine(line)) &&
                           !source.originalLine(line).startsWith(QLatin1Char('\t'));
        if (blank) {
            if (!runStart) runStart = line;
            continue;
        }
        if (runStart && line - runStart >= data.blankParagraphRun && runStart > 1 && line <= source.lineCount()) {
            const QString& before = source.originalLine(runStart - 1);
            const QString& after = source.originalLine(line);
            const bool prose = !before.startsWith(QLatin1Char('\t')) && !after.startsWith(QLatin1Char('\t')) &&
                               !before.trimmed().endsWith(QLatin1Char('|')) && !after.trimmed().endsWith(QLatin1Char('|')) &&
                               !before.contains(QLatin1Char('\t')) && !after.contains(QLatin1Char('\t'));
            if (prose)
                out->push_back(Finding::make(QStringLiteral("text.artifact"), QStringLiteral("正文中有连续 %1 个空段落，排版时应删除。").arg(line - runStart),
                                               SourceSpan{runStart, 0, line - 1, 0}));
        }
        runStart = 0;
    }
}

}  // namespace nianbao
