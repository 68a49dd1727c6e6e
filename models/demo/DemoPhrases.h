#pragma once

#include "DemoRandom.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace demo {

enum Lang
{
    En,
    Sv,
    Bg,
    Th,
    LangCount
};
QString languageId(int lang);

// The banks of demo-phrases.json, in the order of its "phrases" object.
enum class Phrase
{
    Greeting,
    BuyerPaid,
    BuyerWaiting,
    SellerNotReceived,
    SellerChecking,
    SellerConfirms,
    SellerHigherPrice,
    BuyerRefusesMore,
    BuyerOverpaid,
    BuyerCancelledButPaid,
    SellerPaidLess,
    BuyerShortReply,
    SellerWrongAccount,
    BuyerWrongAccountReply,
    SellerNameMismatch,
    BuyerNameReply,
    SellerReleasedEarly,
    SellerSensitive,
    BuyerNoPayment,
    AgentHello,
    AgentAskProof,
    AgentAskSeller,
    AgentAskBuyer,
    AgentRemainder,
    AgentCalm,
    BotAppeal,
    Comment,
    AbuseMild,
    AbuseStrong,
    LiveAsk,
    LiveAgent,
    LiveThreat,
    LiveBotWelcome,
    BotSuspended,
    Lc2User, // indexed by the LC2 ground: impersonation, compromised, urgent, other
    SensitiveRemark,
    PlainRemark,
    Count
};

enum class NameList
{
    FirstEn,
    LastEn,
    FirstSv,
    LastSv,
    FirstBgMale,
    FirstBgFemale,
    LastBg,
    FirstTh,
    LastTh,
    Count
};

struct DemoAgent
{
    QString id;
    QString name;
};

// The demo's people and what they write, read once from the resource :/demo/demo-phrases.json so that
// translators of the demo edit text, not C++. The size of each list is part of a seed's output.
class DemoPhrases
{
public:
    static const DemoPhrases& instance();

    const QStringList& phrase(Phrase bank, int lang) const { return m_phrases[int(bank)][lang]; }
    const QStringList& names(NameList list) const { return m_names[int(list)]; }
    const QStringList& nicknames(int lang) const { return m_nicknames[lang]; }
    const QStringList& markup() const { return m_markup; }
    const DemoAgent& agent(int lang, int which) const { return m_agents[lang][which]; }

    // Empty when the file is complete; else what is missing (tested, so a broken file never ships).
    static QString check(const QByteArray& json);

private:
    DemoPhrases() = default;
    QString load(const QByteArray& json);

    QStringList m_phrases[int(Phrase::Count)][LangCount];
    QStringList m_names[int(NameList::Count)];
    QStringList m_nicknames[LangCount];
    QStringList m_markup;
    QList<DemoAgent> m_agents[LangCount];
};

inline QString say(Phrase bank, int lang, Random& rng)
{
    const QStringList& list = DemoPhrases::instance().phrase(bank, lang);
    return list.at(rng.below(int(list.size())));
}
inline const QStringList& phrase(Phrase bank, int lang)
{
    return DemoPhrases::instance().phrase(bank, lang);
}
inline QString pick(NameList names, Random& rng)
{
    const QStringList& list = DemoPhrases::instance().names(names);
    return list.at(rng.below(int(list.size())));
}
inline QString pickNickname(int lang, Random& rng)
{
    const QStringList& list = DemoPhrases::instance().nicknames(lang);
    return list.at(rng.below(int(list.size())));
}
inline QString pickMarkup(Random& rng)
{
    const QStringList& list = DemoPhrases::instance().markup();
    return list.at(rng.below(int(list.size())));
}
inline const DemoAgent& agent(int lang, qint64 which)
{
    return DemoPhrases::instance().agent(lang, int(which % 2));
}

} // namespace demo
