#include "CaseView.h"
#include "DecisionDialog.h"
#include "DemoLoader.h"
#include "DeskWindow.h"
#include "QueueFilterBar.h"
#include "QueueModel.h"
#include "QueueView.h"
#include "RecordEventDialog.h"
#include "ReopenDialog.h"
#include "TranscriptView.h"

#include <QApplication>
#include <QCheckBox>
#include <QDialogButtonBox>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QStandardPaths>
#include <QTest>
#include <QTimer>
#include <QTreeView>

#include <functional>

// Issue 14, "Done when": an agent's day in the real main window, keyboard only. Open the queue, search, open a
// case, claim it, read the chat, record an event, accept, land on the next case, override another with a note and
// one kept sanction; the database is checked after each step.
class tst_AgentDay : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void aDayAtTheDesk();

private:
    // The widget with the keyboard focus: in the active modal dialog, when one is up.
    static QWidget* focused();
    // Presses `key` in the focused widget; when that opens a modal dialog, runs `answer` on it (keyboard only there
    // too). False when no dialog came up.
    bool pressExpectingDialog(
        Qt::Key key, Qt::KeyboardModifiers modifiers, const std::function<void(QDialog*)>& answer);
    // An undecided, open live-chat abuse case: with a confirmed abuse (`confirmed`) or without one, then with a
    // message of the user to confirm.
    QString pickLiveChatCase(bool confirmed, int* userMessage) const;

    DeskWindow m_desk;
};

void tst_AgentDay::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    Database db(m_desk.databasePath(), QStringLiteral("fill"));
    QVERIFY2(db.open(), qPrintable(db.error()));
    CaseStore store(db);
    const DemoSummary demo = DemoLoader::fill(db, store, 160, 5, m_desk.clock().now());
    QVERIFY2(demo.ok(), qPrintable(demo.error));
}

QWidget* tst_AgentDay::focused()
{
    QWidget* w = QApplication::focusWidget();
    if (QWidget* modal = QApplication::activeModalWidget()) {
        if (!w || !modal->isAncestorOf(w))
            w = modal->focusWidget() ? modal->focusWidget() : modal;
    }
    return w;
}

bool tst_AgentDay::pressExpectingDialog(
    Qt::Key key, Qt::KeyboardModifiers modifiers, const std::function<void(QDialog*)>& answer)
{
    bool seen = false;
    QTimer poll;
    poll.setInterval(20);
    connect(&poll, &QTimer::timeout, this, [&] {
        auto* dialog = qobject_cast<QDialog*>(QApplication::activeModalWidget());
        if (!dialog || seen)
            return;
        seen = true;
        poll.stop();
        answer(dialog);
        if (dialog->isVisible()) // the answer left it open: a failed step must not hang the test
            dialog->reject();
    });
    poll.start();
    QWidget* window = focused()->window();
    QTest::keyClick(focused(), key, modifiers);
    // Offscreen, nothing gives the window back its activation after a dialog, as a window manager does; the
    // focus widget it then gets is the window's own (what the window kept or set).
    QApplication::setActiveWindow(window);
    QTest::qWait(50);
    return seen;
}

QString tst_AgentDay::pickLiveChatCase(bool confirmed, int* userMessage) const
{
    QueueModel* queue = m_desk.window().queueModel();
    for (int row = 0; row < queue->rowCount(); ++row) {
        const QString id = queue->caseIdAt(row);
        const std::optional<CaseFacts> facts = m_desk.store().cases().load(id);
        if (!facts || facts->kind != CaseKind::LiveChatAbuse || m_desk.store().cases().isDecided(id))
            continue;
        bool hasConfirmed = false;
        for (const CaseEvent& e : facts->events)
            hasConfirmed = hasConfirmed || e.type == EventType::AbuseConfirmed;
        if (hasConfirmed != confirmed)
            continue;
        const Suggestion s = m_desk.service().suggest(*facts, m_desk.clock().now());
        if (confirmed && (s.outcome != Outcome::Suspend || s.sanctions.isEmpty() || s.needsReview))
            continue;
        if (!confirmed) {
            // The abusive message the policy flags, written by the user.
            int flagged = -1;
            for (const FlaggedSpan& span : s.spans) {
                if (span.source == FlaggedSpan::MessageText && facts->messages.at(span.index).from == Role::User) {
                    flagged = span.index;
                    break;
                }
            }
            if (flagged < 0)
                continue;
            *userMessage = flagged;
        }
        return id;
    }
    return QString();
}

