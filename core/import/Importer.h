#pragma once

#include "import/ImportResult.h"
#include "import/InputFormat.h"

#include <QByteArray>
#include <QString>

namespace nianbao {

// One reader per input format, all yielding the same model, so reconstruction,
// checks, the GUI and the exports never ask where a report came from.
class Importer {
public:
    virtual ~Importer() = default;
    virtual ImportResult import(const QByteArray& bytes, const QString& name) const = 0;
};

const Importer& importerFor(InputFormat format);

// Detects the format from the bytes and runs its importer.
ImportResult importDocument(const QByteArray& bytes, const QString& name);

}  // namespace nianbao
