#include "DemoLoader.h"
#include "DeskWindow.h"
#include "Importer.h"
#include "LocaleDateEdit.h"
#include "ReopenDialog.h"
#include "ReviewView.h"
#include "TeamFiguresView.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QSignalSpy>
#include <QTest>
#include <QTreeWidget>

// The team lead's windows (issue 14, item 8; issue 17, items 2 to 4), on a desk with one decided case.
class tst_TeamLeadViews : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void reopenDialogNeedsAReason();
    void reviewAgreesOrDisagreesAndReopens();
    void figuresListTheCasesBehindALine();
    void reviewOnTheDemo_data() { DeskWindow::addLanguageRows(); }
    void reviewOnTheDemo();

private:
    DeskWindow m_desk;
    const QString m_case = QStringLiteral("AP-2026-000123");
};

void tst_TeamLeadViews::init()
{
    QString error;
    QVERIFY2(m_desk.open(QStringLiteral("en"), &error), qPrintable(error));
    Importer importer(m_desk.database(), m_desk.store(), m_desk.clock());
    QVERIFY(importer.importFile(QStringLiteral(APPEALDESK_TEST_DATA "/good/example.json")).complete());
    DecisionRequest request;
    request.caseId = m_case;
    request.agent = QStringLiteral("anna");
    request.outcome = m_desk.service().suggest(m_case, m_desk.clock().now())->outcome;
    const DecisionResult result = m_desk.service().decide(request);
    QVERIFY2(result.stored(), qPrintable(result.error));
}

void tst_TeamLeadViews::cleanup()
{
    m_desk.close();
    for (const char* suffix : { "", "-wal", "-shm" })
        QFile::remove(m_desk.databasePath() + QLatin1String(suffix));
}

void tst_TeamLeadViews::reopenDialogNeedsAReason()
{
    ReopenDialog dialog(*m_desk.store().decisions().decision(m_case));
    QPushButton* ok = dialog.buttons()->button(QDialogButtonBox::Ok);
    QVERIFY(!ok->isEnabled());
    dialog.reasonEdit()->setPlainText(QStringLiteral("   "));
    QVERIFY(!ok->isEnabled());
    dialog.reasonEdit()->setPlainText(QStringLiteral("misread name"));
    QVERIFY(ok->isEnabled());
    QCOMPARE(dialog.reason(), QStringLiteral("misread name"));
}

void tst_TeamLeadViews::reviewAgreesOrDisagreesAndReopens()
{
    ReviewView view(m_desk.service(), QStringLiteral("lead"));
    // The one decision of the week, drawn at random (two per agent and week by default).
    QCOMPARE(view.sampleList()->topLevelItemCount(), 1);
    QCOMPARE(view.sampleList()->topLevelItem(0)->text(0), m_case);
    QVERIFY2(view.decisionLabel()->text().contains(QStringLiteral("anna")), qPrintable(view.decisionLabel()->text()));
    QVERIFY(!view.recordButton()->isEnabled());
    QVERIFY(!view.reopenBox()->isEnabled());

    view.disagreeButton()->setChecked(true);
    QVERIFY(view.reopenBox()->isEnabled());
    QVERIFY(!view.recordButton()->isEnabled()); // a disagreement needs its note
    view.noteEdit()->setPlainText(QStringLiteral("the payer's name matches"));
    QVERIFY(view.recordButton()->isEnabled());
    view.reopenBox()->setChecked(true);
    QSignalSpy changed(&view, &ReviewView::caseChanged);
    view.recordButton()->click();
    QCOMPARE(changed.count(), 1);
    QVERIFY(!m_desk.store().cases().isDecided(m_case));
    QCOMPARE(m_desk.store().decisions().history(m_case)->size(), 1);
    const std::optional<QList<ReviewRecord>> reviews
        = m_desk.store().reviews().reviews(m_desk.clock().now().addDays(-1), m_desk.clock().now().addSecs(1));
    QCOMPARE(reviews->size(), 1);
    QVERIFY(!reviews->first().agree);
    QVERIFY(reviews->first().reopened);
    // Reopened: no longer decided, so no longer in the sample.
    view.loadSample();
    QCOMPARE(view.sampleList()->topLevelItemCount(), 0);
}

