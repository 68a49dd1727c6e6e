#include "OrderFactsPanel.h"
#include "PartiesPanel.h"
#include "PlainMessageBox.h"
#include "SuggestionPanel.h"
#include "TimelineModel.h"
#include "TranscriptModel.h"
#include "TranscriptView.h"
#include "UntrustedText.h"

#include "Clock.h"
#include "SuggestionText.h"

#include <QElapsedTimer>
#include <QLabel>
#include <QPlainTextEdit>
#include <QRandomGenerator>
#include <QTest>
#include <QTextDocument>
#include <QTextLayout>
#include <QTreeView>

// User text (messages, nicknames, names, remarks) must show literally
// everywhere, never as markup, and quickly, whatever it contains.
class TestHostileText : public QObject
{
    Q_OBJECT

private:
    static QStringList hostileStrings()
    {
        const QString table20 = QStringLiteral("<table>").repeated(20) + QStringLiteral("<tr><td>cell</td></tr>")
            + QStringLiteral("</table>").repeated(20);
        const QStringList seeds = {
            table20,
            QStringLiteral("<table><tr><td><table><tr><td>nested</td></tr></table></td></tr></table>"),
            QStringLiteral("<img src=\"file:///etc/passwd\">"),
            QStringLiteral("<img src=https://example.com/x.png width=5000 height=5000>"),
            QStringLiteral("<a href=\"https://evil.example/\">click me</a>"),
            QStringLiteral("&amp; &lt;b&gt; &#x202E; &nbsp;"),
            QStringLiteral("<b>bold</b><i>it</i><u>u</u><s>s</s><h1>big</h1>"),
            QStringLiteral("<qt><font color=red size=7>red</font></qt>"),
            QStringLiteral("<script>alert(1)</script><style>*{display:none}</style>"),
            QStringLiteral("\u202Eevil\u202C \u200Fright-to-left\u200E \u2067isolate\u2069"),
            QStringLiteral("سلام <b>علیکم</b> \u200F"),
            QStringLiteral("สวัสดีครับ <table>โอนแล้ว</table> ๑๒๓"),
            QStringLiteral("Обадете се <br> веднага"),
            QStringLiteral("%1 %2 %n %L1 {0} ${x}"),
            QStringLiteral("line one\nline two\n\n\tindented"),
            QStringLiteral("zero\u200Bwidth\uFEFFjoiner\u200D"),
            QStringLiteral("😀🔥 <p style=\"font-size:200px\">huge</p>"),
            QStringLiteral("<!-- comment --><![CDATA[x]]><?xml version=\"1.0\"?>"),
            QStringLiteral("   leading and trailing spaces   "),
            QStringLiteral("<pre>pre</pre><hr><ul><li>item</li></ul>"),
        };
        QStringList strings;
        QRandomGenerator random(20261121);
        for (int i = 0; strings.size() < 990; ++i) {
            const QString& a = seeds.at(i % seeds.size());
            const QString& b = seeds.at(random.bounded(int(seeds.size())));
            strings << (i < seeds.size() ? a : QString(a + QLatin1Char(' ') + b));
        }
        // 100 KB lines, with markup in them and no line break
        for (int i = 0; i < 10; ++i)
            strings << QString(QStringLiteral("<table>") + QString(100 * 1024, QLatin1Char('x')) + seeds.at(i))
                           .right(100 * 1024);
        return strings;
    }

    static void checkPlainLabels(QWidget* root)
    {
        const QList<QLabel*> labels = root->findChildren<QLabel*>();
        for (QLabel* label : labels)
            QVERIFY2(label->textFormat() == Qt::PlainText, qPrintable(label->text().left(80)));
    }

    static bool hasLabelContaining(QWidget* root, const QString& text)
    {
        const QList<QLabel*> labels = root->findChildren<QLabel*>();
        for (QLabel* label : labels) {
            if (label->text().contains(text))
                return true;
        }
        return false;
    }

