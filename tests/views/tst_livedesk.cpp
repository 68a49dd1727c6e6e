#include "AppContext.h"
#include "AppSettings.h"
#include "CaseService.h"
#include "CaseStore.h"
#include "CaseView.h"
#include "Clock.h"
#include "Database.h"
#include "DecisionDialog.h"
#include "DemoGenerator.h"
#include "DemoLoader.h"
#include "DeskChangeFeed.h"
#include "MainWindow.h"
#include "QueueModel.h"
#include "TestBackend.h"

#include <QAbstractButton>
#include <QApplication>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#include <functional>
#include <memory>

// The live desk in the window (issue 15, item 4): what another agent does on another connection shows in
// this window within a second, the case pane says so, and a note the agent typed is not lost.
class tst_LiveDesk : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void anotherAgentsClaimShowsAtOnce();
    void anotherAgentsDecisionShowsAtOnce();
    void typedNoteSurvivesAnotherAgentsClaim();

private:
    // An open, undecided case of the demo set, shown in the window.
    QString showOpenCase();
    void onNextDialog(std::function<void(QWidget*)> handle);
    static QPushButton* okButton(QWidget* dialog);

    QTemporaryDir m_dir;
    FixedClock m_clock { DemoGenerator::defaultReferenceNow() };
    QString m_location;
    std::unique_ptr<AppContext> m_context;
    std::unique_ptr<MainWindow> m_window;
    // The other agent, on a connection of its own.
    std::unique_ptr<Database> m_otherDb;
    std::unique_ptr<CaseStore> m_otherStore;
    std::unique_ptr<CaseService> m_other;
};

void tst_LiveDesk::initTestCase()
{
    TESTBACKEND_REQUIRE_SERVER();
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_dir.isValid());
}

void tst_LiveDesk::init()
{
    QString error;
    m_location = TestBackend::freshLocation(
        &error, m_dir.filePath(QString::fromLatin1(QTest::currentTestFunction()) + QStringLiteral(".sqlite")));
    QVERIFY2(!m_location.isEmpty(), qPrintable(error));
    AppContext::Options options;
    options.databasePath = m_location;
    options.settingsPath = m_dir.filePath(QStringLiteral("settings.ini"));
    options.connectionName = QStringLiteral("window");
    options.clock = &m_clock;
    m_context = std::make_unique<AppContext>(options);
    QVERIFY2(m_context->open(), qPrintable(m_context->error()));
    const DemoSummary demo = DemoLoader::fill(m_context->database(), m_context->store(), 40, 7, m_clock.now());
    QVERIFY2(demo.ok(), qPrintable(demo.error));
    m_context->settings().setValue(AppSettings::AgentName, QStringLiteral("Tester"));
    m_window = std::make_unique<MainWindow>(m_context->service(), m_context->settings());
    QVERIFY2(m_window->openQueue(), qPrintable(m_window->queueError()));
    QVERIFY2(m_window->deskFeed()->isActive(), qPrintable(m_window->deskFeed()->error()));
    m_window->resize(1400, 900);
    m_window->show();

    m_otherDb = std::make_unique<Database>(m_location, QStringLiteral("other"));
    QVERIFY2(m_otherDb->open(), qPrintable(m_otherDb->error()));
    m_otherStore = std::make_unique<CaseStore>(*m_otherDb);
    m_other = std::make_unique<CaseService>(*m_otherDb, *m_otherStore, m_clock);
}

void tst_LiveDesk::cleanup()
{
    m_other.reset();
    m_otherStore.reset();
    m_otherDb.reset();
    m_window.reset();
    m_context.reset();
    TestBackend::dropFresh();
}

QString tst_LiveDesk::showOpenCase()
{
    QueueModel* model = m_window->queueModel();
    for (int row = 0; row < model->rowCount(); ++row) {
        const QString caseId = model->caseIdAt(row);
        if (m_context->store().decisions().decision(caseId))
            continue;
        if (!m_context->store().claims().holder(caseId, m_clock.now()).isEmpty())
            continue;
        m_window->openCase(caseId);
        return caseId;
    }
    return QString();
}

void tst_LiveDesk::onNextDialog(std::function<void(QWidget*)> handle)
{
    auto* timer = new QTimer(this);
    timer->setInterval(10);
    connect(timer, &QTimer::timeout, this, [timer, handle] {
        QWidget* dialog = QApplication::activeModalWidget();
        if (!dialog)
            return;
        timer->stop();
        timer->deleteLater();
        handle(dialog);
    });
    timer->start();
}

QPushButton* tst_LiveDesk::okButton(QWidget* dialog)
{
    auto* box = dialog->findChild<QDialogButtonBox*>();
    if (!box)
        return nullptr;
    for (QAbstractButton* b : box->buttons()) {
        if (box->buttonRole(b) == QDialogButtonBox::AcceptRole)
            return qobject_cast<QPushButton*>(b);
    }
    return nullptr;
}

