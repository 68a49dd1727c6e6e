#include "DemoPeople.h"

#include "DemoPhrases.h"

namespace demo {

namespace {

QString randomFirst(int lang, Random& rng, bool* female)
{
    switch (lang) {
    case Sv:
        return pick(NameList::FirstSv, rng);
    case Bg:
        *female = rng.chance(50);
        return *female ? pick(NameList::FirstBgFemale, rng) : pick(NameList::FirstBgMale, rng);
    case Th:
        return pick(NameList::FirstTh, rng);
    default:
        return pick(NameList::FirstEn, rng);
    }
}

QString randomLast(int lang, bool female, Random& rng)
{
    switch (lang) {
    case Sv:
        return pick(NameList::LastSv, rng);
    case Bg: {
        QString last = pick(NameList::LastBg, rng);
        return female ? last + QString::fromUtf8("а") : last;
    }
    case Th:
        return pick(NameList::LastTh, rng);
    default:
        return pick(NameList::LastEn, rng);
    }
}

QString stripSwedishDiacritics(QString s)
{
    static const QString from = QString::fromUtf8("åäöÅÄÖéÉ");
    static const QString to = QStringLiteral("aaoAAOeE");
    for (int i = 0; i < from.size(); ++i)
        s.replace(from.at(i), to.at(i));
    return s;
}

} // namespace

User makeUser(quint64 seed, int lang, int k)
{
    User u;
    u.lang = lang;
    u.n = k * LangCount + lang;
    u.offender = k < kOffenders;
    // A bijection onto five digits, shifted by the seed, so ids look random but never collide.
    const qint64 slot = (qint64(u.n) + qint64(seed % 90000)) % 90000;
    u.id = QStringLiteral("U-%1").arg(10000 + (slot * 7919) % 90000);
    Random rng(seedFor(seed, 0x55534552ULL, quint64(u.n)));
    bool female = false;
    u.first = randomFirst(lang, rng, &female);
    u.last = randomLast(lang, female, rng);
    u.nickname = pickNickname(lang, rng);
    if (rng.chance(70))
        u.nickname += QString::number(rng.range(1, 999));
    return u;
}

QHash<StrikeKind, int> offenderHistory(quint64 seed, const User& u)
{
    QHash<StrikeKind, int> h;
    if (!u.offender)
        return h;
    Random rng(seedFor(seed, 0x48495354ULL, quint64(u.n)));
    const int abusive = rng.below(3);
    const int nonPayment = rng.below(3);
    const int wrongAccount = rng.below(2);
    const int kyc = rng.below(2);
    const int liveChat = rng.below(3);
    if (abusive)
        h.insert(StrikeKind::AbusiveLanguage, abusive);
    if (nonPayment)
        h.insert(StrikeKind::NonPaymentCancellation, nonPayment);
    if (wrongAccount)
        h.insert(StrikeKind::WrongAccountPayment, wrongAccount);
    if (kyc)
        h.insert(StrikeKind::KycNameMismatch, kyc);
    if (liveChat)
        h.insert(StrikeKind::LiveChatAbuse, liveChat);
    return h;
}

QString payerVariant(const User& u, Random& rng)
{
    switch (rng.below(6)) {
    case 0:
        return u.last.toUpper() + QStringLiteral(", ") + u.first;
    case 1:
        return u.last + QLatin1Char(' ') + u.first;
    case 2:
        return u.kycName().toUpper();
    case 3:
        return u.lang == Sv ? stripSwedishDiacritics(u.kycName()) : u.kycName();
    default:
        return u.kycName();
    }
}
} // namespace demo
