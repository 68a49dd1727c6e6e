#include "OrderFactsPanel.h"
#include "PartiesPanel.h"
#include "UntrustedText.h"
#include "WholeWordLabel.h"

#include <QFontMetricsF>
#include <QTest>
#include <QVBoxLayout>

// Issue 14, item 14: names wrap between their words, never inside one (Qt's Thai line breaking
// does not know names and cuts them where its dictionary finds a word edge).
class TestWholeWordLabel : public QObject
{
    Q_OBJECT

    static QString withoutIsolates(QString text)
    {
        text.remove(UntrustedText::FirstStrongIsolate);
        text.remove(UntrustedText::PopDirectionalIsolate);
        return text;
    }

    // A width where each of `words` fits alone but no two of them fit on one line.
    static qreal widthForOneWordPerLine(const QStringList& words, const QFont& font)
    {
        const QFontMetricsF metrics(font);
        qreal widest = 0;
        for (const QString& word : words)
            widest = qMax(widest, metrics.horizontalAdvance(word));
        return widest + 1;
    }

private slots:
    void thaiNameBreaksOnlyBetweenWords()
    {
        const QStringList words { QStringLiteral("สมศักดิ์"), QStringLiteral("ศรีสวัสดิ์วงศ์") };
        const QFont font;
        const qreal width = widthForOneWordPerLine(words, font);
        const QStringList lines = WholeWordLabel::linesFor(words.join(QLatin1Char(' ')), font, width);
        QCOMPARE(lines, words);
        // At the width of both words every word stays on one line.
        const qreal both = QFontMetricsF(font).horizontalAdvance(words.join(QLatin1Char(' '))) + 1;
        QCOMPARE(WholeWordLabel::linesFor(words.join(QLatin1Char(' ')), font, both).size(), 1);
    }

    void isolatesAreClosedOnEveryLine()
    {
        const QStringList words { QStringLiteral("สมศักดิ์"), QStringLiteral("\u202Eศรีสวัสดิ์วงศ์") };
        const QFont font;
        const QString text = QStringLiteral("Buyer ") + UntrustedText::inlined(words.join(QLatin1Char(' ')))
            + QStringLiteral(" (verified)");
        const QStringList lines = WholeWordLabel::linesFor(text, font, widthForOneWordPerLine(words, font) + 60);
        QVERIFY2(lines.size() >= 2, qPrintable(lines.join(QLatin1Char('|'))));
        QString rejoined;
        for (const QString& line : lines) {
            int open = 0;
            for (QChar c : line) {
                if (c == UntrustedText::FirstStrongIsolate)
                    ++open;
                else if (c == UntrustedText::PopDirectionalIsolate)
                    QVERIFY2(--open >= 0, qPrintable(line));
            }
            QCOMPARE(open, 0);
            rejoined += (rejoined.isEmpty() ? QString() : QStringLiteral(" ")) + withoutIsolates(line);
        }
        QCOMPARE(rejoined, withoutIsolates(text));
    }

    void aWordWiderThanTheLineIsStillBroken()
    {
        const QString nickname(120, QChar(u'ก'));
        const QFont font;
        const qreal width = QFontMetricsF(font).averageCharWidth() * 12;
        const QStringList lines = WholeWordLabel::linesFor(nickname, font, width);
        QVERIFY(lines.size() > 1);
        QCOMPARE(lines.join(QString()), nickname);
        for (const QString& line : lines)
            QVERIFY(QFontMetricsF(font).horizontalAdvance(line) <= width + 1);

        WholeWordLabel label;
        label.setSourceText(nickname);
        QVERIFY(label.minimumSizeHint().width() <= QFontMetricsF(label.font()).averageCharWidth() * 16 + 2);
    }

