#pragma once

#include <QByteArray>
#include <QString>

namespace nianbao {

struct HtmlText {
    QString text;
    QString encoding;  // "UTF-8", "GB18030" (GBK and GB2312 pages too: its superset decodes them) …
    bool byteOrderMark = false;
};

// The charset a page declares in <meta charset> or <meta http-equiv=
// "Content-Type" content="…; charset=…">, found by libxml2's parser over the
// page's head; empty when it declares none.
QString declaredHtmlCharset(const QByteArray& bytes);

// Decodes a page the way a browser would: byte order mark first, then the
// declared charset (when it decodes cleanly — portals declare gb2312 and
// write GBK), else a guess: strict UTF-8, then GB18030 (decodeText).
HtmlText decodeHtml(const QByteArray& bytes);

}  // namespace nianbao
