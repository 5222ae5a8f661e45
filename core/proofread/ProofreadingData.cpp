#include "proofread/ProofreadingData.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace nianbao {
namespace {

QRegularExpression compiled(const QString& pattern) {
    QRegularExpression re(pattern, QRegularExpression::UseUnicodePropertiesOption);
    if (!re.isValid()) qFatal("proofreading.json: invalid pattern %s: %s", qPrintable(pattern), qPrintable(re.errorString()));
    re.optimize();
    return re;
}

ProofreadingData load() {
    QFile file(QStringLiteral(":/nianbao/proofreading.json"));
    if (!file.open(QIODevice::ReadOnly)) qFatal("proofreading.json is missing from the resources");
    const QJsonObject root = QJsonDocument::fromJson(file.readAll()).object();
    ProofreadingData d;
    const QJsonObject wordings = root.value(QLatin1String("section_wordings")).toObject();
    for (auto it = wordings.begin(); it != wordings.end(); ++it)
        if (it.value().isArray()) d.sectionWordings[it.key()] = it.value().toVariant().toStringList();
    const QString number = root.value(QLatin1String("number_pattern")).toString();
    for (const QJsonValue& v : root.value(QLatin1String("narrative")).toArray()) {
        const QJsonObject o = v.toObject();
        NarrativePhrase p;
        p.what = o.value(QLatin1String("what")).toString();
        p.pattern = compiled(o.value(QLatin1String("pattern")).toString().replace(QLatin1String("NUM"), number));
        p.table = o.value(QLatin1String("table")).toString();
        p.rows = o.value(QLatin1String("rows")).toVariant().toStringList();
        p.columns = o.value(QLatin1String("columns")).toVariant().toStringList();
        p.sumColumns = o.value(QLatin1String("sum_columns")).toBool();
        p.anchors = o.value(QLatin1String("anchors")).toVariant().toStringList();
        for (const QJsonValue& sum : o.value(QLatin1String("other_sums")).toArray())
            p.otherSums.push_back({sum.toObject().value(QLatin1String("what")).toString(),
                                   sum.toObject().value(QLatin1String("rows")).toVariant().toStringList()});
        d.narrative.push_back(std::move(p));
    }
    const QJsonObject scopes = root.value(QLatin1String("scope_words")).toObject();
    d.otherScopes = scopes.value(QLatin1String("other")).toVariant().toStringList();
    d.tableScopes = scopes.value(QLatin1String("table")).toVariant().toStringList();
    for (const QJsonValue& v : root.value(QLatin1String("artifacts")).toArray()) {
        const QJsonObject o = v.toObject();
        d.artifacts.push_back({o.value(QLatin1String("what")).toString(), compiled(o.value(QLatin1String("pattern")).toString()),
                               o.value(QLatin1String("contains")).toString()});
    }
    d.blankParagraphRun = root.value(QLatin1String("blank_paragraph_run")).toInt(3);
    for (QString pattern : root.value(QLatin1String("fee_statement_patterns")).toVariant().toStringList())
        d.feeStatements.push_back(compiled(pattern.replace(QLatin1String("NUM"), number)));
    d.dateLine = compiled(root.value(QLatin1String("date_line_pattern")).toString());
    d.period = compiled(root.value(QLatin1String("period_pattern")).toString());
    return d;
}

}  // namespace

const ProofreadingData& ProofreadingData::get() {
    static const ProofreadingData data = load();
    return data;
}

}  // namespace nianbao
