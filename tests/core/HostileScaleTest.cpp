// Code that was quadratic in the size of a hostile input, now linear: each
// test times the hostile shape against a reference of the same size without
// the hostile shape, measured right before it (a loaded machine slows both).
// The quadratic code took 30–250 times the reference; the budget is 4 times
// plus a second, so it cannot flake and cannot pass by luck.
#include "TestSupport.h"

#include "compare/TextSimilarity.h"
#include "import/HtmlBodyReader.h"

#include <QElapsedTimer>

#include <functional>

namespace nianbao::test {
namespace {

constexpr int kLinearFactor = 4;
constexpr qint64 kSlackMilliseconds = 1000;

qint64 millisecondsOf(const std::function<void()>& work) {
    QElapsedTimer timer;
    timer.start();
    work();
    return timer.elapsed();
}

// A real report as HTML paragraphs, repeated to about `megabytes` MB of markup.
QString reportHtmlBody(int megabytes) {
    QString once;
    for (const QString& line : corpusText("003_1ba3202efab2ed16.txt").split(QLatin1Char('\n')))
        once += QStringLiteral("<p>%1</p>\n").arg(line.toHtmlEscaped());
    QString body;
    while (body.toUtf8().size() < megabytes * 1024 * 1024) body += once;
    return body;
}

QString page(const QString& body, int nesting) {
    return QStringLiteral("<html><head><meta charset=\"utf-8\"></head><body>") + QStringLiteral("<div>").repeated(nesting) + body +
           QStringLiteral("</div>").repeated(nesting) + QStringLiteral("</body></html>");
}

TEST(HostileHtml, DeepNestingAroundALargeBodyIsReadInLinearTime) {
    // 250 nested elements around a 15 MB body took 92 s and 1.7 GB: every
    // element kept a copy of its subtree's text. 2 MB keeps the test quick.
    const QString body = reportHtmlBody(2);
    HtmlBody flat, nested;
    const qint64 reference = millisecondsOf([&] { flat = readHtmlBody(page(body, 1)); });
    const qint64 deep = millisecondsOf([&] { nested = readHtmlBody(page(body, 250)); });
    ASSERT_TRUE(flat.ok()) << flat.error.toStdString();
    ASSERT_TRUE(nested.ok()) << nested.error.toStdString();
    EXPECT_LT(deep, kLinearFactor * reference + kSlackMilliseconds) << "flat " << reference << " ms";
    // The nesting changes nothing of what is read.
    EXPECT_EQ(nested.document.blocks.size(), flat.document.blocks.size());
    EXPECT_GT(nested.document.blocks.size(), 1000u);
}

// `count` distinct sentences of 20-odd characters; `mark` makes another set.
QString sentencesText(int count, const QString& mark) {
    QString text;
    for (int i = 0; i < count; ++i) text += QStringLiteral("本机关第%1号政府信息公开事项已按规定%2办结。").arg(i).arg(mark);
    return text;
}

TEST(HostileCompare, ManySharedSentencesAreComparedInLinearTime) {
    // Two large reports sharing every sentence took 63 s: each shared
    // sentence was searched for in the list of those already taken.
    const int count = 60000;
    const QString a = sentencesText(count, QStringLiteral("及时"));
    const QString same = a;
    const QString other = sentencesText(count, QStringLiteral("依法"));
    TextSimilarity apart, copied;
    const qint64 reference = millisecondsOf([&] { apart = compareTexts(a, other); });
    const qint64 shared = millisecondsOf([&] { copied = compareTexts(a, same); });
    EXPECT_TRUE(apart.sharedPassages.isEmpty());
    EXPECT_DOUBLE_EQ(copied.jaccard, 1.0);
    // Longest first, at most five, each once.
    ASSERT_EQ(copied.sharedPassages.size(), 5);
    EXPECT_EQ(QSet<QString>(copied.sharedPassages.begin(), copied.sharedPassages.end()).size(), 5);
    EXPECT_LT(shared, kLinearFactor * reference + kSlackMilliseconds) << "apart " << reference << " ms";
}

}  // namespace
}  // namespace nianbao::test
