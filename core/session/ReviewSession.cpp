#include "session/ReviewSession.h"

#include "check/RuleCatalog.h"
#include "format/FormatSpec.h"
#include "io/AtomicFile.h"
#include "io/CheckJson.h"

#include <QCryptographicHash>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

#include <cmath>

namespace nianbao {
namespace {

constexpr int kSessionFormat = 1;
// Cells are addressed within the official forms (at most 25 rows of 15
// columns); anything far past that is not a cell of any format.
constexpr int kMaxCellIndex = 1000;
// No count in an annual report comes near this; below 2^53 every integer is
// exact in a double and converts to qint64 without overflow.
constexpr double kMaxCellMagnitude = 1e15;

QJsonValue cellValueToJson(const CellValue& v) {
    switch (v.kind) {
    case CellValue::Kind::Number:
        return jsonNumber(v.number, v.integral);
    case CellValue::Kind::Blank:
        return QJsonValue(QJsonValue::Null);
    case CellValue::Kind::Invalid:
    case CellValue::Kind::Missing:
        break;
    }
    return QJsonValue(QStringLiteral("missing"));
}

// Null (blank), a finite number in range, or — for what the source said
// only — "missing"; nullopt for anything else.
std::optional<CellValue> cellValueFromJson(const QJsonValue& v, bool missingAllowed) {
    if (v.isNull()) return CellValue::blank();
    if (v.isDouble()) {
        const double n = v.toDouble();
        if (!std::isfinite(n) || std::fabs(n) > kMaxCellMagnitude) return std::nullopt;
        return CellValue::fromNumber(n, n == std::trunc(n));
    }
    if (missingAllowed && v.toString() == QLatin1String("missing")) return CellValue::missing();
    return std::nullopt;
}

// A non-negative integer below kMaxCellIndex, or -1.
int indexFromJson(const QJsonValue& v) {
    if (!v.isDouble()) return -1;
    const double n = v.toDouble();
    if (!(n >= 0 && n < kMaxCellIndex) || n != std::trunc(n)) return -1;
    return static_cast<int>(n);
}

bool isSha256Hex(const QString& s) {
    static const QRegularExpression hex(QStringLiteral("^[0-9a-f]{64}$"));
    return hex.match(s).hasMatch();
}

// An optional time: absent or empty means "not recorded"; anything else must parse.
bool timeFromJson(const QJsonValue& v, QDateTime* out) {
    if (v.isUndefined() || v.isNull()) return true;
    if (!v.isString()) return false;
    if (v.toString().isEmpty()) return true;
    *out = QDateTime::fromString(v.toString(), Qt::ISODate);
    return out->isValid();
}

std::optional<ReviewSession> refuse(QString* error, const QString& reason) {
    *error = QStringLiteral("审校记录无效，未应用任何内容：") + reason;
    return std::nullopt;
}

}  // namespace

QString defaultSessionPath(const QString& reportPath) {
    return reportPath + QStringLiteral(".nianbao.json");
}

QByteArray sha256Of(const QByteArray& bytes) {
    return QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex();
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

ReadResult readReportForReview(const QString& path, QByteArray* sha256, const ReadOptions& options) {
    sha256->clear();
    QFile file(path);
    // Whatever keeps the file from being read here (missing, a folder, too
    // large, no permission) the reader explains in its own words.
    if (!QFileInfo(path).isFile() || QFileInfo(path).size() > kMaxReportBytes || !file.open(QIODevice::ReadOnly))
        return readReportFile(path, options);
    const QByteArray bytes = file.read(kMaxReportBytes + 1);
    if (file.error() != QFileDevice::NoError) return readReportFile(path, options);
    *sha256 = sha256Of(bytes);
    return readReportBytes(bytes, path, options);
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
    if (!session.acceptedTextFixes.isEmpty()) {
        QStringList keys(session.acceptedTextFixes.begin(), session.acceptedTextFixes.end());
        keys.sort();
        root.insert(QStringLiteral("accepted_text_fixes"), QJsonArray::fromStringList(keys));
    }
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

// A key is a rule id, a span and the replacement (a table label at most).
constexpr qsizetype kMaxTextFixKeyLength = 1000;

std::optional<ReviewSession> sessionFromJson(const QByteArray& json, QString* error) {
    if (json.size() > kMaxSessionBytes)
        return refuse(error, QStringLiteral("文件超过 %1 MB 上限").arg(kMaxSessionBytes / (1024 * 1024)));
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &parseError);
    if (doc.isNull() || !doc.isObject()) {
        *error = QStringLiteral("审校记录文件不是有效的 JSON：%1").arg(parseError.errorString());
        return std::nullopt;
    }
    const QJsonObject root = doc.object();
    const QJsonValue format = root.value(QStringLiteral("nianbao_session"));
    if (!format.isDouble() || format.toDouble() != kSessionFormat) {
        *error = QStringLiteral("不是年报审校工作台的审校记录文件（缺少 nianbao_session: 1）");
        return std::nullopt;
    }
    ReviewSession s;
    s.sourcePath = root.value(QStringLiteral("source")).toString();
    const QString sha = root.value(QStringLiteral("source_sha256")).toString();
    if (!isSha256Hex(sha))
        return refuse(error, QStringLiteral("缺少报告文件的校验和（source_sha256 应为 64 位十六进制数），无法确认它属于哪份报告"));
    s.sourceSha256 = sha.toLatin1();
    s.formatVersion = root.value(QStringLiteral("template")).toString();
    if (!FormatSpec::find(s.formatVersion))
        return refuse(error, QStringLiteral("报告格式版本（template）“%1”不是 2019 或 2021").arg(s.formatVersion));
    if (!timeFromJson(root.value(QStringLiteral("saved")), &s.saved))
        return refuse(error, QStringLiteral("保存时间（saved）不是有效的日期时间"));
    const QJsonValue corrections = root.value(QStringLiteral("corrections"));
    if (!corrections.isArray() && !corrections.isUndefined())
        return refuse(error, QStringLiteral("更正列表（corrections）不是数组"));
    QSet<QString> seen;
    const QJsonArray list = corrections.toArray();
    for (qsizetype i = 0; i < list.size(); ++i) {
        const QString where = QStringLiteral("第 %1 条更正").arg(i + 1);
        if (!list[i].isObject()) return refuse(error, where + QStringLiteral("不是对象"));
        const QJsonObject o = list[i].toObject();
        Correction c;
        c.cell = CellRef{o.value(QStringLiteral("table")).toString(), indexFromJson(o.value(QStringLiteral("row"))),
                         indexFromJson(o.value(QStringLiteral("col")))};
        if (c.cell.table.isEmpty() || c.cell.row < 0 || c.cell.column < 0)
            return refuse(error, where + QStringLiteral("的单元格位置（table、row、col）无效"));
        const QString key = QStringLiteral("%1/%2/%3").arg(c.cell.table).arg(c.cell.row).arg(c.cell.column);
        if (seen.contains(key)) return refuse(error, where + QStringLiteral("与前面的更正是同一个单元格"));
        seen.insert(key);
        const std::optional<CellValue> original = cellValueFromJson(o.value(QStringLiteral("original")), true);
        const std::optional<CellValue> value = cellValueFromJson(o.value(QStringLiteral("value")), false);
        if (!original || !value)
            return refuse(error, where + QStringLiteral("的数值无效（应为空或不超过 10^15 的数字）"));
        c.original = *original;
        c.value = *value;
        if (!timeFromJson(o.value(QStringLiteral("time")), &c.time))
            return refuse(error, where + QStringLiteral("的时间（time）不是有效的日期时间"));
        c.reason = o.value(QStringLiteral("reason")).toString();
        s.corrections.push_back(std::move(c));
    }
    const QJsonValue disabled = root.value(QStringLiteral("disabled_rules"));
    if (!disabled.isArray() && !disabled.isUndefined())
        return refuse(error, QStringLiteral("关闭的规则（disabled_rules）不是数组"));
    for (const QJsonValue& v : disabled.toArray()) {
        if (!findRule(v.toString()))
            return refuse(error, QStringLiteral("关闭的规则中有未知的规则编号“%1”").arg(v.toString()));
        s.disabledRules.insert(v.toString());
    }
    const QJsonValue fixes = root.value(QStringLiteral("accepted_text_fixes"));
    if (!fixes.isArray() && !fixes.isUndefined())
        return refuse(error, QStringLiteral("采用的文字修正（accepted_text_fixes）不是数组"));
    for (const QJsonValue& v : fixes.toArray()) {
        if (!v.isString() || v.toString().isEmpty() || v.toString().size() > kMaxTextFixKeyLength)
            return refuse(error, QStringLiteral("采用的文字修正中有无效的条目"));
        s.acceptedTextFixes.insert(v.toString());
    }
    return s;
}

bool saveSession(const ReviewSession& session, const QString& path, QString* error) {
    const QByteArray json = sessionToJson(session);
    if (json.size() > kMaxSessionBytes) {
        *error = QStringLiteral("审校记录超过 %1 MB 上限，未保存（%2）").arg(kMaxSessionBytes / (1024 * 1024)).arg(path);
        return false;
    }
    if (QString problem = outputPathProblem(path, {{session.sourcePath, QStringLiteral("原报告")}}, QStringLiteral("json")); !problem.isEmpty()) {
        *error = problem;
        return false;
    }
    *error = writeFileAtomically(path, json);
    return error->isEmpty();
}

std::optional<ReviewSession> loadSession(const QString& path, QString* error) {
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = QStringLiteral("无法打开审校记录 %1：%2").arg(path, file.errorString());
        return std::nullopt;
    }
    if (file.size() > kMaxSessionBytes) {
        *error = QStringLiteral("审校记录 %1 超过 %2 MB 上限，未载入").arg(path).arg(kMaxSessionBytes / (1024 * 1024));
        return std::nullopt;
    }
    return sessionFromJson(file.read(kMaxSessionBytes + 1), error);
}

QString setSessionAside(const QString& path, QString* error) {
    QString base = path;
    if (base.endsWith(QLatin1String(".json"))) base.chop(5);
    base += QLatin1Char('.') + QDateTime::currentDateTime().toString(QStringLiteral("yyyyMMdd-HHmmss"));
    QString backup = base + QStringLiteral(".bak.json");
    for (int n = 2; QFileInfo::exists(backup); ++n) backup = base + QStringLiteral("-%1.bak.json").arg(n);
    if (!QFile::rename(path, backup)) {
        *error = QStringLiteral("无法把原审校记录 %1 改名保留为 %2，未保存").arg(path, backup);
        return {};
    }
    return backup;
}

bool applySession(const ReviewSession& session, Report& report, const QByteArray& reportSha256, QString* error) {
    if (session.sourceSha256.isEmpty() || reportSha256 != session.sourceSha256) {
        *error = QStringLiteral("审校记录是针对另一版本的报告文件保存的（校验和不一致），为避免改错数字，未应用任何更正");
        return false;
    }
    if (session.formatVersion != report.meta.version) {
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