    static bool hasLabelWithText(QWidget* root, const QString& text)
    {
        const QList<QLabel*> labels = root->findChildren<QLabel*>();
        for (QLabel* label : labels) {
            if (label->text() == text)
                return true;
        }
        return false;
    }

private slots:
    void transcriptShowsLiterally()
    {
        const QStringList strings = hostileStrings();
        QList<Message> messages;
        for (const QString& s : strings)
            messages.append(
                Message { QDateTime(QDate(2026, 11, 20), QTime(9, 0), Qt::UTC), Channel::OrderChat, Role::Buyer, s });
        TranscriptView view;
        view.resize(900, 600);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));

        QElapsedTimer timer;
        timer.start();
        view.setTranscript(messages, {}, QTimeZone::utc());
        for (int row = 0; row < strings.size(); row += 25) {
            view.selectMessage(row);
            view.grab();
        }
        qInfo("took %lld ms (budget 3000 ms; speed is measured by tests/benchmarks)", timer.elapsed());

        QTextDocument tipDocument;
        qint64 slowest = 0;
        for (int row = 0; row < strings.size(); ++row) {
            const QString& input = strings.at(row);
            const QModelIndex index = view.model()->index(row, TranscriptModel::TextColumn);
            QCOMPARE(index.data(TranscriptModel::RawValueRole).toString(), input);
            QCOMPARE(index.data().toString(), TranscriptModel::displayText(input));

            QElapsedTimer one;
            one.start();
            view.selectMessage(row);
            if (input.size() > 1000)
                view.grab(); // lays out and paints the long message
            slowest = qMax(slowest, one.elapsed());
            qInfo("took %lld ms (budget 500 ms; speed is measured by tests/benchmarks)", one.elapsed());
            QPlainTextEdit* full = view.fullTextView();
            QCOMPARE(full->toPlainText(), QString(input).replace(QChar::Nbsp, QLatin1Char(' ')));

            // Tooltips are rich text whose visible text is the message, escaped.
            tipDocument.setHtml(index.data(Qt::ToolTipRole).toString());
            QString expectedTip = input.left(TranscriptModel::DisplayLimit);
            if (input.size() > TranscriptModel::DisplayLimit)
                expectedTip += QChar(0x2026);
            QCOMPARE(tipDocument.toPlainText(), expectedTip.replace(QChar::Nbsp, QLatin1Char(' ')));
            QVERIFY(!tipDocument.toHtml().contains(QStringLiteral("<img")));
            QVERIFY(!tipDocument.toHtml().contains(QStringLiteral("<table")));
        }
        qInfo("slowest message shown in full and painted: %lld ms", slowest);
    }

    void timelineDetailsAndTooltipsShowLiterally()
    {
        const QStringList strings = hostileStrings();
        QTextDocument tipDocument;
        QElapsedTimer timer;
        timer.start();
        for (int i = 0; i < strings.size(); i += 5) {
            CaseFacts facts;
            Payment payment;
            payment.at = QDateTime(QDate(2026, 11, 20), QTime(9, 0), Qt::UTC);
            payment.payerName = strings.at(i);
            payment.remark = strings.at(i + 1);
            facts.payments = { payment };
            CaseEvent note;
            note.at = payment.at.addSecs(60);
            note.note = strings.at(i + 2);
            facts.events = { note };
            TimelineModel model;
            model.setCase(facts, std::nullopt, QTimeZone::utc());
            const QString paymentDetail
                = model.index(0, TimelineModel::DetailColumn).data(TimelineModel::RawValueRole).toString();
            QVERIFY(paymentDetail.contains(UntrustedText::inlined(strings.at(i))));
            QVERIFY(paymentDetail.contains(UntrustedText::inlined(strings.at(i + 1))));
            QVERIFY(model.index(1, TimelineModel::DetailColumn)
                        .data(TimelineModel::RawValueRole)
                        .toString()
                        .endsWith(UntrustedText::inlined(strings.at(i + 2))));
            for (int row = 0; row < 2; ++row) {
                const QString detail
                    = model.index(row, TimelineModel::DetailColumn).data(TimelineModel::RawValueRole).toString();
                QCOMPARE(model.index(row, TimelineModel::DetailColumn).data().toString(),
                    TranscriptModel::displayText(detail));
                tipDocument.setHtml(model.index(row, TimelineModel::DetailColumn).data(Qt::ToolTipRole).toString());
                QString expected = detail.left(TranscriptModel::DisplayLimit);
                if (detail.size() > TranscriptModel::DisplayLimit)
                    expected += QChar(0x2026);
                QCOMPARE(tipDocument.toPlainText(), expected.replace(QChar::Nbsp, QLatin1Char(' ')));
            }
        }
        qInfo("took %lld ms (budget 5000 ms; speed is measured by tests/benchmarks)", timer.elapsed());
    }

    void findCountsMatchesInHostileText()
    {
        TranscriptView view;
        view.setTranscript({ Message { QDateTime(), Channel::OrderChat, Role::Buyer, QStringLiteral("<b>&amp;</b>") },
                               Message { QDateTime(), Channel::LiveChat, Role::Agent, QStringLiteral("&AMP; &amp;") } },
            {}, QTimeZone::utc());
        view.setFindText(QStringLiteral("&amp;"));
        QCOMPARE(view.matchCount(), 3);
        view.findNext();
        QCOMPARE(view.selectedMessage(), 0);
        view.findNext();
        QCOMPARE(view.selectedMessage(), 1);
        view.findPrevious();
        QCOMPARE(view.currentMatch(), 0);
    }

    void partiesPanelShowsLiterally()
    {
        const QStringList strings = hostileStrings();
        PartiesPanel panel;
        QElapsedTimer timer;
        timer.start();
        for (int i = 0; i < strings.size(); i += 2) {
            PartyDetails buyer;
            buyer.party = Party { Role::Buyer, strings.at(i), strings.at(i), strings.at(i + 1) };
            StrikeRecord strike;
            strike.id = i + 1;
            strike.userId = strings.at(i);
            strike.caseId = strings.at(i + 1);
            strike.voided = true;
            strike.voidReason = strings.at(i);
            buyer.strikes = { strike };
            CaseSummary earlier;
            earlier.caseId = strings.at(i + 1);
            buyer.cases = { earlier };
            panel.setParties({ buyer }, QStringLiteral("AP-1"));
            const QLabel* nickname = panel.findChild<QLabel*>(QStringLiteral("nickname"));
            QVERIFY(nickname);
            QCOMPARE(nickname->text(), UntrustedText::inlined(strings.at(i)));
            QCOMPARE(nickname->textFormat(), Qt::PlainText);
            const QLabel* kycName = panel.findChild<QLabel*>(QStringLiteral("kycName"));
            QCOMPARE(kycName->text(), UntrustedText::inlined(strings.at(i + 1)));
            checkPlainLabels(&panel);
        }
        qInfo("took %lld ms (budget 5000 ms; speed is measured by tests/benchmarks)", timer.elapsed());
    }

    void orderFactsAndSuggestionShowLiterally()
    {
        const QStringList strings = hostileStrings();
        const FixedClock clock(QDateTime(QDate(2026, 11, 20), QTime(10, 0), Qt::UTC));
        OrderFactsPanel facts;
        SuggestionPanel suggestionPanel(clock);
        for (int i = 0; i < strings.size(); i += 10) {
            CaseFacts c;
            c.id = QStringLiteral("AP-1");
            Order order;
            order.sellerAccount = strings.at(i);
            order.paymentMethod.name = strings.at(i + 1);
            order.number = strings.at(i + 2);
            c.order = order;
            c.parties = { Party { Role::Seller, QStringLiteral("U-1"), strings.at(i + 3), strings.at(i + 4) } };
            facts.setFacts(c);
            QVERIFY(hasLabelWithText(&facts, UntrustedText::inlined(strings.at(i))));
            QVERIFY(hasLabelWithText(&facts, UntrustedText::inlined(strings.at(i + 2))));
            checkPlainLabels(&facts);

            Suggestion s;
            s.caseId = c.id;
            // Hostile text reaches the panel as values in reasons: a payer name, a stated reason.
            s.statedReasonNote = Reason(ReasonId::StatedUnknown).arg(strings.at(i + 5));
            s.steps = { Reason(ReasonId::S2bAskRefundWithProof).arg(strings.at(i + 6)) };
            s.facts = { Reason(ReasonId::S2bPayerDiffers).arg(strings.at(i + 7), strings.at(i + 4)) };
            suggestionPanel.setSuggestion(s, c);
            const QString stated = SuggestionText::statedReasonNote(s);
            QVERIFY(stated.contains(strings.at(i + 5)));
            QVERIFY(hasLabelWithText(&suggestionPanel, stated));
            checkPlainLabels(&suggestionPanel);
        }
    }

    // Issue 13, item 11: a nickname with U+202E, or with a line break and a made-up status, can neither
    // reorder the case header's line nor add a line to it.
    void nicknameCannotSpoofTheCaseHeader()
    {
        const QString reversed = QStringLiteral("\u202Erelles yb desaeleR");
        const QString newline = QStringLiteral("anna\nStatus: Released by seller");
        CaseFacts c;
        c.id = QStringLiteral("AP-2026-000001");
        c.parties = { Party { Role::Buyer, QStringLiteral("U-1"), reversed, QStringLiteral("Anna Berg") },
            Party { Role::Seller, QStringLiteral("U-2"), newline, QStringLiteral("Bo Ek") } };
        OrderFactsPanel panel;
        panel.resize(900, 300);
        panel.setFacts(c);
        panel.show();
        QVERIFY(QTest::qWaitForWindowExposed(&panel));
        const QList<QLabel*> labels = panel.findChildren<QLabel*>();
        int checked = 0;
        for (const QLabel* label : labels) {
            const QString text = label->text();
            // No label has a line of its own saying the order was released.
            QVERIFY2(!text.contains(QLatin1Char('\n')) && !text.contains(QChar::LineSeparator)
                    && !text.contains(QChar::ParagraphSeparator),
                qPrintable(text));
            if (!text.contains(QStringLiteral("U-1")) && !text.contains(QStringLiteral("U-2")))
                continue;
            ++checked;
            // One line at the panel's width: the nickname's line break is a visible ␤, not a new line.
            QVERIFY(label->heightForWidth(label->width()) < 2 * label->fontMetrics().height());
            // The text after the nickname stays after it: lay the line out as the label does and check that
            // the user id's "(" is right of every character of the nickname (an unisolated U+202E
            // reverses the rest of the line, putting it on the left).
            QTextLayout layout(text, label->font());
            layout.beginLayout();
            QTextLine line = layout.createLine();
            line.setLineWidth(10000);
            layout.endLayout();
            const int open = int(text.indexOf(UntrustedText::FirstStrongIsolate));
            const int close = int(text.indexOf(UntrustedText::PopDirectionalIsolate, open));
            const int paren = int(text.indexOf(QLatin1Char('('), close));
            QVERIFY(open >= 0 && close > open && paren > close);
            const qreal parenX = line.cursorToX(paren);
            for (int i = open + 1; i < close; ++i)
                QVERIFY2(line.cursorToX(i) < parenX, qPrintable(QStringLiteral("%1 at %2").arg(text).arg(i)));
        }
        QCOMPARE(checked, 2);
        // The made-up status shows as what it is: part of the nickname, after a visible ␤.
        QVERIFY(hasLabelContaining(&panel, QStringLiteral("anna\u2424Status: Released by seller")));
    }

    void untrustedTextIsIsolatedAndVisible()
    {
        QCOMPARE(UntrustedText::inlined(QString()), QString());
        QCOMPARE(UntrustedText::inlined(QStringLiteral("a\nb\tc\x1b[31m\a")),
            QStringLiteral("\u2068a\u2424b\u2409c\u241b[31m\u2407\u2069"));
        // A U+2069 of the field's own cannot close the isolate early; one it leaves open is closed inside.
        QCOMPARE(UntrustedText::inlined(QStringLiteral("x\u2069y")), QStringLiteral("\u2068x\ufffdy\u2069"));
        QCOMPARE(UntrustedText::inlined(QStringLiteral("\u2067x")), QStringLiteral("\u2068\u2067x\u2069\u2069"));
        // One for one: offsets into the text stay valid; line breaks kept where asked.
        QCOMPARE(UntrustedText::visible(QStringLiteral("a\r\nb\u0085")), QStringLiteral("a\u240d\u2424b\u2424"));
        QCOMPARE(UntrustedText::visible(QStringLiteral("a\nb\x7f"), true), QStringLiteral("a\nb\u2421"));
    }

    void messageBoxesShowLiterally()
    {
        const QStringList strings = hostileStrings();
        QElapsedTimer timer;
        timer.start();
        for (int i = 0; i < strings.size(); i += 3) {
            PlainMessageBox box(QMessageBox::Warning, strings.at(i), strings.at(i));
            QCOMPARE(box.textFormat(), Qt::PlainText);
            QCOMPARE(box.text(), strings.at(i));
            const QList<QLabel*> labels = box.findChildren<QLabel*>();
            bool shown = false;
            for (const QLabel* label : labels)
                shown = shown || (label->text() == strings.at(i) && label->textFormat() == Qt::PlainText);
            QVERIFY(shown);
        }
        qInfo("took %lld ms (budget 5000 ms; speed is measured by tests/benchmarks)", timer.elapsed());
    }
};

QTEST_MAIN(TestHostileText)
#include "tst_hostiletext.moc"
