#pragma once

#include <QWidget>

class CaseStore;
class Clock;

// The right-hand side of the main window: one case's order facts, timeline,
// transcript, suggestion and parties, and the decision controls.
class CaseView : public QWidget
{
    Q_OBJECT

public:
    CaseView(CaseStore& store, const Clock& clock, QWidget* parent = nullptr);
    ~CaseView() override;

    QString currentCaseId() const;
    void setAgentName(const QString& name);

public slots:
    void showCase(const QString& caseId); // empty: nothing shown
    void acceptSuggestion(); // asks for confirmation, then records
    void overrideDecision(); // another outcome, note required
    void findInTranscript();

signals:
    void caseChanged(const QString& caseId); // an event or decision changed the stored case
    void caseDecided(const QString& caseId); // the queue moves on to the next case
    void openCaseRequested(const QString& caseId); // e.g. a party's earlier case
};
