#pragma once

#include "import/StructuredDocument.h"

#include <QByteArray>
#include <QString>

namespace nianbao::test {

enum class CharsetDeclaration { MetaCharset, HttpEquiv, None };

// A government-portal page: a header with a site menu, a breadcrumb, a side
// column of links (one to another year's report), the report as an article
// — paragraphs and <table>s with rowspan/colspan (covered positions simply
// absent, as in real markup) — and a footer. Encoded in `charset`
// ("utf-8", "gbk") and declared the way `declaration` says.
QByteArray portalPage(const StructuredDocument& report, const QString& charset,
                      CharsetDeclaration declaration = CharsetDeclaration::MetaCharset);

// Just the article markup, for tests that wrap it themselves.
QString articleHtml(const StructuredDocument& report);

}  // namespace nianbao::test
