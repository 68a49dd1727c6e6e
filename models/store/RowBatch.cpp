#include "RowBatch.h"

#include "BulkStatement.h"

RowBatch::RowBatch(Database& db, const QString& table, const QStringList& columns)
    : m_db(db)
    , m_table(table)
    , m_columnNames(columns)
    , m_columns(int(columns.size()))
{ }

RowBatch::~RowBatch() = default;

void RowBatch::add(qint64 value)
{
    m_values.append(Value { Value::Number, 0, value });
}

void RowBatch::add(const QString& text)
{
    const qsizetype offset = m_text.size();
    const qsizetype needed = offset + m_encoder.requiredSpace(text.size());
    if (needed > m_text.capacity())
        m_text.reserve(qMax(needed, 2 * m_text.capacity())); // resize() alone grows by what it needs
    m_text.resize(needed);
    const char* end = m_encoder.appendToBuffer(m_text.data() + offset, text);
    const int length = int(end - (m_text.constData() + offset));
    m_text.resize(offset + length);
    m_values.append(Value { Value::Text, length, offset });
}

void RowBatch::clear()
{
    m_values.resize(0); // both keep their capacity for the next rows
    m_text.resize(0);
}

void RowBatch::addNull()
{
    m_values.append(Value {});
}

QString RowBatch::sql(int rows) const
{
    QString row = QStringLiteral("(?");
    for (int c = 1; c < m_columns; ++c)
        row += QStringLiteral(", ?");
    row += QLatin1Char(')');
    QStringList all;
    for (int r = 0; r < rows; ++r)
        all << row;
    return QStringLiteral("INSERT INTO %1 (%2) VALUES %3")
        .arg(m_table, m_columnNames.join(QLatin1String(", ")), all.join(QLatin1String(", ")));
}

bool RowBatch::run(BulkStatement& statement, int firstRow, int rows)
{
    int index = 1;
    for (int v = firstRow * m_columns, end = (firstRow + rows) * m_columns; v < end; ++v, ++index) {
        const Value& value = m_values.at(v);
        switch (value.type) {
        case Value::Null:
            statement.bindNull(index);
            break;
        case Value::Number:
            statement.bind(index, value.number);
            break;
        case Value::Text:
            statement.bindText(index, m_text.constData() + value.number, value.length);
            break;
        }
    }
    if (statement.exec())
        return true;
    m_error = statement.error();
    return false;
}

bool RowBatch::flush()
{
    const int rows = pendingRows();
    Q_ASSERT(rows * m_columns == m_values.size()); // every row complete
    bool ok = true;
    int row = 0;
    if (rows >= BatchRows) {
        if (!m_many)
            m_many = std::make_unique<BulkStatement>(m_db, sql(BatchRows));
        for (; ok && row + BatchRows <= rows; row += BatchRows)
            ok = run(*m_many, row, BatchRows);
    }
    if (ok && row < rows && !m_one)
        m_one = std::make_unique<BulkStatement>(m_db, sql(1));
    for (; ok && row < rows; ++row)
        ok = run(*m_one, row, 1);
    clear();
    return ok;
}
