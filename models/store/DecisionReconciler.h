#pragma once

#include "AuditReconciler.h"

#include <QHash>
#include <QList>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QStringList>
#include <QVariant>

class AuditDifferences;

// AuditReconciler's part for the live decisions: each one, with its strikes and sanctions, against the
// last `decide` entry of its case (and each voided strike against its `void_strike` entry); then the
// strikes and sanctions that no decision recorded. Problems and counts go to the reconciler's result.
class DecisionReconciler
{
public:
    DecisionReconciler(const QSqlDatabase& db, AuditReconciliation& result,
        const QHash<QString, AuditReconciler::Entry>& decides, const QHash<qint64, AuditReconciler::Entry>& voids);
    // False after a read error (noted in the result).
    bool run();

private:
    using Entry = AuditReconciler::Entry;
    using DecisionRow = QList<QVariant>;

    bool readSanctions();
    // The page of decisions after the id `after`, read to its end (see run()).
    bool readPage(qint64 after, QList<DecisionRow>* page);
    bool reconcile(const DecisionRow& row, QSqlQuery& strikes);
    bool compareStrikes(QSqlQuery& strikes, const DecisionRow& row, const Entry& entry, const QJsonObject& logged,
        AuditDifferences& differs);
    void compareSanctions(qint64 caseRef, const QJsonObject& logged, AuditDifferences& differs);
    bool reportUnrecorded();

    QSqlDatabase m_db;
    AuditReconciliation& m_result;
    const QHash<QString, Entry>& m_decides;
    const QHash<qint64, Entry>& m_voids;
    QHash<qint64, QStringList> m_sanctionsOfCase; // the live ones; each decision takes its case's
};
