#include "ReportReviews.h"

#include "ReportQuery.h"
#include "ReportText.h"
#include "SqlRow.h"

#include <QCoreApplication>
#include <QMap>
#include <QSqlError>
#include <QSqlQuery>

bool ReportReviews::load(const QSqlDatabase& db, const ReportOptions& options)
{
    m_total = Rate();
    m_agents.clear();
    m_clauses.clear();
    // A database from before the reviews (schema 9) has none to show.
    if (!db.tables().contains(QStringLiteral("reviews")))
        return true;
    enum class Column
    {
        Agent,
        Clause,
        Verdict
    };
    QSqlQuery q(db);
    q.setForwardOnly(true);
    QString sql = QStringLiteral("SELECT agent, clause, verdict FROM reviews WHERE decided_at >= :from"
                                 " AND decided_at < :to");
    if (!options.agent.isEmpty())
        sql += QStringLiteral(" AND agent = :agent");
    if (!options.clause.isEmpty())
        sql += QStringLiteral(" AND clause = :clause");
    if (!q.prepare(sql + QStringLiteral(" ORDER BY id"))) {
        m_error = q.lastError().text();
        return false;
    }
    q.bindValue(QStringLiteral(":from"), ReportQuery::fromMs(options));
    q.bindValue(QStringLiteral(":to"), ReportQuery::toMs(options));
    if (!options.agent.isEmpty())
        q.bindValue(QStringLiteral(":agent"), options.agent);
    if (!options.clause.isEmpty())
        q.bindValue(QStringLiteral(":clause"), options.clause);
    if (!q.exec()) {
        m_error = q.lastError().text();
        return false;
    }
    QMap<QString, Rate> agents;
    QMap<QString, Rate> clauses;
    while (q.next()) {
        const bool agreed = SqlRow::field(q, Column::Verdict).toString() == QLatin1String("agree");
        for (auto [map, key] : { std::pair { &agents, SqlRow::field(q, Column::Agent).toString() },
                 std::pair { &clauses, SqlRow::field(q, Column::Clause).toString() } }) {
            Rate& rate = (*map)[key];
            rate.key = key;
            ++rate.reviewed;
            rate.agreed += agreed ? 1 : 0;
        }
        ++m_total.reviewed;
        m_total.agreed += agreed ? 1 : 0;
    }
    if (q.lastError().isValid()) {
        m_error = q.lastError().text();
        return false;
    }
    m_agents = agents.values();
    m_clauses = clauses.values();
    return true;
}

QList<ReportSections::Table> ReportReviews::tables(const QLocale& locale) const
{
    if (m_total.reviewed == 0)
        return {};
    const auto rows = [&](const QList<Rate>& rates) {
        QList<QStringList> list;
        for (const Rate& r : rates)
            list.append({ r.key, locale.toString(r.reviewed), locale.toString(r.agreed),
                ReportText::percent(locale, r.percent()) });
        list.append({ QCoreApplication::translate("Report", "All reviews"), locale.toString(m_total.reviewed),
            locale.toString(m_total.agreed), ReportText::percent(locale, m_total.percent()) });
        return list;
    };
    const auto headers = [](const QString& first) {
        return QStringList { first, QCoreApplication::translate("Report", "Reviewed"),
            QCoreApplication::translate("Report", "Agreed"), QCoreApplication::translate("Report", "Agreement") };
    };
    return { { QCoreApplication::translate("Report", "Second review: agreement by agent"),
                 headers(QCoreApplication::translate("Report", "Agent")), rows(m_agents) },
        { QCoreApplication::translate("Report", "Second review: agreement by clause"),
            headers(QCoreApplication::translate("Report", "Clause")), rows(m_clauses) } };
}
