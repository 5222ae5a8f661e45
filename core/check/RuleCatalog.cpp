#include "check/RuleCatalog.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>

namespace nianbao {
namespace {

const QString kCatalogPath = QStringLiteral(":/nianbao/rules.json");

bool readCatalogFile(QByteArray* bytes, QString* error) {
    QFile file(kCatalogPath);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = QStringLiteral("rules.json: %1").arg(file.errorString());
        return false;
    }
    *bytes = file.readAll();
    return true;
}

}  // namespace

bool loadRuleCatalog(const QByteArray& json, const std::vector<FormatSpec>& formats, std::vector<RuleInfo>* out,
                     QString* error) {
    std::vector<RuleInfo> rules;
    auto known = [&](const QString& id) {
        return std::any_of(rules.begin(), rules.end(), [&](const RuleInfo& r) { return r.id == id; });
    };
    // A relation keeps its id across versions; the first description's title and severity stand.
    for (const FormatSpec& spec : formats)
        for (const RelationRule& r : spec.rules)
            if (!known(r.id)) rules.push_back(RuleInfo{r.id, r.severity, r.name});

    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &parseError);
    if (doc.isNull() || !doc.object().value(QLatin1String("rules")).isArray()) {
        *error = doc.isNull() ? parseError.errorString() : QStringLiteral("no \"rules\" array");
        return false;
    }
    for (const QJsonValue& v : doc.object().value(QLatin1String("rules")).toArray()) {
        const QJsonObject o = v.toObject();
        RuleInfo r;
        r.id = o.value(QLatin1String("id")).toString();
        r.title = o.value(QLatin1String("title")).toString();
        const QString severity = o.value(QLatin1String("severity")).toString();
        QString problem;
        if (r.id.isEmpty()) problem = QStringLiteral("a rule without \"id\"");
        else if (r.title.isEmpty()) problem = QStringLiteral("rule %1 has no \"title\"").arg(r.id);
        else if (!parseSeverity(severity, &r.severity))
            problem = QStringLiteral("rule %1: unknown severity \"%2\" (info, warning or error)").arg(r.id, severity);
        else if (known(r.id)) problem = QStringLiteral("rule %1 is listed twice").arg(r.id);
        if (!problem.isEmpty()) {
            *error = problem;
            return false;
        }
        rules.push_back(r);
    }
    *out = std::move(rules);
    return true;
}

bool validateDataFiles(QString* error) {
    std::vector<FormatSpec> formats;
    QByteArray catalog;
    std::vector<RuleInfo> rules;
    QString reason;
    if (!loadAllFormats(&formats, &reason)) {
        *error = QStringLiteral("format description %1").arg(reason);
        return false;
    }
    if (!readCatalogFile(&catalog, error)) return false;
    if (!loadRuleCatalog(catalog, formats, &rules, &reason)) {
        *error = QStringLiteral("rules.json: %1").arg(reason);
        return false;
    }
    return true;
}

const std::vector<RuleInfo>& allRules() {
    static const std::vector<RuleInfo> rules = [] {
        std::vector<RuleInfo> out;
        QByteArray catalog;
        QString error;
        // Front ends call validateDataFiles() first and tell the user; this only guards a library caller.
        if (!readCatalogFile(&catalog, &error) || !loadRuleCatalog(catalog, FormatSpec::all(), &out, &error))
            qFatal("rule catalog: %s", qPrintable(error));
        return out;
    }();
    return rules;
}

const RuleInfo* findRule(const QString& id) {
    for (const RuleInfo& r : allRules())
        if (r.id == id) return &r;
    return nullptr;
}

Severity ruleSeverity(const QString& id) {
    const RuleInfo* rule = findRule(id);
    if (!rule) qFatal("rule %s is reported but not in resources/rules.json", qPrintable(id));
    return rule->severity;
}

}  // namespace nianbao
