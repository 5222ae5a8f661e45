#pragma once

#include <libxml/HTMLparser.h>
#include <libxml/tree.h>

#include <QString>

#include <memory>

namespace nianbao {

// Recover from broken markup, stay silent, never touch the network, and
// trust the encoding we pass rather than a <meta> met half-way through.
constexpr int kHtmlParseOptions =
    HTML_PARSE_RECOVER | HTML_PARSE_NOERROR | HTML_PARSE_NOWARNING | HTML_PARSE_NONET | HTML_PARSE_IGNORE_ENC;

struct XmlDocumentFree {
    void operator()(xmlDoc* doc) const { xmlFreeDoc(doc); }
};
using XmlDocument = std::unique_ptr<xmlDoc, XmlDocumentFree>;

// Lower-case element name ("" for other nodes); HTML names are case-insensitive.
QString xmlName(const xmlNode* node);
QString xmlAttribute(const xmlNode* node, const char* name);

}  // namespace nianbao
