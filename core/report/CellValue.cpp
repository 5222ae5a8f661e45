#include "report/CellValue.h"

#include <QRegularExpression>

#include <algorithm>
#include <cmath>

namespace nianbao {
namespace {

// Units a clerk writes into a cell. Money units matter (万元 vs 元); count
// units are harmless and kept only for display.
constexpr std::u16string_view kUnits[] = {u"万元", u"元", u"人次", u"件", u"个", u"项", u"条", u"次"};

bool isDigit(QChar c) { return c >= QLatin1Char('0') && c <= QLatin1Char('9'); }

CellValue invalid() { return CellValue{CellValue::Kind::Invalid, 0, true, {}}; }

// Digits with optional thousands separators ("1,968") and decimals; returns
// the characters consumed, 0 if the text does not start with a number.
qsizetype scanNumber(QStringView s, QString* digits) {
    qsizetype i = 0;
    while (i < s.size() && isDigit(s[i])) digits->append(s[i++]);
    if (i == 0) return 0;
    // Thousands groups only after 1–3 leading digits, each exactly three digits.
    if (i <= 3 && i < s.size() && s[i] == QLatin1Char(',')) {
        while (i + 3 < s.size() && s[i] == QLatin1Char(',') && isDigit(s[i + 1]) && isDigit(s[i + 2]) &&
               isDigit(s[i + 3]) && (i + 4 >= s.size() || !isDigit(s[i + 4]))) {
            digits->append(s.mid(i + 1, 3));
            i += 4;
        }
    }
    if (i + 1 < s.size() && s[i] == QLatin1Char('.') && isDigit(s[i + 1])) {
        digits->append(QLatin1Char('.'));
        ++i;
        while (i < s.size() && isDigit(s[i])) digits->append(s[i++]);
    }
    return i;
}

}  // namespace

CellValue parseCellValue(const QString& text) {
    QStringView s = QStringView(text).trimmed();
    if (s.isEmpty()) return CellValue::blank();
    // Fast path: most cells are a few plain digits ("0", "45").
    if (s.size() <= 15 && std::all_of(s.begin(), s.end(), isDigit)) {
        qint64 n = 0;
        for (QChar c : s) n = n * 10 + (c.unicode() - u'0');
        return CellValue::fromNumber(static_cast<double>(n));
    }
    bool negative = false;
    if (s[0] == QLatin1Char('-') || s[0] == QChar(0x2212) || s[0] == QLatin1Char('+')) {
        negative = s[0] != QLatin1Char('+');
        s = s.mid(1).trimmed();
    }
    QString digits;
    const qsizetype used = scanNumber(s, &digits);
    if (used == 0) return invalid();
    const QStringView rest = s.mid(used).trimmed();
    QString unit;
    if (!rest.isEmpty()) {
        for (std::u16string_view u : kUnits) {
            if (rest == QStringView(u.data(), qsizetype(u.size()))) {
                unit = rest.toString();
                break;
            }
        }
        if (unit.isEmpty()) return invalid();
    }
    bool ok = false;
    double value = digits.toDouble(&ok);
    if (!ok || !std::isfinite(value) || value > 1e15) return invalid();
    return CellValue::fromNumber(negative ? -value : value, !digits.contains(QLatin1Char('.')), unit);
}

QString formatNumber(double value, bool integral) {
    if (integral) return QString::number(static_cast<qint64>(std::llround(value)));
    return QString::number(value, 'f', 6).remove(QRegularExpression(QStringLiteral("\\.?0+$")));
}

}  // namespace nianbao
