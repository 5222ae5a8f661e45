// A review session is validated field by field before anything of it is
// applied, is tied to the bytes the report was read from, and one size limit
// holds for writing and reading.
#include "ExportTestSupport.h"

#include "session/ReviewSession.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QFileInfo>
#include <QRegularExpression>
#include <QTemporaryDir>

namespace nianbao::test {
namespace {

const QString kReport = corpusPath("000_4e6edc37518c9b09.txt");

// A valid session (one correction of the 总计 of 本年新收) as JSON, for the
// tests below to spoil one field at a time.
QJsonObject validSession() {
    const ReviewSession s = oneCorrection(kReport, CellRef{QStringLiteral("requests"), 0, 6}, 45, 55, QStringLiteral("行合计"));
    return QJsonDocument::fromJson(sessionToJson(s)).object();
}

QJsonObject withCorrectionField(QJsonObject root, const QString& field, const QJsonValue& value) {
    QJsonArray corrections = root.value(QStringLiteral("corrections")).toArray();
    QJsonObject c = corrections[0].toObject();
    c.insert(field, value);
    corrections[0] = c;
    root.insert(QStringLiteral("corrections"), corrections);
    return root;
}

// The reason a session is refused for, or "" when it is accepted.
QString refusal(const QJsonObject& root) {
    QString error;
    const std::optional<ReviewSession> s = sessionFromJson(QJsonDocument(root).toJson(), &error);
    return s ? QString() : error;
}

TEST(SessionValidation, AValidSessionIsAccepted) {
    EXPECT_EQ(refusal(validSession()), QString());
    QString error;
    const std::optional<ReviewSession> s = sessionFromJson(QJsonDocument(validSession()).toJson(), &error);
    ASSERT_TRUE(s);
    ASSERT_EQ(s->corrections.size(), 1u);
    EXPECT_EQ(s->corrections[0].value, CellValue::fromNumber(55));
    EXPECT_EQ(s->corrections[0].original, CellValue::fromNumber(45));
}

TEST(SessionValidation, EmptyChecksumOrTemplateNoLongerAppliesToAnyReport) {
    QJsonObject noSum = validSession();
    noSum.insert(QStringLiteral("source_sha256"), QString());
    EXPECT_TRUE(refusal(noSum).contains(QStringLiteral("校验和"))) << refusal(noSum).toStdString();
    QJsonObject badSum = validSession();
    badSum.insert(QStringLiteral("source_sha256"), QStringLiteral("abc"));
    EXPECT_FALSE(refusal(badSum).isEmpty());
    QJsonObject noTemplate = validSession();
    noTemplate.insert(QStringLiteral("template"), QString());
    EXPECT_TRUE(refusal(noTemplate).contains(QStringLiteral("template"))) << refusal(noTemplate).toStdString();
    QJsonObject oddTemplate = validSession();
    oddTemplate.insert(QStringLiteral("template"), QStringLiteral("2030"));
    EXPECT_TRUE(refusal(oddTemplate).contains(QStringLiteral("2030")));
}

TEST(SessionValidation, ValuesMustBeBlankOrFiniteNumbersInRange) {
    // A string used to become "missing" and silence the checks of its cell.
    EXPECT_TRUE(refusal(withCorrectionField(validSession(), QStringLiteral("value"), QStringLiteral("abc"))).contains(QStringLiteral("数值无效")));
    EXPECT_FALSE(refusal(withCorrectionField(validSession(), QStringLiteral("value"), QStringLiteral("missing"))).isEmpty());
    EXPECT_FALSE(refusal(withCorrectionField(validSession(), QStringLiteral("value"), true)).isEmpty());
    // 1e300 used to be cast to qint64 (undefined behaviour).
    EXPECT_FALSE(refusal(withCorrectionField(validSession(), QStringLiteral("value"), 1e300)).isEmpty());
    EXPECT_FALSE(refusal(withCorrectionField(validSession(), QStringLiteral("original"), -1e16)).isEmpty());
    EXPECT_EQ(refusal(withCorrectionField(validSession(), QStringLiteral("value"), QJsonValue(QJsonValue::Null))), QString());
    EXPECT_EQ(refusal(withCorrectionField(validSession(), QStringLiteral("value"), 3.27)), QString());
    EXPECT_EQ(refusal(withCorrectionField(validSession(), QStringLiteral("original"), QStringLiteral("missing"))), QString());
}

TEST(SessionValidation, CellAddressesMustBeWholeNumbersInRangeAndUnique) {
    EXPECT_FALSE(refusal(withCorrectionField(validSession(), QStringLiteral("row"), -1)).isEmpty());
    EXPECT_FALSE(refusal(withCorrectionField(validSession(), QStringLiteral("row"), 1.5)).isEmpty());
    EXPECT_FALSE(refusal(withCorrectionField(validSession(), QStringLiteral("col"), 1e12)).isEmpty());
    EXPECT_FALSE(refusal(withCorrectionField(validSession(), QStringLiteral("col"), QStringLiteral("6"))).isEmpty());
    EXPECT_FALSE(refusal(withCorrectionField(validSession(), QStringLiteral("table"), QString())).isEmpty());
    QJsonObject twice = validSession();
    QJsonArray corrections = twice.value(QStringLiteral("corrections")).toArray();
    corrections.append(corrections[0]);
    twice.insert(QStringLiteral("corrections"), corrections);
    EXPECT_TRUE(refusal(twice).contains(QStringLiteral("同一个单元格"))) << refusal(twice).toStdString();
    EXPECT_FALSE(refusal(withCorrectionField(validSession(), QStringLiteral("time"), QStringLiteral("yesterday"))).isEmpty());
    EXPECT_FALSE(refusal(withCorrectionField(validSession(), QStringLiteral("time"), 20210120)).isEmpty());
    EXPECT_EQ(refusal(withCorrectionField(validSession(), QStringLiteral("time"), QString())), QString());
}

TEST(SessionValidation, DisabledRulesMustBeKnownRules) {
    QJsonObject unknown = validSession();
    unknown.insert(QStringLiteral("disabled_rules"), QJsonArray{QStringLiteral("requests.row_total"), QStringLiteral("no.such")});
    EXPECT_TRUE(refusal(unknown).contains(QStringLiteral("no.such")));
    QJsonObject notArray = validSession();
    notArray.insert(QStringLiteral("disabled_rules"), QStringLiteral("requests.row_total"));
    EXPECT_FALSE(refusal(notArray).isEmpty());
    QJsonObject known = validSession();
    known.insert(QStringLiteral("disabled_rules"), QJsonArray{QStringLiteral("requests.row_total")});
    EXPECT_EQ(refusal(known), QString());
}

TEST(SessionValidation, OneSizeLimitForSavingAndLoading) {
    QTemporaryDir dir;
    ReviewSession big = oneCorrection(kReport, CellRef{QStringLiteral("requests"), 0, 6}, 45, 55, QString(3 * 1024 * 1024, QChar(0x6570)));
    const QString path = dir.filePath(QStringLiteral("big.nianbao.json"));
    QString error;
    EXPECT_FALSE(saveSession(big, path, &error));  // 9 MB of UTF-8: never written, so never unreadable
    EXPECT_TRUE(error.contains(QStringLiteral("4 MB"))) << error.toStdString();
    EXPECT_FALSE(QFile::exists(path));

    // Just under the limit: saved and read back whole.
    big.corrections[0].reason = QString(1300 * 1024, QChar(0x6570));  // 3.9 MB of UTF-8
    ASSERT_TRUE(saveSession(big, path, &error)) << error.toStdString();
    ASSERT_LE(QFile(path).size(), kMaxSessionBytes);
    const std::optional<ReviewSession> back = loadSession(path, &error);
    ASSERT_TRUE(back) << error.toStdString();
    EXPECT_EQ(back->corrections[0].reason.size(), 1300 * 1024);

    // A file over the limit (written by something else) is refused with the reason, not truncated into a JSON error.
    QFile f(path);
    ASSERT_TRUE(f.open(QIODevice::Append));
    f.write(QByteArray(200 * 1024, ' '));
    f.close();
    EXPECT_FALSE(loadSession(path, &error));
    EXPECT_TRUE(error.contains(QStringLiteral("上限"))) << error.toStdString();
}

TEST(SessionValidation, ChecksumIsOfTheBytesReadNotOfTheFileLater) {
    QTemporaryDir dir;
    const QString report = dir.filePath(QStringLiteral("report.txt"));
    ASSERT_TRUE(QFile::copy(kReport, report));
    QFile::setPermissions(report, QFile::ReadOwner | QFile::WriteOwner);
    QByteArray readSum;
    ReadResult read = readReportForReview(report, &readSum);
    ASSERT_TRUE(read.ok()) << read.error.toStdString();
    QString error;
    EXPECT_EQ(readSum, sha256OfFile(kReport, &error));

    // The file changes on disk after it was read: a session made on the bytes
    // read applies to the report read from them, and to nothing else.
    QFile f(report);
    ASSERT_TRUE(f.open(QIODevice::Append));
    f.write("\n补充一行。\n");
    f.close();
    ReviewSession session = oneCorrection(kReport, CellRef{QStringLiteral("requests"), 0, 6}, 45, 55, {});
    EXPECT_EQ(session.sourceSha256, readSum);
    EXPECT_TRUE(applySession(session, *read.report, readSum, &error)) << error.toStdString();
    QByteArray changedSum;
    ReadResult changed = readReportForReview(report, &changedSum);
    ASSERT_TRUE(changed.ok());
    EXPECT_NE(changedSum, readSum);
    EXPECT_FALSE(applySession(session, *changed.report, changedSum, &error));
    EXPECT_TRUE(error.contains(QStringLiteral("校验和")));
}

TEST(SessionValidation, RefusedSessionIsSetAsideUnderADatedName) {
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("report.txt.nianbao.json"));
    saveOrFail(oneCorrection(kReport, CellRef{QStringLiteral("requests"), 0, 6}, 45, 55, {}), path);
    QFile original(path);
    ASSERT_TRUE(original.open(QIODevice::ReadOnly));
    const QByteArray before = original.readAll();
    original.close();
    QString error;
    const QString backup = setSessionAside(path, &error);
    ASSERT_FALSE(backup.isEmpty()) << error.toStdString();
    EXPECT_FALSE(QFile::exists(path));
    EXPECT_TRUE(QFileInfo(backup).fileName().contains(QRegularExpression(QStringLiteral("^report\\.txt\\.nianbao\\.\\d{8}-\\d{6}\\.bak\\.json$"))))
        << backup.toStdString();
    QFile kept(backup);
    ASSERT_TRUE(kept.open(QIODevice::ReadOnly));
    EXPECT_EQ(kept.readAll(), before);
}

}  // namespace
}  // namespace nianbao::test
