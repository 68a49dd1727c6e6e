#include "ConnectDialog.h"

#include "AppSettings.h"
#include "TeamServer.h"

#include <QApplication>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

ConnectDialog::ConnectDialog(const QString& lastServer, QWidget* parent)
    : QDialog(parent)
    , m_host(new QLineEdit(this))
    , m_port(new QSpinBox(this))
    , m_database(new QLineEdit(this))
    , m_user(new QLineEdit(this))
    , m_passwordLabel(new QLabel(this))
    , m_password(new QLineEdit(this))
    , m_message(new QLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setWindowTitle(tr("Connect to a team server"));
    setObjectName(QStringLiteral("connectDialog"));
    m_port->setRange(1, 65535);
    m_port->setValue(5432);
    m_host->setPlaceholderText(tr("db.example.com, or a socket folder"));
    m_database->setPlaceholderText(QStringLiteral("appealdesk"));
    m_password->setEchoMode(QLineEdit::Password);
    m_password->hide();
    m_passwordLabel->setText(tr("&Password:"));
    m_passwordLabel->setBuddy(m_password);
    m_passwordLabel->hide();
    m_message->setTextFormat(Qt::PlainText); // the server's words may quote what was typed
    m_message->setWordWrap(true);
    m_message->setObjectName(QStringLiteral("connectMessage"));
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("Co&nnect"));

    const TeamServer::Fields last = TeamServer::fields(lastServer);
    m_host->setText(last.host);
    if (!lastServer.isEmpty())
        m_port->setValue(last.port);
    m_database->setText(last.database);
    m_user->setText(last.user.isEmpty() ? AppSettings::systemUserName() : last.user);

    auto* form = new QFormLayout;
    form->addRow(tr("&Host:"), m_host);
    form->addRow(tr("P&ort:"), m_port);
    form->addRow(tr("&Database:"), m_database);
    form->addRow(tr("&User:"), m_user);
    form->addRow(m_passwordLabel, m_password);
    auto* hint = new QLabel(tr("The password is read from PGPASSWORD, PGPASSFILE or ~/.pgpass; when none has it, "
                               "you are asked once, and it is never saved."),
        this);
    hint->setWordWrap(true);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(hint);
    layout->addWidget(m_message);
    layout->addWidget(m_buttons);

    for (QLineEdit* edit : { m_host, m_database, m_user })
        connect(edit, &QLineEdit::textChanged, this, &ConnectDialog::updateButtons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &ConnectDialog::tryConnect);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    updateButtons();
    resize(460, sizeHint().height());
}

QString ConnectDialog::uri() const
{
    TeamServer::Fields fields;
    fields.host = m_host->text().trimmed();
    fields.port = m_port->value();
    fields.database = m_database->text().trimmed();
    fields.user = m_user->text().trimmed();
    return TeamServer::uri(fields);
}

void ConnectDialog::updateButtons()
{
    m_buttons->button(QDialogButtonBox::Ok)
        ->setEnabled(!m_host->text().trimmed().isEmpty() && !m_database->text().trimmed().isEmpty()
            && !m_user->text().trimmed().isEmpty());
}

void ConnectDialog::tryConnect()
{
    if (m_password->isVisible() && !m_password->text().isEmpty())
        TeamServer::usePassword(m_password->text());
    m_password->clear(); // used once: a retry asks again
    m_message->setText(tr("Connecting…"));
    QApplication::setOverrideCursor(Qt::WaitCursor);
    const TeamServer::Result result = TeamServer::tryConnect(uri());
    QApplication::restoreOverrideCursor();
    if (result.outcome == TeamServer::Outcome::Connected) {
        m_message->clear();
        accept();
        return;
    }
    const bool askPassword = result.outcome == TeamServer::Outcome::NeedsPassword
        || result.outcome == TeamServer::Outcome::PasswordRefused;
    if (result.outcome == TeamServer::Outcome::PasswordRefused)
        TeamServer::usePassword(QString()); // a refused password is not tried again
    m_passwordLabel->setVisible(askPassword);
    m_password->setVisible(askPassword);
    if (askPassword)
        m_password->setFocus(Qt::OtherFocusReason);
    m_message->setText(result.message);
}
