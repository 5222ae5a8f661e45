#include "import/LibXml.h"

namespace nianbao {

QString xmlName(const xmlNode* node) {
    if (!node || node->type != XML_ELEMENT_NODE || !node->name) return {};
    return QString::fromUtf8(reinterpret_cast<const char*>(node->name)).toLower();
}

QString xmlAttribute(const xmlNode* node, const char* name) {
    xmlChar* value = xmlGetProp(node, reinterpret_cast<const xmlChar*>(name));
    if (!value) return {};
    const QString text = QString::fromUtf8(reinterpret_cast<const char*>(value));
    xmlFree(value);
    return text;
}

}  // namespace nianbao
