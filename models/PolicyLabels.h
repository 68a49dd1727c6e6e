#pragma once

#include "CaseStatus.h"
#include "Decimal.h"
#include "PolicyEnums.h"

#include <QString>

// Translated names of the policy vocabularies, one wording per term for the window, the filter bar and the
// reports alike (the identifiers themselves stay English, see PolicyIds).
namespace PolicyLabels {
QString kind(CaseKind v);
QString status(CaseStatus v);
QString outcome(Outcome v);
QString eventType(EventType v);
QString strikeKind(StrikeKind v);
QString scope(SanctionScope v);
QString role(Role v);
QString channel(Channel v);

// The same from a stored id; an unknown id is shown as it is.
QString kindOfId(const QString& id);
QString statusOfId(const QString& id);
QString strikeKindOfId(const QString& id);
QString scopeOfId(const QString& id);

// An amount in the UI locale (group separators, decimal point), exact: no double.
QString amount(const Decimal& value, int minDecimals = 2);
} // namespace PolicyLabels
