#pragma once

#include "ReviewSampler.h"

#include <QDialog>

class CaseService;
class LocaleDateEdit;
class OrderFactsPanel;
class QButtonGroup;
class QCheckBox;
class QLabel;
class QPlainTextEdit;
class QPushButton;
class QRadioButton;
class QSpinBox;
class QTreeWidget;
class SuggestionPanel;
class TranscriptView;

// Issue 17, item 2: the team lead's second review. The sample of a period (every override and needs_review
// decision, N more per agent and week for a seed), each decision shown as its agent saw it at the
// decision's instant (the facts then and the suggestion then), and agree / disagree with a note; a
// disagreement can reopen the case. Every write goes through CaseService::review().
class ReviewView : public QDialog
{
    Q_OBJECT

public:
    ReviewView(CaseService& service, const QString& reviewer, QWidget* parent = nullptr);

    QTreeWidget* sampleList() const { return m_list; }
    QPlainTextEdit* noteEdit() const { return m_note; }
    QRadioButton* agreeButton() const { return m_agree; }
    QRadioButton* disagreeButton() const { return m_disagree; }
    QCheckBox* reopenBox() const { return m_reopen; }
    QPushButton* recordButton() const { return m_record; }
    QLabel* decisionLabel() const { return m_decision; }
    LocaleDateEdit* fromEdit() const { return m_from; }

public slots:
    void loadSample(); // the sample of the chosen period, per agent and seed
    void recordReview();

signals:
    void openCaseRequested(const QString& caseId);
    void caseChanged(const QString& caseId); // a review reopened it

private:
    void showDecision(const QString& caseId);
    void updateRecordButton();
    QString reasonsText(int reasons) const;

    CaseService& m_service;
    QString m_reviewer;
    QList<ReviewPick> m_picks;
    QString m_caseId;
    bool m_decided = false; // m_caseId's decision is shown and can be reviewed
    LocaleDateEdit* m_from;
    LocaleDateEdit* m_to;
    QSpinBox* m_perAgent;
    QSpinBox* m_seed;
    QTreeWidget* m_list;
    QLabel* m_decision;
    QLabel* m_changed;
    OrderFactsPanel* m_facts;
    SuggestionPanel* m_suggestion;
    TranscriptView* m_transcript;
    QRadioButton* m_agree;
    QRadioButton* m_disagree;
    QButtonGroup* m_verdict;
    QPlainTextEdit* m_note;
    QCheckBox* m_reopen;
    QPushButton* m_record;
    QPushButton* m_open;
};
