#include "AppContext.h"

#include "DatabaseLocation.h"

#include "AppSettings.h"
#include "CaseService.h"
#include "CaseStore.h"
#include "Clock.h"
#include "Database.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSettings>
#include <QStandardPaths>

namespace {

const char kApplicationName[] = "AppealDesk";
const char kDatabaseFile[] = "appealdesk.sqlite";
const char kSettingsFile[] = "appealdesk.conf";

} // namespace

void AppContext::setApplicationNames()
{
    // No organisation: the data folder is ~/.local/share/AppealDesk, not a folder inside another.
    QCoreApplication::setOrganizationName(QString());
    QCoreApplication::setApplicationName(QString::fromLatin1(kApplicationName));
    QCoreApplication::setApplicationVersion(QStringLiteral(APPEALDESK_VERSION));
}

QString AppContext::defaultDatabasePath()
{
    return QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation))
        .filePath(QString::fromLatin1(kDatabaseFile));
}

QString AppContext::defaultSettingsPath()
{
    return QDir(QStandardPaths::writableLocation(QStandardPaths::AppConfigLocation))
        .filePath(QString::fromLatin1(kSettingsFile));
}

AppContext::AppContext()
    : AppContext(Options())
{ }

AppContext::AppContext(const Options& options)
    : m_databasePath(options.databasePath.isEmpty() ? defaultDatabasePath() : options.databasePath)
    , m_usesDefault(options.databasePath.isEmpty())
    , m_mayCreate(options.mayCreate)
    , m_connectionName(options.connectionName)
    , m_clock(options.clock)
{
    if (!m_clock) {
        m_ownClock = std::make_unique<Clock>();
        m_clock = m_ownClock.get();
    }
    m_qsettings = std::make_unique<QSettings>(
        options.settingsPath.isEmpty() ? defaultSettingsPath() : options.settingsPath, QSettings::IniFormat);
    m_settings = std::make_unique<AppSettings>(*m_qsettings);
}

AppContext::~AppContext()
{
    // The service and the store keep prepared statements on the connection: before the connection.
    m_service.reset();
    m_store.reset();
    m_db.reset();
}

bool AppContext::open()
{
    if (m_usesDefault) {
        QDir().mkpath(QFileInfo(m_databasePath).absolutePath());
        if (!adoptEarlierDefault())
            return false;
    }
    // A server (postgresql://…) is created by its administrator, never by a command: only files are checked here.
    const bool memory = m_databasePath == QLatin1String(":memory:") || DatabaseLocation::isServerUri(m_databasePath);
    const QFileInfo file(m_databasePath);
    if (!memory && !file.exists() && !file.isSymLink() && !m_mayCreate) {
        m_error = QCoreApplication::translate("AppContext",
            "There is no database at %1. This command only reads one and never creates it; "
            "the window's first start, appealdesk import and appealdesk demo create a database.")
                      .arg(m_databasePath);
        return false;
    }
    m_created = !memory && !file.exists();
    m_db = std::make_unique<Database>(m_databasePath, m_connectionName);
    if (!m_db->open()) {
        m_error = m_db->error();
        return false;
    }
    m_store = std::make_unique<CaseStore>(*m_db);
    m_service = std::make_unique<CaseService>(*m_db, *m_store, *m_clock);
    return true;
}

// Versions before 0.2 put the window's database and the command line's in two different
// folders under ~/.local/share/AppealDesk. The first one found becomes the default file.
bool AppContext::adoptEarlierDefault()
{
    if (QFileInfo::exists(m_databasePath))
        return true;
    const QDir data(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation));
    for (const char* folder : { "appealdesk", "AppealDesk" }) {
        const QString earlier
            = data.filePath(QString::fromLatin1(folder) + QLatin1Char('/') + QLatin1String(kDatabaseFile));
        if (!QFileInfo::exists(earlier))
            continue;
        for (const char* suffix : { "", "-wal", "-shm" }) {
            const QString from = earlier + QLatin1String(suffix);
            if (QFileInfo::exists(from) && !QFile::rename(from, m_databasePath + QLatin1String(suffix))) {
                m_error = QCoreApplication::translate("AppContext", "Cannot move the database %1 to %2.")
                              .arg(from, m_databasePath + QLatin1String(suffix));
                return false;
            }
        }
        m_notice = QCoreApplication::translate("AppContext", "The database %1 was moved to %2, the one default file.")
                       .arg(earlier, m_databasePath);
        return true;
    }
    return true;
}
