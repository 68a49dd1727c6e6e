#pragma once

#include "ReportOptions.h"

#include <QDialog>

class Database;
class QCheckBox;
class QComboBox;
class QDateEdit;
class QLabel;
class QProgressBar;
class QPushButton;
class QTextBrowser;

// The team lead's Reports dialog: period, filters and format; a preview of
// the summary; save with a progress bar that a click on Cancel stops.
class ReportDialog : public QDialog
{
    Q_OBJECT

public:
    ReportDialog(Database& db, QWidget* parent = nullptr);
    // An agent's login (issue 15, item 5): the report stays masked, the box says why.
    void setUnmaskAllowed(bool allowed, const QString& why);

    // The report language (en, sv, bg, th); the UI's by default.
    void setLanguage(const QString& language) { m_language = language; }
    // Who is asking: recorded in the audit log with an unmasked export.
    void setActor(const QString& actor) { m_actor = actor; }
    // Where "Save…" writes without asking (tests); empty: a file dialog asks.
    void setNextSavePath(const QString& path) { m_nextSavePath = path; }

    ReportOptions options() const;

public slots:
    void preview();
    void save();
    void reject() override;

private:
    void updateControls();
    bool run(const ReportOptions& options, const QString& path, QByteArray* bytes);
    void setRunning(bool running);

    Database& m_db;
    QString m_language;
    QString m_actor;
    QString m_nextSavePath;
    bool m_running = false;
    bool m_cancelRequested = false;

    QDateEdit* m_from = nullptr;
    QDateEdit* m_to = nullptr;
    QComboBox* m_agent = nullptr;
    QComboBox* m_clause = nullptr;
    QComboBox* m_kind = nullptr;
    QComboBox* m_format = nullptr;
    QComboBox* m_paper = nullptr;
    QCheckBox* m_bom = nullptr;
    QCheckBox* m_summaryOnly = nullptr;
    QCheckBox* m_mask = nullptr;
    bool m_unmaskAllowed = true;
    QLabel* m_maskWarning = nullptr;
    QTextBrowser* m_preview = nullptr;
    QProgressBar* m_progress = nullptr;
    QLabel* m_status = nullptr;
    QPushButton* m_previewButton = nullptr;
    QPushButton* m_saveButton = nullptr;
    QPushButton* m_cancelButton = nullptr;
};
