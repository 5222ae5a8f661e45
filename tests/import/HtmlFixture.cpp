#include "HtmlFixture.h"

#include <QStringEncoder>

namespace nianbao::test {
namespace {

QString tableHtml(const StructuredTable& table) {
    QString html = QStringLiteral("<table border=\"1\" cellspacing=\"0\" class=\"MsoNormalTable\"><tbody>\n");
    for (const StructuredRow& row : table.rows) {
        html += QStringLiteral("<tr>");
        for (const StructuredCell& c : row.cells) {
            if (c.continuation) continue;
            html += QStringLiteral("<td");
            if (c.columnSpan > 1) html += QStringLiteral(" colspan=\"%1\"").arg(c.columnSpan);
            if (c.rowSpan > 1) html += QStringLiteral(" rowspan=\"%1\"").arg(c.rowSpan);
            // Portals wrap cell text in paragraphs and spans, and pad blank cells with &nbsp;.
            const QString text = c.text.isEmpty() ? QStringLiteral("&nbsp;") : c.text.toHtmlEscaped();
            html += QStringLiteral("><p align=\"center\"><span style=\"font-size:10.5pt\">%1</span></p></td>").arg(text);
        }
        html += QStringLiteral("</tr>\n");
    }
    return html + QStringLiteral("</tbody></table>\n");
}

}  // namespace

QString articleHtml(const StructuredDocument& report) {
    QString html;
    for (const StructuredBlock& block : report.blocks)
        html += block.isTable ? tableHtml(block.table)
                              : QStringLiteral("<p style=\"text-indent:2em\">%1</p>\n").arg(block.paragraph.toHtmlEscaped());
    return html;
}

QByteArray portalPage(const StructuredDocument& report, const QString& charset, CharsetDeclaration declaration) {
    QString meta;
    if (declaration == CharsetDeclaration::MetaCharset) meta = QStringLiteral("<meta charset=\"%1\">").arg(charset);
    if (declaration == CharsetDeclaration::HttpEquiv)
        meta = QStringLiteral("<meta http-equiv=\"Content-Type\" content=\"text/html; charset=%1\">").arg(charset);
    const QString page = QStringLiteral(
        "<!DOCTYPE html>\n<html lang=\"zh-CN\"><head>%1<title>政府信息公开年度报告_区人民政府门户网站</title>\n"
        "<style>.nav li{display:inline} td{border:1px solid #000}</style>\n"
        "<script>var menu = ['首页', '政务公开', '政府信息公开年度报告']; function go(){}</script></head>\n"
        "<body><div class=\"header\"><div class=\"logo\">区人民政府门户网站</div>\n"
        "<nav><ul class=\"nav\"><li><a href=\"/\">首页</a></li><li><a href=\"/zwgk\">政务公开</a></li>"
        "<li><a href=\"/ndbg\">政府信息公开年度报告</a></li><li><a href=\"/hdjl\">互动交流</a></li></ul></nav></div>\n"
        "<div class=\"main\"><div class=\"crumb\">当前位置：首页 &gt; 政务公开 &gt; 政府信息公开年度报告</div>\n"
        "<div class=\"side\"><h3>相关链接</h3><ul><li><a href=\"/ndbg/2019\">2019年政府信息公开工作年度报告</a></li>"
        "<li><a href=\"/zn\">政府信息公开指南</a></li><li><a href=\"/zd\">政府信息公开制度</a></li></ul></div>\n"
        "<div class=\"article\"><div class=\"content\">\n%2</div>\n"
        "<div class=\"tools\">【打印本页】【关闭窗口】</div></div></div>\n"
        "<div class=\"footer\">版权所有：区人民政府办公室 网站标识码 1201000000 <script>document.write('访问量');</script></div>\n"
        "</body></html>\n").arg(meta, articleHtml(report));
    QStringEncoder encoder(charset.compare(QLatin1String("gbk"), Qt::CaseInsensitive) == 0 ? "GB18030"
                                                                                           : charset.toLatin1().constData());
    return encoder(page);
}

}  // namespace nianbao::test
