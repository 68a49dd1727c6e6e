#pragma once

#include "DemoCaseDraft.h"

namespace demo {

// The stories the demo tells, one per clause it exercises (B3 in two variants: instant and not).
enum Scenario
{
    G0,
    B1,
    B2,
    B3Realtime,
    B3NonInstant,
    B4,
    B5,
    B6,
    S1,
    S2a,
    S2b,
    S2c,
    S2d,
    S3,
    S4,
    LC1,
    LC2,
    ScenarioCount
};

// The clause a story exercises ("B3", "S2c", "LC2", ...).
QString storyId(Scenario s);
// Per mille of the demo's cases (the first cases walk through each once).
int storyWeight(Scenario s);

// Writes a P2P appeal story (every scenario but LC1 and LC2) into `d`.
void writeP2pStory(CaseDraft& d, Scenario s);
// LC1: a live chat reported for abuse.
void writeLiveChatAbuse(CaseDraft& d);
// LC2: an appeal against a live-chat suspension.
void writeSuspensionAppeal(CaseDraft& d);

} // namespace demo
