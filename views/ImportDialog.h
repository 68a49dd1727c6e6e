#pragma once

#include "Importer.h"

#include <QDialog>
#include <QList>

#include <atomic>
#include <memory>

class Clock;
class QDialogButtonBox;
class QLabel;
class QPlainTextEdit;
class QProgressBar;
class QThread;

// Imports bundle files in a worker thread (with its own database connection),
// shows the progress, can be cancelled (the file being read is rolled back),
// and lists the cases that were not stored.
class ImportDialog : public QDialog
{
    Q_OBJECT

public:
    ImportDialog(const QString& databasePath, const QStringList& files, const Clock& clock, QWidget* parent = nullptr);
    ~ImportDialog() override;

    void start();
    bool isRunning() const;
    QList<ImportReport> reports() const { return m_reports; }
    // Cases stored by the import (new or replaced).
    int storedCount() const;

public slots:
    void reject() override; // cancels a running import, or closes

signals:
    void importFinished(int storedCount);

private:
    void showProgress(int fileIndex, qint64 bytesRead, qint64 totalBytes);
    void finish();
    QString summary() const;

    QString m_databasePath;
    QStringList m_files;
    const Clock& m_clock;
    std::atomic<bool> m_cancel { false };
    std::shared_ptr<QList<ImportReport>> m_results;
    QList<ImportReport> m_reports;
    QThread* m_thread = nullptr;

    QLabel* m_fileLabel;
    QProgressBar* m_progress;
    QLabel* m_summary;
    QPlainTextEdit* m_rejected;
    QDialogButtonBox* m_buttons;
};
