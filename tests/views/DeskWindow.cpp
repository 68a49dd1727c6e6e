#include "DeskWindow.h"

#include "DemoGenerator.h"
#include "Translator.h"

#include <QFile>
#include <QTest>

DeskWindow::DeskWindow()
    : m_path(m_dir.filePath(QStringLiteral("desk.sqlite")))
    , m_clock(DemoGenerator::defaultReferenceNow())
{ }

DeskWindow::~DeskWindow()
{
    close();
}

void DeskWindow::addLanguageRows()
{
    QTest::addColumn<QString>("language");
    for (const QString& language : Translator::availableLanguages())
        QTest::newRow(qPrintable(language)) << language;
}

bool DeskWindow::open(const QString& language, QString* error)
{
    close();
    if (!Translator::install(language)) {
        *error = QStringLiteral("no catalogue for ") + language;
        return false;
    }
    if (!m_dir.isValid()) {
        *error = QStringLiteral("no temporary folder");
        return false;
    }
    AppContext::Options options;
    options.databasePath = m_path;
    options.settingsPath = m_dir.filePath(QStringLiteral("settings.ini"));
    options.connectionName = QStringLiteral("window");
    options.clock = &m_clock;
    QFile::remove(options.settingsPath); // settings cleared: every window starts as on a new machine
    m_context = std::make_unique<AppContext>(options);
    if (!m_context->open()) {
        *error = m_context->error();
        return false;
    }
    m_context->settings().setValue(AppSettings::AgentName, QStringLiteral("Tester"));
    m_window = std::make_unique<MainWindow>(m_context->service(), m_context->settings());
    if (!m_window->openQueue()) {
        *error = m_window->queueError();
        return false;
    }
    return true;
}

void DeskWindow::close()
{
    m_window.reset();
    m_context.reset();
    Translator::install(QStringLiteral("en"));
}
