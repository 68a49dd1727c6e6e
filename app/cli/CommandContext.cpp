#include "CommandContext.h"

#include "Clock.h"
#include "Command.h"
#include "Database.h"

CommandContext::CommandContext(const QStringList& arguments, const QString& command, QTextStream& out, QTextStream& err,
    const AppContext::Options& defaults)
    : m_arguments(arguments)
    , m_command(command)
    , m_out(out)
    , m_err(err)
    , m_defaults(defaults)
    , m_clock(defaults.clock)
{
    if (!m_clock) {
        m_ownClock = std::make_unique<Clock>();
        m_clock = m_ownClock.get();
    }
}

CommandContext::~CommandContext() = default;

QString CommandContext::earlyValue(const QString& name) const
{
    const QString option = QStringLiteral("--") + name;
    QString value;
    for (int i = 1; i < m_arguments.size(); ++i) {
        const QString& arg = m_arguments.at(i);
        if (arg == option && i + 1 < m_arguments.size())
            value = m_arguments.at(i + 1);
        else if (arg.startsWith(option + QLatin1Char('=')))
            value = arg.mid(option.size() + 1);
    }
    return value;
}

QString CommandContext::databasePath(const QString& path) const
{
    if (!path.isEmpty())
        return path;
    return m_defaults.databasePath.isEmpty() ? AppContext::defaultDatabasePath() : m_defaults.databasePath;
}

AppContext* CommandContext::openDatabase(const QString& path, Access access)
{
    AppContext::Options options = m_defaults;
    if (!path.isEmpty())
        options.databasePath = path;
    options.clock = m_clock;
    options.mayCreate = access == Create;
    m_context = std::make_unique<AppContext>(options);
    if (!m_context->open()) {
        m_err << m_context->error() << Qt::endl;
        return nullptr;
    }
    if (!m_context->notice().isEmpty())
        m_err << m_context->notice() << Qt::endl;
    if (m_context->created())
        m_err << tr("Created a new database: %1").arg(m_context->databasePath()) << Qt::endl;
    // Opening checked only the structure of a large file; nothing is written to a damaged one.
    if (access != Read && m_context->database().integrityCheckDeferred() && !m_context->database().verifyIntegrity()) {
        m_err << m_context->database().error() << Qt::endl;
        m_err << tr("Nothing was written. Do not decide cases in it: restore a backup.") << Qt::endl;
        m_context.reset();
        return nullptr;
    }
    return m_context.get();
}

int CommandContext::usageError(const QString& message)
{
    m_err << QStringLiteral("appealdesk");
    if (!m_command.isEmpty())
        m_err << QLatin1Char(' ') << m_command;
    m_err << QStringLiteral(": ") << message << Qt::endl;
    m_err << tr("Try: appealdesk --help") << Qt::endl;
    return Command::Usage;
}
