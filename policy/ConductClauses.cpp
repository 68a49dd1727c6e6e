#include "PolicyClauses.h"

#include "SanctionLadder.h"
#include "TermLists.h"

namespace PolicyClauses {

// ---- conduct: B6 (buyer appeals) and S4 (seller appeals)

const char* conductClause(const Context& c)
{
    return c.facts.appellant == Role::Seller ? "S4" : "B6";
}

// Adds the abusive_language strikes (and sanctions) for every party an agent
// confirmed; returns whether any was confirmed.
bool clauseConduct(Context& c)
{
    const char* clause = conductClause(c);
    bool any = false;
    for (const Role role : { Role::Buyer, Role::Seller }) {
        if (!firstEvent(c.facts, EventType::AbuseConfirmed, role))
            continue;
        const Party* party = c.facts.partyByRole(role);
        if (!party)
            continue;
        if (!any)
            c.out.clauses << QString::fromLatin1(clause);
        any = true;
        c.out.facts << Reason(ReasonId::ConductAbuseConfirmed).arg(ReasonArg::role(role));
        const int count = addStrike(c, party, StrikeKind::AbusiveLanguage, clause);
        if (count >= c.settings.abusiveLanguageThreshold)
            addSanction(c, party, SanctionScope::Partial, c.settings.partialSanctionDays, clause);
    }
    return any;
}

void conductOnly(Context& c)
{
    if (clauseConduct(c)) {
        c.out.outcome = c.out.sanctions.isEmpty() ? Outcome::None : Outcome::Suspend;
        if (c.out.sanctions.isEmpty())
            c.out.steps << Reason(ReasonId::ConductStrikeOnly);
        return;
    }
    c.out.clauses << QString::fromLatin1(conductClause(c));
    c.out.outcome = Outcome::None;
    c.out.needsReview = true;
    c.out.steps << Reason(ReasonId::ConductConfirmInTranscript);
}

// ---- scanners: they only flag, a person confirms

void scanRemarks(Context& c)
{
    for (int i = 0; i < c.facts.payments.size(); ++i) {
        const QString& remark = c.facts.payments.at(i).remark;
        const TermScanner& scanner = TermLists::sensitive();
        for (const TermScanner::Match& m : scanner.scan(remark)) {
            c.out.spans << FlaggedSpan { FlaggedSpan::PaymentRemark, c.storedPayment(i), m.start, m.length,
                scanner.terms().at(m.term), QStringLiteral("sensitive_remark"), scanner.term(m.term).category };
        }
    }
    for (const FlaggedSpan& s : c.out.spans) {
        if (s.flag == QLatin1String("sensitive_remark")) {
            c.out.flags << s.flag;
            break;
        }
    }
}

void scanTranscript(Context& c)
{
    bool any = false;
    QStringList threats; // as written
    const TermScanner& scanner = TermLists::abusive();
    for (int i = 0; i < c.facts.messages.size(); ++i) {
        const Message& message = c.facts.messages.at(i);
        if (message.from == Role::Agent || message.from == Role::Bot || message.from == Role::System)
            continue;
        for (const TermScanner::Match& m : scanner.scan(message.text)) {
            any = true;
            c.out.spans << FlaggedSpan { FlaggedSpan::MessageText, c.storedMessage(i), m.start, m.length,
                scanner.terms().at(m.term), QStringLiteral("abuse_suspected"), scanner.term(m.term).category };
            const QString words = message.text.mid(m.start, m.length);
            if (scanner.term(m.term).category == QLatin1String("threat")
                && !threats.contains(words, Qt::CaseInsensitive))
                threats << words;
        }
    }
    if (any)
        c.out.flags << QStringLiteral("abuse_suspected");
    // Settled reading 8: a threat is flagged like abuse; the facts say it is a threat, quoted as written.
    if (!threats.isEmpty())
        c.out.facts << Reason(ReasonId::ConductPossibleThreat).arg(quoted(threats));
}

} // namespace PolicyClauses
