#pragma once

#include <QObject>
#include <QStringList>

class AppSettings;
class Clock;
class Database;
class QMimeData;
class QWidget;

// The File menu's work on the desk as a whole, for the main window: importing case bundles (chosen, or
// dropped on the window), a checked backup, connecting to a team server.
class DeskFileActions : public QObject
{
    Q_OBJECT

public:
    // Takes the drops on `window` (it accepts drops from then on).
    DeskFileActions(Database& db, const Clock& clock, AppSettings& settings, QWidget* window);

    void chooseImportFiles();
    void importFiles(const QStringList& files);
    // A consistent copy while the desk keeps working, checked before it is reported written.
    void backUp();
    void connectToTeamServer();
    // The seam for tests: the next backup goes to `path` without asking.
    void setNextBackupPath(const QString& path) { m_nextBackupPath = path; }

signals:
    void imported(int stored);
    void message(const QString& text, int timeoutMs);
    // File → Connect to a team server… connected to `uri` (issue 15, item 1).
    void databaseSwitchRequested(const QString& uri);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    Database& m_db;
    const Clock& m_clock;
    AppSettings& m_settings;
    QWidget* m_window;
    QString m_nextBackupPath;
};
