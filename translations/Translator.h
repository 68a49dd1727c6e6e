#pragma once

#include <QString>
#include <QStringList>

class QCoreApplication;

// Loads the UI language: our catalogue from the resources (":/i18n/appealdesk_<lang>.qm")
// and Qt's own (qtbase_<lang>.qm from the system's Qt translations).
namespace Translator {
// Languages with a catalogue, "en" first.
QStringList availableLanguages();
// The language for `requested` ("" = the system locale), falling back to "en".
QString resolveLanguage(const QString& requested);
// Removes the previously installed translators and installs those of `language`, and makes
// QLocale's default that language's (the system's own locale when it is in that language).
// Installing sends QEvent::LanguageChange to every widget, so an open window retranslates.
bool install(const QString& language);
QString currentLanguage();
} // namespace Translator
