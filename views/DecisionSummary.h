#pragma once

#include "CaseFacts.h"
#include "CaseStore.h"
#include "Suggestion.h"

#include <QString>
#include <QStringList>

// Sentences for what a suggestion or a decision records, shared by the
// suggestion panel and the confirmation, so both say exactly the same.
namespace DecisionSummary {
QString partyName(const CaseFacts& facts, const QString& userId);
QString strike(const CaseFacts& facts, const QString& userId, StrikeKind kind, const QString& clause);
QString sanction(
    const CaseFacts& facts, const QString& userId, SanctionScope scope, std::optional<int> days, const QString& clause);
QString flag(const QString& id);

// The decision as it will be stored: outcome, override note, strikes, sanctions, and what an override drops.
QStringList recorded(const DecisionRecord& decision, const CaseFacts& facts);
} // namespace DecisionSummary
