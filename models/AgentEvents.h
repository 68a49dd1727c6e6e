#pragma once

#include "PolicyEnums.h"

#include <QList>

#include <optional>

struct CaseFacts;
struct Suggestion;

// The events an agent records on a case (the window's "Record event" and `appealdesk event`):
// which ones a case of a kind takes, which of them also on a decided case (the follow-ups of
// policy.md's settled reading 14), and whose act each one records. One list for both.
namespace AgentEvents {

// What an agent may record on an undecided case of `kind`, in the order the window offers them.
QList<EventType> recordable(CaseKind kind);
// What may still be recorded once the case is decided: payment and refund proofs.
QList<EventType> followUps(CaseKind kind);
bool isRecordable(CaseKind kind, EventType type, bool decided);
// The party whose act the event records (the seller reported, the buyer paid the remainder), or Agent.
Role actor(EventType type);
// The event names a party (who was unresponsive, who was abusive).
bool needsParty(EventType type);
// The event the suggestion's steps wait for (issue 14, item 7): what the Record event dialog offers first. On an
// undecided case from `suggestion` (its clause and what is recorded); on a decided one (`decided` its outcome) the
// refund's proof, then its confirmation, until both are recorded (settled reading 14). Nothing when no step waits.
std::optional<EventType> awaited(
    const CaseFacts& facts, const Suggestion& suggestion, std::optional<Outcome> decided = std::nullopt);
// A decision whose steps include a refund to the buyer: a refund, or a release with an excess to pay back (B2).
bool hasRefundFollowUp(const Suggestion& suggestion, Outcome decided);

} // namespace AgentEvents
