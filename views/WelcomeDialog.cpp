#include "WelcomeDialog.h"

#include "AppSettings.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

WelcomeDialog::WelcomeDialog(const QString& suggestedName, bool databaseEmpty, QWidget* parent)
    : QDialog(parent)
    , m_name(new QLineEdit(this))
    , m_demo(new QCheckBox(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setWindowTitle(tr("Welcome to AppealDesk"));
    m_name->setObjectName(QStringLiteral("agentName"));
    m_name->setText(suggestedName);
    m_name->selectAll();
    m_demo->setObjectName(QStringLiteral("loadDemo"));
    m_demo->setText(tr("&Fill the empty case database with demo cases to try the desk"));
    m_demo->setToolTip(tr("Made-up appeals, chats and decisions. Leave this off for a database you will work in."));
    // Off unless asked for: the database may be the team's real one.
    m_demo->setChecked(false);
    m_offerDemo = databaseEmpty;
    m_demo->setVisible(databaseEmpty);
    auto* intro = new QLabel(tr("Your name is recorded with every decision, claim and event you record."), this);
    intro->setWordWrap(true);
    auto* form = new QFormLayout;
    form->addRow(tr("Your &name:"), m_name);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(m_demo);
    layout->addWidget(m_buttons);
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("&Start"));
    const auto update = [this] { m_buttons->button(QDialogButtonBox::Ok)->setEnabled(!agentName().isEmpty()); };
    connect(m_name, &QLineEdit::textChanged, this, update);
    connect(m_buttons, &QDialogButtonBox::accepted, this, [this] {
        if (!agentName().isEmpty())
            accept();
    });
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    update();
}

QString WelcomeDialog::agentName() const
{
    return m_name->text().trimmed();
}

bool WelcomeDialog::loadDemo() const
{
    return m_offerDemo && m_demo->isChecked();
}

WelcomeDialog::Outcome WelcomeDialog::ask(AppSettings& settings, bool databaseEmpty, QWidget* parent)
{
    WelcomeDialog dialog(AppSettings::systemUserName(), databaseEmpty, parent);
    if (dialog.exec() != QDialog::Accepted)
        return Outcome::Quit;
    settings.setValue(AppSettings::AgentName, dialog.agentName());
    settings.sync();
    return dialog.loadDemo() ? Outcome::StartWithDemo : Outcome::Start;
}
