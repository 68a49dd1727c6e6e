#include "DemoLoader.h"

#include "BulkWriteScope.h"
#include "BundleWriter.h"
#include "CaseService.h"
#include "CaseStore.h"
#include "Database.h"
#include "DeferredIndexes.h"
#include "DemoGenerator.h"
#include "OutputFile.h"
#include "PolicyEngine.h"
#include "RollbackJournalScope.h"

#include <QCoreApplication>

#include <future>

namespace {

// The recorded strikes of every user, read once (one query, where a query per new user took a
// few percent of a million-case fill), then kept in step with the decisions this fill records
// (the demo's users get no strikes from anyone else while it runs).
class StrikeCache
{
public:
    explicit StrikeCache(StrikeHistory recorded)
        : m_known(std::move(recorded))
    { }

    StrikeHistory of(const CaseFacts& facts) const
    {
        StrikeHistory result;
        for (const Party& p : facts.parties) {
            const auto it = m_known.constFind(p.userId);
            if (it != m_known.cend() && !it->isEmpty())
                result.insert(p.userId, *it);
        }
        return result;
    }

    void add(const QList<StrikeRecord>& strikes)
    {
        for (const StrikeRecord& s : strikes)
            ++m_known[s.userId][s.kind];
    }

private:
    StrikeHistory m_known;
};

// The planned decision as the store records it, or nothing when the policy
// leaves nothing to decide at that instant (waiting, or a person must judge
// and the plan has no outcome of its own). A planned override keeps none of
// the policy's strikes and sanctions (settled reading 10).
std::optional<DecisionRecord> decisionFor(const DemoCase& c, const Suggestion& atDecision)
{
    const DemoDecision& plan = *c.decision;
    DecisionRequest request;
    request.caseId = c.facts.id;
    request.agent = plan.agent;
    request.note = plan.note;
    if (plan.outcome != Outcome::None) {
        request.outcome = plan.outcome;
    } else {
        const bool nothingToDo = atDecision.outcome == Outcome::None && atDecision.strikes.isEmpty();
        if (atDecision.pendingUntil || atDecision.needsReview || nothingToDo)
            return std::nullopt;
        request.outcome = atDecision.outcome;
    }
    return CaseService::recordFor(atDecision, request, plan.decidedAt);
}

} // namespace

QString DemoSummary::toString() const
{
    QString line = QCoreApplication::translate("DemoLoader",
        "Demo cases stored: %1 (P2P appeals: %2, live chat abuse: %3, suspension appeals: %4); "
        "decided: %5, overrides: %6")
                       .arg(cases)
                       .arg(byKind.value(CaseKind::P2pAppeal))
                       .arg(byKind.value(CaseKind::LiveChatAbuse))
                       .arg(byKind.value(CaseKind::LiveChatSuspensionAppeal))
                       .arg(decided)
                       .arg(overrides);
    if (skipped > 0)
        line += QLatin1String("; ")
            + QCoreApplication::translate("DemoLoader", "skipped (already in the database): %1").arg(skipped);
    if (!ok())
        line += QLatin1String("; ") + error;
    return line;
}