void tst_AgentDay::aDayAtTheDesk()
{
    QString error;
    QVERIFY2(m_desk.open(QStringLiteral("en"), &error), qPrintable(error));
    MainWindow& window = m_desk.window();
    window.resize(1296, 810);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QApplication::setActiveWindow(&window);
    QVERIFY(QTest::qWaitForWindowActive(&window));
    QueueView* queue = window.queueView();
    QueueModel* model = window.queueModel();
    CaseView* caseView = window.caseView();
    CaseStore& store = m_desk.store();
    const QDateTime now = m_desk.clock().now();

    // 1. The queue: the open cases, and the keyboard in it from the start.
    QTRY_COMPARE(QApplication::focusWidget(), queue);
    QCOMPARE(window.filterBar()->filter().status, std::optional(CaseStatus::Open));
    QVERIFY(model->rowCount() > 10);
    for (int row = 0; row < model->rowCount(); ++row)
        QCOMPARE(model->index(row, QueueModel::StatusColumn).data(QueueModel::RawValueRole).toString(),
            QStringLiteral("open"));
    int userMessage = -1;
    const QString first = pickLiveChatCase(false, &userMessage);
    int unused = -1;
    const QString second = pickLiveChatCase(true, &unused);
    QVERIFY2(!first.isEmpty() && !second.isEmpty(), "the demo has no live-chat case to work on");
    QVERIFY(!store.decisions().decision(first) && !store.decisions().decision(second));

    // 2. Search: Ctrl+F, the case id, Return opens the first hit with the keyboard back in the queue.
    QTest::keyClick(queue, Qt::Key_F, Qt::ControlModifier);
    QCOMPARE(QApplication::focusWidget(), window.filterBar()->searchBox());
    QTest::keyClicks(focused(), first);
    QTest::keyClick(focused(), Qt::Key_Return);
    QCOMPARE(model->rowCount(), 1);
    QCOMPARE(caseView->currentCaseId(), first);
    QCOMPARE(QApplication::focusWidget(), queue);
    QCOMPARE(store.claims().holder(first, now), QString()); // opening is not claiming

    // 3. Claim: Ctrl+L from the queue.
    QTest::keyClick(focused(), Qt::Key_L, Qt::ControlModifier);
    QDateTime until;
    QCOMPARE(store.claims().holder(first, now, &until), QStringLiteral("Tester"));
    QVERIFY(until > now);
    QCOMPARE(caseView->claimHolder(), QStringLiteral("Tester"));

    // 4. Read the chat: Ctrl+2 puts the keyboard in the transcript; the arrows go through the messages.
    QTest::keyClick(focused(), Qt::Key_2, Qt::ControlModifier);
    TranscriptView* transcript = caseView->transcriptView();
    QVERIFY(transcript->isAncestorOf(QApplication::focusWidget()) || QApplication::focusWidget() == transcript);
    for (int guard = 0; guard < 200 && transcript->selectedMessage() != userMessage; ++guard)
        QTest::keyClick(focused(), transcript->selectedMessage() < userMessage ? Qt::Key_Down : Qt::Key_Up);
    QCOMPARE(transcript->selectedMessage(), userMessage);
    // Reading changes nothing: the claim holds, nothing decided.
    QCOMPARE(store.claims().holder(first, now), QStringLiteral("Tester"));
    QVERIFY(!store.decisions().decision(first));
    const int eventsBefore = int(store.cases().load(first)->events.size());

    // 5. Record an event: Ctrl+E offers what the steps wait for, the abuse on the selected message; Return records.
    EventType offered = EventType::Note;
    QVERIFY(pressExpectingDialog(Qt::Key_E, Qt::ControlModifier, [&](QDialog* dialog) {
        auto* record = qobject_cast<RecordEventDialog*>(dialog);
        QVERIFY(record);
        offered = record->eventType();
        QTest::keyClick(focused(), Qt::Key_Return);
    }));
    QCOMPARE(offered, EventType::AbuseConfirmed);
    std::optional<CaseFacts> facts = store.cases().load(first);
    QCOMPARE(int(facts->events.size()), eventsBefore + 1);
    QCOMPARE(facts->events.last().type, EventType::AbuseConfirmed);
    QCOMPARE(facts->events.last().messageIndex, userMessage);
    QCOMPARE(facts->events.last().agent, QStringLiteral("Tester"));
    QCOMPARE(caseView->currentSuggestion().outcome, Outcome::Suspend);

    // 6. Accept: back to the whole queue (Ctrl+Shift+L clears the search and the filters), Ctrl+Return from where
    // the keyboard is, Return confirms.
    QTest::keyClick(focused(), Qt::Key_L, Qt::ControlModifier | Qt::ShiftModifier);
    QVERIFY(model->rowCount() > 10);
    QCOMPARE(queue->currentCaseId(), first);
    const int row = queue->currentRow();
    const QString below = model->caseIdAt(row + 1);
    QVERIFY(!below.isEmpty());
    QVERIFY(pressExpectingDialog(Qt::Key_Return, Qt::ControlModifier, [&](QDialog* dialog) {
        QVERIFY(qobject_cast<DecisionDialog*>(dialog));
        QTest::keyClick(focused(), Qt::Key_Return);
    }));
    std::optional<DecisionRecord> decided = store.decisions().decision(first);
    QVERIFY(decided);
    QCOMPARE(decided->outcome, Outcome::Suspend);
    QVERIFY(!decided->isOverride);
    QCOMPARE(decided->agent, QStringLiteral("Tester"));
    QVERIFY(!decided->strikes.isEmpty());
    QVERIFY(!decided->sanctions.isEmpty());
    QCOMPARE(store.claims().holder(first, now), QString()); // the decision ended the claim

    // 7. The next case: the one below, with the keyboard in the queue.
    QCOMPARE(queue->currentCaseId(), below);
    QCOMPARE(caseView->currentCaseId(), below);
    QCOMPARE(QApplication::focusWidget(), queue);
    QVERIFY(!store.decisions().decision(below));

    // 8. Override another case: search it, Ctrl+Shift+Return; the note first, then only the first sanction kept.
    QTest::keyClick(focused(), Qt::Key_F, Qt::ControlModifier);
    QTest::keyClicks(focused(), second);
    QTest::keyClick(focused(), Qt::Key_Return);
    QCOMPARE(caseView->currentCaseId(), second);
    const Suggestion suggested = caseView->currentSuggestion();
    QVERIFY(!suggested.sanctions.isEmpty());
    const QString note = QStringLiteral("Warned once before; the suspension is enough, no strike this time");
    QVERIFY(pressExpectingDialog(Qt::Key_Return, Qt::ControlModifier | Qt::ShiftModifier, [&](QDialog* dialog) {
        auto* override = qobject_cast<DecisionDialog*>(dialog);
        QVERIFY(override);
        QCOMPARE(focused(), override->noteEdit());
        QTest::keyClicks(focused(), note);
        // Strikes are listed before sanctions: the first sanction's box.
        QCheckBox* keep = override->keepBoxes().value(int(suggested.strikes.size()));
        QVERIFY(keep);
        for (int guard = 0; guard < 30 && focused() != keep; ++guard)
            QTest::keyClick(focused(), Qt::Key_Tab);
        QCOMPARE(focused(), keep);
        QTest::keyClick(focused(), Qt::Key_Space);
        QVERIFY(keep->isChecked());
        QTest::keyClick(focused(), Qt::Key_Return);
    }));
    decided = store.decisions().decision(second);
    QVERIFY(decided);
    QVERIFY(decided->isOverride);
    QCOMPARE(decided->note, note);
    QCOMPARE(decided->agent, QStringLiteral("Tester"));
    QCOMPARE(decided->strikes.size(), 0);
    QCOMPARE(decided->sanctions.size(), 1);
    QCOMPARE(decided->sanctions.first().scope, suggested.sanctions.first().scope);
    QCOMPARE(decided->droppedStrikes.size(), suggested.strikes.size());
    QCOMPARE(QApplication::focusWidget(), queue);

    // 9. Reopen the overridden case as the team lead (the local user is one): find it in the whole queue (Ctrl+Shift+L: any
    // status), Ctrl+Shift+O,
    // the reason, Tab to the dialog's Reopen button, Return. Its sanction is voided, the decision kept in the history.
    QTest::keyClick(focused(), Qt::Key_L, Qt::ControlModifier | Qt::ShiftModifier);
    QTest::keyClick(focused(), Qt::Key_F, Qt::ControlModifier);
    QTest::keyClicks(focused(), second);
    QTest::keyClick(focused(), Qt::Key_Return);
    QCOMPARE(caseView->currentCaseId(), second);
    const QString reason = QStringLiteral("Second review: the suspension was not the override the note describes");
    QVERIFY(pressExpectingDialog(Qt::Key_O, Qt::ControlModifier | Qt::ShiftModifier, [&](QDialog* dialog) {
        auto* reopen = qobject_cast<ReopenDialog*>(dialog);
        QVERIFY(reopen);
        QCOMPARE(focused(), reopen->reasonEdit());
        QTest::keyClicks(focused(), reason);
        QPushButton* ok = reopen->buttons()->button(QDialogButtonBox::Ok);
        for (int guard = 0; guard < 10 && focused() != ok; ++guard)
            QTest::keyClick(focused(), Qt::Key_Tab);
        QCOMPARE(focused(), ok);
        QTest::keyClick(focused(), Qt::Key_Return);
    }));
    QVERIFY(!store.decisions().decision(second));
    const std::optional<QList<ReopenedDecision>> history = store.decisions().history(second);
    QVERIFY(history && history->size() == 1);
    QCOMPARE(history->first().reason, reason);
    QCOMPARE(history->first().reopenedBy, QStringLiteral("Tester"));
    QCOMPARE(history->first().decision.note, note);
    QVERIFY(store.audit().verifyChain());

    // 10. Decided again: Ctrl+Return accepts the policy's suggestion this time.
    QVERIFY(pressExpectingDialog(Qt::Key_Return, Qt::ControlModifier, [&](QDialog* dialog) {
        QVERIFY(qobject_cast<DecisionDialog*>(dialog));
        QTest::keyClick(focused(), Qt::Key_Return);
    }));
    decided = store.decisions().decision(second);
    QVERIFY(decided);
    QVERIFY(!decided->isOverride);
    QCOMPARE(decided->agent, QStringLiteral("Tester"));
}

QTEST_MAIN(tst_AgentDay)
#include "tst_agentday.moc"
