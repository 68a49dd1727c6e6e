#include "Translator.h"

#include <QCoreApplication>
#include <QFile>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

#include <memory>
#include <vector>

namespace {
std::vector<std::unique_ptr<QTranslator>>& installed()
{
    static std::vector<std::unique_ptr<QTranslator>> translators;
    return translators;
}

QString& current()
{
    static QString language = QStringLiteral("en");
    return language;
}

// Dates and numbers in the UI language: the system's locale when it speaks that language (it knows
// the region: sv_FI, en_GB), otherwise the language's main one. The C/POSIX locale is no language,
// so English under it is en_US, and QLocale().language() is always the UI language.
void setDefaultLocale(const QString& language)
{
    const QLocale system = QLocale::system();
    const QLocale wanted(language);
    QLocale::setDefault(system.language() == wanted.language() ? system : wanted);
}
} // namespace

namespace Translator {

QStringList availableLanguages()
{
    return { QStringLiteral("en"), QStringLiteral("sv"), QStringLiteral("bg"), QStringLiteral("th") };
}

QString resolveLanguage(const QString& requested)
{
    QString language = requested.isEmpty() ? QLocale::system().name().section(QLatin1Char('_'), 0, 0) : requested;
    language = language.toLower();
    return availableLanguages().contains(language) ? language : QStringLiteral("en");
}

bool install(const QString& language)
{
    for (auto& translator : installed())
        QCoreApplication::removeTranslator(translator.get());
    installed().clear();
    current() = QStringLiteral("en");
    // Set before the catalogues are installed: what their LanguageChange rebuilds must see the new locale.
    auto own = std::make_unique<QTranslator>();
    if (!own->load(QStringLiteral(":/i18n/appealdesk_") + language + QStringLiteral(".qm"))) {
        setDefaultLocale(QStringLiteral("en"));
        return false;
    }
    setDefaultLocale(language);
    if (language == QLatin1String("en")) {
        // The source language: its catalogue holds only the plural forms ("1 day", "2 days").
        QCoreApplication::installTranslator(own.get());
        installed().push_back(std::move(own));
        return true;
    }
    // Qt's catalogues first, so that our own (which fills the gaps Debian's
    // Swedish and Thai catalogues leave in standard buttons) wins.
    for (const QString& domain : { QStringLiteral("qtbase"), QStringLiteral("qt") }) {
        auto qt = std::make_unique<QTranslator>();
        if (qt->load(domain + QLatin1Char('_') + language, QLibraryInfo::path(QLibraryInfo::TranslationsPath))) {
            QCoreApplication::installTranslator(qt.get());
            installed().push_back(std::move(qt));
            break;
        }
    }
    QCoreApplication::installTranslator(own.get());
    installed().push_back(std::move(own));
    current() = language;
    return true;
}

QString currentLanguage()
{
    return current();
}

} // namespace Translator
