#include "DemoStories.h"

namespace demo {

namespace {

// A live-chat case has one party, the user, in a language of its own, with a strike history.
CaseFacts& startLiveChatCase(CaseDraft& d, CaseKind kind)
{
    CaseFacts& f = d.result.facts;
    f.kind = kind;
    d.lang = d.rng.below(LangCount);
    d.buyer = d.pickUser(d.lang, 35);
    f.parties = { { Role::User, d.buyer.id, d.buyer.nickname, d.buyer.kycName() } };
    d.addHistory(d.buyer);
    return f;
}

} // namespace

void writeLiveChatAbuse(CaseDraft& d)
{
    startLiveChatCase(d, CaseKind::LiveChatAbuse);
    d.opened = d.now.addSecs(-d.openedAgo());
    d.beforeAppeal.append({ Channel::LiveChat, Role::Bot, say(Phrase::LiveBotWelcome, d.lang, d.rng) });
    d.beforeAppeal.append({ Channel::LiveChat, Role::User, say(Phrase::LiveAsk, d.lang, d.rng) });
    d.beforeAppeal.append({ Channel::LiveChat, Role::Agent, say(Phrase::LiveAgent, d.lang, d.rng) });
    d.beforeAppeal.append({ Channel::LiveChat, Role::User, say(Phrase::LiveThreat, d.lang, d.rng) });
    d.beforeAppeal.append({ Channel::LiveChat, Role::Agent, say(Phrase::AgentCalm, d.lang, d.rng) });
    d.abuse(&d.beforeAppeal, Role::User, d.rng.chance(85));
    if (d.rng.chance(50))
        d.beforeAppeal.append({ Channel::LiveChat, Role::User, say(Phrase::LiveThreat, d.lang, d.rng), Role::User });
    if (d.rng.chance(4))
        d.beforeAppeal.append({ Channel::LiveChat, Role::User, pickMarkup(d.rng) });
    d.beforeAppeal.append({ Channel::LiveChat, Role::Agent, say(Phrase::LiveAgent, d.lang, d.rng) });
    // The agent reports the chat right after it: the case opens when the chat ends.
    d.created = d.opened.addSecs(-d.rng.range(10 * 60, 40 * 60));
    d.end = d.opened.addSecs(qMin<qint64>(3 * 3600, d.opened.secsTo(d.now) - 30));
    d.expected = d.confirmAbuse ? Outcome::Suspend : Outcome::None;
    d.planDecision(Outcome::None, "");
}

void writeSuspensionAppeal(CaseDraft& d)
{
    CaseFacts& f = startLiveChatCase(d, CaseKind::LiveChatSuspensionAppeal);
    if (!f.history.contains(d.buyer.id))
        f.history.insert(d.buyer.id, { { StrikeKind::LiveChatAbuse, 1 + d.rng.below(2) } });
    d.opened = d.now.addSecs(-d.openedAgo());
    static const char* const grounds[] = { "impersonation", "compromised", "urgent", "other" };
    const int ground = d.rng.below(4);
    f.reason = QString::fromLatin1(grounds[ground]);
    Suspension sus;
    sus.userId = d.buyer.id;
    static const int ladder[] = { 1, 7, 30 };
    sus.days = ladder[d.rng.below(3)];
    sus.since = d.opened.addSecs(-d.rng.range64(3600, qint64(sus.days) * 86400 - 60));
    f.suspension = sus;
    d.created = d.opened.addSecs(-d.rng.range(5 * 60, 30 * 60));
    d.beforeAppeal.append({ Channel::LiveChat, Role::User, say(Phrase::LiveAsk, d.lang, d.rng) });
    d.beforeAppeal.append({ Channel::LiveChat, Role::Bot, say(Phrase::BotSuspended, d.lang, d.rng) });
    d.beforeAppeal.append({ Channel::LiveChat, Role::User, phrase(Phrase::Lc2User, d.lang).at(ground) });
    d.beforeAppeal.append({ Channel::LiveChat, Role::Bot, say(Phrase::BotSuspended, d.lang, d.rng) });
    Outcome override = Outcome::None;
    const char* note = "";
    switch (ground) {
    case 0:
        if (d.rng.chance(50)) {
            d.event(d.opened.addSecs(d.rng.range(600, 3600)), EventType::ImpersonationConfirmed, Role::Agent);
            d.expected = Outcome::Lift;
        } else {
            d.review = true;
            override = Outcome::Uphold;
            note = "Same device and location as the user's usual logins; no sign of impersonation.";
        }
        break;
    case 1:
        d.expected = Outcome::Lift;
        break;
    case 2:
        d.expected = Outcome::Uphold;
        override = Outcome::Lift;
        note = "Missing deposit resolved; suspension lifted early by team lead as a goodwill gesture.";
        break;
    default:
        d.review = true;
        override = Outcome::Uphold;
        note = "No new facts in the appeal; the suspension stands.";
        break;
    }
    d.end = d.opened.addSecs(qMin<qint64>(3 * 3600, d.opened.secsTo(d.now) - 30));
    d.planDecision(override, note);
}
} // namespace demo
