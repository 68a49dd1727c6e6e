#include "LanguageMenu.h"

#include "AppSettings.h"
#include "Translator.h"

#include <QActionGroup>

LanguageMenu::LanguageMenu(AppSettings& settings, QWidget* parent)
    : QMenu(parent)
    , m_settings(settings)
    , m_choices(new QActionGroup(this))
{
    const QList<QPair<QString, QString>> names
        = { { QStringLiteral("en"), QStringLiteral("English") }, { QStringLiteral("sv"), QStringLiteral("Svenska") },
              { QStringLiteral("bg"), QStringLiteral("Български") }, { QStringLiteral("th"), QStringLiteral("ไทย") } };
    for (const auto& [code, name] : names) {
        if (!Translator::availableLanguages().contains(code))
            continue;
        QAction* language = addAction(name);
        language->setCheckable(true);
        language->setData(code);
        language->setChecked(code == Translator::currentLanguage());
        m_choices->addAction(language);
        connect(language, &QAction::triggered, this, [this, code] { choose(code); });
    }
}

void LanguageMenu::choose(const QString& language)
{
    m_settings.setValue(AppSettings::UiLanguage, language);
    m_settings.sync();
    if (language != Translator::currentLanguage())
        Translator::install(language);
    for (QAction* choice : m_choices->actions())
        choice->setChecked(choice->data().toString() == Translator::currentLanguage());
}
