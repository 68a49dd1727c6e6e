// libFuzzer target: the policy engine on every valid case the bundle reader
// parses from arbitrary bytes, at instants around the case's own times.
#include "FuzzBundleFile.h"
#include "PolicyEngine.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    static const PolicyEngine engine;
    readFuzzBundle(data, size, [](const CaseFacts& facts) {
        const QDateTime opened = facts.openedAt;
        for (const QDateTime& at : { opened, opened.addSecs(3600), opened.addDays(3), opened.addDays(400),
                 QDateTime::fromMSecsSinceEpoch(0, Qt::UTC) }) {
            StrikeHistory strikes;
            for (const Party& p : facts.parties)
                strikes[p.userId][StrikeKind::AbusiveLanguage] = 2;
            engine.suggest(facts, at).toJsonLine();
            engine.suggest(facts, at, strikes).toJsonLine();
        }
    });
    return 0;
}
