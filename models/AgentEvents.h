#pragma once

#include "PolicyEnums.h"

#include <QList>

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

} // namespace AgentEvents
