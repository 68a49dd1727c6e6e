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
    Suggestion suggest(const CaseFacts& facts, const QDateTime& at,
        const StrikeHistory& recordedStrikes = StrikeHistory()) const;

    // "p2p-2021-02-25", "p2p-2021-04-07" or "live-chat-2021-07-06".
    static QString revisionFor(const CaseFacts& facts);

private:
    PolicySettings m_settings;
};