void tst_TeamLeadViews::figuresListTheCasesBehindALine()
{
    TeamFiguresView view(m_desk.service());
    QCOMPARE(view.consistencyTable()->topLevelItemCount(), 1);
    QCOMPARE(view.consistencyTable()->topLevelItem(0)->text(1), QStringLiteral("anna"));
    QVERIFY(view.charts().size() >= 4); // outcomes, override rates by clause and agent, time to decision
    view.consistencyTable()->setCurrentItem(view.consistencyTable()->topLevelItem(0));
    QCOMPARE(view.caseList()->count(), 1);
    QSignalSpy open(&view, &TeamFiguresView::openCaseRequested);
    emit view.caseList()->itemActivated(view.caseList()->item(0));
    QCOMPARE(open.count(), 1);
    QCOMPARE(open.first().first().toString(), m_case);
}

// The review view on 500 demo cases, in every language: a sample with its override, the case as decided.
// With APPEALDESK_SCREENSHOT_DIR set, it is saved as screenshot-review-<lang>.png there (docs/).
void tst_TeamLeadViews::reviewOnTheDemo()
{
    QFETCH(QString, language);
    // The demo goes into a database of its own (it refuses one with imported cases).
    m_desk.close();
    for (const char* suffix : { "", "-wal", "-shm" })
        QFile::remove(m_desk.databasePath() + QLatin1String(suffix));
    QString error;
    QVERIFY2(m_desk.open(language, &error), qPrintable(error));
    const DemoSummary demo = DemoLoader::fill(m_desk.database(), m_desk.store(), 500, 1, m_desk.clock().now());
    QVERIFY2(demo.decided > 0, qPrintable(demo.error));
    ReviewView view(m_desk.service(), QStringLiteral("Maria Berg"));
    view.resize(1440, 900);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    // The demo's last six weeks: every override and needs_review decision, two more per agent and week.
    view.fromEdit()->setDate(m_desk.clock().now().toUTC().date().addDays(-41));
    view.loadSample();
    QVERIFY(view.sampleList()->topLevelItemCount() > 10);
    // An override if the week has one, shown as decided.
    QTreeWidgetItem* shown = view.sampleList()->topLevelItem(0);
    for (int i = 0; i < view.sampleList()->topLevelItemCount(); ++i) {
        if (m_desk.store().decisions().decision(view.sampleList()->topLevelItem(i)->text(0))->isOverride) {
            shown = view.sampleList()->topLevelItem(i);
            break;
        }
    }
    view.sampleList()->setCurrentItem(shown);
    QVERIFY2(view.decisionLabel()->text().startsWith(shown->text(0) + QLatin1Char(':')),
        qPrintable(view.decisionLabel()->text()));
    view.disagreeButton()->setChecked(true);
    QVERIFY(!view.recordButton()->isEnabled());
    view.noteEdit()->setPlainText(language == QLatin1String("th") ? QStringLiteral("ผู้ซื้อส่งหลักฐานการโอนครบแล้ว")
                                                                  : QStringLiteral("The buyer's proof was complete."));
    QVERIFY(view.recordButton()->isEnabled());
    const QString dir = qEnvironmentVariable("APPEALDESK_SCREENSHOT_DIR");
    if (!dir.isEmpty()) {
        QTest::qWait(200); // the new rows of the suggestion pane are shown, and laid out, by the event loop
        QVERIFY(view.grab().save(dir + QStringLiteral("/screenshot-review-%1.png").arg(language)));
    }
}

QTEST_MAIN(tst_TeamLeadViews)
#include "tst_teamleadviews.moc"
