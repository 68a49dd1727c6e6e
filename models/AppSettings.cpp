#include "AppSettings.h"

#include <QSettings>

#include <array>

#ifdef Q_OS_UNIX
#include <pwd.h>
#include <unistd.h>
#endif

namespace {

struct Entry
{
    AppSettings::Key key;
    const char* name;
    QMetaType::Type type;
    QVariant defaultValue;
};

const std::array<Entry, AppSettings::KeyCount>& table()
{
    static const std::array<Entry, AppSettings::KeyCount> entries = { {
        { AppSettings::WindowGeometry, "window/geometry", QMetaType::QByteArray, QByteArray() },
        { AppSettings::WindowState, "window/state", QMetaType::QByteArray, QByteArray() },
        { AppSettings::SplitterState, "window/splitter", QMetaType::QByteArray, QByteArray() },
        { AppSettings::QueueHeaderState, "queue/header", QMetaType::QByteArray, QByteArray() },
        { AppSettings::SortColumn, "queue/sortColumn", QMetaType::Int, 8 }, // the SLA clock
        { AppSettings::SortOrder, "queue/sortOrder", QMetaType::Int, int(Qt::AscendingOrder) },
        { AppSettings::FilterStatus, "queue/filter/status", QMetaType::QString, QStringLiteral("open") },
        { AppSettings::FilterKind, "queue/filter/kind", QMetaType::QString, QString() },
        { AppSettings::FilterClause, "queue/filter/clause", QMetaType::QString, QString() },
        { AppSettings::FilterLanguage, "queue/filter/language", QMetaType::QString, QString() },
        { AppSettings::FilterFiat, "queue/filter/fiat", QMetaType::QString, QString() },
        { AppSettings::FilterAgent, "queue/filter/agent", QMetaType::QString, QString() },
        { AppSettings::FilterMine, "queue/filter/mine", QMetaType::Bool, false },
        { AppSettings::AgentName, "agent/name", QMetaType::QString, QString() },
        // View → Language (issue 14, item 13); empty: the system's language.
        { AppSettings::UiLanguage, "ui/language", QMetaType::QString, QString() },
        { AppSettings::TeamServer, "team/server", QMetaType::QString, QString() },
    } };
    return entries;
}

const Entry& entry(AppSettings::Key key)
{
    const Entry& e = table().at(key);
    Q_ASSERT(e.key == key);
    return e;
}

} // namespace

AppSettings::AppSettings(QSettings& settings)
    : m_settings(settings)
{ }

QVariant AppSettings::value(Key key) const
{
    const Entry& e = entry(key);
    QVariant stored = m_settings.value(QLatin1String(e.name));
    if (!stored.isValid() || !stored.convert(QMetaType(e.type)))
        return e.defaultValue;
    return stored;
}

void AppSettings::setValue(Key key, const QVariant& value)
{
    m_settings.setValue(QLatin1String(entry(key).name), value);
}

void AppSettings::sync()
{
    m_settings.sync();
}

QString AppSettings::name(Key key)
{
    return QLatin1String(entry(key).name);
}

QVariant AppSettings::defaultValue(Key key)
{
    return entry(key).defaultValue;
}

QString AppSettings::systemUserName()
{
    for (const char* variable : { "USER", "LOGNAME", "USERNAME" }) {
        const QString name = qEnvironmentVariable(variable);
        if (!name.isEmpty())
            return name;
    }
#ifdef Q_OS_UNIX
    if (const passwd* entry = getpwuid(getuid()))
        return QString::fromLocal8Bit(entry->pw_name);
#endif
    return QString();
}

QueueFilter AppSettings::queueFilter() const
{
    QueueFilter filter;
    CaseStatus status;
    if (caseStatusFromId(value(FilterStatus).toString(), &status))
        filter.status = status;
    filter.kind = value(FilterKind).toString();
    filter.clause = value(FilterClause).toString();
    filter.language = value(FilterLanguage).toString();
    filter.fiat = value(FilterFiat).toString();
    filter.agent = value(FilterAgent).toString();
    filter.mineOnly = value(FilterMine).toBool();
    filter.me = agentName();
    return filter;
}

void AppSettings::setQueueFilter(const QueueFilter& filter)
{
    setValue(FilterStatus, filter.status ? caseStatusId(*filter.status) : QString());
    setValue(FilterKind, filter.kind);
    setValue(FilterClause, filter.clause);
    setValue(FilterLanguage, filter.language);
    setValue(FilterFiat, filter.fiat);
    setValue(FilterAgent, filter.agent);
    setValue(FilterMine, filter.mineOnly);
}

std::pair<int, Qt::SortOrder> AppSettings::queueSort(int columnCount) const
{
    const int column = qBound(0, value(SortColumn).toInt(), columnCount - 1);
    const auto order = value(SortOrder).toInt() == int(Qt::DescendingOrder) ? Qt::DescendingOrder : Qt::AscendingOrder;
    return { column, order };
}

void AppSettings::setQueueSort(int column, Qt::SortOrder order)
{
    setValue(SortColumn, column);
    setValue(SortOrder, int(order));
}
