#pragma once

// What the store tests share: the cases, suggestions and decisions they store, and
// a migrated database with a CaseStore on it, fresh for every test function: in memory on
// SQLite, a schema of its own on the test server when the test runs on PostgreSQL (TestBackend).

#include "CaseStore.h"
#include "Database.h"

#include <QDateTime>
#include <QString>

#include <memory>

namespace StoreFixtures {

QDateTime utc(const char* iso);
Decimal dec(const char* text);
CaseEvent caseEvent(const char* at, EventType type, Role by);
// A P2P appeal with every field filled (order, two parties, payments, events out of time order,
// messages, history).
CaseFacts p2pCase(const QString& id, const QString& buyerNick = QStringLiteral("nordic_bear"));
// A live-chat suspension appeal: one party, a suspension, no order.
CaseFacts lc2Case(const QString& id);
DecisionRecord decisionOf(const QString& caseId, Outcome outcome);
// What CaseService hands the store: the record `d` asks for on suggestion `s` (kept strikes, override).
DecisionRecord recorded(const DecisionRecord& d, const Suggestion& s);
Suggestion suggestionFor(const CaseFacts& f, Outcome outcome, const QString& clause);
// The first difference between two cases, empty when equal.
QString difference(const CaseFacts& a, const CaseFacts& b);

} // namespace StoreFixtures

// Mixed into a test class next to QObject: openStore() in init(), closeStore() in cleanup().
class StoreTest
{
protected:
    // A new empty database (a connection name of its own) and a store on it.
    bool openStore(QString* error);
    void closeStore();
    // The first column of the first row, empty when there is none.
    QString scalar(const QString& sql) const;
    // Inserts `f` with a suggestion of `outcome` on `clause`, as an import would.
    bool insert(const CaseFacts& f, Outcome outcome = Outcome::Refund, const QString& clause = QStringLiteral("B3"));

    std::unique_ptr<Database> m_db;
    std::unique_ptr<CaseStore> m_store;
};
