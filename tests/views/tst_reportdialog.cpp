#include "Database.h"
#include "ReportDialog.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFile>
#include <QLabel>
#include <QPushButton>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBrowser>
#include <QTimer>

class TestReportDialog : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void filtersFromTheDatabase();
    void maskWarning();
    void previewShowsSummary();
    void saveWritesFile();
    void cancelLeavesNoFile();

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<ReportDialog> m_dialog;
};

void TestReportDialog::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_dir.isValid());
    Database db(m_dir.filePath(QStringLiteral("desk.sqlite")), QStringLiteral("fill"));
    QVERIFY(db.open());
    QSqlQuery q(db.connection());
    const qint64 opened
        = QDateTime::fromString(QStringLiteral("2026-11-02T09:00:00Z"), Qt::ISODate).toMSecsSinceEpoch();
    for (int i = 1; i <= 600; ++i) {
        QVERIFY(q.exec(QStringLiteral("INSERT INTO cases (case_id, kind, opened_at, fiat, fiat_amount, status,"
                                      " imported_at) VALUES ('AP-%1', 'p2p_appeal', %2, 'SEK', '10.00', 'decided', 0)")
                           .arg(i)
                           .arg(opened)));
        QVERIFY(q.exec(QStringLiteral("INSERT INTO decisions (case_ref, outcome, suggested_outcome, override, note,"
                                      " agent, decided_at, clauses, revision, suggestion_json) VALUES (%1, 'refund',"
                                      " 'refund', 0, '', '%2', %3, 'S2b', 'p2p-2021-04-07', '{}')")
                           .arg(i)
                           .arg(i % 2 ? QStringLiteral("anna") : QStringLiteral("<b>boris</b>"))
                           .arg(opened + 3600000)));
    }
}

void TestReportDialog::init()
{
    m_db = std::make_unique<Database>(m_dir.filePath(QStringLiteral("desk.sqlite")), QStringLiteral("dialog"));
    QVERIFY(m_db->open());
    m_dialog = std::make_unique<ReportDialog>(*m_db);
    m_dialog->setLanguage(QStringLiteral("en"));
    m_dialog->findChildren<QDateEdit*>().at(0)->setDate(QDate(2026, 11, 1));
    m_dialog->findChildren<QDateEdit*>().at(1)->setDate(QDate(2026, 11, 30));
    m_dialog->show();
}

void TestReportDialog::cleanup()
{
    m_dialog.reset();
    m_db.reset();
}

void TestReportDialog::filtersFromTheDatabase()
{
    auto* agent = m_dialog->findChild<QComboBox*>(QStringLiteral("agent"));
    QVERIFY(agent);
    QCOMPARE(agent->count(), 3); // all, then the agents with decisions, sorted
    QCOMPARE(agent->itemText(1), QStringLiteral("<b>boris</b>"));
    agent->setCurrentIndex(2);
    const ReportOptions options = m_dialog->options();
    QCOMPARE(options.agent, QStringLiteral("anna"));
    QCOMPARE(options.from, QDate(2026, 11, 1));
    QVERIFY(options.mask);
}

void TestReportDialog::maskWarning()
{
    auto* mask = m_dialog->findChild<QCheckBox*>(QStringLiteral("mask"));
    auto* warning = m_dialog->findChild<QLabel*>(QStringLiteral("maskWarning"));
    QVERIFY(mask && warning);
    QVERIFY(!warning->isVisible());
    mask->setChecked(false);
    QVERIFY(warning->isVisible());
    QVERIFY(!m_dialog->options().mask);
}

void TestReportDialog::previewShowsSummary()
{
    m_dialog->preview();
    auto* preview = m_dialog->findChild<QTextBrowser*>(QStringLiteral("preview"));
    const QString text = preview->toPlainText();
    QVERIFY2(text.contains(QStringLiteral("Override rate")), qPrintable(text.left(500)));
    QVERIFY(text.contains(QStringLiteral("<b>boris</b>"))); // shown as text, not markup
    QVERIFY(!preview->openLinks());
}

void TestReportDialog::saveWritesFile()
{
    const QString path = m_dir.filePath(QStringLiteral("dialog.csv"));
    m_dialog->findChild<QComboBox*>(QStringLiteral("format"))->setCurrentIndex(2); // CSV
    m_dialog->setNextSavePath(path);
    m_dialog->save();
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(file.readAll().count('\n'), 601);
    QVERIFY(m_dialog->findChild<QLabel*>(QStringLiteral("status"))->text().contains(QStringLiteral("600")));
}

void TestReportDialog::cancelLeavesNoFile()
{
    const QString path = m_dir.filePath(QStringLiteral("cancelled.pdf"));
    auto* buttons = m_dialog->findChild<QDialogButtonBox*>();
    QPushButton* cancel = buttons->button(QDialogButtonBox::Cancel);
    QVERIFY(!cancel->isEnabled());
    // Clicked while the report runs: the progress callback lets the click through.
    QTimer::singleShot(0, cancel, [cancel] {
        QVERIFY(cancel->isEnabled());
        cancel->click();
    });
    m_dialog->setNextSavePath(path);
    m_dialog->save();
    QVERIFY(!QFile::exists(path));
    QVERIFY(m_dialog->findChild<QLabel*>(QStringLiteral("status"))->text().contains(QStringLiteral("Cancelled")));
    QVERIFY(!cancel->isEnabled());
}

QTEST_MAIN(TestReportDialog)
#include "tst_reportdialog.moc"
