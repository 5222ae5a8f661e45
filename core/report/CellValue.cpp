#include "report/CellValue.h"

#include <QRegularExpression>

#include <cmath>

namespace nianbao {

CellValue parseCellValue(const QString& text) {
    const QString trimmed = text.trimmed();
    if (trimmed.isEmpty()) return CellValue::blank();
    static const QRegularExpression number(QStringLiteral(
        "^([+\\-−]?)\\s*((?:[0-9]{1,3}(?:,[0-9]{3})+|[0-9]+)(?:\\.[0-9]+)?)\\s*(万元|元|件|个|项|条|次|人次)?$"));
    const QRegularExpressionMatch m = number.match(trimmed);
    if (!m.hasMatch()) return CellValue{CellValue::Kind::Invalid, 0, true, {}};
    QString digits = m.captured(2);
    digits.remove(QLatin1Char(','));
    bool ok = false;
    double value = digits.toDouble(&ok);
    if (!ok || !std::isfinite(value) || value > 1e15) return CellValue{CellValue::Kind::Invalid, 0, true, {}};
    if (!m.captured(1).isEmpty() && m.captured(1) != QLatin1String("+")) value = -value;
    return CellValue::fromNumber(value, !digits.contains(QLatin1Char('.')), m.captured(3));
}

QString formatNumber(double value, bool integral) {
    if (integral) return QString::number(static_cast<qint64>(std::llround(value)));
    return QString::number(value, 'f', 6).remove(QRegularExpression(QStringLiteral("\\.?0+$")));
}

}  // namespace nianbao
