#include "DeskWindow.h"

#include "DemoGenerator.h"
#include "Translator.h"

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
    m_db = std::make_unique<Database>(m_path, QStringLiteral("window"));
    if (!m_db->open()) {
        *error = m_db->error();
        return false;
    }
    m_store = std::make_unique<CaseStore>(*m_db);
    m_qsettings = std::make_unique<QSettings>(m_dir.filePath(QStringLiteral("settings.ini")), QSettings::IniFormat);
    m_qsettings->clear();
    m_settings = std::make_unique<AppSettings>(*m_qsettings);
    m_settings->setValue(AppSettings::AgentName, QStringLiteral("Tester"));
    m_window = std::make_unique<MainWindow>(*m_db, *m_store, m_clock, *m_settings);
    if (!m_window->openQueue()) {
        *error = m_window->queueError();
        return false;
    }
    return true;
}

void DeskWindow::close()
{
    m_window.reset();
    m_settings.reset();
    m_qsettings.reset();
    m_store.reset();
    m_db.reset();
    Translator::install(QStringLiteral("en"));
}
