#include "ReportDialog.h"

#include "Database.h"
#include "LocaleDateEdit.h"
#include "PolicyEnums.h"
#include "ReportGenerator.h"
#include "ReportQuery.h"
#include "ReportText.h"
#include "Translator.h"

#include <QBuffer>
#include <QCheckBox>
#include <QComboBox>
#include <QCoreApplication>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QRegularExpression>
#include <QScopeGuard>
#include <QScreen>
#include <QTextBrowser>
#include <QVBoxLayout>

void ReportDialog::setUnmaskAllowed(bool allowed, const QString& why)
{
    m_unmaskAllowed = allowed;
    if (!allowed)
        m_mask->setChecked(true);
    m_mask->setToolTip(allowed ? QString() : why);
    updateControls();
}

ReportDialog::ReportDialog(Database& db, QWidget* parent)
    : QDialog(parent)
    , m_db(db)
    , m_language(Translator::currentLanguage())
    , m_actor(qEnvironmentVariable("USER"))
{
    setWindowTitle(tr("Reports"));
    const QDate today = QDateTime::currentDateTimeUtc().date();

    m_from = new LocaleDateEdit(QDate(today.year(), today.month(), 1), this);
    m_to = new LocaleDateEdit(today, this);

    const QSqlDatabase connection = m_db.connection();
    m_agent = new QComboBox(this);
    m_agent->setObjectName(QStringLiteral("agent"));
    m_agent->addItem(tr("All agents"), QString());
    for (const QString& agent : ReportQuery::agents(connection))
        m_agent->addItem(agent, agent);
    m_clause = new QComboBox(this);
    m_clause->addItem(tr("All clauses"), QString());
    for (const QString& clause : ReportQuery::clauses(connection))
        m_clause->addItem(clause, clause);
    m_kind = new QComboBox(this);
    m_kind->addItem(tr("All kinds"), QString());
    for (const QString& kind : PolicyIds::allCaseKinds())
        m_kind->addItem(ReportText::kindName(kind), kind);

    m_format = new QComboBox(this);
    m_format->setObjectName(QStringLiteral("format"));
    m_format->addItem(tr("PDF (summary, charts, cases)"), int(ReportOptions::Pdf));
    m_format->addItem(tr("HTML (one self-contained file)"), int(ReportOptions::Html));
    m_format->addItem(tr("CSV (one row per case)"), int(ReportOptions::Csv));
    m_paper = new QComboBox(this);
    m_paper->addItem(tr("A4"), false);
    m_paper->addItem(tr("Letter"), true);
    m_bom = new QCheckBox(tr("Start with a &BOM (for Excel)"), this);
    m_summaryOnly = new QCheckBox(tr("Su&mmary and charts only (for long periods)"), this);
    m_mask = new QCheckBox(tr("Mask personal &data (verified names, account numbers)"), this);
    m_mask->setChecked(true);
    m_mask->setObjectName(QStringLiteral("mask"));
    m_maskWarning = new QLabel(tr("An unmasked export is recorded in the audit log with your name."), this);
    m_maskWarning->setTextFormat(Qt::PlainText);
    m_maskWarning->setWordWrap(true);
    m_maskWarning->setObjectName(QStringLiteral("maskWarning"));

    auto* form = new QFormLayout;
    form->addRow(tr("&From:"), m_from);
    form->addRow(tr("&To:"), m_to);
    form->addRow(tr("A&gent:"), m_agent);
    form->addRow(tr("C&lause:"), m_clause);
    form->addRow(tr("&Kind:"), m_kind);
    form->addRow(tr("F&ormat:"), m_format);
    form->addRow(tr("Pap&er:"), m_paper);
    form->addRow(QString(), m_bom);
    form->addRow(QString(), m_summaryOnly);
    form->addRow(QString(), m_mask);
    form->addRow(QString(), m_maskWarning);

    m_preview = new QTextBrowser(this);
    m_preview->setOpenLinks(false);
    m_preview->setOpenExternalLinks(false);
    m_preview->setMinimumSize(520, 360);
    m_preview->setObjectName(QStringLiteral("preview"));
    m_progress = new QProgressBar(this);
    m_progress->setVisible(false);
    m_status = new QLabel(this);
    m_status->setTextFormat(Qt::PlainText);
    m_status->setWordWrap(true);
    m_status->setObjectName(QStringLiteral("status"));

    auto* buttons = new QDialogButtonBox(this);
    m_previewButton = buttons->addButton(tr("Pre&view"), QDialogButtonBox::ActionRole);
    m_saveButton = buttons->addButton(tr("&Save…"), QDialogButtonBox::AcceptRole);
    m_cancelButton = buttons->addButton(QDialogButtonBox::Cancel);
    // GNOME labels Cancel and Close both with Alt+C; this dialog shows both while a report runs.
    m_cancelButton->setText(tr("C&ancel", "stops a running report; its accelerator differs from Close's"));
    buttons->addButton(QDialogButtonBox::Close);
    connect(m_previewButton, &QPushButton::clicked, this, &ReportDialog::preview);
    connect(m_saveButton, &QPushButton::clicked, this, &ReportDialog::save);
    connect(m_cancelButton, &QPushButton::clicked, this, [this] { m_cancelRequested = true; });
    connect(buttons->button(QDialogButtonBox::Close), &QPushButton::clicked, this, &ReportDialog::reject);

    auto* top = new QHBoxLayout;
    top->addLayout(form);
    top->addWidget(m_preview, 1);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(top, 1);
    layout->addWidget(m_progress);
    layout->addWidget(m_status);
    layout->addWidget(buttons);

    connect(m_format, &QComboBox::currentIndexChanged, this, &ReportDialog::updateControls);
    connect(m_mask, &QCheckBox::toggled, this, &ReportDialog::updateControls);
    updateControls();

    // Room for the preview's tables: their headers wrap or clip in the minimum size.
    QSize size = sizeHint().expandedTo(QSize(1280, 760));
    if (const QScreen* screen = parent ? parent->screen() : QGuiApplication::primaryScreen())
        size = size.boundedTo(screen->availableGeometry().size() * 9 / 10);
    resize(size);
}

