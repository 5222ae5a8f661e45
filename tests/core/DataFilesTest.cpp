// Broken data files are an error at start-up, naming the file and the fault;
// never a check that quietly loses a rule.
#include "TestSupport.h"

#include "check/RuleCatalog.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace nianbao::test {
namespace {

QJsonObject builtIn2021() {
    QFile file(QStringLiteral(":/nianbao/formats/2021.json"));
    EXPECT_TRUE(file.open(QIODevice::ReadOnly));
    return QJsonDocument::fromJson(file.readAll()).object();
}

// The 2021 description with `change` applied to its first relation.
template <typename Change>
QByteArray withFirstRule(Change change) {
    QJsonObject root = builtIn2021();
    QJsonArray rules = root.value(QLatin1String("rules")).toArray();
    QJsonObject rule = rules.first().toObject();
    change(rule);
    rules.replace(0, rule);
    root.insert(QLatin1String("rules"), rules);
    return QJsonDocument(root).toJson();
}

QString formatError(const QByteArray& json) {
    FormatSpec spec;
    QString error;
    EXPECT_FALSE(loadFormatSpec(json, &spec, &error));
    return error;
}

TEST(DataFiles, BuiltInFilesAreValid) {
    QString error;
    EXPECT_TRUE(validateDataFiles(&error)) << error.toStdString();
    FormatSpec spec;
    EXPECT_TRUE(loadFormatSpec(QJsonDocument(builtIn2021()).toJson(), &spec, &error)) << error.toStdString();
    EXPECT_EQ(spec.reviews.rows.size(), 1u);
    EXPECT_EQ(spec.reviews.rows.front().label, QStringLiteral("案件数量"));  // from the file, not the loader
}

TEST(DataFiles, RelationWithoutMessage) {
    EXPECT_EQ(formatError(withFirstRule([](QJsonObject& r) { r.remove(QLatin1String("message")); })),
              QStringLiteral("rule requests.column_balance lacks \"name\", \"message\", \"left\" or \"right\""));
}

TEST(DataFiles, RelationWithUnknownSeverity) {
    EXPECT_EQ(formatError(withFirstRule([](QJsonObject& r) { r.insert(QLatin1String("severity"), QStringLiteral("fatal")); })),
              QStringLiteral("rule requests.column_balance: unknown severity \"fatal\" (info, warning or error)"));
}

TEST(DataFiles, MessageWithUnknownPlaceholder) {
    EXPECT_EQ(formatError(withFirstRule([](QJsonObject& r) {
                  r.insert(QLatin1String("message"), QStringLiteral("表三“{scope}”列相差 {difference}。"));
              })),
              QStringLiteral("rule requests.column_balance: unknown placeholder {difference} in its message"));
}

TEST(DataFiles, RowWithoutLabel) {
    QJsonObject root = builtIn2021();
    QJsonObject requests = root.value(QLatin1String("requests")).toObject();
    QJsonArray rows = requests.value(QLatin1String("rows")).toArray();
    QJsonObject row = rows.at(1).toObject();
    row.remove(QLatin1String("label"));
    rows.replace(1, row);
    requests.insert(QLatin1String("rows"), rows);
    root.insert(QLatin1String("requests"), requests);
    EXPECT_EQ(formatError(QJsonDocument(root).toJson()), QStringLiteral("table requests: a row without \"key\" or \"label\""));
}

TEST(DataFiles, ColumnWithUnknownKind) {
    QJsonObject root = builtIn2021();
    QJsonObject requests = root.value(QLatin1String("requests")).toObject();
    QJsonArray columns = requests.value(QLatin1String("columns")).toArray();
    QJsonObject column = columns.at(0).toObject();
    column.insert(QLatin1String("kind"), QStringLiteral("people"));
    columns.replace(0, column);
    requests.insert(QLatin1String("columns"), columns);
    root.insert(QLatin1String("requests"), requests);
    EXPECT_EQ(formatError(QJsonDocument(root).toJson()),
              QStringLiteral("column natural: unknown kind \"people\" (count, delta or money)"));
}

QString catalogError(const char* json) {
    std::vector<RuleInfo> rules;
    QString error;
    EXPECT_FALSE(loadRuleCatalog(QByteArray(json), {}, &rules, &error));
    return error;
}

TEST(DataFiles, BrokenRuleCatalog) {
    EXPECT_EQ(catalogError(R"({"rules": [{"id": "cell.blank", "severity": "info"}]})"),
              QStringLiteral("rule cell.blank has no \"title\""));
    EXPECT_EQ(catalogError(R"({"rules": [{"id": "cell.blank", "severity": "notice", "title": "空白"}]})"),
              QStringLiteral("rule cell.blank: unknown severity \"notice\" (info, warning or error)"));
    EXPECT_EQ(catalogError(R"({"rules": [{"id": "a", "severity": "info", "title": "x"},
                                         {"id": "a", "severity": "error", "title": "y"}]})"),
              QStringLiteral("rule a is listed twice"));
    EXPECT_EQ(catalogError(R"({"rule": []})"), QStringLiteral("no \"rules\" array"));
}

TEST(DataFiles, SeveritiesComeFromTheCatalog) {
    // rules.json, not the check, decides: every finding of the corpus carries its rule's catalog severity
    // (narrative.mismatch may be lowered to info for another scope's figure).
    for (const char* name : {"000_4e6edc37518c9b09.txt", "001_ffb7cb016be5db93.txt", "real/r06_shanghaikewei_2024.md"})
        for (const Finding& f : checkReport(readOrFail(corpusPath(name)))) {
            ASSERT_NE(findRule(f.rule), nullptr) << f.rule.toStdString();
            if (f.rule == QLatin1String("narrative.mismatch") && f.severity == Severity::Info) continue;
            EXPECT_EQ(f.severity, findRule(f.rule)->severity) << name << ' ' << f.rule.toStdString();
        }
}

TEST(DataFiles, CommandLineRefusesABrokenFormatFolder) {
    QTemporaryDir dir;
    writeFile(dir, QStringLiteral("2030.json"),
              withFirstRule([](QJsonObject& r) { r.insert(QLatin1String("severity"), QStringLiteral("fatal")); }));
    qputenv("NIANBAO_FORMATS_DIR", dir.path().toUtf8());
    const CliRun run = runCli({QStringLiteral("check"), corpusPath("000_4e6edc37518c9b09.txt")});
    qunsetenv("NIANBAO_FORMATS_DIR");
    EXPECT_EQ(run.exitCode, 2);
    EXPECT_TRUE(run.out.isEmpty()) << run.out.toStdString();
    EXPECT_EQ(run.err, QStringLiteral("数据文件有误，无法检查：format description %1/2030.json: rule requests.column_balance: "
                                      "unknown severity \"fatal\" (info, warning or error)\n")
                           .arg(dir.path()));
}

}  // namespace
}  // namespace nianbao::test
