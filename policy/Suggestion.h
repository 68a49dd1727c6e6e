#pragma once

#include "PolicyEnums.h"
#include "Reason.h"

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

struct SuggestedSanction
{
    QString userId;
    Role role = Role::None;
    SanctionScope scope = SanctionScope::Partial;
    std::optional<int> days; // null: length left to the team
    QString clause;
};

struct SuggestedStrike
{
    QString userId;
    StrikeKind kind = StrikeKind::AbusiveLanguage;
    QString clause;
};

// A span of text a scanner flagged, for the UI to highlight.
struct FlaggedSpan
{
    enum Source
    {
        MessageText,
        PaymentRemark
    };
    Source source = MessageText;
    int index = 0; // message or payment index in CaseFacts
    int start = 0; // in UTF-16 code units of the text
    int length = 0;
    QString term;
    QString flag; // "abuse_suspected" or "sensitive_remark" (a flag id of cli.md)
    // Why it was flagged: the term's list, "sensitive", "abuse" or "threat" (settled reading 8: a
    // threat is flagged abuse_suspected like abuse, and the agent sees that it is a threat).
    QString category;
};

// The policy's answer for one case at one instant (cli.md "Suggestion JSON").
struct Suggestion
{
    QString caseId;
    QString revision;
    QStringList clauses; // the clause that gave the outcome first
    Outcome outcome = Outcome::None;
    bool needsReview = false;
    std::optional<QDateTime> pendingUntil;
    QList<SuggestedSanction> sanctions;
    QList<SuggestedStrike> strikes;
    // Reasons, not sentences (issue 12, item 3): SuggestionText makes their text in the UI language.
    QList<Reason> steps;
    QStringList flags;
    QList<Reason> notes;

    // For the UI (not in the JSON contract): the facts that decided it, and
    // why the appellant's stated reason did not give the outcome, when it did not (null: it did).
    QList<Reason> facts;
    Reason statedReasonNote;
    QList<FlaggedSpan> spans;

    // Exactly the fields of cli.md, in its order; `pending_until` in UTC ISO 8601; steps and notes as
    // SuggestionText writes them in the UI language.
    QJsonObject toJson() const;
    // One compact JSON line with the fields in cli.md order, byte-identical for identical suggestions.
    QByteArray toJsonLine() const;
    // The same line without the texts (steps, notes): ids and values only, identical in every UI
    // language. What a decision stores and the audit log hashes.
    QByteArray toRecordJsonLine() const;
    // True when `other` would record the same decision: the same ids and values, and the same steps with
    // the same values (a refund's amount is in its step). Independent of the UI language.
    bool decidesSameAs(const Suggestion& other) const;

private:
    QByteArray jsonLine(bool withTexts) const;
};
