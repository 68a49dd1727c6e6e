#pragma once

#include "ClauseContext.h"

// policy.md, clause by clause, one function per clause named after its id, grouped by family:
// PaymentClauses.cpp (G0 and the fact clauses S2a..S2d), StatedReasonClauses.cpp (B1..B5, S1..S3),
// ConductClauses.cpp (B6/S4 and the scanners that flag), LiveChatClauses.cpp (LC1, LC2); strikes and
// sanctions in SanctionLadder.
//
// Adding a clause: write clauseXy(Context&) returning whether its conditions hold (a stated-reason
// clause sets Context::whyNot when they do not), list it in PolicyEngine.cpp's kFactClauses (in
// precedence order) or kStatedClauses, give it a summary in PolicyEngine::clauseSummary(), and add its
// scenarios to tests/policy/tst_policyengine.cpp. What differs between revisions is data in PolicyRevision.
namespace PolicyClauses {

// ---- scope
bool clauseG0(Context& c);

// ---- fact clauses, in precedence order
bool clauseS2b(Context& c);
bool clauseS2a(Context& c);
bool clauseS2c(Context& c);
bool clauseS2d(Context& c);

// ---- stated-reason clauses
bool clauseB1(Context& c);
bool clauseB2(Context& c);
bool clauseB3(Context& c);
bool clauseB4(Context& c);
bool clauseB5(Context& c);
bool clauseS1(Context& c);
bool clauseS2(Context& c);
bool clauseS3(Context& c);

// ---- conduct: B6 (buyer appeals) and S4 (seller appeals)
const char* conductClause(const Context& c);
// Adds the abusive_language strikes (and sanctions) for every party an agent confirmed; returns whether any
// was confirmed.
bool clauseConduct(Context& c);
// The appeal is only about conduct: the outcome follows from the strikes.
void conductOnly(Context& c);

// ---- scanners: they only flag, a person confirms
void scanRemarks(Context& c);
void scanTranscript(Context& c);

// ---- live chat
void suggestLiveChatAbuse(Context& c);
void suggestLiveChatAppeal(Context& c);

} // namespace PolicyClauses
