#pragma once

#include <QByteArray>
#include <QHash>
#include <QString>

#include <utility>
#include <vector>

namespace nianbao {

// What changes when a package is rewritten: members whose bytes are replaced
// (by name) and members appended after the original ones.
struct ZipEdit {
    QHash<QString, QByteArray> replaced;
    std::vector<std::pair<QString, QByteArray>> added;
};

// A copy of `archive` in which every member not in `edit.replaced` is copied
// raw — its compressed bytes, method, CRC and time untouched — in the
// original order, replaced members are deflated anew and added ones follow.
// Returns the new archive, or an empty array with `error` set (in Chinese)
// when the archive cannot be read or a member is encrypted.
QByteArray rewriteZip(const QByteArray& archive, const ZipEdit& edit, QString* error);

}  // namespace nianbao
