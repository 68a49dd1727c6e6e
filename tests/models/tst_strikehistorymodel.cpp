#include "StrikeHistoryModel.h"

#include <QAbstractItemModelTester>
#include <QTest>

class TestStrikeHistoryModel : public QObject
{
    Q_OBJECT

private:
    static QList<StrikeRecord> strikes()
    {
        StrikeRecord counted;
        counted.id = 7;
        counted.userId = QStringLiteral("U-1");
        counted.kind = StrikeKind::WrongAccountPayment;
        counted.caseId = QStringLiteral("AP-1");
        counted.clause = QStringLiteral("S2a");
        counted.at = QDateTime(QDate(2026, 11, 20), QTime(9, 0), Qt::UTC);
        StrikeRecord voided = counted;
        voided.id = 8;
        voided.kind = StrikeKind::AbusiveLanguage;
        voided.voided = true;
        voided.voidedBy = QStringLiteral("lead");
        voided.voidedAt = counted.at.addDays(1);
        voided.voidReason = QStringLiteral("<i>mistake</i>");
        return { counted, voided };
    }

private slots:
    void initTestCase() { QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates)); }

    void passesModelTester()
    {
        StrikeHistoryModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setStrikes(strikes());
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(model.columnCount(), int(StrikeHistoryModel::ColumnCount));
        model.setStrikes({});
        QCOMPARE(model.rowCount(), 0);
    }

    void rolesOnEveryColumn()
    {
        StrikeHistoryModel model;
        model.setStrikes(strikes());
        for (int column = 0; column < StrikeHistoryModel::ColumnCount; ++column) {
            QCOMPARE(model.index(0, column).data(StrikeHistoryModel::VoidedRole).toBool(), false);
            QCOMPARE(model.index(1, column).data(StrikeHistoryModel::VoidedRole).toBool(), true);
            QCOMPARE(model.index(1, column).data(StrikeHistoryModel::StrikeIdRole).toLongLong(), 8);
        }
        QCOMPARE(model.index(0, StrikeHistoryModel::KindColumn).data(StrikeHistoryModel::RawValueRole).toString(),
            QStringLiteral("wrong_account_payment"));
        QCOMPARE(model.index(0, StrikeHistoryModel::CaseColumn).data().toString(), QStringLiteral("AP-1"));
        QCOMPARE(model.index(0, StrikeHistoryModel::ClauseColumn).data().toString(), QStringLiteral("S2a"));
        QCOMPARE(model.index(0, StrikeHistoryModel::StatusColumn).data().toString(), QStringLiteral("Counts"));
        const QString status = model.index(1, StrikeHistoryModel::StatusColumn).data().toString();
        QVERIFY(status.contains(QStringLiteral("lead")));
        QVERIFY(status.contains(QStringLiteral("<i>mistake</i>")));
    }
};

QTEST_GUILESS_MAIN(TestStrikeHistoryModel)
#include "tst_strikehistorymodel.moc"
