#pragma once

#include "CaseService.h"

// The record a decision request makes on the suggestion it was shown (CaseService::recordFor, which
// decide(), the decision dialog's preview and the demo use): the request's outcome, note and agent, the
// suggestion's clauses, and its strikes and sanctions, each kept, or dropped by an override that does
// not keep it.
class DecisionRecordBuilder
{
public:
    static DecisionRecord build(const Suggestion& suggestion, const DecisionRequest& request, const QDateTime& at);

private:
    static bool kept(
        const DecisionRequest& request, bool isOverride, const QString& userId, const QString& kindOrScope);
    // Each suggested strike (or sanction) goes to the record's list or to its dropped list.
    template<typename Suggested, typename Record>
    static void sortOut(const QList<Suggested>& suggested, const DecisionRequest& request, const DecisionRecord& d,
        QList<Record>* recorded, QList<Suggested>* dropped);
};
