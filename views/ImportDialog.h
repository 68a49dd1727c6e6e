#pragma once

#include "DatabaseJob.h"
#include "Importer.h"

#include <QDialog>
#include <QList>

#include <memory>

class Clock;
class QDialogButtonBox;
class QLabel;
class QMimeData;
class QPlainTextEdit;
class QProgressBar;

// Imports bundle files as a DatabaseJob (a worker thread with its own database connection),
// shows the progress, can be cancelled (the file being read is rolled back),
// and lists the cases that were not stored.
class ImportDialog : public QDialog
{
    Q_OBJECT

public:
    // The case bundles (.json, .jsonl) among the local files of a drag or a paste.
    static QStringList bundleFiles(const QMimeData* mime);

    ImportDialog(const QString& databasePath, const QStringList& files, const Clock& clock, QWidget* parent = nullptr);

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
    void finish(bool ok, bool cancelled, const QString& error);
    QString summary() const;

    QStringList m_files;
    DatabaseJob m_job;
    std::shared_ptr<QList<ImportReport>> m_results;
    QList<ImportReport> m_reports;
    bool m_cancelled = false;

    QLabel* m_fileLabel;
    QProgressBar* m_progress;
    QLabel* m_summary;
    QPlainTextEdit* m_rejected;
    QDialogButtonBox* m_buttons;
};
