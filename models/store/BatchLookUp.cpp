#include "BatchLookUp.h"

#include "StoreSupport.h"

using namespace StoreSupport;

BatchLookUp::BatchLookUp(const QSqlDatabase& connection, const QString& select)
    : m_connection(connection)
    , m_select(select)
{
}

bool BatchLookUp::run(const QStringList& keys, const std::function<void(const QSqlQuery&)>& row, QString* error)
{
    if (!m_query) {
        QStringList values;
        for (int i = 0; i < Batch; ++i)
            values << QStringLiteral("?");
        m_query.emplace(m_connection);
        m_query->setForwardOnly(true);
        if (!prepare(*m_query, m_select + QStringLiteral(" (") + values.join(QLatin1String(", ")) + QLatin1Char(')'),
                error)) {
            m_query.reset();
            return false;
        }
    }
    QSqlQuery& q = *m_query;
    for (qsizetype from = 0; from < keys.size(); from += Batch) {
        const qsizetype last = qMin(keys.size(), from + Batch) - 1;
        for (int i = 0; i < Batch; ++i)
            q.bindValue(i, str(keys.at(qMin(from + i, last))));
        bool ok = q.exec();
        while (ok && q.next())
            row(q);
        if (!ok || !reachedEnd(q)) {
            failQuery(error, q);
            q.finish();
            return false;
        }
        q.finish();
    }
    return true;
}
