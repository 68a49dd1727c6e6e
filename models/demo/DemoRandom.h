#pragma once

#include <QtGlobal>

namespace demo {

// splitmix64: a fixed, documented sequence on every platform and standard
// library, so the same seed gives byte-identical demo data everywhere.
inline quint64 splitmix64(quint64& state)
{
    quint64 z = (state += 0x9E3779B97F4A7C15ULL);
    z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ULL;
    z = (z ^ (z >> 27)) * 0x94D049BB133111EBULL;
    return z ^ (z >> 31);
}

// The seed of one thing (a user, a case, an account) from the demo's seed and that thing's number and kind.
inline quint64 seedFor(quint64 a, quint64 b, quint64 c = 0)
{
    quint64 s = a ^ (b * 0xD6E8FEB86659FD93ULL) ^ (c * 0x9FB21C651E98DF25ULL);
    splitmix64(s);
    return splitmix64(s);
}

class Random
{
public:
    explicit Random(quint64 seed)
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

} // namespace demo
