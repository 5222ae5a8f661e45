#pragma once

#include <QByteArray>
#include <QString>

namespace nianbao {

// A DOCX's document part is a few hundred kilobytes; a zip that inflates one
// part past this is a zip bomb or not a report, and is refused before it
// costs memory.
constexpr qint64 kMaxInflatedPartBytes = 64 * 1024 * 1024;

struct ZipPartResult {
    QByteArray data;
    QString error;  // Chinese, for a clerk
    bool ok() const { return error.isEmpty(); }
};

// Inflates one member of an in-memory zip archive, refusing it when its
// declared size or — because the declared size can lie — the bytes actually
// inflated pass `limit`, and reporting a damaged archive or member plainly.
ZipPartResult readZipPart(const QByteArray& archive, const QString& member, qint64 limit = kMaxInflatedPartBytes);

}  // namespace nianbao
