#include "DeskFileActions.h"

#include "AppSettings.h"
#include "Clock.h"
#include "ConnectDialog.h"
#include "Database.h"
#include "ImportDialog.h"
#include "PlainMessageBox.h"

#include <QApplication>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QWidget>

#include <utility>

DeskFileActions::DeskFileActions(Database& db, const Clock& clock, AppSettings& settings, QWidget* window)
    : QObject(window)
    , m_db(db)
    , m_clock(clock)
    , m_settings(settings)
    , m_window(window)
{
    window->setAcceptDrops(true);
    window->installEventFilter(this);
}

void DeskFileActions::chooseImportFiles()
{
    const QStringList files = QFileDialog::getOpenFileNames(
        m_window, tr("Import cases"), QString(), tr("Case bundles (*.json *.jsonl);;All files (*)"));
    if (!files.isEmpty())
        importFiles(files);
}

void DeskFileActions::importFiles(const QStringList& files)
{
    auto* dialog = new ImportDialog(m_db.path(), files, m_clock, m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &ImportDialog::importFinished, this, &DeskFileActions::imported);
    dialog->open();
    dialog->start();
}

// VACUUM INTO on SQLite: the copy is consistent although agents keep deciding.
void DeskFileActions::backUp()
{
    const QString suggested = QFileInfo(m_db.path()).absolutePath() + QStringLiteral("/appealdesk-backup-")
        + m_clock.now().toString(QStringLiteral("yyyyMMdd-HHmm")) + QStringLiteral(".sqlite");
    const QString file = !m_nextBackupPath.isEmpty()
        ? std::exchange(m_nextBackupPath, QString())
        : QFileDialog::getSaveFileName(m_window, tr("Back up the case database"), suggested,
            tr("SQLite databases (*.sqlite)"), nullptr, QFileDialog::DontConfirmOverwrite);
    if (file.isEmpty())
        return;
    QApplication::setOverrideCursor(Qt::WaitCursor);
    const bool ok = m_db.backupTo(file);
    QApplication::restoreOverrideCursor();
    if (ok)
        emit message(tr("Backup written and checked: %1").arg(file), 10000);
    else
        PlainMessageBox::warning(m_window, tr("Back up the case database"), m_db.error());
}

void DeskFileActions::connectToTeamServer()
{
    ConnectDialog dialog(m_settings.value(AppSettings::TeamServer).toString(), m_window);
    if (dialog.exec() != QDialog::Accepted)
        return;
    // The URI never holds a password (DatabaseLocation refuses one): safe to remember.
    m_settings.setValue(AppSettings::TeamServer, dialog.uri());
    m_settings.sync();
    emit databaseSwitchRequested(dialog.uri());
}

bool DeskFileActions::eventFilter(QObject* watched, QEvent* event)
{
    if (watched != m_window || (event->type() != QEvent::DragEnter && event->type() != QEvent::Drop))
        return false;
    auto* drop = static_cast<QDropEvent*>(event); // QDragEnterEvent is a QDropEvent
    const QStringList files = ImportDialog::bundleFiles(drop->mimeData());
    if (files.isEmpty())
        return false;
    drop->acceptProposedAction();
    if (event->type() == QEvent::Drop)
        importFiles(files);
    return true;
}
