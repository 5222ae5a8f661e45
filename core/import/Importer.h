#pragma once

#include "import/ImportResult.h"
#include "import/InputFormat.h"
#include "import/ReadMonitor.h"

#include <QByteArray>
#include <QString>

namespace nianbao {

// One reader per input format, all yielding the same model, so reconstruction,
// checks, the GUI and the exports never ask where a report came from.
class Importer {
public:
    virtual ~Importer() = default;
    // `monitor`: checkpoints for cancelling and progress (only the PDF reader,
    // which reads page by page, has checkpoints inside).
    virtual ImportResult import(const QByteArray& bytes, const QString& name, const ReadMonitor& monitor = {}) const = 0;
};

const Importer& importerFor(InputFormat format);

// Detects the format from the bytes and runs its importer.
ImportResult importDocument(const QByteArray& bytes, const QString& name, const ReadMonitor& monitor = {});

}  // namespace nianbao
