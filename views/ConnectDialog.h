#pragma once

#include <QDialog>

class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QSpinBox;

// File → Connect to a team server… (issue 15, item 1): host, port, database and user of a PostgreSQL
// server. Connect tries the server at once (TeamServer::tryConnect) and says in plain words what went
// wrong, staying open. The password comes from libpq's usual places (PGPASSWORD, PGPASSFILE, ~/.pgpass);
// when the server asks for one that none of them has, a password field appears: typed once, handed
// to libpq for this process only, never stored or shown again.
class ConnectDialog : public QDialog
{
    Q_OBJECT

public:
    // `lastServer`: the URI remembered from the last connection (AppSettings::TeamServer), or empty.
    explicit ConnectDialog(const QString& lastServer, QWidget* parent = nullptr);

    // The server connected to (valid once accepted): a URI without a password.
    QString uri() const;

    QLineEdit* hostEdit() const { return m_host; }
    QSpinBox* portBox() const { return m_port; }
    QLineEdit* databaseEdit() const { return m_database; }
    QLineEdit* userEdit() const { return m_user; }
    QLineEdit* passwordEdit() const { return m_password; }
    QLabel* messageLabel() const { return m_message; }

public slots:
    void tryConnect();

private:
    void updateButtons();

    QLineEdit* m_host;
    QSpinBox* m_port;
    QLineEdit* m_database;
    QLineEdit* m_user;
    QLabel* m_passwordLabel;
    QLineEdit* m_password;
    QLabel* m_message;
    QDialogButtonBox* m_buttons;
};
