#pragma once

#include "import/Importer.h"

namespace nianbao {

// Web pages saved from government portals: decoded as a browser would
// (HtmlEncoding), the report located among the navigation (HtmlBodyReader),
// rendered as text for the raw view.
class HtmlImporter : public Importer {
public:
    ImportResult import(const QByteArray& bytes, const QString& name, const ReadMonitor& monitor = {}) const override;
};

}  // namespace nianbao
