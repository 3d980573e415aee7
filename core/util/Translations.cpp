// SPDX-FileCopyrightText: 2026 NPU Fleet contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/util/Translations.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>
#include <memory>

namespace npufleet {

namespace {
std::unique_ptr<QTranslator> app; // the program's own strings
std::unique_ptr<QTranslator> qt; // Qt's dialogs and buttons
} // namespace

bool installTranslations(const QString& locale)
{
    for (auto* t : {&app, &qt}) {
        if (*t)
            QCoreApplication::removeTranslator(t->get());
        t->reset();
    }
    if (locale.isEmpty() || locale.startsWith(QLatin1String("en")))
        return true;
    auto appTranslator = std::make_unique<QTranslator>();
    if (!appTranslator->load(QStringLiteral(":/i18n/npufleet_") + locale))
        return false;
    QCoreApplication::installTranslator(appTranslator.get());
    app = std::move(appTranslator);
    auto qtTranslator = std::make_unique<QTranslator>();
    if (qtTranslator->load(QStringLiteral("qtbase_") + locale, QLibraryInfo::path(QLibraryInfo::TranslationsPath))) {
        QCoreApplication::installTranslator(qtTranslator.get());
        qt = std::move(qtTranslator);
    }
    return true;
}

QString installedLanguage()
{
    return app ? app->language() : QStringLiteral("en");
}

QString preferredLocale()
{
    const QString forced = qEnvironmentVariable("NPUFLEET_LANG");
    if (!forced.isEmpty())
        return forced;
    const QStringList ui = QLocale::system().uiLanguages();
    for (const QString& lang : ui) {
        if (lang.startsWith(QLatin1String("zh")))
            return QStringLiteral("zh_CN");
        if (lang.startsWith(QLatin1String("en")))
            return QStringLiteral("en");
    }
    return QStringLiteral("en");
}

} // namespace npufleet
