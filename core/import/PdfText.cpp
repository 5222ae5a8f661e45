#include "import/PdfText.h"

#include "report/CellValue.h"
#include "text/SourceText.h"

#include <QRegularExpression>

namespace nianbao {

QString foldedPdfText(const QString& text) {
    return normalizeLine(text).text;
}

bool isPdfValueText(const QString& text) {
    // "5." alone is a label's numbering split from its text, not the number 5.
    static const QRegularExpression itemNumber(QStringLiteral("^\\d+\\s*[.、]$"));
    const QString folded = foldedPdfText(text).trimmed();
    return !itemNumber.match(folded).hasMatch() && parseCellValue(folded).isNumber();
}

namespace {
bool isLatinOrDigit(QChar c) {
    return c.unicode() < 0x80 && c.isLetterOrNumber();
}
}  // namespace

QString joinPdfText(const QString& a, const QString& b) {
    if (!a.isEmpty() && !b.isEmpty() && isLatinOrDigit(a.back()) && isLatinOrDigit(b.front()))
        return a + QLatin1Char(' ') + b;
    return a + b;
}

bool startsWithNumbering(const QString& text) {
    static const QRegularExpression numbering(
        QStringLiteral("^\\s*([（(][一二三四五六七八九十]+[）)]|[一二三四五六七八九十]+[、.．]|\\d+[.．、]|第.{1,6}[条项])"));
    return numbering.match(foldedPdfText(text)).hasMatch();
}

}  // namespace nianbao
