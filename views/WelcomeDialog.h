#pragma once

#include <QDialog>

class AppSettings;
class QCheckBox;
class QDialogButtonBox;
class QLineEdit;

// The first start (issue 14, item 11): the agent's name, and whether to fill an empty database with demo cases.
// Cancel stores nothing and loads nothing: no demo data lands in a real database under the login name.
class WelcomeDialog : public QDialog
{
    Q_OBJECT

public:
    enum class Outcome
    {
        Quit, // cancelled: nothing stored
        Start,
        StartWithDemo // the agent asked for the demo cases, on an empty database
    };

    WelcomeDialog(const QString& suggestedName, bool databaseEmpty, QWidget* parent = nullptr);

    QString agentName() const;
    bool loadDemo() const;
    QLineEdit* nameField() const { return m_name; }
    QCheckBox* demoBox() const { return m_demo; }

    // Asks, and on OK saves the name in `settings`.
    static Outcome ask(AppSettings& settings, bool databaseEmpty, QWidget* parent = nullptr);

private:
    QLineEdit* m_name;
    QCheckBox* m_demo;
    QDialogButtonBox* m_buttons;
    bool m_offerDemo = false; // the database is empty: the demo cases are offered
};
