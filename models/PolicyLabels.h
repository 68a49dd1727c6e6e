#pragma once

#include "Decimal.h"
#include "PolicyEnums.h"

#include <QString>

// Translated names of the policy vocabularies for the UI (the identifiers
// themselves stay English, see PolicyIds).
namespace PolicyLabels {
QString outcome(Outcome v);
QString eventType(EventType v);
QString strikeKind(StrikeKind v);
QString scope(SanctionScope v);
QString role(Role v);
QString channel(Channel v);

// An amount in the UI locale (group separators, decimal point), exact: no double.
QString amount(const Decimal& value, int minDecimals = 2);
} // namespace PolicyLabels
