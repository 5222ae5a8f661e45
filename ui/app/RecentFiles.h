#pragma once

#include <QStringList>

namespace nianbao {

// The reports opened last, most recent first, kept in QSettings.
class RecentFiles {
public:
    static constexpr int kMaximum = 8;

    static QStringList list();
    static void add(const QString& path);
    static void remove(const QString& path);
};

}  // namespace nianbao