void tst_LiveDesk::anotherAgentsClaimShowsAtOnce()
{
    const QString caseId = showOpenCase();
    QVERIFY(!caseId.isEmpty());
    CaseView* view = m_window->caseView();
    QCOMPARE(view->currentCaseId(), caseId);
    QVERIFY(view->claimBanner()->isHidden());
    QSignalSpy resets(m_window->queueModel(), &QAbstractItemModel::modelReset);

    QVERIFY2(m_other->claim(caseId, QStringLiteral("other.agent"), 30), qPrintable(m_other->lastError()));
    QTRY_VERIFY_WITH_TIMEOUT(view->claimHolder() == QLatin1String("other.agent"), 1000);
    QVERIFY(view->claimBanner()->isVisible());
    QVERIFY2(
        view->claimBanner()->text().contains(QLatin1String("other.agent")), qPrintable(view->claimBanner()->text()));
    QVERIFY(!resets.isEmpty()); // the queue was read again: its Agent column
    const int row = m_window->queueModel()->rowOfCase(caseId);
    QVERIFY(row >= 0);
    QCOMPARE(
        m_window->queueModel()->index(row, QueueModel::AgentColumn).data().toString(), QStringLiteral("other.agent"));
}

void tst_LiveDesk::anotherAgentsDecisionShowsAtOnce()
{
    const QString caseId = showOpenCase();
    QVERIFY(!caseId.isEmpty());
    CaseView* view = m_window->caseView();
    DecisionRequest request;
    request.caseId = caseId;
    request.agent = QStringLiteral("other.agent");
    request.note = QStringLiteral("decided by the other agent");
    const std::optional<Suggestion> suggestion = m_other->suggest(caseId, m_clock.now());
    QVERIFY(suggestion);
    request.outcome = suggestion->outcome == Outcome::None ? Outcome::Release : suggestion->outcome;
    const DecisionResult result = m_other->decide(request);
    QVERIFY2(result.stored(), qPrintable(result.error));

    QTRY_VERIFY_WITH_TIMEOUT(view->isDecided(), 1000);
    QCOMPARE(view->currentCaseId(), caseId); // the case stays on screen, even if the filter now hides it
    QVERIFY(view->claimBanner()->isVisible());
    QVERIFY2(
        view->claimBanner()->text().contains(QLatin1String("other.agent")), qPrintable(view->claimBanner()->text()));
    QVERIFY(!view->findChild<QPushButton*>(QStringLiteral("acceptButton"))->isEnabled());
    QVERIFY(!view->findChild<QPushButton*>(QStringLiteral("overrideButton"))->isEnabled());
}

void tst_LiveDesk::typedNoteSurvivesAnotherAgentsClaim()
{
    const QString caseId = showOpenCase();
    QVERIFY(!caseId.isEmpty());
    CaseView* view = m_window->caseView();
    const QString note = QStringLiteral("Checked the bank statement: the buyer paid in full.");
    bool typed = false;
    bool warned = false;
    QString warning;
    onNextDialog([&](QWidget* dialog) {
        auto* decision = qobject_cast<DecisionDialog*>(dialog);
        QVERIFY(decision && decision->noteEdit());
        // Any outcome but "none", which waits on a pending case: the refusal must be the claim's.
        auto* outcome = decision->findChild<QComboBox*>(QStringLiteral("outcomeBox"));
        for (int i = 0; outcome && i < outcome->count(); ++i) {
            if (outcome->itemData(i).toInt() != int(Outcome::None)) {
                outcome->setCurrentIndex(i);
                break;
            }
        }
        decision->noteEdit()->setPlainText(note);
        typed = true;
        // While the agent types, another agent claims the case; this window hears of it.
        QVERIFY(m_other->claim(caseId, QStringLiteral("other.agent"), 30));
        QTRY_VERIFY_WITH_TIMEOUT(view->claimHolder() == QLatin1String("other.agent"), 1000);
        onNextDialog([&](QWidget* box) {
            warning = box->findChild<QLabel*>(QStringLiteral("qt_msgbox_label"))
                ? box->findChild<QLabel*>(QStringLiteral("qt_msgbox_label"))->text()
                : QString();
            warned = true;
            qobject_cast<QDialog*>(box)->accept();
        });
        okButton(dialog)->click();
    });
    view->overrideDecision();
    QVERIFY(typed);
    QTRY_VERIFY(warned);
    QVERIFY2(warning.contains(QLatin1String("other.agent")), qPrintable(warning));
    QVERIFY(!view->isDecided());

    // The next dialog on the case offers the note again.
    QString offered;
    onNextDialog([&](QWidget* dialog) {
        auto* decision = qobject_cast<DecisionDialog*>(dialog);
        offered = decision && decision->noteEdit() ? decision->noteEdit()->toPlainText() : QString();
        dialog->close();
    });
    view->overrideDecision();
    QCOMPARE(offered, note);
}

QTEST_MAIN(tst_LiveDesk)
#include "tst_livedesk.moc"
