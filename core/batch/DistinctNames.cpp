#include "batch/DistinctNames.h"

#include <QDir>

#include <vector>

namespace nianbao {
namespace {

// The last `count` components of a path, joined by '/'.
QString lastComponents(const QStringList& parts, int count) {
    return parts.mid(std::max<qsizetype>(0, parts.size() - count)).join(QLatin1Char('/'));
}

}  // namespace

QStringList distinctNames(const QStringList& paths) {
    std::vector<QStringList> parts;
    for (const QString& path : paths) parts.push_back(QDir::cleanPath(path).split(QLatin1Char('/'), Qt::SkipEmptyParts));
    QStringList names;
    for (size_t i = 0; i < parts.size(); ++i) {
        const QStringList& mine = parts[i];
        int count = 1;
        for (; count < mine.size(); ++count) {
            const QString suffix = lastComponents(mine, count);
            bool shared = false;
            for (size_t j = 0; j < parts.size() && !shared; ++j)
                shared = j != i && parts[j] != mine && lastComponents(parts[j], count) == suffix;
            if (!shared) break;
        }
        const QString name = mine.isEmpty() ? paths[i] : mine.last();
        names << (count <= 1 ? name : name + QStringLiteral(" — ") + lastComponents(mine.mid(0, mine.size() - 1), count - 1));
    }
    return names;
}

}  // namespace nianbao