ReportOptions ReportDialog::options() const
{
    ReportOptions options;
    options.from = m_from->date();
    options.to = m_to->date();
    options.agent = m_agent->currentData().toString();
    options.clause = m_clause->currentData().toString();
    options.kind = m_kind->currentData().toString();
    options.format = ReportOptions::Format(m_format->currentData().toInt());
    options.language = m_language;
    options.mask = m_mask->isChecked();
    options.csvBom = m_bom->isChecked();
    options.letterPaper = m_paper->currentData().toBool();
    options.summaryOnly = m_summaryOnly->isChecked();
    options.actor = m_actor;
    return options;
}

void ReportDialog::updateControls()
{
    const auto format = ReportOptions::Format(m_format->currentData().toInt());
    m_paper->setEnabled(!m_running && format == ReportOptions::Pdf);
    m_bom->setEnabled(!m_running && format == ReportOptions::Csv);
    m_summaryOnly->setEnabled(!m_running && format != ReportOptions::Csv);
    m_maskWarning->setVisible(!m_mask->isChecked());
    const auto enableMask = qScopeGuard([this] { m_mask->setEnabled(!m_running && m_unmaskAllowed); });
    for (QWidget* w : std::initializer_list<QWidget*> {
             m_from, m_to, m_agent, m_clause, m_kind, m_format, m_mask, m_previewButton, m_saveButton })
        w->setEnabled(!m_running);
    m_cancelButton->setEnabled(m_running);
}

void ReportDialog::setRunning(bool running)
{
    m_running = running;
    m_cancelRequested = false;
    m_progress->setVisible(running);
    m_progress->setValue(0);
    updateControls();
}

bool ReportDialog::run(const ReportOptions& options, const QString& path, QByteArray* bytes)
{
    setRunning(true);
    ReportGenerator generator(m_db.connection(), options);
    generator.setProgress([this](qint64 done, qint64 total) {
        m_progress->setRange(0, 1000);
        m_progress->setValue(total > 0 ? int(1000 * done / total) : 1000);
        // The report runs on the window's thread (its database connection lives
        // here): let the Cancel button be clicked.
        QCoreApplication::processEvents();
        return !m_cancelRequested;
    });
    bool ok = false;
    if (bytes) {
        QBuffer buffer(bytes);
        buffer.open(QIODevice::WriteOnly);
        ok = generator.write(&buffer);
    } else {
        // The save dialog asked before replacing a file; OutputFile still refuses the database and symlinks.
        generator.setOverwrite(true);
        ok = generator.writeFile(path);
    }
    setRunning(false);
    if (!ok) {
        m_status->setText(generator.wasCancelled() ? tr("Cancelled: no file was written.") : generator.error());
        return false;
    }
    m_status->setText(bytes ? tr("Preview of %n case(s).", nullptr, int(generator.rowCount()))
                            : tr("Saved %n case(s) to %1.", nullptr, int(generator.rowCount())).arg(path));
    if (!bytes && generator.tableLeftOut())
        m_status->setText(m_status->text() + QLatin1Char(' ')
            + tr("Too many cases for a PDF table: the PDF has the summary and charts; export CSV or HTML for the "
                 "per-case rows."));
    for (const QString& warning : generator.warnings())
        m_status->setText(m_status->text() + QLatin1Char(' ') + warning);
    return true;
}

void ReportDialog::preview()
{
    if (m_running)
        return;
    // The summary as HTML; QTextBrowser draws no SVG, so the charts show in the saved file only.
    ReportOptions options = this->options();
    options.format = ReportOptions::Html;
    options.summaryOnly = true;
    options.mask = true; // a preview is never an export: nothing unmasked, nothing to audit
    QByteArray bytes;
    if (!run(options, QString(), &bytes))
        return;
    QString html = QString::fromUtf8(bytes);
    static const QRegularExpression svg(
        QStringLiteral("<svg.*?</svg>"), QRegularExpression::DotMatchesEverythingOption);
    html.remove(svg);
    m_preview->setHtml(html);
}

void ReportDialog::save()
{
    if (m_running)
        return;
    const ReportOptions options = this->options();
    QString path = m_nextSavePath;
    m_nextSavePath.clear();
    if (path.isEmpty()) {
        const QString suffix = ReportOptions::formatId(options.format);
        const QString name = QStringLiteral("report-%1-%2.%3")
                                 .arg(options.from.toString(Qt::ISODate), options.to.toString(Qt::ISODate), suffix);
        path = QFileDialog::getSaveFileName(
            this, tr("Save report"), name, tr("%1 files (*.%2)").arg(suffix.toUpper(), suffix));
        if (path.isEmpty())
            return;
    }
    run(options, path, nullptr);
}

void ReportDialog::reject()
{
    // Closing while a report runs cancels it first.
    if (m_running) {
        m_cancelRequested = true;
        return;
    }
    QDialog::reject();
}
