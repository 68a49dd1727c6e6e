#pragma once

#include <QMenu>

class AppSettings;
class QActionGroup;

// View → Language (issue 14, item 13): one checkable entry per installed catalogue, each language by its own
// name, as language pickers do (an agent who cannot read the current language still finds theirs). A choice
// installs the catalogue at once (every open widget retranslates on its LanguageChange) and is remembered for
// the next start. The menu's title is its owner's to translate.
class LanguageMenu : public QMenu
{
    Q_OBJECT

public:
    LanguageMenu(AppSettings& settings, QWidget* parent = nullptr);

    void choose(const QString& language);
    QActionGroup* choices() const { return m_choices; }

private:
    AppSettings& m_settings;
    QActionGroup* m_choices;
};
