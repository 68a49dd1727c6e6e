#pragma once

#include "AppContext.h"
#include "AppSettings.h"
#include "CaseService.h"
#include "CaseStore.h"
#include "Clock.h"
#include "Database.h"
#include "MainWindow.h"

#include <QTemporaryDir>

#include <memory>

// For the view tests: the main window, built from an AppContext as the program builds
// it, on a database and a settings file in a temporary folder, at the demo's reference time, with the queue open.
class DeskWindow
{
public:
    DeskWindow();
    ~DeskWindow();

    // The database every open() uses; tests may fill it first.
    QString databasePath() const { return m_path; }
    const FixedClock& clock() const { return m_clock; }

    // A "language" column for data-driven tests, one row per UI language.
    static void addLanguageRows();

    // A fresh window in `language` (settings cleared, agent "Tester") on the database; false with `error` set.
    bool open(const QString& language, QString* error);
    // Closes the window and goes back to English.
    void close();

    Database& database() const { return m_context->database(); }
    CaseStore& store() const { return m_context->store(); }
    CaseService& service() const { return m_context->service(); }
    MainWindow& window() const { return *m_window; }

private:
    QTemporaryDir m_dir;
    QString m_path;
    FixedClock m_clock;
    std::unique_ptr<AppContext> m_context; // as the program builds it, on the folder's files
    std::unique_ptr<MainWindow> m_window;
};
