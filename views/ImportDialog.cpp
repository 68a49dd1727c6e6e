#include "ImportDialog.h"

#include "CaseService.h"

#include "CaseStore.h"
#include "Clock.h"
#include "Database.h"

#include <QDialogButtonBox>
#include <QFileInfo>
#include <QLabel>
#include <QMimeData>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QVBoxLayout>

namespace {
constexpr int kProgressSteps = 1000;
}

ImportDialog::ImportDialog(const QString& databasePath, const QStringList& files, const Clock& clock, QWidget* parent)
    : QDialog(parent)
    , m_files(files)
    , m_job(databasePath, &clock)
    , m_results(std::make_shared<QList<ImportReport>>())
    , m_fileLabel(new QLabel(this))
    , m_progress(new QProgressBar(this))
    , m_summary(new QLabel(this))
    , m_rejected(new QPlainTextEdit(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Cancel, this))
{
    setWindowTitle(tr("Import cases"));
    m_fileLabel->setTextFormat(Qt::PlainText);
    m_summary->setTextFormat(Qt::PlainText);
    m_summary->setWordWrap(true);
    m_progress->setRange(0, kProgressSteps * int(qMax<qsizetype>(1, files.size())));
    m_rejected->setReadOnly(true);
    m_rejected->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_rejected->setPlaceholderText(tr("Rejected cases are listed here."));
    m_rejected->hide();
    connect(m_buttons, &QDialogButtonBox::rejected, this, &ImportDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_fileLabel);
    layout->addWidget(m_progress);
    layout->addWidget(m_summary);
    layout->addWidget(m_rejected, 1);
    layout->addWidget(m_buttons);
    resize(640, 200);
}

void ImportDialog::start()
{
    if (m_job.isRunning())
        return;
    const QStringList files = m_files;
    const std::shared_ptr<QList<ImportReport>> results = m_results;
    connect(&m_job, &DatabaseJob::finished, this, &ImportDialog::finish, Qt::UniqueConnection);
    m_job.start(
        [this, files, results](CaseService& service, const std::atomic<bool>& cancel, const DatabaseJob::Progress&) {
            Importer importer(service.database(), service.store(), service.clock());
            importer.setCancelFlag(&cancel);
            for (int i = 0; i < files.size(); ++i) {
                if (cancel.load()) {
                    ImportReport notStarted;
                    notStarted.file = files.at(i);
                    notStarted.cancelled = true;
                    results->append(notStarted);
                    continue;
                }
                // Progress names the file: reported straight to the dialog, not as a plain count.
                importer.setProgressCallback([this, i](qint64 bytesRead, qint64 totalBytes) {
                    QMetaObject::invokeMethod(
                        this, [this, i, bytesRead, totalBytes] { showProgress(i, bytesRead, totalBytes); },
                        Qt::QueuedConnection);
                });
                QMetaObject::invokeMethod(
                    this, [this, i] { showProgress(i, 0, 1); }, Qt::QueuedConnection);
                results->append(importer.importFile(files.at(i)));
            }
            return QString();
        });
}

bool ImportDialog::isRunning() const
{
    // Until finish() has collected the reports, not merely until the thread has ended.
    return m_job.isRunning();
}

void ImportDialog::showProgress(int fileIndex, qint64 bytesRead, qint64 totalBytes)
{
    m_fileLabel->setText(tr("Importing %1 (%2 of %3)")
                             .arg(QFileInfo(m_files.value(fileIndex)).fileName())
                             .arg(fileIndex + 1)
                             .arg(m_files.size()));
    const qint64 part = totalBytes > 0 ? bytesRead * kProgressSteps / totalBytes : 0;
    m_progress->setValue(fileIndex * kProgressSteps + int(qBound<qint64>(0, part, qint64(kProgressSteps))));
}

void ImportDialog::finish(bool, bool cancelled, const QString& error)
{
    m_cancelled = cancelled;
    if (!error.isEmpty() && m_results->isEmpty()) {
        // The database could not be opened: no file was read.
        ImportReport failed;
        failed.file = m_files.value(0);
        failed.fileRejected = true;
        failed.storeError = error;
        m_results->append(failed);
    }
    m_reports = *m_results;
    m_progress->setValue(m_progress->maximum());
    m_fileLabel->setText(m_cancelled ? tr("Import cancelled.") : tr("Import finished."));
    m_summary->setText(summary());
    QStringList rejected;
    for (const ImportReport& report : std::as_const(m_reports)) {
        rejected += report.messages();
        if (!report.storeError.isEmpty())
            rejected << report.file + QStringLiteral(": ") + report.storeError;
    }
    m_rejected->setPlainText(rejected.join(QLatin1Char('\n')));
    m_rejected->setVisible(!rejected.isEmpty());
    if (!rejected.isEmpty())
        resize(width(), qMax(height(), 420));
    m_buttons->setStandardButtons(QDialogButtonBox::Close);
    m_buttons->setEnabled(true);
    emit importFinished(storedCount());
}

int ImportDialog::storedCount() const
{
    int stored = 0;
    for (const ImportReport& report : m_reports)
        stored += report.imported + report.replaced;
    return stored;
}

QString ImportDialog::summary() const
{
    QStringList lines;
    for (const ImportReport& report : m_reports) {
        const QString name = QFileInfo(report.file).fileName();
        if (report.cancelled)
            lines << tr("%1: cancelled, nothing stored").arg(name);
        else if (report.fileRejected)
            lines << tr("%1: rejected, nothing stored").arg(name);
        else
            lines << tr("%1: %L2 imported, %L3 replaced, %L4 already present, %L5 invalid")
                         .arg(name)
                         .arg(report.imported)
                         .arg(report.replaced)
                         .arg(report.skipped.size() + report.decidedNotReplaced.size())
                         .arg(report.errors.size());
    }
    return lines.join(QLatin1Char('\n'));
}

void ImportDialog::reject()
{
    if (isRunning()) {
        m_job.cancel();
        m_fileLabel->setText(tr("Cancelling…"));
        m_buttons->setEnabled(false);
        return;
    }
    QDialog::reject();
}

QStringList ImportDialog::bundleFiles(const QMimeData* mime)
{
    QStringList files;
    if (!mime || !mime->hasUrls())
        return files;
    for (const QUrl& url : mime->urls()) {
        const QString path = url.toLocalFile();
        const QString suffix = QFileInfo(path).suffix().toLower();
        if (!path.isEmpty() && (suffix == QLatin1String("json") || suffix == QLatin1String("jsonl")))
            files << path;
    }
    return files;
}
