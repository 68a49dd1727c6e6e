#include "DemoGenerator.h"

#include <QTimeZone>

namespace {

// splitmix64: a fixed, documented sequence on every platform and standard
// library, so the same seed gives byte-identical demo data everywhere.
quint64 splitmix64(quint64& state)
{
    quint64 z = (state += 0x9E3779B97F4A7C15ULL);
    z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ULL;
    z = (z ^ (z >> 27)) * 0x94D049BB133111EBULL;
    return z ^ (z >> 31);
}

quint64 mix(quint64 a, quint64 b, quint64 c = 0)
{
    quint64 s = a ^ (b * 0xD6E8FEB86659FD93ULL) ^ (c * 0x9FB21C651E98DF25ULL);
    splitmix64(s);
    return splitmix64(s);
}

class Rng
{
public:
    explicit Rng(quint64 seed)
        : m_state(seed)
    { }
    quint64 next() { return splitmix64(m_state); }
    int below(int n) { return int(next() % quint64(n)); }
    int range(int lo, int hi) { return lo + below(hi - lo + 1); }
    qint64 range64(qint64 lo, qint64 hi) { return lo + qint64(next() % quint64(hi - lo + 1)); }
    bool chance(int percent) { return below(100) < percent; }

private:
    quint64 m_state;
};

enum Lang
{
    En,
    Sv,
    Bg,
    Th,
    LangCount
};
const char* const kLangIds[LangCount] = { "en", "sv", "bg", "th" };

template<size_t N> QString pickText(const char* const (&list)[N], Rng& rng)
{
    return QString::fromUtf8(list[rng.below(int(N))]);
}

template<size_t N> QString say(const char* const (&bank)[LangCount][N], int lang, Rng& rng)
{
    return QString::fromUtf8(bank[lang][rng.below(int(N))]);
}

// ---- People -------------------------------------------------------------

const char* const kFirstEn[] = { "James", "Olivia", "Michael", "Emma", "Daniel", "Sophie", "Thomas", "Grace", "Ryan",
    "Chloe", "Liam", "Hannah", "Connor", "Megan" };
const char* const kLastEn[] = { "Smith", "Johnson", "Brown", "Taylor", "Wilson", "Clarke", "Walker", "Hughes", "Turner",
    "O'Brien", "Lee", "Murphy", "Evans" };
const char* const kFirstSv[] = { "Eva", "Åsa", "Björn", "Lars", "Karin", "Maja", "Göran", "Sofia", "Erik", "Ingrid",
    "Jörgen", "Linnéa", "Anders", "Märta" };
const char* const kLastSv[] = { "Andersson", "Öberg", "Håkansson", "Lindqvist", "Svensson", "Nyström", "Bergström",
    "Ek", "Sjöberg", "Åkesson", "Löfgren", "Karlsson" };
const char* const kFirstBgMale[] = { "Иван", "Георги", "Димитър", "Николай", "Петър", "Стоян", "Христо", "Калоян" };
const char* const kFirstBgFemale[]
    = { "Мария", "Елена", "Десислава", "Цветелина", "Радостина", "Йорданка", "Виктория" };
const char* const kLastBg[]
    = { "Петров", "Георгиев", "Иванов", "Димитров", "Стоянов", "Колев", "Тодоров", "Ангелов", "Христов", "Марков" };
const char* const kFirstTh[]
    = { "สมชาย", "สมหญิง", "ณัฐวุฒิ", "พิมพ์ชนก", "ธนพล", "กนกวรรณ", "วรเชษฐ์", "ศิริพร", "อนุชา", "ปวีณา", "กิตติพงษ์", "สุดารัตน์" };
const char* const kLastTh[]
    = { "ใจดี", "ศรีสุข", "วงศ์สวัสดิ์", "บุญมา", "แสงทอง", "พรหมมา", "ทองดี", "สุขสวัสดิ์", "รัตนพันธ์", "มีสุข" };

const char* const kNick[LangCount][8] = {
    { "fastusdt", "moonwalker", "cryptokate", "londonbull", "satoshi_fan", "quicktrade", "hodl_harry", "blue_whale" },
    { "nordic_bear", "fika_trader", "stockholm_usdt", "älgkraft", "göteborgare", "snabbswish", "norrsken",
        "kanelbulle" },
    { "sofia_crypto", "balkan_trader", "варна_p2p", "мечо_трейд", "plovdiv_btc", "черно_море", "rila_coins",
        "бай_ганьо" },
    { "bkk_trader", "แมวส้ม_p2p", "siam_usdt", "ช้างน้อย", "chiangmai_coin", "ทองคำ99", "pattaya_p2p", "หมูกระทะ" },
};

struct Agent
{
    const char* id;
    const char* name;
};
const Agent kAgents[LangCount][2] = {
    { { "jane.doyle", "Jane" }, { "mark.ellis", "Mark" } },
    { { "karin.lind", "Karin" }, { "erik.berg", "Erik" } },
    { { "maria.koleva", "Мария" }, { "ivan.petkov", "Иван" } },
    { { "somchai.t", "สมชาย" }, { "nok.w", "นก" } },
};

// Users are numbered: n = k * LangCount + language. The first kOffenders of
// each language are the repeat offenders that many cases draw from.
constexpr int kOffenders = 60;
constexpr int kRegulars = 20000;

struct DemoUser
{
    int n = 0;
    int lang = En;
    bool offender = false;
    QString id;
    QString nickname;
    QString first;
    QString last;
    QString kycName() const { return first + QLatin1Char(' ') + last; }
};

QString randomFirst(int lang, Rng& rng, bool* female)
{
    switch (lang) {
    case Sv:
        return pickText(kFirstSv, rng);
    case Bg:
        *female = rng.chance(50);
        return *female ? pickText(kFirstBgFemale, rng) : pickText(kFirstBgMale, rng);
    case Th:
        return pickText(kFirstTh, rng);
    default:
        return pickText(kFirstEn, rng);
    }
}

QString randomLast(int lang, bool female, Rng& rng)
{
    switch (lang) {
    case Sv:
        return pickText(kLastSv, rng);
    case Bg: {
        QString last = pickText(kLastBg, rng);
        return female ? last + QString::fromUtf8("а") : last;
    }
    case Th:
        return pickText(kLastTh, rng);
    default:
        return pickText(kLastEn, rng);
    }
}

DemoUser makeUser(quint64 seed, int lang, int k)
{
    DemoUser u;
    u.lang = lang;
    u.n = k * LangCount + lang;
    u.offender = k < kOffenders;
    // A bijection onto five digits, shifted by the seed, so ids look random but never collide.
    const qint64 slot = (qint64(u.n) + qint64(seed % 90000)) % 90000;
    u.id = QStringLiteral("U-%1").arg(10000 + (slot * 7919) % 90000);
    Rng rng(mix(seed, 0x55534552ULL, quint64(u.n)));
    bool female = false;
    u.first = randomFirst(lang, rng, &female);
    u.last = randomLast(lang, female, rng);
    u.nickname = QString::fromUtf8(kNick[lang][rng.below(8)]);
    if (rng.chance(70))
        u.nickname += QString::number(rng.range(1, 999));
    return u;
}

// Prior strikes a repeat offender brought from before the desk (stable per user).
QHash<StrikeKind, int> offenderHistory(quint64 seed, const DemoUser& u)
{
    QHash<StrikeKind, int> h;
    if (!u.offender)
        return h;
    Rng rng(mix(seed, 0x48495354ULL, quint64(u.n)));
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

QString stripSwedishDiacritics(QString s)
{
    static const QString from = QString::fromUtf8("åäöÅÄÖéÉ");
    static const QString to = QStringLiteral("aaoAAOeE");
    for (int i = 0; i < from.size(); ++i)
        s.replace(from.at(i), to.at(i));
    return s;
}

// The same person as the bank shows it: other order, capitals, punctuation, no diacritics.
QString payerVariant(const DemoUser& u, Rng& rng)
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

// ---- Markets ------------------------------------------------------------

struct Method
{
    const char* name;
    bool realtime;
};

struct Market
{
    const char* fiat;
    qint64 usdtTicks; // price of one USDT in 1e-4 fiat
    qint64 minAmount; // whole fiat units
    qint64 maxAmount;
    qint64 step;
    Method methods[3];
    int methodCount;
};

enum MarketId
{
    Sek,
    Bgn,
    Thb,
    Eur,
    Usd,
    Cny,
    MarketCount
};
const Market kMarkets[MarketCount] = {
    { "SEK", 106200, 300, 25000, 50, { { "Swish", true }, { "Revolut", true }, { "Bank transfer", false } }, 3 },
    { "BGN", 18000, 50, 4000, 10, { { "Revolut", true }, { "Bank transfer", false }, { "", false } }, 2 },
    { "THB", 355500, 1000, 80000, 100, { { "PromptPay", true }, { "Bank transfer", false }, { "", false } }, 2 },
    { "EUR", 9210, 30, 3000, 10, { { "SEPA Instant", true }, { "Revolut", true }, { "SEPA", false } }, 3 },
    { "USD", 10000, 30, 3000, 10, { { "Revolut", true }, { "Bank transfer", false }, { "", false } }, 2 },
    { "CNY", 72100, 300, 20000, 50, { { "Alipay", true }, { "Bank transfer", false }, { "", false } }, 2 },
};

QString digits(Rng& rng, int count)
{
    QString s;
    for (int i = 0; i < count; ++i)
        s += QLatin1Char(char('0' + rng.below(10)));
    return s;
}

QString accountFor(const QString& method, const QString& fiat, const DemoUser& seller, quint64 seed)
{
    Rng rng(mix(seed, 0x41434354ULL, quint64(seller.n)));
    if (method == QLatin1String("Swish"))
        return QStringLiteral("Swish 07%1-%2 %3 %4")
            .arg(digits(rng, 1), digits(rng, 3), digits(rng, 2), digits(rng, 2));
    if (method == QLatin1String("PromptPay"))
        return QStringLiteral("PromptPay 08%1-%2-%3").arg(digits(rng, 1), digits(rng, 3), digits(rng, 4));
    if (method == QLatin1String("Revolut"))
        return QStringLiteral("Revolut @") + seller.nickname;
    if (method == QLatin1String("Alipay"))
        return QStringLiteral("Alipay 13%1").arg(digits(rng, 9));
    if (fiat == QLatin1String("THB"))
        return QStringLiteral("Kasikornbank %1-%2-%3-%4")
            .arg(digits(rng, 3), digits(rng, 1), digits(rng, 5), digits(rng, 1));
    if (fiat == QLatin1String("USD"))
        return QStringLiteral("ACH routing 0210000%1, account %2").arg(digits(rng, 2), digits(rng, 10));
    if (fiat == QLatin1String("CNY"))
        return QStringLiteral("ICBC 6222 %1 %2 %3").arg(digits(rng, 4), digits(rng, 4), digits(rng, 4));
    const QString country = fiat == QLatin1String("SEK") ? QStringLiteral("SE")
        : fiat == QLatin1String("BGN")                   ? QStringLiteral("BG")
                                                         : QStringLiteral("DE");
    return QStringLiteral("IBAN %1%2 %3 %4 %5 %6")
        .arg(country, digits(rng, 2), digits(rng, 4), digits(rng, 4), digits(rng, 4), digits(rng, 4));
}

Decimal money(qint64 cents)
{
    return Decimal::fromUnits(cents * 1000000LL);
}

// ---- What people write ---------------------------------------------------
// {amount}, {extra}, {fiat}, {agent}, {order} are filled in per case.

const char* const kGreeting[LangCount][3] = {
    { "Hi", "Hello!", "Hey, good morning" },
    { "Hej!", "Hejsan", "God morgon!" },
    { "Здравейте!", "Здрасти", "Добро утро" },
    { "สวัสดีครับ", "สวัสดีค่ะ", "หวัดดีครับ" },
};
const char* const kBuyerPaid[LangCount][3] = {
    { "Paid, please release.", "Sent {amount} {fiat} just now, please check.", "Done, money sent. Release please" },
    { "Betalat, släpp gärna.", "Har skickat {amount} {fiat} nu, kolla gärna.",
        "Klart, pengarna är skickade. Släpp tack" },
    { "Платих, моля освободете.", "Преведох {amount} {fiat} току-що, проверете моля.",
        "Готово, парите са изпратени. Освободете, моля" },
    { "โอนแล้วครับ รบกวนปล่อยเหรียญด้วย", "โอนไปแล้ว {amount} {fiat} ครับ ช่วยเช็คด้วย", "จ่ายเรียบร้อยแล้วค่ะ ปล่อยให้หน่อยนะคะ" },
};
const char* const kBuyerWaiting[LangCount][3] = {
    { "It has been 20 minutes, are you there?", "Hello?? Please release, I paid long ago.",
        "Why is it taking so long?" },
    { "Det har gått 20 minuter, är du där?", "Hallå?? Släpp nu, jag betalade för länge sen.",
        "Varför tar det så lång tid?" },
    { "Минаха 20 минути, там ли сте?", "Ало?? Моля освободете, платих отдавна.", "Защо се бави толкова?" },
    { "ผ่านไป 20 นาทีแล้วครับ อยู่ไหมครับ", "ฮัลโหล ปล่อยเหรียญได้แล้ว จ่ายไปนานแล้ว", "ทำไมนานจังคะ" },
};
const char* const kSellerNotReceived[LangCount][3] = {
    { "I have not received it.", "Nothing on my account yet.", "No money arrived, don't lie." },
    { "Jag har inte fått något.", "Inget har kommit in på kontot än.", "Inga pengar har kommit, ljug inte." },
    { "Не съм получил нищо.", "Още нищо няма по сметката ми.", "Не са пристигнали пари, не лъжете." },
    { "ยังไม่ได้รับเงินครับ", "ยังไม่มีเงินเข้าบัญชีเลยค่ะ", "เงินไม่เข้า อย่าโกหก" },
};
const char* const kSellerChecking[LangCount][3] = {
    { "Give me a minute, checking my bank.", "Ok I will check.", "My bank app is slow today." },
    { "Vänta lite, kollar banken.", "Ok, jag kollar.", "Bankappen är seg idag." },
    { "Момент, проверявам банката.", "Добре, ще проверя.", "Банковото приложение е бавно днес." },
    { "รอสักครู่ กำลังเช็คบัญชี", "โอเค เดี๋ยวเช็คให้", "แอปธนาคารช้ามากวันนี้" },
};
const char* const kSellerConfirms[LangCount][3] = {
    { "Ok, received. Releasing now.", "Money is here, sorry for the wait.", "Confirmed, thanks." },
    { "Ok, mottaget. Släpper nu.", "Pengarna har kommit, förlåt dröjsmålet.", "Bekräftat, tack." },
    { "Добре, получих ги. Освобождавам.", "Парите са тук, извинете за забавянето.", "Потвърждавам, благодаря." },
    { "ได้รับแล้วครับ กำลังปล่อยให้", "เงินเข้าแล้ว ขอโทษที่ช้าค่ะ", "ยืนยันแล้ว ขอบคุณครับ" },
};
const char* const kSellerHigherPrice[LangCount][3] = {
    { "Price went up. Send {extra} {fiat} more or I cancel.",
        "Market moved, I can't sell at this price. Add {extra} {fiat}.", "I release only if you pay {extra} more." },
    { "Priset har gått upp. Skicka {extra} {fiat} till annars avbryter jag.",
        "Marknaden har rört sig, jag kan inte sälja till det priset. Lägg till {extra} {fiat}.",
        "Jag släpper bara om du betalar {extra} till." },
    { "Цената се качи. Пратете още {extra} {fiat} или отказвам.",
        "Пазарът се промени, не мога да продам на тази цена. Добавете {extra} {fiat}.",
        "Освобождавам само ако доплатите {extra}." },
    { "ราคาขึ้นแล้ว โอนเพิ่มอีก {extra} {fiat} ไม่งั้นยกเลิก", "ราคาตลาดเปลี่ยน ขายราคานี้ไม่ได้ เพิ่มอีก {extra} {fiat}",
        "จะปล่อยให้ก็ต่อเมื่อโอนเพิ่ม {extra}" },
};
const char* const kBuyerRefusesMore[LangCount][3] = {
    { "No, we agreed on this price.", "That's not how it works, the price is locked.",
        "I paid exactly the order amount." },
    { "Nej, vi kom överens om det här priset.", "Så funkar det inte, priset är låst.",
        "Jag betalade exakt ordersumman." },
    { "Не, разбрахме се за тази цена.", "Не става така, цената е фиксирана.", "Платих точно сумата на поръчката." },
    { "ไม่ได้ครับ ตกลงราคานี้แล้ว", "ไม่ใช่แบบนี้ ราคาล็อคไว้แล้ว", "จ่ายครบตามยอดออเดอร์แล้วนะคะ" },
};
const char* const kBuyerOverpaid[LangCount][3] = {
    { "Sorry, I sent too much by mistake. Please return {extra} {fiat}.",
        "I paid {extra} extra, can you refund the difference?", "Oops, typo in the amount. I sent {extra} too much." },
    { "Förlåt, jag skickade för mycket. Skicka tillbaka {extra} {fiat}.",
        "Jag betalade {extra} för mycket, kan du återbetala skillnaden?",
        "Hoppsan, fel belopp. Jag skickade {extra} för mycket." },
    { "Извинете, преведох повече по грешка. Моля върнете {extra} {fiat}.",
        "Платих {extra} отгоре, може ли да върнете разликата?", "Ами, сбърках сумата. Пратих {extra} повече." },
    { "ขอโทษครับ โอนเกินไป {extra} {fiat} รบกวนคืนด้วย", "โอนเกินไป {extra} ค่ะ คืนส่วนต่างได้ไหม",
        "พิมพ์ยอดผิด โอนเกินไป {extra} ครับ" },
};
const char* const kBuyerCancelledButPaid[LangCount][3] = {
    { "The order got cancelled but I already paid!", "Timer ran out while my bank was processing, I paid.",
        "Why was it cancelled? Money is sent." },
    { "Ordern avbröts men jag har redan betalat!", "Tiden tog slut medan banken behandlade, jag har betalat.",
        "Varför avbröts den? Pengarna är skickade." },
    { "Поръчката се анулира, а аз вече платих!", "Времето изтече докато банката обработваше, платих.",
        "Защо е анулирана? Парите са изпратени." },
    { "ออเดอร์ถูกยกเลิก แต่โอนเงินไปแล้ว!", "หมดเวลาตอนธนาคารกำลังโอน จ่ายแล้วนะครับ", "ทำไมยกเลิก โอนเงินไปแล้ว" },
};
const char* const kSellerPaidLess[LangCount][3] = {
    { "You sent only {paid} {fiat}, the order is {amount}.", "Amount is short, please pay the rest.",
        "Missing {extra} {fiat}." },
    { "Du skickade bara {paid} {fiat}, ordern är på {amount}.", "Beloppet är för lågt, betala resten.",
        "Det saknas {extra} {fiat}." },
    { "Пратихте само {paid} {fiat}, поръчката е {amount}.", "Сумата не стига, доплатете останалото.",
        "Липсват {extra} {fiat}." },
    { "โอนมาแค่ {paid} {fiat} ยอดออเดอร์คือ {amount}", "ยอดไม่ครบ โอนส่วนที่เหลือด้วย", "ขาดอีก {extra} {fiat}" },
};
const char* const kBuyerShortReply[LangCount][3] = {
    { "My bank limit, will send the rest later.", "I sent it in two parts, wait.", "I will not pay more." },
    { "Min bankgräns, skickar resten senare.", "Jag skickade i två delar, vänta.", "Jag betalar inte mer." },
    { "Лимитът на банката, ще пратя остатъка по-късно.", "Пратих го на две части, изчакайте.",
        "Няма да плащам повече." },
    { "ติดลิมิตธนาคาร เดี๋ยวโอนที่เหลือทีหลัง", "โอนสองรอบ รอแป๊บ", "ไม่จ่ายเพิ่มแล้ว" },
};
const char* const kSellerWrongAccount[LangCount][3] = {
    { "That is not my account, I got nothing.", "Why did you pay to a different account?",
        "The number you paid to is not mine." },
    { "Det är inte mitt konto, jag har inte fått något.", "Varför betalade du till ett annat konto?",
        "Numret du betalade till är inte mitt." },
    { "Това не е моята сметка, нищо не съм получил.", "Защо платихте по друга сметка?",
        "Номерът, по който платихте, не е мой." },
    { "นั่นไม่ใช่บัญชีผม ไม่ได้รับอะไรเลย", "ทำไมโอนเข้าบัญชีอื่น", "เลขที่โอนไปไม่ใช่ของฉัน" },
};
const char* const kBuyerWrongAccountReply[LangCount][3] = {
    { "I used the old number from our last trade.", "Your profile showed this account!", "Oh no, I copied it wrong." },
    { "Jag använde det gamla numret från förra affären.", "Din profil visade det här kontot!",
        "Åh nej, jag kopierade fel." },
    { "Ползвах стария номер от миналата сделка.", "Профилът ви показваше тази сметка!", "Ох, копирах го грешно." },
    { "ใช้เลขเก่าจากรอบที่แล้ว", "โปรไฟล์คุณแสดงบัญชีนี้!", "แย่แล้ว คัดลอกผิด" },
};
const char* const kSellerNameMismatch[LangCount][3] = {
    { "Payment came from {payer}, that is not you.", "The sender name doesn't match your name.",
        "Third party payment, I can't accept it." },
    { "Betalningen kom från {payer}, det är inte du.", "Avsändarens namn stämmer inte med ditt.",
        "Betalning från tredje part, kan inte ta emot." },
    { "Плащането дойде от {payer}, това не сте вие.", "Името на наредителя не съвпада с вашето.",
        "Плащане от трето лице, не мога да го приема." },
    { "เงินโอนมาจาก {payer} ไม่ใช่คุณ", "ชื่อผู้โอนไม่ตรงกับชื่อคุณ", "โอนจากบุคคลที่สาม รับไม่ได้" },
};
const char* const kBuyerNameReply[LangCount][3] = {
    { "It's my wife's account.", "My brother paid for me.", "It is my company account." },
    { "Det är min frus konto.", "Min bror betalade åt mig.", "Det är mitt företagskonto." },
    { "Сметката е на жена ми.", "Брат ми плати вместо мен.", "Това е фирмената ми сметка." },
    { "บัญชีภรรยาผมครับ", "พี่ชายโอนให้แทน", "บัญชีบริษัทของฉันเอง" },
};
const char* const kSellerReleasedEarly[LangCount][3] = {
    { "I released by mistake before checking. The money never came!", "I clicked release too early, please help.",
        "Buyer got the coins and I have no payment." },
    { "Jag släppte av misstag innan jag kollade. Pengarna kom aldrig!", "Jag tryckte på släpp för tidigt, hjälp.",
        "Köparen fick mynten och jag har ingen betalning." },
    { "Освободих по грешка преди да проверя. Парите така и не дойдоха!",
        "Натиснах освобождаване твърде рано, помогнете.", "Купувачът взе монетите, а аз нямам плащане." },
    { "กดปล่อยก่อนเช็คเงิน เงินไม่เข้าเลย!", "กดปล่อยเร็วไป ช่วยด้วยครับ", "ผู้ซื้อได้เหรียญไปแล้วแต่ไม่ได้รับเงิน" },
};
const char* const kSellerSensitive[LangCount][3] = {
    { "Why did you write that in the payment reference?! My bank will freeze me.",
        "I asked you not to mention crypto in the remark.", "Your remark can get my account closed." },
    { "Varför skrev du det i meddelandet?! Banken fryser mitt konto.",
        "Jag bad dig att inte nämna krypto i meddelandet.", "Ditt meddelande kan få mitt konto stängt." },
    { "Защо написахте това в основанието?! Банката ще ми блокира сметката.",
        "Помолих ви да не пишете за крипто в основанието.", "Заради основанието могат да ми закрият сметката." },
    { "เขียนแบบนั้นในบันทึกการโอนทำไม ธนาคารจะอายัดบัญชี", "บอกแล้วว่าอย่าเขียนเรื่องคริปโตในหมายเหตุ", "หมายเหตุแบบนี้ทำให้บัญชีโดนปิดได้" },
};
const char* const kBuyerNoPayment[LangCount][3] = {
    { "Will pay tomorrow, bank is closed.", "Wait", "Sorry, I clicked paid by mistake." },
    { "Betalar i morgon, banken är stängd.", "Vänta", "Förlåt, jag tryckte på betald av misstag." },
    { "Ще платя утре, банката е затворена.", "Чакайте", "Извинете, натиснах платено по погрешка." },
    { "พรุ่งนี้จะโอน ธนาคารปิด", "รอก่อน", "ขอโทษ กดว่าจ่ายแล้วผิด" },
};

const char* const kAgentHello[LangCount][3] = {
    { "Hello, this is {agent} from P2P support. I am reviewing the appeal.",
        "Hi both, I'm {agent} and I'll handle this case.", "Good day, {agent} here from customer support." },
    { "Hej, det här är {agent} från P2P-supporten. Jag granskar överklagandet.",
        "Hej båda, jag heter {agent} och tar hand om ärendet.", "Hej, {agent} från kundtjänst här." },
    { "Здравейте, аз съм {agent} от P2P поддръжката. Преглеждам обжалването.",
        "Здравейте и на двамата, аз съм {agent} и ще поема случая.", "Добър ден, {agent} от обслужване на клиенти." },
    { "สวัสดีครับ {agent} จากฝ่ายบริการ P2P กำลังตรวจสอบการอุทธรณ์", "สวัสดีทั้งสองท่าน {agent} จะดูแลเคสนี้ค่ะ",
        "สวัสดีค่ะ {agent} จากฝ่ายบริการลูกค้า" },
};
const char* const kAgentAskProof[LangCount][3] = {
    { "Buyer, please upload the payment receipt.", "Please send a screenshot of the transfer.",
        "Can you share the bank statement showing the payment?" },
    { "Köpare, ladda upp kvittot på betalningen.", "Skicka en skärmdump av överföringen.",
        "Kan du dela kontoutdraget som visar betalningen?" },
    { "Купувач, моля качете разписката за плащането.", "Изпратете екранна снимка на превода.",
        "Може ли банково извлечение, което показва плащането?" },
    { "ผู้ซื้อ กรุณาอัปโหลดสลิปการโอน", "ส่งภาพหน้าจอการโอนมาด้วยครับ", "ขอรายการเดินบัญชีที่แสดงการโอนค่ะ" },
};
const char* const kAgentAskSeller[LangCount][3] = {
    { "Seller, please check whether the payment has arrived and reply within 30 minutes.",
        "Seller, please confirm receipt or report that it has not arrived.", "Seller, are you there?" },
    { "Säljare, kontrollera om betalningen har kommit och svara inom 30 minuter.",
        "Säljare, bekräfta mottagandet eller rapportera att den inte har kommit.", "Säljare, är du där?" },
    { "Продавач, проверете дали плащането е пристигнало и отговорете до 30 минути.",
        "Продавач, потвърдете получаването или съобщете, че не е пристигнало.", "Продавач, там ли сте?" },
    { "ผู้ขาย กรุณาตรวจสอบว่าเงินเข้าหรือยัง และตอบกลับภายใน 30 นาที", "ผู้ขาย กรุณายืนยันการรับเงิน หรือแจ้งว่ายังไม่ได้รับ",
        "ผู้ขาย อยู่ไหมครับ" },
};
const char* const kAgentAskBuyer[LangCount][3] = {
    { "Buyer, please reply within 30 minutes.", "Buyer, can you confirm the payment?", "Buyer, are you there?" },
    { "Köpare, svara inom 30 minuter.", "Köpare, kan du bekräfta betalningen?", "Köpare, är du där?" },
    { "Купувач, моля отговорете до 30 минути.", "Купувач, можете ли да потвърдите плащането?", "Купувач, там ли сте?" },
    { "ผู้ซื้อ กรุณาตอบกลับภายใน 30 นาที", "ผู้ซื้อ ยืนยันการชำระเงินได้ไหมคะ", "ผู้ซื้อ อยู่ไหมครับ" },
};
const char* const kAgentRemainder[LangCount][3] = {
    { "Buyer, please pay the remaining {extra} {fiat} within 30 minutes. Fees are yours.",
        "The order is not fully paid: {extra} {fiat} is missing.", "Please transfer the remainder of {extra} {fiat}." },
    { "Köpare, betala resterande {extra} {fiat} inom 30 minuter. Avgifterna står du för.",
        "Ordern är inte fullt betald: {extra} {fiat} saknas.", "För över resterande {extra} {fiat}." },
    { "Купувач, доплатете оставащите {extra} {fiat} до 30 минути. Таксите са за ваша сметка.",
        "Поръчката не е платена изцяло: липсват {extra} {fiat}.", "Преведете остатъка от {extra} {fiat}." },
    { "ผู้ซื้อ กรุณาโอนส่วนที่เหลือ {extra} {fiat} ภายใน 30 นาที ค่าธรรมเนียมผู้ซื้อรับผิดชอบ", "ยอดยังไม่ครบ ขาดอีก {extra} {fiat}",
        "กรุณาโอนส่วนที่เหลือ {extra} {fiat}" },
};
const char* const kAgentCalm[LangCount][3] = {
    { "Please keep the conversation respectful.", "Abusive language is against our rules.",
        "I have to ask you to stop insulting the other party." },
    { "Håll en respektfull ton, tack.", "Kränkande språk strider mot våra regler.",
        "Jag måste be dig att sluta förolämpa motparten." },
    { "Моля, бъдете учтиви.", "Обидните думи са против правилата ни.", "Моля, спрете да обиждате другата страна." },
    { "กรุณาสุภาพด้วยครับ", "การใช้คำหยาบผิดกฎของเรา", "ขอให้หยุดด่าอีกฝ่ายค่ะ" },
};
const char* const kBotAppeal[LangCount][3] = {
    { "An appeal has been opened. A support agent will join shortly.",
        "Reminder: never release crypto before the payment is in your account.",
        "Please do not share personal data in the chat." },
    { "Ett överklagande har öppnats. En supportagent ansluter snart.",
        "Påminnelse: släpp aldrig krypto innan betalningen finns på ditt konto.",
        "Dela inte personuppgifter i chatten." },
    { "Открито е обжалване. Агент по поддръжката ще се включи скоро.",
        "Напомняне: никога не освобождавайте криптовалута преди плащането да е в сметката ви.",
        "Моля, не споделяйте лични данни в чата." },
    { "มีการเปิดอุทธรณ์แล้ว เจ้าหน้าที่จะเข้ามาในไม่ช้า", "เตือน: อย่าปล่อยคริปโตก่อนเงินเข้าบัญชี", "กรุณาอย่าแชร์ข้อมูลส่วนตัวในแชท" },
};
const char* const kComment[LangCount][3] = {
    { "Seller did not answer for an hour.", "Never trade with this one.", "Be careful, asks for more money." },
    { "Säljaren svarade inte på en timme.", "Handla aldrig med den här.", "Akta er, kräver mer pengar." },
    { "Продавачът не отговори цял час.", "Никога не търгувайте с този.", "Внимавайте, иска още пари." },
    { "ผู้ขายไม่ตอบเป็นชั่วโมง", "อย่าเทรดกับคนนี้", "ระวัง ขอเงินเพิ่ม" },
};

const char* const kAbuseMild[LangCount][3] = {
    { "Are you stupid or what?", "You are useless, release it now.", "What a clown." },
    { "Är du dum eller?", "Du är helt värdelös, släpp nu.", "Vilken pajas." },
    { "Тъп ли си?", "Нищо не ставаш, освобождавай веднага.", "Голям клоун си." },
    { "โง่หรือเปล่า", "ไร้ประโยชน์จริงๆ ปล่อยเดี๋ยวนี้", "ตัวตลกชัดๆ" },
};
const char* const kAbuseStrong[LangCount][3] = {
    { "You fucking scammer, I will find you.", "Idiot. Thief. I hope you rot.", "Shut up you piece of shit." },
    { "Din jävla bedragare, jag hittar dig.", "Idiot. Tjuv. Dra åt helvete.", "Håll käften din skitstövel." },
    { "Шибан мошеник, ще те намеря.", "Идиот. Крадец. Майната ти.", "Млъкни, боклук такъв." },
    { "ไอ้ขี้โกง เจอตัวเมื่อไหร่มึงตาย", "ไอ้โง่ ไอ้โจร", "หุบปากไปเลย ไอ้ควาย" },
};

const char* const kLiveAsk[LangCount][3] = {
    { "My withdrawal has been pending for 3 days.", "Where is my deposit?", "Why is my account restricted?" },
    { "Mitt uttag har väntat i 3 dagar.", "Var är min insättning?", "Varför är mitt konto begränsat?" },
    { "Тегленето ми чака от 3 дни.", "Къде е депозитът ми?", "Защо акаунтът ми е ограничен?" },
    { "ถอนเงินค้างมา 3 วันแล้ว", "เงินฝากหายไปไหน", "ทำไมบัญชีถูกจำกัด" },
};
const char* const kLiveAgent[LangCount][3] = {
    { "I understand. Let me check this for you.", "The request is under review, please allow 24 hours.",
        "I have escalated your ticket to the responsible team." },
    { "Jag förstår. Jag kollar det åt dig.", "Ärendet granskas, räkna med 24 timmar.",
        "Jag har skickat ärendet vidare till ansvarigt team." },
    { "Разбирам. Нека проверя.", "Заявката се преглежда, моля изчакайте 24 часа.",
        "Предадох запитването ви на отговорния екип." },
    { "เข้าใจครับ ขอตรวจสอบให้ก่อน", "คำขออยู่ระหว่างตรวจสอบ กรุณารอ 24 ชั่วโมง", "ส่งเรื่องต่อให้ทีมที่รับผิดชอบแล้วค่ะ" },
};
const char* const kLiveThreat[LangCount][3] = {
    { "I know where your office is. Fix it or else.", "All of you are thieves and liars.",
        "Useless bots, give me a real human or I go to the press." },
    { "Jag vet var ert kontor ligger. Fixa det annars...", "Ni är alla tjuvar och lögnare.",
        "Värdelösa robotar, ge mig en riktig människa annars går jag till pressen." },
    { "Знам къде ви е офисът. Оправете го, иначе...", "Всички сте крадци и лъжци.",
        "Безполезни ботове, дайте ми човек или отивам в медиите." },
    { "รู้นะว่าออฟฟิศอยู่ไหน แก้ให้เสร็จไม่งั้นเจอดี", "พวกแกมันโจรกับคนโกหกทั้งนั้น", "บอทไร้ประโยชน์ เอาคนจริงมาคุย ไม่งั้นจะแฉสื่อ" },
};
const char* const kLiveBotWelcome[LangCount][1] = {
    { "Hi! I'm the support assistant. How can I help?" },
    { "Hej! Jag är supportassistenten. Hur kan jag hjälpa till?" },
    { "Здравейте! Аз съм асистентът за поддръжка. С какво да помогна?" },
    { "สวัสดีค่ะ ผู้ช่วยฝ่ายบริการยินดีให้บริการ" },
};
const char* const kBotSuspended[LangCount][3] = {
    { "Your live chat access is restricted. You can continue with the support assistant.",
        "Your appeal has been received. We will review it as soon as possible.",
        "You can submit an appeal through the appeal form." },
    { "Din tillgång till livechatten är begränsad. Du kan fortsätta med supportassistenten.",
        "Ditt överklagande har tagits emot. Vi granskar det så snart som möjligt.",
        "Du kan överklaga via överklagandeformuläret." },
    { "Достъпът ви до чата на живо е ограничен. Можете да продължите с асистента.",
        "Обжалването ви е получено. Ще го прегледаме възможно най-скоро.",
        "Можете да подадете обжалване чрез формуляра." },
    { "การเข้าถึงแชทสดของคุณถูกจำกัด คุณยังคุยกับผู้ช่วยอัตโนมัติได้", "ได้รับคำอุทธรณ์แล้ว เราจะตรวจสอบโดยเร็วที่สุด",
        "คุณยื่นอุทธรณ์ได้ผ่านแบบฟอร์ม" },
};
// LC2 grounds in the order impersonation, compromised, urgent, other.
const char* const kLc2User[LangCount][4] = {
    { "Someone else used my account, those messages were not mine.", "My account was hacked, I did not write that.",
        "My deposit is missing, I need a human agent now.", "I think the suspension is unfair." },
    { "Någon annan använde mitt konto, de meddelandena var inte mina.", "Mitt konto blev hackat, jag skrev inte det.",
        "Min insättning saknas, jag behöver en människa nu.", "Jag tycker att avstängningen är orättvis." },
    { "Някой друг е ползвал акаунта ми, тези съобщения не са мои.", "Акаунтът ми беше хакнат, не съм писал това.",
        "Депозитът ми липсва, трябва ми човек веднага.", "Смятам, че спирането е несправедливо." },
    { "มีคนอื่นใช้บัญชีผม ข้อความพวกนั้นไม่ใช่ของผม", "บัญชีโดนแฮก ไม่ได้พิมพ์เอง", "เงินฝากหาย ต้องการคุยกับเจ้าหน้าที่ด่วน",
        "คิดว่าการระงับไม่ยุติธรรม" },
};

// Text that looks like markup: the desk must show it literally.
const char* const kMarkup[]
    = { "<b>PAID</b> please check", "Tom &amp; Jerry Ltd is my company account", "<img src=x onerror=alert(1)>",
          "<table><tr><td>paid</td><td>OK</td></tr></table>", "see <a href=\"http://example.com\">receipt</a>",
          "amount < limit & fee > 0", "&lt;script&gt;alert(1)&lt;/script&gt;", "<i>hello?</i> <u>anyone</u>" };

// Payment remarks that mention crypto or the platform (B5), per language.
const char* const kSensitiveRemark[LangCount][3] = {
    { "USDT purchase", "Binance P2P order", "for BTC" },
    { "köp av USDT", "kryptovaluta Binance", "bitcoin köp" },
    { "покупка на USDT", "криптовалута P2P", "за биткойн BTC" },
    { "ซื้อ USDT", "ค่าคริปโต P2P", "บิทคอยน์ BTC" },
};
const char* const kPlainRemark[LangCount][3] = {
    { "payment", "invoice 4471", "thanks" },
    { "betalning", "faktura 4471", "tack" },
    { "плащане", "фактура 4471", "благодаря" },
    { "ค่าสินค้า", "ชำระเงิน", "ขอบคุณครับ" },
};

// ---- Scenarios ----------------------------------------------------------

enum Scenario
{
    G0,
    B1,
    B2,
    B3Realtime,
    B3NonInstant,
    B4,
    B5,
    B6,
    S1,
    S2a,
    S2b,
    S2c,
    S2d,
    S3,
    S4,
    LC1,
    LC2,
    ScenarioCount
};
const char* const kStoryIds[ScenarioCount]
    = { "G0", "B1", "B2", "B3", "B3", "B4", "B5", "B6", "S1", "S2a", "S2b", "S2c", "S2d", "S3", "S4", "LC1", "LC2" };
// Per mille; sums to 1000.
const int kScenarioWeights[ScenarioCount] = { 15, 60, 50, 110, 80, 60, 50, 30, 90, 45, 50, 60, 25, 30, 35, 110, 100 };

struct Draft
{
    Channel channel;
    Role from;
    QString text;
    Role abuser = Role::None; // set on an abusive message, for abuse_confirmed
};

class Story
{
public:
    Story(quint64 seed, const QDateTime& now, qint64 index)
        : m_seed(seed)
        , m_now(now)
        , m_index(index)
        , m_rng(mix(seed, 0x43415345ULL, quint64(index)))
    { }

    DemoCase build();

private:
    Scenario pickScenario();
    DemoUser pickUser(int lang, int offenderPercent);
    void addHistory(const DemoUser& u);
    QString fill(QString text) const;
    void event(
        const QDateTime& at, EventType type, Role by, Role party = Role::None, CancelCause cause = CancelCause::None);
    void pay(const QDateTime& at, qint64 cents, bool listed = true);
    void before(Channel ch, Role from, const QString& text) { m_before.append({ ch, from, text }); }
    void after(Channel ch, Role from, const QString& text) { m_after.append({ ch, from, text }); }
    int langOf(Role r) const { return r == Role::Seller ? m_seller.lang : m_buyer.lang; }
    void abuse(QList<Draft>* list, Role from, bool confirm);
    void addChatter(int count);
    void placeMessages();

    void setupOrder(int market, int realtime, int buyerOffender, int sellerOffender);
    void buildP2p(Scenario s);
    void buildLiveChatAbuse();
    void buildSuspensionAppeal();
    void planDecision(Outcome override, const char* overrideNote);

    quint64 m_seed;
    QDateTime m_now;
    qint64 m_index;
    Rng m_rng;

    DemoCase m_case;
    int m_lang = En;
    int m_market = Sek;
    DemoUser m_buyer;
    DemoUser m_seller;
    qint64 m_amount = 0; // order fiat, cents
    QDateTime m_created; // live chat: when the chat began
    QDateTime m_opened;
    QDateTime m_end; // last instant of the agent's handling, never after now
    QString m_payer; // for {payer}
    qint64 m_extra = 0; // for {extra}, cents
    qint64 m_paid = 0; // for {paid}, cents
    QList<Draft> m_before; // order chat before the appeal
    QList<Draft> m_after; // after the appeal opened
    bool m_confirmAbuse = false;
    Role m_abuser = Role::None;
    bool m_pending = false; // the policy waits for a deadline: nobody decides yet
    bool m_review = false; // a person must judge (the plan may still decide)
    Outcome m_expected = Outcome::None;
};

Scenario Story::pickScenario()
{
    // The first cases walk through every scenario, so even a tiny demo shows them all.
    if (m_index < ScenarioCount)
        return Scenario(m_index);
    int r = m_rng.below(1000);
    for (int s = 0; s < ScenarioCount; ++s) {
        if (r < kScenarioWeights[s])
            return Scenario(s);
        r -= kScenarioWeights[s];
    }
    return B3Realtime;
}

DemoUser Story::pickUser(int lang, int offenderPercent)
{
    int k;
    if (m_rng.chance(offenderPercent)) // skewed: a few offenders have very many cases
        k = m_rng.below(kOffenders) * m_rng.below(kOffenders) / kOffenders;
    else
        k = kOffenders + m_rng.below(kRegulars);
    return makeUser(m_seed, lang, k);
}

void Story::addHistory(const DemoUser& u)
{
    if (!u.offender || !m_rng.chance(70))
        return;
    const QHash<StrikeKind, int> h = offenderHistory(m_seed, u);
    if (!h.isEmpty())
        m_case.facts.history.insert(u.id, h);
}

QString Story::fill(QString text) const
{
    const QString fiat = m_market < MarketCount ? QString::fromLatin1(kMarkets[m_market].fiat) : QString();
    text.replace(QLatin1String("{amount}"), money(m_amount).toString());
    text.replace(QLatin1String("{extra}"), money(m_extra).toString());
    text.replace(QLatin1String("{paid}"), money(m_paid).toString());
    text.replace(QLatin1String("{fiat}"), fiat);
    text.replace(QLatin1String("{payer}"), m_payer);
    text.replace(QLatin1String("{order}"), m_case.facts.order ? m_case.facts.order->number : QString());
    return text;
}

void Story::event(const QDateTime& at, EventType type, Role by, Role party, CancelCause cause)
{
    CaseEvent e;
    e.at = at;
    e.type = type;
    e.by = by;
    e.party = party;
    e.cause = cause;
    if (by == Role::Agent)
        e.agent = QString::fromLatin1(kAgents[m_lang][m_index % 2].id);
    m_case.facts.events.append(e);
}

void Story::pay(const QDateTime& at, qint64 cents, bool listed)
{
    Payment p;
    p.at = at;
    p.amount = money(cents);
    p.payerName = m_payer.isEmpty() ? payerVariant(m_buyer, m_rng) : m_payer;
    p.toListedAccount = listed;
    if (m_rng.chance(80))
        p.realtime = m_case.facts.order->paymentMethod.realtime;
    const int r = m_rng.below(100);
    if (r < 3)
        p.remark = say(kSensitiveRemark, m_buyer.lang, m_rng);
    else if (r < 45)
        p.remark = m_case.facts.order->number;
    else if (r < 80)
        p.remark = say(kPlainRemark, m_buyer.lang, m_rng);
    m_case.facts.payments.append(p);
}

void Story::abuse(QList<Draft>* list, Role from, bool confirm)
{
    const int lang = from == Role::User ? m_lang : langOf(from);
    const QString text = m_rng.chance(50) ? say(kAbuseMild, lang, m_rng) : say(kAbuseStrong, lang, m_rng);
    const Channel ch = from == Role::User ? Channel::LiveChat : Channel::OrderChat;
    list->append({ ch, from, text, from });
    m_abuser = from;
    m_confirmAbuse = confirm;
}

// Small talk in the middle of the chat before the appeal: waiting, checking, greeting.
void Story::addChatter(int count)
{
    const bool live = m_case.facts.kind != CaseKind::P2pAppeal;
    QList<Draft> chatter;
    for (int i = 0; i < count; ++i) {
        const Role from = live ? (i % 2 ? Role::User : Role::Agent) : (i % 2 ? Role::Buyer : Role::Seller);
        const int lang = live ? m_lang : langOf(from);
        const QString text = from == Role::Agent ? say(kLiveAgent, lang, m_rng)
            : i % 3 == 0                         ? say(kGreeting, lang, m_rng)
            : from == Role::Seller               ? say(kSellerChecking, lang, m_rng)
            : live                               ? say(kLiveAsk, lang, m_rng)
                                                 : say(kBuyerWaiting, lang, m_rng);
        chatter.append({ live ? Channel::LiveChat : Channel::OrderChat, from, text });
    }
    const qsizetype middle = m_before.size() / 2;
    m_before = m_before.mid(0, middle) + chatter + m_before.mid(middle);
}

// Gives the drafted messages their times: the order chat spread over the time
// before the appeal, the bot at once after it, then replies a few minutes apart.
// Records abuse_confirmed pointing at the first abusive message.
void Story::placeMessages()
{
    CaseFacts& f = m_case.facts;
    auto place = [&](const QList<Draft>& list, const QList<QDateTime>& times) {
        for (int i = 0; i < list.size(); ++i) {
            Message m;
            m.at = times.at(i);
            m.channel = list.at(i).channel;
            m.from = list.at(i).from;
            m.text = list.at(i).text;
            if (list.at(i).abuser != Role::None && m_confirmAbuse && m_abuser == list.at(i).abuser) {
                // Live chat: the agent confirms while reporting; an order chat: once the appeal is open.
                QDateTime confirmAt = m.at.addSecs(qMin<qint64>(600, m.at.secsTo(m_end)));
                if (m.at < m_opened)
                    confirmAt = f.order ? m_opened.addSecs(qMin<qint64>(900, m_opened.secsTo(m_end))) : m_opened;
                event(confirmAt, EventType::AbuseConfirmed, Role::Agent, m_abuser);
                f.events.last().messageIndex = int(f.messages.size());
                m_confirmAbuse = false;
            }
            f.messages.append(m);
        }
    };
    auto evenly = [](int count, const QDateTime& from, const QDateTime& to) {
        QList<QDateTime> times;
        const qint64 span = qMax<qint64>(0, from.secsTo(to));
        for (int i = 0; i < count; ++i)
            times.append(from.addSecs(span * (i + 1) / (count + 1)));
        return times;
    };

    place(m_before, evenly(int(m_before.size()), f.order ? f.order->createdAt : m_created, m_opened));
    QList<QDateTime> after;
    QDateTime t = m_opened;
    for (int i = 0; i < m_after.size(); ++i) {
        t = t.addSecs(i == 0 ? m_rng.range(3, 20) : m_rng.range(40, 420));
        after.append(t);
    }
    if (!after.isEmpty() && after.last() > m_end)
        after = evenly(int(m_after.size()), m_opened, m_end);
    place(m_after, after);
    std::stable_sort(
        f.events.begin(), f.events.end(), [](const CaseEvent& a, const CaseEvent& b) { return a.at < b.at; });
}

void Story::setupOrder(int market, int realtime, int buyerOffender, int sellerOffender)
{
    m_market = market;
    const Market& mk = kMarkets[market];
    auto langFor = [&]() {
        switch (market) {
        case Sek:
            return int(Sv);
        case Bgn:
            return int(Bg);
        case Thb:
            return int(Th);
        case Eur:
            return m_rng.below(3); // en, sv, bg all trade euros
        default:
            return int(En);
        }
    };
    m_buyer = pickUser(langFor(), buyerOffender);
    do
        m_seller = pickUser(langFor(), sellerOffender);
    while (m_seller.n == m_buyer.n);

    Order o;
    QList<const Method*> fits;
    for (int i = 0; i < mk.methodCount; ++i)
        if (realtime < 0 || mk.methods[i].realtime == bool(realtime))
            fits.append(&mk.methods[i]);
    const Method* method = fits.at(m_rng.below(int(fits.size())));
    o.paymentMethod.name = QString::fromLatin1(method->name);
    o.paymentMethod.realtime = method->realtime;
    o.fiat = QString::fromLatin1(mk.fiat);
    o.number = QString::number(10000000000LL + (m_index * 104729LL + qint64(m_seed % 90000000000ULL)) % 90000000000LL);

    const int asset = m_rng.below(100);
    qint64 usdPerAsset = 1; // whole USD per coin
    if (asset < 10) {
        o.sideAsset = QStringLiteral("BTC");
        usdPerAsset = 95000;
    } else if (asset < 15) {
        o.sideAsset = QStringLiteral("ETH");
        usdPerAsset = 3300;
    } else {
        o.sideAsset = QStringLiteral("USDT");
    }
    const qint64 marketTicks = mk.usdtTicks * usdPerAsset * (1000 + m_rng.range(-15, 15)) / 1000;
    const qint64 priceTicks = marketTicks * (1000 + m_rng.range(-20, 25)) / 1000;
    m_amount = m_rng.range64(mk.minAmount / mk.step, mk.maxAmount / mk.step) * mk.step * 100;
    o.fiatAmount = money(m_amount);
    o.price = Decimal::fromUnits(priceTicks * 10000);
    if (m_rng.chance(85))
        o.marketPrice = Decimal::fromUnits(marketTicks * 10000);
    // Ads quote the fiat amount; the coin amount is what that buys, cut to the asset's precision.
    const qint64 cryptoUnits = m_amount * 10000000000LL / priceTicks;
    const qint64 precision = o.sideAsset == QLatin1String("USDT") ? 1000000 : 100;
    o.cryptoAmount = Decimal::fromUnits(cryptoUnits / precision * precision);
    o.sellerAccount = accountFor(o.paymentMethod.name, o.fiat, m_seller, m_seed);
    o.status = OrderStatus::Paid;
    m_case.facts.order = o;

    m_case.facts.parties = { { Role::Buyer, m_buyer.id, m_buyer.nickname, m_buyer.kycName() },
        { Role::Seller, m_seller.id, m_seller.nickname, m_seller.kycName() } };
    addHistory(m_buyer);
    addHistory(m_seller);
}

void Story::planDecision(Outcome override, const char* overrideNote)
{
    if (m_pending || (!m_review && m_expected == Outcome::None) || m_end >= m_now.addSecs(-1800) || !m_rng.chance(35))
        return;
    DemoDecision d;
    d.agent = QString::fromLatin1(kAgents[m_lang][(m_index + 1) % 2].id);
    d.decidedAt = m_end.addSecs(m_rng.range(300, qMin<int>(6 * 3600, int(m_end.secsTo(m_now)) - 60)));
    if (m_review) {
        // A person judged it; only some of those stories end in a decision.
        if (override == Outcome::None || !m_rng.chance(40))
            return;
        d.outcome = override;
        d.note = QString::fromUtf8(overrideNote);
    } else if (override != Outcome::None && m_rng.chance(8)) {
        d.outcome = override;
        d.note = QString::fromUtf8(overrideNote);
    }
    m_case.decision = d;
}

void Story::buildP2p(Scenario s)
{
    CaseFacts& f = m_case.facts;
    f.kind = CaseKind::P2pAppeal;
    int realtime = -1;
    int buyerOffender = 8;
    int sellerOffender = 8;
    switch (s) {
    case B3Realtime:
        realtime = 1;
        break;
    case B3NonInstant:
        realtime = 0;
        break;
    case B6:
        sellerOffender = 40;
        break;
    case S1:
        buyerOffender = 50;
        break;
    case S2a:
    case S2b:
        buyerOffender = 40;
        break;
    case S4:
        buyerOffender = 40;
        break;
    default:
        break;
    }
    int market;
    if (s == G0) {
        market = Cny;
    } else {
        const int r = m_rng.below(100);
        market = r < 22 ? Sek : r < 42 ? Bgn : r < 64 ? Thb : r < 84 ? Eur : Usd;
    }
    // S1 with a payment is the non-instant "not arrived" story.
    const int s1Variant = s == S1 ? m_rng.below(100) : 0;
    if (s == S1 && s1Variant >= 70)
        realtime = 0;
    setupOrder(market, realtime, buyerOffender, sellerOffender);
    Order& o = *f.order;

    // Default story shape: created, buyer pays and marks paid, appeal some time
    // later; the agent's handling (up to 70 minutes of events) ends before now.
    m_opened = m_now.addSecs(-m_rng.range64(3 * 3600, 90LL * 86400));
    qint64 waitBeforeAppeal = m_rng.range(45 * 60, 3 * 3600);
    Role appellant = Role::Buyer;
    QString reason = QString::fromLatin1(kStoryIds[s]);
    switch (s) {
    case S1:
    case S2d:
    case S3:
    case S4:
        appellant = Role::Seller;
        break;
    case S2a:
    case S2b:
        appellant = m_rng.chance(60) ? Role::Seller : Role::Buyer;
        break;
    case S2c:
        appellant = m_rng.chance(70) ? Role::Seller : Role::Buyer;
        break;
    default:
        break;
    }
    if (s == S2a || s == S2b || s == S2c || s == S2d)
        reason = appellant == Role::Seller ? QStringLiteral("S2") : QStringLiteral("B3");
    if (s == S2b && appellant == Role::Buyer && m_rng.chance(50))
        reason = QStringLiteral("B4");
    m_lang = appellant == Role::Seller ? m_seller.lang : m_buyer.lang;
    Outcome override = Outcome::None;
    const char* overrideNote = "";

    const int bl = m_buyer.lang;
    const int sl = m_seller.lang;
    auto markedPaidFlow = [&](const QDateTime& paidAt, bool withPayment) {
        const QDateTime at = paidAt.addSecs(-m_rng.range(30, 240));
        if (withPayment && m_rng.chance(10)) { // two transfers, e.g. for a bank's daily limit
            const qint64 first = m_amount * m_rng.range(40, 60) / 100 / 100 * 100;
            pay(at.addSecs(-40), first);
            pay(at, m_amount - first);
        } else if (withPayment) {
            pay(at, m_amount);
        }
        event(paidAt, EventType::MarkedPaid, Role::Buyer);
        before(Channel::OrderChat, Role::Buyer, say(kGreeting, bl, m_rng));
        before(Channel::OrderChat, Role::Buyer, fill(say(kBuyerPaid, bl, m_rng)));
    };

    switch (s) {
    case G0:
    case B3Realtime:
    case B3NonInstant: {
        if (s == G0)
            reason = QStringLiteral("B3");
        const bool rt = o.paymentMethod.realtime;
        const int v = m_rng.below(100);
        if (rt && v < 12) { // still inside the seller's 15 minutes
            m_pending = true;
            const QDateTime paidAt = m_now.addSecs(-m_rng.range(3 * 60, 13 * 60));
            m_opened = paidAt.addSecs(m_rng.range(60, 120));
            waitBeforeAppeal = paidAt.secsTo(m_opened) + 300;
            markedPaidFlow(paidAt, true);
            before(Channel::OrderChat, Role::Buyer, say(kBuyerWaiting, bl, m_rng));
        } else if (rt) {
            waitBeforeAppeal = m_rng.range(16 * 60, 90 * 60);
            const QDateTime paidAt = m_opened.addSecs(-waitBeforeAppeal + 300);
            markedPaidFlow(paidAt, true);
            before(Channel::OrderChat, Role::Buyer, say(kBuyerWaiting, bl, m_rng));
            if (m_rng.chance(40))
                before(Channel::OrderChat, Role::Seller, say(kSellerChecking, sl, m_rng));
            after(Channel::OrderChat, Role::Agent, fill(say(kAgentAskSeller, m_lang, m_rng)));
            event(m_opened.addSecs(m_rng.range(120, 300)), EventType::SellerContacted, Role::Agent);
            if (m_rng.chance(70))
                event(m_opened.addSecs(m_rng.range(40 * 60, 60 * 60)), EventType::PartyUnresponsive, Role::Agent,
                    Role::Seller);
            else
                after(Channel::OrderChat, Role::Seller, say(kSellerNotReceived, sl, m_rng));
            m_expected = Outcome::Release;
            override = Outcome::Refund;
            overrideNote = "Seller's bank statement shows the transfer was returned to the buyer; refund confirmed.";
        } else if (v < 20) { // non-instant, still inside 2 business days
            m_pending = true;
            const QDateTime paidAt = m_now.addSecs(-m_rng.range(2 * 3600, 20 * 3600));
            m_opened = paidAt.addSecs(m_rng.range(3600, 2 * 3600 - 60));
            waitBeforeAppeal = paidAt.secsTo(m_opened) + 600;
            markedPaidFlow(paidAt, true);
            before(Channel::OrderChat, Role::Seller, say(kSellerNotReceived, sl, m_rng));
        } else {
            // Past the deadline (2 business days can span a weekend: at most 4 days, no holidays).
            const qint64 sincePaid = m_rng.range64(4LL * 86400 + 3600, 7LL * 86400);
            waitBeforeAppeal = sincePaid + 600;
            const QDateTime paidAt = m_opened.addSecs(-sincePaid);
            markedPaidFlow(paidAt, true);
            before(Channel::OrderChat, Role::Seller, say(kSellerNotReceived, sl, m_rng));
            before(Channel::OrderChat, Role::Buyer, say(kBuyerWaiting, bl, m_rng));
            if (v < 45) {
                event(paidAt.addSecs(m_rng.range(20 * 3600, 30 * 3600)), EventType::SellerReportedNotReceived,
                    Role::Seller);
                m_review = true;
                override = Outcome::Release;
                overrideNote = "Buyer's bank trace shows the transfer was credited; released after review.";
            } else {
                m_expected = Outcome::Release;
                override = Outcome::Refund;
                overrideNote = "Buyer's bank recalled the transfer; seller refunded what arrived.";
            }
            after(Channel::OrderChat, Role::Agent, fill(say(kAgentAskProof, m_lang, m_rng)));
        }
        if (s == G0) {
            m_review = true;
            m_expected = Outcome::None;
            override = Outcome::Cancel;
            overrideNote = "CNY trade: handled by the CNY desk, order cancelled by agreement of both parties.";
        }
        break;
    }
    case B1: {
        o.status = OrderStatus::Cancelled;
        const bool timeout = m_rng.chance(70);
        const QDateTime cancelAt = m_opened.addSecs(-waitBeforeAppeal + 900);
        if (timeout) {
            event(cancelAt, EventType::Cancelled, Role::System, Role::None, CancelCause::Timeout);
            pay(cancelAt.addSecs(m_rng.range(60, 1200)), m_amount);
        } else {
            markedPaidFlow(cancelAt.addSecs(-m_rng.range(120, 600)), true);
            event(cancelAt, EventType::Cancelled, Role::Seller, Role::None, CancelCause::Mistake);
        }
        before(Channel::OrderChat, Role::Buyer, say(kBuyerCancelledButPaid, bl, m_rng));
        if (m_rng.chance(50))
            before(Channel::OrderChat, Role::Seller, say(kSellerChecking, sl, m_rng));
        after(Channel::OrderChat, Role::Agent, fill(say(kAgentAskProof, m_lang, m_rng)));
        event(m_opened.addSecs(m_rng.range(120, 600)), EventType::SellerContacted, Role::Agent);
        m_expected = Outcome::Refund;
        override = Outcome::Cancel;
        overrideNote = "Seller refunded the buyer directly before we acted; nothing left to return.";
        break;
    }
    case B2: {
        const bool twice = m_rng.chance(25);
        m_extra = twice ? m_amount : m_amount * m_rng.range(5, 25) / 100 / 100 * 100;
        const QDateTime paidAt = m_opened.addSecs(-waitBeforeAppeal + 300);
        pay(paidAt.addSecs(-120), twice ? m_amount : m_amount + m_extra);
        if (twice)
            pay(paidAt.addSecs(-60), m_amount);
        event(paidAt, EventType::MarkedPaid, Role::Buyer);
        before(Channel::OrderChat, Role::Buyer, fill(say(kBuyerPaid, bl, m_rng)));
        before(Channel::OrderChat, Role::Buyer, fill(say(kBuyerOverpaid, bl, m_rng)));
        if (m_rng.chance(50)) {
            o.status = OrderStatus::Released;
            event(paidAt.addSecs(m_rng.range(120, 900)), EventType::Released, Role::Seller);
            before(Channel::OrderChat, Role::Seller, say(kSellerConfirms, sl, m_rng));
            m_expected = Outcome::Refund;
        } else {
            m_expected = Outcome::Release;
            override = Outcome::Refund;
            overrideNote = "Buyer asked to cancel and take back the whole payment; seller agreed.";
        }
        after(Channel::OrderChat, Role::Agent, fill(say(kAgentAskSeller, m_lang, m_rng)));
        break;
    }
    case B4: {
        const QDateTime paidAt = m_opened.addSecs(-waitBeforeAppeal + 300);
        markedPaidFlow(paidAt, true);
        m_extra = m_amount * m_rng.range(3, 12) / 100 / 100 * 100;
        before(Channel::OrderChat, Role::Seller, fill(say(kSellerHigherPrice, sl, m_rng)));
        before(Channel::OrderChat, Role::Buyer, say(kBuyerRefusesMore, bl, m_rng));
        if (!o.marketPrice)
            o.marketPrice = Decimal::fromUnits(o.price.units() * (1000 + m_rng.range(-10, 10)) / 1000 / 10000 * 10000);
        if (m_rng.chance(35)) {
            // An ad priced at or below 90 % of the market: the seller may have a point.
            const int percent = m_rng.chance(25) ? 90 : m_rng.range(70, 89);
            o.price = Decimal::fromUnits(o.marketPrice->units() * percent / 100);
            m_expected = Outcome::Refund;
        } else {
            m_expected = Outcome::Release;
            override = Outcome::Refund;
            overrideNote
                = "Ad price came from a pricing-bot error the seller reported in time; refund approved by lead.";
        }
        break;
    }
    case B5: {
        const QDateTime paidAt = m_opened.addSecs(-waitBeforeAppeal + 300);
        markedPaidFlow(paidAt, true);
        Payment& p = f.payments.last();
        p.remark = say(kSensitiveRemark, bl, m_rng);
        if (m_rng.chance(30))
            p.remark = o.number + QLatin1Char(' ') + p.remark;
        before(Channel::OrderChat, Role::Seller, say(kSellerSensitive, sl, m_rng));
        if (m_rng.chance(40)) {
            event(m_opened.addSecs(m_rng.range(600, 1800)), EventType::SellerConfirmedReceipt, Role::Seller);
            after(Channel::OrderChat, Role::Seller, say(kSellerConfirms, sl, m_rng));
            m_expected = Outcome::Release;
        } else {
            m_expected = Outcome::Refund;
            override = Outcome::Release;
            overrideNote = "Seller changed their mind on the phone and accepted the payment.";
        }
        break;
    }
    case B6:
    case S4: {
        const Role offender = s == B6 ? Role::Seller : Role::Buyer;
        const QDateTime paidAt = m_opened.addSecs(-waitBeforeAppeal + 300);
        markedPaidFlow(paidAt, true);
        before(Channel::OrderChat, offender, say(kGreeting, langOf(offender), m_rng));
        abuse(&m_before, offender, m_rng.chance(80));
        m_expected = m_confirmAbuse ? Outcome::Suspend : Outcome::None;
        if (m_rng.chance(50))
            m_before.append({ Channel::OrderChat, offender, say(kAbuseStrong, langOf(offender), m_rng), offender });
        o.status = OrderStatus::Released;
        event(paidAt.addSecs(m_rng.range(300, 1800)), EventType::Released, Role::Seller);
        after(Channel::OrderChat, Role::Agent, say(kAgentCalm, m_lang, m_rng));
        break;
    }
    case S1: {
        const QDateTime paidAt = m_opened.addSecs(-waitBeforeAppeal + 300);
        if (s1Variant < 70) {
            markedPaidFlow(paidAt, false);
            before(Channel::OrderChat, Role::Seller, say(kSellerNotReceived, sl, m_rng));
            after(Channel::OrderChat, Role::Agent, fill(say(kAgentAskBuyer, m_lang, m_rng)));
            event(m_opened.addSecs(m_rng.range(120, 300)), EventType::BuyerContacted, Role::Agent);
            if (m_rng.chance(65))
                event(m_opened.addSecs(m_rng.range(40 * 60, 70 * 60)), EventType::PartyUnresponsive, Role::Agent,
                    Role::Buyer);
            else
                after(Channel::OrderChat, Role::Buyer, say(kBuyerNoPayment, bl, m_rng));
            m_expected = Outcome::Cancel;
            override = Outcome::Release;
            overrideNote = "Seller found the payment under a different reference; released.";
        } else if (s1Variant < 80) {
            m_pending = true;
            const QDateTime recent = m_now.addSecs(-m_rng.range(2 * 3600, 20 * 3600));
            m_opened = recent.addSecs(m_rng.range(3600, 2 * 3600 - 60));
            waitBeforeAppeal = recent.secsTo(m_opened) + 300;
            markedPaidFlow(recent, true);
            before(Channel::OrderChat, Role::Seller, say(kSellerNotReceived, sl, m_rng));
        } else {
            const qint64 sincePaid = m_rng.range64(4LL * 86400 + 3600, 7LL * 86400);
            waitBeforeAppeal = sincePaid + 600;
            const QDateTime at = m_opened.addSecs(-sincePaid);
            markedPaidFlow(at, true);
            before(Channel::OrderChat, Role::Seller, say(kSellerNotReceived, sl, m_rng));
            if (m_rng.chance(60)) {
                event(
                    at.addSecs(m_rng.range(20 * 3600, 30 * 3600)), EventType::SellerReportedNotReceived, Role::Seller);
                m_review = true;
                override = Outcome::Cancel;
                overrideNote = "Bank statement confirmed nothing arrived; buyer's bank confirmed a failed transfer.";
            } else {
                m_expected = Outcome::Release;
            }
        }
        break;
    }
    case S2a: {
        const QDateTime paidAt = m_opened.addSecs(-waitBeforeAppeal + 300);
        pay(paidAt.addSecs(-m_rng.range(30, 240)), m_amount, false);
        event(paidAt, EventType::MarkedPaid, Role::Buyer);
        before(Channel::OrderChat, Role::Buyer, fill(say(kBuyerPaid, bl, m_rng)));
        before(Channel::OrderChat, Role::Seller, say(kSellerWrongAccount, sl, m_rng));
        before(Channel::OrderChat, Role::Buyer, say(kBuyerWrongAccountReply, bl, m_rng));
        m_expected = Outcome::Cancel;
        override = Outcome::Release;
        overrideNote = "The other account also belongs to the seller (verified company account); released.";
        break;
    }
    case S2b: {
        DemoUser other;
        do
            other = makeUser(m_seed, m_buyer.lang, kOffenders + m_rng.below(kRegulars));
        while (other.kycName() == m_buyer.kycName());
        m_payer = m_rng.chance(50) ? other.first + QLatin1Char(' ') + m_buyer.last : other.kycName();
        if (m_payer == m_buyer.kycName())
            m_payer = other.kycName();
        const QDateTime paidAt = m_opened.addSecs(-waitBeforeAppeal + 300);
        markedPaidFlow(paidAt, true);
        before(Channel::OrderChat, Role::Seller, fill(say(kSellerNameMismatch, sl, m_rng)));
        before(Channel::OrderChat, Role::Buyer, say(kBuyerNameReply, bl, m_rng));
        m_expected = Outcome::Refund;
        override = Outcome::Release;
        overrideNote = "Payer is the buyer's own registered business; company KYC verified.";
        break;
    }
    case S2c:
    case S2d: {
        m_paid = m_amount * m_rng.range(50, 95) / 100 / 100 * 100;
        m_extra = m_amount - m_paid;
        const int v = m_rng.below(100);
        QDateTime paidAt = m_opened.addSecs(-waitBeforeAppeal + 300);
        if (s == S2c && v >= 20 && v < 40) { // remainder requested, its deadline still ahead
            m_pending = true;
            const QDateTime requested = m_now.addSecs(-m_rng.range(5 * 60, 25 * 60));
            m_opened = requested.addSecs(-m_rng.range(5 * 60, 20 * 60));
            paidAt = m_opened.addSecs(-m_rng.range(20 * 60, 40 * 60));
            waitBeforeAppeal = paidAt.secsTo(m_opened) + 300;
            event(requested, EventType::RemainderRequested, Role::Agent);
        }
        if (m_rng.chance(40)) { // split payment, still short
            const qint64 first = m_paid * m_rng.range(30, 70) / 100 / 100 * 100;
            pay(paidAt.addSecs(-280), first);
            pay(paidAt.addSecs(-120), m_paid - first);
        } else {
            pay(paidAt.addSecs(-120), m_paid);
        }
        event(paidAt, EventType::MarkedPaid, Role::Buyer);
        before(Channel::OrderChat, Role::Buyer, fill(say(kBuyerPaid, bl, m_rng)));
        before(Channel::OrderChat, Role::Seller, fill(say(kSellerPaidLess, sl, m_rng)));
        before(Channel::OrderChat, Role::Buyer, say(kBuyerShortReply, bl, m_rng));
        if (s == S2d) {
            o.status = OrderStatus::Released;
            event(paidAt.addSecs(m_rng.range(60, 600)), EventType::Released, Role::Seller);
            after(Channel::OrderChat, Role::Agent, fill(say(kAgentRemainder, m_lang, m_rng)));
        } else if (v >= 40) {
            const QDateTime requested = m_opened.addSecs(m_rng.range(120, 600));
            event(requested, EventType::RemainderRequested, Role::Agent);
            after(Channel::OrderChat, Role::Agent, fill(say(kAgentRemainder, m_lang, m_rng)));
            if (v < 65) {
                pay(requested.addSecs(m_rng.range(300, 1500)), m_extra);
                event(requested.addSecs(1560), EventType::RemainderPaid, Role::Buyer);
                m_expected = Outcome::Release;
            } else if (v < 80) {
                event(requested.addSecs(m_rng.range(300, 1200)), EventType::BuyerRefusedRemainder, Role::Buyer);
                after(Channel::OrderChat, Role::Buyer, say(kBuyerShortReply, bl, m_rng));
                m_expected = Outcome::Refund;
            } else {
                m_expected = Outcome::Refund; // deadline passed in silence
            }
            override = Outcome::Cancel;
            overrideNote = "Both parties agreed to cancel; seller returned the partial payment.";
        }
        break;
    }
    case S3: {
        const QDateTime paidAt = m_opened.addSecs(-waitBeforeAppeal + 300);
        markedPaidFlow(paidAt, m_rng.chance(30));
        o.status = OrderStatus::Released;
        event(paidAt.addSecs(m_rng.range(20, 120)), EventType::Released, Role::Seller);
        before(Channel::OrderChat, Role::Seller, say(kSellerReleasedEarly, sl, m_rng));
        m_review = true;
        break;
    }
    default:
        break;
    }
    m_end = m_opened.addSecs(qMin<qint64>(3 * 3600, m_opened.secsTo(m_now) - 30));

    // Conduct on top of an order clause: the other side turns abusive.
    if (s != B6 && s != S4 && m_rng.chance(8)) {
        const Role offender = appellant == Role::Buyer ? Role::Seller : Role::Buyer;
        abuse(&m_before, offender, m_rng.chance(75));
    }
    if (!m_pending && m_rng.chance(20))
        after(Channel::OrderComment, appellant, say(kComment, langOf(appellant), m_rng));
    if (m_rng.chance(4))
        m_before.append(
            { Channel::OrderChat, m_rng.chance(50) ? Role::Buyer : Role::Seller, fill(pickText(kMarkup, m_rng)) });

    f.appellant = appellant;
    f.reason = reason;
    o.createdAt = m_opened.addSecs(-waitBeforeAppeal);
    event(o.createdAt, EventType::OrderCreated, Role::Buyer);
    event(m_opened, EventType::AppealOpened, appellant);
    m_after.prepend({ Channel::OrderChat, Role::Bot, say(kBotAppeal, m_lang, m_rng) });
    m_after.insert(1,
        { Channel::OrderChat, Role::Agent,
            say(kAgentHello, m_lang, m_rng)
                .replace(QLatin1String("{agent}"), QString::fromUtf8(kAgents[m_lang][m_index % 2].name)) });
    planDecision(override, overrideNote);
}

void Story::buildLiveChatAbuse()
{
    CaseFacts& f = m_case.facts;
    f.kind = CaseKind::LiveChatAbuse;
    m_lang = m_rng.below(LangCount);
    m_buyer = pickUser(m_lang, 35);
    f.parties = { { Role::User, m_buyer.id, m_buyer.nickname, m_buyer.kycName() } };
    addHistory(m_buyer);
    m_opened = m_now.addSecs(-m_rng.range64(3 * 3600, 90LL * 86400));
    m_before.append({ Channel::LiveChat, Role::Bot, say(kLiveBotWelcome, m_lang, m_rng) });
    m_before.append({ Channel::LiveChat, Role::User, say(kLiveAsk, m_lang, m_rng) });
    m_before.append({ Channel::LiveChat, Role::Agent, say(kLiveAgent, m_lang, m_rng) });
    m_before.append({ Channel::LiveChat, Role::User, say(kLiveThreat, m_lang, m_rng) });
    m_before.append({ Channel::LiveChat, Role::Agent, say(kAgentCalm, m_lang, m_rng) });
    abuse(&m_before, Role::User, m_rng.chance(85));
    if (m_rng.chance(50))
        m_before.append({ Channel::LiveChat, Role::User, say(kLiveThreat, m_lang, m_rng), Role::User });
    if (m_rng.chance(4))
        m_before.append({ Channel::LiveChat, Role::User, pickText(kMarkup, m_rng) });
    m_before.append({ Channel::LiveChat, Role::Agent, say(kLiveAgent, m_lang, m_rng) });
    // The agent reports the chat right after it: the case opens when the chat ends.
    m_created = m_opened.addSecs(-m_rng.range(10 * 60, 40 * 60));
    m_end = m_opened.addSecs(qMin<qint64>(3 * 3600, m_opened.secsTo(m_now) - 30));
    m_expected = m_confirmAbuse ? Outcome::Suspend : Outcome::None;
    planDecision(Outcome::None, "");
}

void Story::buildSuspensionAppeal()
{
    CaseFacts& f = m_case.facts;
    f.kind = CaseKind::LiveChatSuspensionAppeal;
    m_lang = m_rng.below(LangCount);
    m_buyer = pickUser(m_lang, 35);
    f.parties = { { Role::User, m_buyer.id, m_buyer.nickname, m_buyer.kycName() } };
    addHistory(m_buyer);
    if (!f.history.contains(m_buyer.id))
        f.history.insert(m_buyer.id, { { StrikeKind::LiveChatAbuse, 1 + m_rng.below(2) } });
    m_opened = m_now.addSecs(-m_rng.range64(3 * 3600, 90LL * 86400));
    static const char* const grounds[] = { "impersonation", "compromised", "urgent", "other" };
    const int ground = m_rng.below(4);
    f.reason = QString::fromLatin1(grounds[ground]);
    Suspension sus;
    sus.userId = m_buyer.id;
    static const int ladder[] = { 1, 7, 30 };
    sus.days = ladder[m_rng.below(3)];
    sus.since = m_opened.addSecs(-m_rng.range64(3600, qint64(sus.days) * 86400 - 60));
    f.suspension = sus;
    m_created = m_opened.addSecs(-m_rng.range(5 * 60, 30 * 60));
    m_before.append({ Channel::LiveChat, Role::User, say(kLiveAsk, m_lang, m_rng) });
    m_before.append({ Channel::LiveChat, Role::Bot, say(kBotSuspended, m_lang, m_rng) });
    m_before.append({ Channel::LiveChat, Role::User, QString::fromUtf8(kLc2User[m_lang][ground]) });
    m_before.append({ Channel::LiveChat, Role::Bot, say(kBotSuspended, m_lang, m_rng) });
    Outcome override = Outcome::None;
    const char* note = "";
    switch (ground) {
    case 0:
        if (m_rng.chance(50)) {
            event(m_opened.addSecs(m_rng.range(600, 3600)), EventType::ImpersonationConfirmed, Role::Agent);
            m_expected = Outcome::Lift;
        } else {
            m_review = true;
            override = Outcome::Uphold;
            note = "Same device and location as the user's usual logins; no sign of impersonation.";
        }
        break;
    case 1:
        m_expected = Outcome::Lift;
        break;
    case 2:
        m_expected = Outcome::Uphold;
        override = Outcome::Lift;
        note = "Missing deposit resolved; suspension lifted early by team lead as a goodwill gesture.";
        break;
    default:
        m_review = true;
        override = Outcome::Uphold;
        note = "No new facts in the appeal; the suspension stands.";
        break;
    }
    m_end = m_opened.addSecs(qMin<qint64>(3 * 3600, m_opened.secsTo(m_now) - 30));
    planDecision(override, note);
}

DemoCase Story::build()
{
    const Scenario s = pickScenario();
    m_case.story = QString::fromLatin1(kStoryIds[s]);
    m_market = MarketCount;
    if (s == LC1)
        buildLiveChatAbuse();
    else if (s == LC2)
        buildSuspensionAppeal();
    else
        buildP2p(s);
    CaseFacts& f = m_case.facts;
    f.language = QString::fromLatin1(kLangIds[m_lang]);
    f.openedAt = m_opened;
    f.id = QStringLiteral("AP-%1-%2")
               .arg(m_opened.date().year())
               .arg((m_index * 7919 + qint64(m_seed % 10000000ULL)) % 10000000, 7, 10, QLatin1Char('0'));

    // Some chats run longer; a few are very long, for the benchmarks.
    if (m_index % 1000 == 137)
        addChatter(m_rng.range(500, 2000));
    else if (m_rng.chance(25))
        addChatter(m_rng.range(3, 20));
    placeMessages();
    return m_case;
}

} // namespace

DemoGenerator::DemoGenerator(quint64 seed, const QDateTime& referenceNow)
    : m_seed(seed)
    , m_referenceNow(referenceNow.isValid() ? referenceNow.toUTC() : defaultReferenceNow())
{ }

QDateTime DemoGenerator::defaultReferenceNow()
{
    return QDateTime(QDate(2026, 11, 20), QTime(12, 0), QTimeZone::utc());
}

DemoCase DemoGenerator::generate(qint64 index) const
{
    return Story(m_seed, m_referenceNow, index).build();
}
