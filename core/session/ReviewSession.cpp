#include "session/ReviewSession.h"

#include <QCryptographicHash>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>

namespace nianbao {
namespace {

constexpr int kSessionFormat = 1;

QJsonValue cellValueToJson(const CellValue& v) {
    switch (v.kind) {
    case CellValue::Kind::Number:
        return v.integral ? QJsonValue(static_cast<qint64>(v.number)) : QJsonValue(v.number);
    case CellValue::Kind::Blank:
        return QJsonValue(QJsonValue::Null);
    case CellValue::Kind::Invalid:
    case CellValue::Kind::Missing:
        break;
    }
    return QJsonValue(QStringLiteral("missing"));
}

CellValue cellValueFromJson(const QJsonValue& v) {
    if (v.isNull()) return CellValue::blank();
    if (v.isDouble()) {
        const double n = v.toDouble();
        return CellValue::fromNumber(n, n == static_cast<double>(static_cast<qint64>(n)));
    }
    return CellValue::missing();
}

}  // namespace

QString defaultSessionPath(const QString& reportPath) {
    return reportPath + QStringLiteral(".nianbao.json");
}

QByteArray sha256OfFile(const QString& path, QString* error) {
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = QStringLiteral("无法读取 %1：%2").arg(path, file.errorString());
        return {};
    }
    QCryptographicHash hash(QCryptographicHash::Sha256);
    hash.addData(&file);
    return hash.result().toHex();
}

QByteArray sessionToJson(const ReviewSession& session) {
    QJsonObject root;
    root.insert(QStringLiteral("nianbao_session"), kSessionFormat);
    root.insert(QStringLiteral("source"), session.sourcePath);
    root.insert(QStringLiteral("source_sha256"), QString::fromLatin1(session.sourceSha256));
    root.insert(QStringLiteral("template"), session.formatVersion);
    root.insert(QStringLiteral("saved"), session.saved.toString(Qt::ISODate));
    QJsonArray corrections;
    for (const Correction& c : session.corrections) {
        QJsonObject o;
        o.insert(QStringLiteral("table"), c.cell.table);
        o.insert(QStringLiteral("row"), c.cell.row);
        o.insert(QStringLiteral("col"), c.cell.column);
        o.insert(QStringLiteral("original"), cellValueToJson(c.original));
        o.insert(QStringLiteral("value"), cellValueToJson(c.value));
        o.insert(QStringLiteral("time"), c.time.toString(Qt::ISODate));
        if (!c.reason.isEmpty()) o.insert(QStringLiteral("reason"), c.reason);
        corrections.append(o);
    }
    root.insert(QStringLiteral("corrections"), corrections);
    QJsonArray disabled;
    QStringList rules(session.disabledRules.begin(), session.disabledRules.end());
    rules.sort();
    for (const QString& r : rules) disabled.append(r);
    root.insert(QStringLiteral("disabled_rules"), disabled);
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

std::optional<ReviewSession> sessionFromJson(const QByteArray& json, QString* error) {
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &parseError);
    if (doc.isNull() || !doc.isObject()) {
        *error = QStringLiteral("审校记录文件不是有效的 JSON：%1").arg(parseError.errorString());
        return std::nullopt;
    }
    const QJsonObject root = doc.object();
    if (root.value(QStringLiteral("nianbao_session")).toInt() != kSessionFormat) {
        *error = QStringLiteral("不是年报审校工作台的审校记录文件（缺少 nianbao_session: 1）");
        return std::nullopt;
    }
    ReviewSession s;
    s.sourcePath = root.value(QStringLiteral("source")).toString();
    s.sourceSha256 = root.value(QStringLiteral("source_sha256")).toString().toLatin1();
    s.formatVersion = root.value(QStringLiteral("template")).toString();
    s.saved = QDateTime::fromString(root.value(QStringLiteral("saved")).toString(), Qt::ISODate);
    for (const QJsonValue& v : root.value(QStringLiteral("corrections")).toArray()) {
        const QJsonObject o = v.toObject();
        Correction c;
        c.cell = CellRef{o.value(QStringLiteral("table")).toString(), o.value(QStringLiteral("row")).toInt(-1),
                         o.value(QStringLiteral("col")).toInt(-1)};
        c.original = cellValueFromJson(o.value(QStringLiteral("original")));
        c.value = cellValueFromJson(o.value(QStringLiteral("value")));
        c.time = QDateTime::fromString(o.value(QStringLiteral("time")).toString(), Qt::ISODate);
        c.reason = o.value(QStringLiteral("reason")).toString();
        s.corrections.push_back(std::move(c));
    }
    for (const QJsonValue& v : root.value(QStringLiteral("disabled_rules")).toArray()) s.disabledRules.insert(v.toString());
    return s;
}

bool saveSession(const ReviewSession& session, const QString& path, QString* error) {
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        *error = QStringLiteral("无法写入审校记录 %1：%2").arg(path, file.errorString());
        return false;
    }
    const QByteArray json = sessionToJson(session);
    if (file.write(json) != json.size() || !file.commit()) {
        *error = QStringLiteral("写入审校记录 %1 失败：%2").arg(path, file.errorString());
        return false;
    }
    return true;
}

std::optional<ReviewSession> loadSession(const QString& path, QString* error) {
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = QStringLiteral("无法打开审校记录 %1：%2").arg(path, file.errorString());
        return std::nullopt;
    }
    return sessionFromJson(file.read(4 * 1024 * 1024), error);
}

bool applySession(const ReviewSession& session, Report& report, QString* error) {
    QString hashError;
    const QByteArray actual = sha256OfFile(report.meta.file, &hashError);
    if (!session.sourceSha256.isEmpty() && actual != session.sourceSha256) {
        *error = QStringLiteral("审校记录是针对另一版本的报告文件保存的（校验和不一致），为避免改错数字，未应用任何更正");
        return false;
    }
    if (!session.formatVersion.isEmpty() && session.formatVersion != report.meta.version) {
        *error = QStringLiteral("审校记录按 %1 格式保存，而报告被识别为 %2 格式，未应用任何更正")
                     .arg(session.formatVersion, report.meta.version);
        return false;
    }
    for (const Correction& c : session.corrections) {
        if (!report.cell(c.cell)) {
            *error = QStringLiteral("审校记录中的单元格（%1 第 %2 行第 %3 列）在报告中不存在，未应用任何更正")
                         .arg(c.cell.table).arg(c.cell.row + 1).arg(c.cell.column + 1);
            return false;
        }
    }
    for (const Correction& c : session.corrections) report.cell(c.cell)->value = c.value;
    return true;
}

std::vector<Correction> correctionsOf(const Report& report) {
    std::vector<Correction> out;
    for (const ReportTable& t : report.tables) {
        for (size_t r = 0; r < t.rows.size(); ++r) {
            for (size_t c = 0; c < t.rows[r].cells.size(); ++c) {
                const ReportCell& cell = t.rows[r].cells[c];
                if (!cell.isCorrected()) continue;
                Correction corr;
                corr.cell = CellRef{t.spec->id, static_cast<int>(r), static_cast<int>(c)};
                corr.original = cell.original;
                corr.value = cell.value;
                out.push_back(std::move(corr));
            }
        }
    }
    return out;
}

}  // namespace nianbao