    void lineBreaksAndNoBreakSpacesAreKept()
    {
        const QFont font;
        const QString name = QStringLiteral("Anna\u00A0Berg");
        const qreal width = QFontMetricsF(font).horizontalAdvance(name) + 1;
        QCOMPARE(WholeWordLabel::linesFor(QStringLiteral("x ") + name + QStringLiteral("\nสมศักดิ์"), font, width),
            QStringList({ QStringLiteral("x"), name, QStringLiteral("สมศักดิ์") }));
        // The same with a breaking space breaks inside the name.
        QCOMPARE(WholeWordLabel::linesFor(QStringLiteral("x Anna Berg"), font, width),
            QStringList({ QStringLiteral("x Anna"), QStringLiteral("Berg") }));
    }

    void labelInALayoutShowsWholeWordsAndAsksForTheirHeight()
    {
        const QStringList words { QStringLiteral("สมศักดิ์"), QStringLiteral("ศรีสวัสดิ์วงศ์"), QStringLiteral("ณ") };
        QWidget window;
        auto* layout = new QVBoxLayout(&window);
        auto* label = new WholeWordLabel(&window);
        label->setSourceText(words.join(QLatin1Char(' ')));
        layout->addWidget(label);
        layout->addStretch(1);
        const int width = int(widthForOneWordPerLine(words, label->font())) + label->contentsMargins().left()
            + label->contentsMargins().right();
        window.resize(width + layout->contentsMargins().left() + layout->contentsMargins().right(), 400);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        const QStringList shown = label->text().split(QLatin1Char('\n'));
        QCOMPARE(shown.size(), 3);
        for (const QString& line : shown)
            QVERIFY2(words.contains(line), qPrintable(line));
        QVERIFY(label->heightForWidth(label->width()) >= 3 * QFontMetricsF(label->font()).lineSpacing());
        QVERIFY(label->height() >= label->heightForWidth(label->width()));
        QCOMPARE(label->sourceText(), words.join(QLatin1Char(' ')));
    }

    void panelsShowNamesWhole()
    {
        Party buyer { Role::Buyer, QStringLiteral("U-7"), QStringLiteral("นกน้อย"), QStringLiteral("สมศักดิ์ ศรีสวัสดิ์วงศ์") };
        CaseFacts facts;
        facts.id = QStringLiteral("AP-1");
        facts.kind = CaseKind::LiveChatAbuse;
        facts.parties = { buyer };
        OrderFactsPanel factsPanel;
        factsPanel.setFacts(facts);
        bool found = false;
        for (WholeWordLabel* label : factsPanel.findChildren<WholeWordLabel*>())
            found = found || label->sourceText().contains(QStringLiteral("ศรีสวัสดิ์วงศ์"));
        QVERIFY2(found, "the party row wraps whole words");

        PartiesPanel parties;
        PartyDetails details;
        details.party = buyer;
        parties.setParties({ details }, facts.id);
        const auto* kycName = parties.findChild<WholeWordLabel*>(QStringLiteral("kycName"));
        QVERIFY(kycName);
        QCOMPARE(kycName->sourceText(), UntrustedText::inlined(buyer.kycName));
        QVERIFY(parties.findChild<WholeWordLabel*>(QStringLiteral("nickname")));

        // Narrow, as in a 1024-pixel window with the queue beside it: the name takes two whole lines.
        parties.resize(QFontMetricsF(kycName->font()).horizontalAdvance(buyer.kycName) * 1.2, 300);
        parties.show();
        QVERIFY(QTest::qWaitForWindowExposed(&parties));
        for (const QString& line : kycName->text().split(QLatin1Char('\n')))
            QVERIFY2(
                QStringList({ QStringLiteral("สมศักดิ์"), QStringLiteral("ศรีสวัสดิ์วงศ์") }).contains(withoutIsolates(line)),
                qPrintable(line));
        const QString shots = qEnvironmentVariable("APPEALDESK_SCREENSHOT_DIR");
        if (!shots.isEmpty())
            parties.grab().save(shots + QStringLiteral("/parties-narrow-th.png"));
    }
};

QTEST_MAIN(TestWholeWordLabel)
#include "tst_wholewordlabel.moc"
