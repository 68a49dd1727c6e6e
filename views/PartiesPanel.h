#pragma once

#include "CaseFacts.h"
#include "CaseStore.h"

#include <QWidget>

class QVBoxLayout;

// What the desk knows about each party of a case, as CaseView reads it from the store.
struct PartyDetails
{
    Party party;
    QList<StrikeRecord> strikes;
    // Strikes the case's bundle brought in its `history` (counts per kind): the policy counts them with the
    // desk's own, so the panel shows them, marked as imported (they cannot be voided here).
    QHash<StrikeKind, int> importedStrikes;
    QList<SanctionRecord> activeSanctions;
    QList<CaseSummary> cases; // the user's cases (or the latest of them), oldest first, the current one included
    int caseCount = -1; // all of the user's cases, the current one included; -1: `cases` holds them all
};

// For each party: name and ids, strike history (voided ones struck through),
// active sanctions with their end, and earlier cases (a click opens one).
class PartiesPanel : public QWidget
{
    Q_OBJECT

public:
    static constexpr int MaxCasesShown = 100;

    explicit PartiesPanel(QWidget* parent = nullptr);

    void setParties(const QList<PartyDetails>& parties, const QString& currentCaseId);
    void clear();
    // Asks to void the strike selected in a party's list (the focused list first), or else the first live one,
    // which it selects; false when there is none.
    bool requestVoidOfSelectedStrike();
    // An agent's login (issue 15, item 5): the Void buttons stay off and say why. Applies from the next setParties().
    void setVoidAllowed(bool allowed, const QString& why);

signals:
    void openCaseRequested(const QString& caseId);
    void voidStrikeRequested(const StrikeRecord& strike);

private:
    QWidget* partyBox(const PartyDetails& details, const QString& currentCaseId);

    QVBoxLayout* m_layout;
    bool m_voidAllowed = true;
    QString m_voidRefusal;
};
