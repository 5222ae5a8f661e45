#pragma once

#include <QString>

class QCoreApplication;

namespace nianbao {

// The UI speaks Simplified Chinese unless asked otherwise: by --lang, or by
// the language chosen in the menu (saved in QSettings). Installs the app's
// catalogue and Qt's own (for standard dialog buttons).
// Returns the language in use: "zh_CN" or "en".
QString installTranslations(QCoreApplication& app, const QString& requested);

QString savedLanguage();
void saveLanguage(const QString& language);

}  // namespace nianbao
