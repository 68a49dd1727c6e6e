#include "DemoGenerator.h"

#include "DemoStories.h"

#include <QTimeZone>

// The generator only picks the story; demo/Demo*.cpp write it: DemoStories (P2P and live chat), DemoCaseDraft
// (the steps they share), DemoPeople and DemoMarkets, with the text from demo-phrases.json (DemoPhrases).

namespace {

demo::Scenario pickScenario(demo::CaseDraft& d)
{
    using namespace demo;
    // The first cases walk through every scenario, so even a tiny demo shows them all.
    if (d.index < ScenarioCount)
        return Scenario(d.index);
    int r = d.rng.below(1000);
    for (int s = 0; s < ScenarioCount; ++s) {
        if (r < storyWeight(Scenario(s)))
            return Scenario(s);
        r -= storyWeight(Scenario(s));
    }
    return B3Realtime;
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
    using namespace demo;
    CaseDraft d(m_seed, m_referenceNow, index);
    const Scenario s = pickScenario(d);
    d.result.story = storyId(s);
    d.market = MarketCount;
    if (s == LC1)
        writeLiveChatAbuse(d);
    else if (s == LC2)
        writeSuspensionAppeal(d);
    else
        writeP2pStory(d, s);
    CaseFacts& f = d.result.facts;
    f.language = languageId(d.lang);
    f.openedAt = d.opened;
    f.id = QStringLiteral("AP-%1-%2")
               .arg(d.opened.date().year())
               .arg((d.index * 7919 + qint64(d.seed % 10000000ULL)) % 10000000, 7, 10, QLatin1Char('0'));

    // Some chats run longer; a few are very long, for the benchmarks.
    if (d.index % 1000 == 137)
        d.addChatter(d.rng.range(500, 2000));
    else if (d.rng.chance(25))
        d.addChatter(d.rng.range(3, 20));
    d.placeMessages();
    return d.result;
}
