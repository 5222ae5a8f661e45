#pragma once

#include <QString>
#include <QStringList>

namespace nianbao {

// A label split into its numbering ("一、", "（三）", "2.") and its words, both
// reduced to a comparison key: NFKC-normalised text without spaces or
// punctuation, so "（二）部分公开", "(二) 部分公开" and "二部分公开" agree.
struct LabelKey {
    QString numbering;  // "s一" for 一、, "p三" for （三）, "n2" for 2.; empty when unnumbered
    QString body;
};

LabelKey labelKey(const QString& text);
// The same for text that is already NFKC-normalised (document cells and paragraphs).
LabelKey labelKeyOfNormalized(const QString& text);

enum class LabelMatch { None, Exact, Truncated, Fuzzy };

// Compares a label found in a report with the official wording. Tolerates a
// stray or missing character and a label cut short, but never a different
// number: "3.其他" is not "（六）其他处理", and "总计" is not "（七）总计"
// unless the report dropped the numbering altogether.
LabelMatch matchLabel(const LabelKey& found, const LabelKey& official);
LabelMatch matchLabel(const QString& found, const QString& official, const QStringList& aliases = {});

// Edit distance, giving up (returning limit + 1) once it exceeds `limit`.
int boundedEditDistance(const QString& a, const QString& b, int limit);

}  // namespace nianbao
