#pragma once

#include "ClauseContext.h"

#include <optional>

// Strikes and sanctions (policy.md, "Strikes and sanctions"): a user's count of a kind is the desk's
// recorded strikes, the case's `history` and this case's strike; the thresholds and the LC1 ladder are
// in the settings, read by the clauses that sanction.
namespace PolicyClauses {

// Records this case's strike and returns the user's count including it.
int addStrike(Context& c, const Party* party, StrikeKind kind, const char* clause);
void addSanction(Context& c, const Party* party, SanctionScope scope, std::optional<int> days, const char* clause);

} // namespace PolicyClauses
