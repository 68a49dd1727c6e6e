#include "ConnectDialog.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTemporaryDir>
#include <QTest>

// File → Connect to a team server… (issue 15, item 1): the remembered server, the URI it makes, and a server
// that does not answer, said in plain words while the dialog stays open.
class tst_ConnectDialog : public QObject
{
    Q_OBJECT

private slots:
    void remembersTheLastServer();
    void connectNeedsHostDatabaseAndUser();
    void unreachableServerKeepsTheDialogOpen();
};

void tst_ConnectDialog::remembersTheLastServer()
{
    ConnectDialog dialog(QStringLiteral("postgresql://anna@db.example.com:6543/desk"));
    QCOMPARE(dialog.hostEdit()->text(), QStringLiteral("db.example.com"));
    QCOMPARE(dialog.portBox()->value(), 6543);
    QCOMPARE(dialog.databaseEdit()->text(), QStringLiteral("desk"));
    QCOMPARE(dialog.userEdit()->text(), QStringLiteral("anna"));
    QVERIFY(dialog.passwordEdit()->isHidden());
    QCOMPARE(dialog.uri(), QStringLiteral("postgresql://anna@db.example.com:6543/desk"));
    dialog.portBox()->setValue(5432);
    QCOMPARE(dialog.uri(), QStringLiteral("postgresql://anna@db.example.com/desk"));
}

void tst_ConnectDialog::connectNeedsHostDatabaseAndUser()
{
    ConnectDialog dialog { QString() };
    QPushButton* connect = dialog.findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Ok);
    QVERIFY(!connect->isEnabled());
    dialog.hostEdit()->setText(QStringLiteral("db.example.com"));
    dialog.databaseEdit()->setText(QStringLiteral("desk"));
    dialog.userEdit()->setText(QStringLiteral("anna"));
    QVERIFY(connect->isEnabled());
    dialog.userEdit()->clear();
    QVERIFY(!connect->isEnabled());
}

void tst_ConnectDialog::unreachableServerKeepsTheDialogOpen()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    ConnectDialog dialog { QString() };
    dialog.hostEdit()->setText(dir.filePath(QStringLiteral("no-server-here")));
    dialog.databaseEdit()->setText(QStringLiteral("desk"));
    dialog.userEdit()->setText(QStringLiteral("anna"));
    dialog.show();
    QSignalSpy accepted(&dialog, &QDialog::accepted);
    dialog.findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Ok)->click();
    QCOMPARE(accepted.size(), 0);
    QVERIFY(dialog.isVisible());
    QVERIFY2(dialog.messageLabel()->text().contains(QLatin1String("No database server answers")),
        qPrintable(dialog.messageLabel()->text()));
    QCOMPARE(dialog.messageLabel()->textFormat(), Qt::PlainText);
    QVERIFY(dialog.passwordEdit()->isHidden()); // not a password problem
}

QTEST_MAIN(tst_ConnectDialog)
#include "tst_connectdialog.moc"
