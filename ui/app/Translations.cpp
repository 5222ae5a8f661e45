#include "app/Translations.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QSettings>
#include <QTranslator>

namespace nianbao {
namespace {

const QString kKey = QStringLiteral("language");

QString normalise(const QString& language) {
    return language.startsWith(QLatin1String("en"), Qt::CaseInsensitive) ? QStringLiteral("en")
                                                                          : QStringLiteral("zh_CN");
}

void load(QCoreApplication& app, const QString& file, const QString& directory) {
    auto* translator = new QTranslator(&app);
    if (translator->load(file, directory))
        QCoreApplication::installTranslator(translator);
    else
        delete translator;
}

}  // namespace

QString installTranslations(QCoreApplication& app, const QString& requested) {
    const QString language = normalise(requested.isEmpty() ? savedLanguage() : requested);
    load(app, QStringLiteral("nianbao_") + language, QStringLiteral(":/i18n"));
    load(app, QStringLiteral("qtbase_") + language, QLibraryInfo::path(QLibraryInfo::TranslationsPath));
    return language;
}

QString savedLanguage() {
    return QSettings().value(kKey, QStringLiteral("zh_CN")).toString();
}

void saveLanguage(const QString& language) {
    QSettings().setValue(kKey, normalise(language));
}

}  // namespace nianbao
