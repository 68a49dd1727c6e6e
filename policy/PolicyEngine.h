#pragma once

#include "CaseFacts.h"
#include "PolicySettings.h"
#include "Suggestion.h"

#include <QDateTime>

// policy.md as code: a pure function of (facts, instant, settings, prior strikes).
// Same inputs, same suggestion. No I/O, no clock of its own.
class PolicyEngine
{
public:
    explicit PolicyEngine(const PolicySettings& settings = PolicySettings());

    const PolicySettings& settings() const { return m_settings; }

    // `recordedStrikes`: the desk's own non-voided strikes per user and kind,
    // excluding any from this case. The case's `history` is added on top.
    Suggestion suggest(
        const CaseFacts& facts, const QDateTime& at, const StrikeHistory& recordedStrikes = StrikeHistory()) const;

    // "p2p-2021-02-25", "p2p-2021-04-07" or "live-chat-2021-07-06".
    static QString revisionFor(const CaseFacts& facts);

    // Every clause id of policy.md, in catalogue order, and a one-line translated summary of each.
    static QStringList clauseIds();
    static QString clauseSummary(const QString& clauseId);

    // G1 is never suggested: the agent imposes it by hand on an uncooperative party.
    // `days` null means indefinite, which only a revision that allows ending the
    // service permits. Returns false with a translated reason when not allowed.
    static bool manualG1Sanction(const CaseFacts& facts, Role role, SanctionScope scope, std::optional<int> days,
        SuggestedSanction* out, QString* error = nullptr);

private:
    PolicySettings m_settings;
};