DemoSummary DemoLoader::fill(Database& db, CaseStore& store, int count, quint64 seed, const QDateTime& referenceNow,
    const std::function<void(int done)>& progress)
{
    DemoSummary summary;
    if (count < 0 || count > DemoGenerator::MaxCases) {
        summary.error = QCoreApplication::translate("DemoLoader", "The number of demo cases must be between 0 and %1")
                            .arg(DemoGenerator::MaxCases);
        return summary;
    }
    // Issue 13, item 7: demo cases (and their strikes on made-up users that may share a real user's id)
    // never go into a database with real cases: only into an empty one or one that holds demo cases only.
    if (store.cases().count() > 0) {
        const std::optional<bool> imported
            = store.audit().hasAction({ QStringLiteral("import"), QStringLiteral("replace") });
        const std::optional<bool> demo = store.audit().hasAction({ QStringLiteral("demo") });
        if (!imported || !demo) {
            summary.error = store.audit().lastError();
            return summary;
        }
        if (*imported || !*demo) {
            summary.error = QCoreApplication::translate("DemoLoader",
                "The database %1 holds imported cases: demo cases are only added to a new database or one with "
                "demo cases only. Use another --db for the demo.")
                                .arg(db.path());
            return summary;
        }
    }
    const DemoGenerator generator(seed, referenceNow);
    const PolicyEngine engine(store.settings().policySettings());
    const QDateTime now = generator.referenceNow();
    StrikeCache strikes(store.strikes().recordedStrikes(QStringList()));
    // Only a database that held cases before may hold one of these already.
    const bool mayExist = !store.cases().isEmpty();
    // A million cases' indexes: in memory while they are filled (about 1 KiB a case, 64 MiB to 1 GiB).
    const BulkWriteScope bulk(db, qBound(64 * 1024, count, 1024 * 1024));

    // A batch's cases, generated and judged, with its planned decisions made in the order of the cases
    // (each case's suggestion counts the strikes of the decisions before it).
    struct Planned
    {
        DecisionRecord record;
        Suggestion atDecision;
    };
    struct Batch
    {
        DemoSummary counts;
        QList<NewCase> cases;
        QList<Planned> decisions;
        int end = 0;
    };
    const auto prepare = [&](int start) {
        Batch batch;
        batch.end = qMin(count, start + BatchSize);
        batch.cases.reserve(batch.end - start);
        for (int i = start; i < batch.end; ++i) {
            DemoCase c = generator.generate(i);
            if (mayExist) {
                const qint64 ref = store.cases().rowIdOf(c.facts.id);
                if (ref < 0) {
                    batch.counts.error = store.cases().lastError();
                    return batch;
                }
                if (ref > 0) {
                    ++batch.counts.skipped;
                    continue;
                }
            }
            const Suggestion suggestion = engine.suggest(c.facts, now, strikes.of(c.facts));
            ++batch.counts.cases;
            ++batch.counts.byKind[c.facts.kind];
            if (c.decision) {
                const Suggestion atDecision = engine.suggest(c.facts, c.decision->decidedAt, strikes.of(c.facts));
                if (std::optional<DecisionRecord> decision = decisionFor(c, atDecision)) {
                    strikes.add(decision->strikes);
                    ++batch.counts.decided;
                    batch.counts.overrides += decision->isOverride;
                    batch.decisions.append({ std::move(*decision), atDecision });
                }
            }
            QString body = CaseRepository::searchBody(c.facts);
            batch.cases.append({ std::move(c.facts), suggestion, std::move(body) });
        }
        return batch;
    };

    // Issue 16: a fresh SQLite desk is filled in one write transaction, its plain indexes dropped at the
    // start and made again at the end (DeferredIndexes): the fill is then all or nothing, and no commit
    // in between rewrites index pages that the next batch changes again. Its new pages go straight into
    // the file (RollbackJournalScope), not through the log.
    const bool oneTransaction = count > 0 && !mayExist && db.location().backend() == DatabaseLocation::Backend::Sqlite;
    DeferredIndexes deferred(db);
    std::optional<RollbackJournalScope> journal;
    if (oneTransaction) {
        journal.emplace(db);
        if (!db.beginWrite()) {
            summary.error = db.error();
            return summary;
        }
        if (!deferred.drop(&summary.error)) {
            db.rollback();
            return summary;
        }
    }
    // Issue 16: while a batch is written, the next one is prepared on another thread (the policy is
    // thread-safe and touches no database). Where cases may exist already, preparing reads the
    // database, so it stays on this thread. Declared last: its destructor waits for that thread.
    std::future<Batch> next;
    for (int start = 0; start < count; start += BatchSize) {
        Batch batch = next.valid() ? next.get() : prepare(start);
        const int end = batch.end;
        const bool last = end >= count;
        if (!mayExist && !last)
            next = std::async(std::launch::async, prepare, end);
        QString error = batch.counts.error;
        if (error.isEmpty() && !oneTransaction && !db.beginWrite()) {
            summary.error = db.error();
            return summary;
        }
        if (error.isEmpty() && !store.cases().insertAll(batch.cases, now))
            error = store.cases().lastError();
        for (const Planned& d : std::as_const(batch.decisions)) {
            if (error.isEmpty() && !store.decisions().decide(d.record, d.atDecision))
                error = store.decisions().lastError();
        }
        if (error.isEmpty() && last
            && !store.audit().append(QStringLiteral("demo"), QStringLiteral("demo"), QString(), QString(),
                QStringLiteral("cases=%1 seed=%2").arg(count).arg(seed), now))
            error = store.audit().lastError();
        if (error.isEmpty() && oneTransaction && last)
            deferred.restore(&error);
        if (!error.isEmpty() || ((!oneTransaction || last) && !db.commit())) {
            if (error.isEmpty())
                error = db.error();
            db.rollback();
            if (oneTransaction) // nothing of this fill stays
                summary = DemoSummary();
            summary.error = error;
            return summary;
        }
        summary.cases += batch.counts.cases;
        summary.skipped += batch.counts.skipped;
        summary.decided += batch.counts.decided;
        summary.overrides += batch.counts.overrides;
        for (auto it = batch.counts.byKind.cbegin(); it != batch.counts.byKind.cend(); ++it)
            summary.byKind[it.key()] += it.value();
        if (progress)
            progress(end);
    }
    return summary;
}

bool DemoLoader::writeBundle(const QString& path, int count, quint64 seed, const QDateTime& referenceNow,
    QString* error, const std::function<void(int done)>& progress)
{
    OutputFile file(path);
    return writeBundle(file, count, seed, referenceNow, error, progress);
}

bool DemoLoader::writeBundle(OutputFile& file, int count, quint64 seed, const QDateTime& referenceNow, QString* error,
    const std::function<void(int done)>& progress)
{
    if (count < 0 || count > DemoGenerator::MaxCases) {
        *error = QCoreApplication::translate("DemoLoader", "The number of demo cases must be between 0 and %1")
                     .arg(DemoGenerator::MaxCases);
        return false;
    }
    if (!file.open()) {
        *error = file.errorString();
        return false;
    }
    BundleWriter writer(file.device(), BundleWriter::formatForPath(file.path()));
    const DemoGenerator generator(seed, referenceNow);
    for (int i = 0; i < count; ++i) {
        if (!writer.writeCase(generator.generate(i).facts)) {
            *error = QCoreApplication::translate("DemoLoader", "Cannot write %1: %2")
                         .arg(file.path(), writer.errorString());
            file.cancel();
            return false;
        }
        if (progress && ((i + 1) % DemoLoader::BatchSize == 0 || i + 1 == count))
            progress(i + 1);
    }
    if (!writer.finish()) {
        *error
            = QCoreApplication::translate("DemoLoader", "Cannot write %1: %2").arg(file.path(), writer.errorString());
        file.cancel();
        return false;
    }
    if (!file.commit()) {
        *error = file.errorString();
        return false;
    }
    return true;
}
