#include "check/RuleCatalog.h"

#include "format/FormatSpec.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace nianbao {

const std::vector<RuleInfo>& allRules() {
    static const std::vector<RuleInfo> rules = [] {
        std::vector<RuleInfo> out;
        auto add = [&](const RuleInfo& r) {
            for (const RuleInfo& existing : out)
                if (existing.id == r.id) return;
            out.push_back(r);
        };
        for (const FormatSpec& spec : FormatSpec::all())
            for (const RelationRule& r : spec.rules) add(RuleInfo{r.id, r.severity, r.name});
        QFile file(QStringLiteral(":/nianbao/rules.json"));
        if (!file.open(QIODevice::ReadOnly)) qFatal("rules.json is missing from the resources");
        for (const QJsonValue& v : QJsonDocument::fromJson(file.readAll()).object().value(QLatin1String("rules")).toArray()) {
            const QJsonObject o = v.toObject();
            RuleInfo r;
            r.id = o.value(QLatin1String("id")).toString();
            if (!parseSeverity(o.value(QLatin1String("severity")).toString(), &r.severity))
                qFatal("rules.json: rule %s has an unknown severity", qPrintable(r.id));
            r.title = o.value(QLatin1String("title")).toString();
            add(r);
        }
        return out;
    }();
    return rules;
}

const RuleInfo* findRule(const QString& id) {
    for (const RuleInfo& r : allRules())
        if (r.id == id) return &r;
    return nullptr;
}

}  // namespace nianbao
