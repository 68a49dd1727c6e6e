#pragma once

#include "DemoGenerator.h"
#include "DemoMarkets.h"
#include "DemoPeople.h"
#include "DemoPhrases.h"
#include "DemoRandom.h"

#include <QList>

namespace demo {

// A chat message before it has its time (placeMessages() spreads them over the story).
struct DraftMessage
{
    Channel channel;
    Role from;
    QString text;
    Role abuser = Role::None; // set on an abusive message, for abuse_confirmed
};

// One demo case while a story writes it: the people, the order, the drafted chat and the plan for a decision,
// with the steps every story shares. The stories (DemoP2pStories, DemoLiveChatStories) fill it in.
struct CaseDraft
{
    CaseDraft(quint64 seed, const QDateTime& now, qint64 index)
        : seed(seed)
        , now(now)
        , index(index)
        , rng(seedFor(seed, 0x43415345ULL, quint64(index)))
    { }

    User pickUser(int userLang, int offenderPercent);
    void addHistory(const User& u);
    // The text with {amount}, {extra}, {paid}, {fiat}, {payer} and {order} filled in.
    QString fill(QString text) const;
    void event(
        const QDateTime& at, EventType type, Role by, Role party = Role::None, CancelCause cause = CancelCause::None);
    void pay(const QDateTime& at, qint64 cents, bool listed = true);
    void before(Channel ch, Role from, const QString& text) { beforeAppeal.append({ ch, from, text }); }
    void after(Channel ch, Role from, const QString& text) { afterAppeal.append({ ch, from, text }); }
    int langOf(Role r) const { return r == Role::Seller ? seller.lang : buyer.lang; }
    void abuse(QList<DraftMessage>* list, Role from, bool confirm);
    void addChatter(int count);
    void placeMessages();
    void setupOrder(int marketId, int realtime, int buyerOffender, int sellerOffender);
    void planDecision(Outcome override, const char* overrideNote);
    // How long before now the case opened: a day's desk (issue 14, item 11), never all 88 days old.
    qint64 openedAgo();

    const quint64 seed;
    const QDateTime now;
    const qint64 index;
    Random rng;

    DemoCase result;
    int lang = En;
    int market = Sek;
    User buyer;
    User seller;
    qint64 amount = 0; // order fiat, cents
    QDateTime created; // live chat: when the chat began
    QDateTime opened;
    QDateTime end; // last instant of the agent's handling, never after now
    QString payer; // for {payer}
    qint64 extra = 0; // for {extra}, cents
    qint64 paid = 0; // for {paid}, cents
    QList<DraftMessage> beforeAppeal; // order chat before the appeal
    QList<DraftMessage> afterAppeal; // after the appeal opened
    bool confirmAbuse = false;
    Role abuser = Role::None;
    bool pending = false; // the policy waits for a deadline: nobody decides yet
    bool review = false; // a person must judge (the plan may still decide)
    Outcome expected = Outcome::None;
};

} // namespace demo
