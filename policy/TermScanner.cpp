#include "TermScanner.h"

#include "TextNormalizer.h"

#include <QFile>

#include <algorithm>
#include <queue>

namespace { } // namespace

// The normalised text a candidate is checked in: the normaliser's output, or on the fast path the
// original text seen through the per-unit map.
struct TermScanner::TextView
{
    const char16_t* data = nullptr;
    int n = 0;
    const char16_t* map = nullptr;

    int size() const { return n; }
    QChar at(int i) const { return QChar(map ? map[data[i]] : data[i]); }
    QString mid(int from, int length) const
    {
        QString s(length, Qt::Uninitialized);
        for (int k = 0; k < length; ++k)
            s[k] = at(from + k);
        return s;
    }
};

namespace {

using TextView = TermScanner::TextView;

bool isWordAt(const TextView& text, int i)
{
    return i >= 0 && i < text.size() && TextNormalizer::isWordChar(text.at(i));
}

int wordStart(const TextView& text, int i)
{
    while (isWordAt(text, i - 1))
        --i;
    return i;
}

int wordEnd(const TextView& text, int i)
{
    while (isWordAt(text, i))
        ++i;
    return i;
}

// Pronouns, auxiliaries and particles of the four languages: frequent in every chat, so a poor
// anchor for a phrase.
bool isFunctionWord(const QString& word)
{
    static const QStringList words = QStringLiteral(
        "i you your ur u are will ll re m know where or the a to for it is of and in my me "
        "jag du dig din ditt ert er var vart vet ska att kommer till få far får se det är ar hem annars och på "
        "ще те ти ви си е къде знам да в до и на не ми "
        "shte te ti vi si e kade kude znam da v do i na ne mi")
                                         .split(QLatin1Char(' '));
    return words.contains(word);
}

// Between the words of a phrase: a few spaces or punctuation marks ("Ти, идиоте"), not a line.
constexpr int MaxGap = 4;

QStringList splitWords(const QString& normalized)
{
    QStringList words;
    QString current;
    for (const QChar c : normalized) {
        if (TextNormalizer::isWordChar(c)) {
            current += c;
        } else if (!current.isEmpty()) {
            words << current;
            current.clear();
        }
    }
    if (!current.isEmpty())
        words << current;
    return words;
}

} // namespace

struct TermScanner::ThaiCache
{
    int runStart = -1;
    int runEnd = -1;
    QVector<int> boundaries; // offsets into the text
};

QStringList TermScanner::parseTermList(const QString& text)
{
    QStringList terms;
    const QStringList lines = text.split(QLatin1Char('\n'));
    for (const QString& line : lines) {
        const int hash = int(line.indexOf(QLatin1Char('#')));
        const QString term = (hash >= 0 ? line.left(hash) : line).trimmed();
        if (!term.isEmpty())
            terms << term;
    }
    return terms;
}

QStringList TermScanner::readTermFile(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return QStringList();
    return parseTermList(QString::fromUtf8(file.readAll()));
}

QList<TermScanner::Term> TermScanner::readTermFile(
    const QString& path, const QString& language, const QString& category)
{
    QList<Term> terms;
    for (const QString& text : readTermFile(path))
        terms << Term { text, language, category };
    return terms;
}

TermScanner::TermScanner(const QStringList& terms)
{
    for (const QString& text : terms) {
        if (text.trimmed().isEmpty())
            continue;
        m_terms << text;
        m_termInfo << Term { text, QString(), QString() };
        addPatterns(int(m_terms.size()) - 1, m_termInfo.back());
    }
    build();
}

TermScanner::TermScanner(const QList<Term>& terms)
{
    for (const Term& term : terms) {
        if (term.text.trimmed().isEmpty())
            continue;
        m_terms << term.text;
        m_termInfo << term;
        addPatterns(int(m_terms.size()) - 1, term);
    }
    build();
}

void TermScanner::addPatterns(int term, const Term& info)
{
    const QString normalized = TextNormalizer::normalized(info.text).trimmed();
    if (normalized.isEmpty())
        return;
    const WordForms::Language language = WordForms::language(info.language);
    if (TextNormalizer::isThai(normalized.front()) || TextNormalizer::isThai(normalized.back())) {
        Pattern p;
        p.term = term;
        p.language = WordForms::Thai;
        p.words << normalized;
        p.stems << normalized;
        p.keys << normalized;
        p.thai = true;
        addPattern(p);
        return;
    }
    Pattern p;
    p.term = term;
    p.language = language;
    // Threats are set phrases: a verb in another tense is no threat ("jag hittade dig i listan").
    p.exactWords = info.category == QLatin1String("threat") || info.category == QLatin1String("allow");
    // Swedish skit-, svin-, jävla- before another word intensify it ("skitbra", "svinkallt"): an
    // abusive term counts as the tail of a compound ("storidiot"), not as its head.
    p.headCompounds = info.category != QLatin1String("abuse");
    p.words = splitWords(normalized);
    if (p.words.isEmpty())
        return;
    for (const QString& word : std::as_const(p.words)) {
        p.stems << WordForms::stem(language, word);
        p.keys << WordForms::key(language, word, p.stems.back());
    }
    addPattern(p);
    // The same typed without diacritics ("kop av krypto", "javla idiot").
    Pattern plain = p;
    for (QString& word : plain.words)
        word = TextNormalizer::withoutLatinDiacritics(word);
    for (QString& stem : plain.stems)
        stem = WordForms::stem(language, TextNormalizer::withoutLatinDiacritics(stem));
    for (int i = 0; i < plain.words.size(); ++i)
        plain.keys[i] = WordForms::key(language, plain.words.at(i), WordForms::stem(language, plain.words.at(i)));
    if (plain.words != p.words)
        addPattern(plain);
    // Bulgarian is often typed in Latin letters ("ti idiote", "mamka ti", "bitkoin"): words and stems
    // compared in one canonical spelling, found by the prefix all spellings share.
    if (language == WordForms::Bulgarian) {
        Pattern latin = p;
        latin.language = WordForms::BulgarianLatin;
        int anchor = 0;
        for (int i = 0; i < p.words.size(); ++i) {
            latin.words[i] = WordForms::bulgarianLatin(p.words.at(i));
            latin.stems[i] = WordForms::bulgarianLatin(p.stems.at(i));
            latin.keys[i] = WordForms::bulgarianLatinPrefix(p.keys.at(i));
            if (p.keys.at(i).size() > p.keys.at(anchor).size())
                anchor = i;
        }
        // The anchor word's key in each spelling people use; the other words compare canonically.
        if (latin.words != p.words) {
            for (const QString& spelling : WordForms::bulgarianLatinSpellings(p.keys.at(anchor))) {
                Pattern variant = latin;
                variant.keys[anchor] = spelling;
                variant.anchor = anchor;
                addPattern(variant);
            }
        }
    }
}

void TermScanner::addPattern(Pattern pattern)
{
    // The longest key that is not a function word anchors the search: fewer candidates than "i" or
    // "jag" in "i know where ...", "jag vet var du bor".
    if (pattern.language != WordForms::BulgarianLatin) {
        auto weight = [&](int i) {
            const QString& key = pattern.keys.at(i);
            return int(key.size()) - (isFunctionWord(pattern.words.at(i)) ? 100 : 0);
        };
        pattern.anchor = 0;
        for (int i = 1; i < pattern.keys.size(); ++i)
            if (weight(i) > weight(pattern.anchor))
                pattern.anchor = i;
    }
    for (const Pattern& existing : std::as_const(m_patterns))
        if (existing.term == pattern.term && existing.words == pattern.words && existing.language == pattern.language
            && existing.keys.at(existing.anchor) == pattern.keys.at(pattern.anchor))
            return;
    m_patterns << pattern;
}

void TermScanner::build()
{
    m_classOf.fill(0, 0x10000);
    QList<QString> keys;
    for (const Pattern& p : std::as_const(m_patterns)) {
        const QString& key = p.keys.at(p.anchor);
        keys << key;
        m_keyLength << int(key.size());
        m_maxKeyLength = qMax(m_maxKeyLength, int(key.size()));
        for (const QChar c : key)
            if (!m_classOf[c.unicode()])
                m_classOf[c.unicode()] = quint16(m_classes++);
    }

    // The trie, then failure links in breadth-first order, turned into a complete DFA.
    QVector<qint32> fail(1, 0);
    m_next.fill(-1, m_classes);
    m_outputFirst.fill(-1, 1);
    for (int t = 0; t < keys.size(); ++t) {
        int state = 0;
        for (const QChar c : keys.at(t)) {
            const int slot = state * m_classes + m_classOf[c.unicode()];
            if (m_next[slot] < 0) {
                m_next[slot] = int(fail.size());
                fail << 0;
                m_outputFirst << -1;
                m_next.resize(m_next.size() + m_classes, -1);
            }
            state = m_next[slot];
        }
        m_outputs << t << m_outputFirst[state];
        m_outputFirst[state] = int(m_outputs.size()) - 2;
    }
    std::queue<int> queue;
    for (int cls = 0; cls < m_classes; ++cls) {
        int& target = m_next[cls];
        if (target < 0) {
            target = 0;
        } else if (target > 0) {
            fail[target] = 0;
            queue.push(target);
        }
    }
    while (!queue.empty()) {
        const int state = queue.front();
        queue.pop();
        // Outputs of the failure state are outputs here too: append its chain.
        if (m_outputFirst[state] < 0) {
            m_outputFirst[state] = m_outputFirst[fail[state]];
        } else {
            int last = m_outputFirst[state];
            while (m_outputs[last + 1] >= 0)
                last = m_outputs[last + 1];
            m_outputs[last + 1] = m_outputFirst[fail[state]];
        }
        for (int cls = 0; cls < m_classes; ++cls) {
            const int slot = state * m_classes + cls;
            const int viaFail = m_next[fail[state] * m_classes + cls];
            if (m_next[slot] < 0 || cls == 0) {
                m_next[slot] = cls == 0 ? 0 : viaFail;
            } else {
                fail[m_next[slot]] = viaFail;
                queue.push(m_next[slot]);
            }
        }
    }
    // Per code unit: the class of its mapped unit (normalised text maps to itself), whether it joins
    // a word, its script, and whether the fast path must give way to the normaliser.
    const char16_t* map = TextNormalizer::unitMap();
    m_info.resize(0x10000);
    for (int c = 0; c < 0x10000; ++c) {
        const char16_t mapped = map[c];
        if (mapped == TextNormalizer::Special) {
            m_info[c] = Slow | m_classOf[c];
            continue;
        }
        const QChar mc(mapped);
        const bool word = !mc.isSurrogate() && TextNormalizer::isWordChar(mc);
        m_info[c] = quint32(m_classOf[mapped]) | (word ? Word : 0u)
            | (word ? quint32(TextNormalizer::scriptOf(mapped)) << ScriptShift : 0u);
    }
    // Transitions as (target row offset << 1) | target has outputs.
    for (qint32& target : m_next)
        target = (target * m_classes) << 1 | (m_outputFirst[target] >= 0 ? 1 : 0);
}

bool TermScanner::isForm(const Pattern& p, const QString& textWord, int word)
{
    if (p.exactWords) {
        const QString& termWord = p.words.at(word);
        return textWord == termWord || WordForms::isSpellingOf(p.language, textWord, termWord);
    }
    return WordForms::isFormOf(p.language, textWord, p.words.at(word), p.stems.at(word));
}

// The automaton's next state depends on the one before: one chain of loads, each waiting for the
// last. A long text is therefore cut into Lanes pieces at non-word units (no word, and so no script
// check, spans two pieces) and the pieces are stepped in turn, so that their chains overlap. Each
// piece after the first starts the automaton from the root the longest key's length before its
// start; matches ending before the piece's start are its neighbour's.
bool TermScanner::scanView(const TextView& text, const TextNormalizer::Result* normalized, QList<Match>* found) const
{
    return text.map ? scanLanes<true>(text, normalized, found) : scanLanes<false>(text, normalized, found);
}

template <bool Fast>
bool TermScanner::scanLanes(const TextView& text, const TextNormalizer::Result* normalized, QList<Match>* found) const
{
    constexpr int Lanes = 3;
    constexpr int MinLaneUnits = 256;
    struct Lane
    {
        int at = 0; // next unit to step
        int from = 0; // matches ending here or later are this lane's
        int end = 0;
        qint32 row = 0;
        quint32 scripts = 0;
        ThaiCache thai;
    };
    const char16_t* data = text.data;
    const int n = text.size();
    const qint32* next = m_next.constData();
    const quint32* info = m_info.constData();

    auto report = [&](Lane& lane, int i, qint32 row) Q_DECL_COLD_FUNCTION {
        for (int out = m_outputFirst[row / m_classes]; out >= 0; out = m_outputs[out + 1]) {
            const int pattern = m_outputs[out];
            const int start = i + 1 - m_keyLength[pattern];
            const Pattern& p = m_patterns.at(pattern);
            const Span span = verify(p, text, start, i + 1, lane.thai);
            if (span.start < 0)
                continue;
            const QPair<int, int> original
                = normalized ? normalized->originalSpan(span.start, span.end) : qMakePair(span.start, span.end);
            *found << Match { original.first, original.second - original.first, p.term };
        }
    };
    // One unit of a lane; false when the fast path must give way to the normaliser.
    auto step = [&](Lane& lane) __attribute__((always_inline)) {
        const int i = lane.at++;
        const quint32 v = info[data[i]];
        if constexpr (Fast) {
            if (v & Slow)
                return false;
            if (v & Word) {
                lane.scripts |= v >> ScriptShift;
            } else {
                if (lane.scripts & (lane.scripts - 1))
                    return false;
                lane.scripts = 0;
            }
        }
        const qint32 s = next[lane.row + qint32(v & ClassMask)];
        lane.row = s >> 1;
        if ((s & 1) && i >= lane.from)
            report(lane, i, lane.row);
        return true;
    };

    // A short text (most chat messages): one lane, with nothing set up for the others.
    if (n < Lanes * MinLaneUnits) {
        Lane lane;
        lane.end = n;
        while (lane.at < n) {
            if (!step(lane))
                return false;
        }
        return !(Fast && (lane.scripts & (lane.scripts - 1)));
    }

    Lane lanes[Lanes];
    for (int k = 0, from = 0; k < Lanes; ++k) {
        int end = n;
        if (k + 1 < Lanes) {
            end = qMax(from, int(qint64(n) * (k + 1) / Lanes));
            while (end < n && (info[data[end]] & Word))
                ++end;
        }
        lanes[k].from = from;
        lanes[k].at = qMax(0, from - (m_maxKeyLength - 1));
        lanes[k].end = end;
        from = end;
    }

    int common = n;
    for (const Lane& lane : lanes)
        common = qMin(common, lane.end - lane.at);
    for (int k = 0; k < common; ++k) {
        bool ok = true;
        for (Lane& lane : lanes) // unrolled: Lanes is a constant and step() is inlined
            ok &= step(lane);
        if (!ok)
            return false;
    }
    for (Lane& lane : lanes) {
        while (lane.at < lane.end) {
            if (!step(lane))
                return false;
        }
        if (Fast && (lane.scripts & (lane.scripts - 1)))
            return false;
    }
    return true;
}

TermScanner::Span TermScanner::verify(const Pattern& p, const TextView& text, int start, int end, ThaiCache& thai) const
{
    if (p.thai) {
        // Thai has no spaces: the term must begin and end where the dictionary break puts word edges.
        auto isThaiAt = [&](int i) { return i >= 0 && i < text.size() && TextNormalizer::isThai(text.at(i)); };
        if (start < thai.runStart || start >= thai.runEnd) {
            thai.runStart = start;
            while (isThaiAt(thai.runStart - 1))
                --thai.runStart;
            thai.runEnd = end;
            while (isThaiAt(thai.runEnd))
                ++thai.runEnd;
            thai.boundaries = WordForms::thaiBoundaries(text.mid(thai.runStart, thai.runEnd - thai.runStart));
            for (int& b : thai.boundaries)
                b += thai.runStart;
        }
        auto isBoundary
            = [&](int i) { return std::binary_search(thai.boundaries.cbegin(), thai.boundaries.cend(), i); };
        // The repetition mark ๆ belongs to the word before it ("แน่ๆ").
        const int repeated = end < text.size() && text.at(end).unicode() == 0x0E46 ? end + 1 : end;
        if (isBoundary(start) && (isBoundary(end) || (repeated > end && isBoundary(repeated))))
            return Span { start, isBoundary(end) ? end : repeated };
        return {};
    }

    const bool swedishCompound
        = p.language == WordForms::Swedish && !p.exactWords && p.words.size() == 1 && WordForms::hasSwedishDictionary();
    const int ws = wordStart(text, start);
    const int we = wordEnd(text, end);
    // Set phrases are checked often (their words are common): reject on the length before copying.
    if (p.exactWords && we - ws != p.words.at(p.anchor).size() && p.language != WordForms::BulgarianLatin
        && p.language != WordForms::English)
        return {};
    const QString anchorWord = text.mid(ws, we - ws);
    const QString& termWord = p.words.at(p.anchor);
    const QString& termStem = p.stems.at(p.anchor);
    const int keyLength = int(p.keys.at(p.anchor).size());
    if (ws != start) {
        // Inside a word: only the tail of a Swedish compound ("storidiot").
        if (!swedishCompound)
            return {};
        const QString tail = text.mid(start, we - start);
        if (isForm(p, tail, p.anchor) && WordForms::isSwedishTailCompound(anchorWord, start - ws))
            return Span { ws, we };
        return {};
    }
    if (!isForm(p, anchorWord, p.anchor)) {
        if (!swedishCompound || !p.headCompounds)
            return {};
        // The head of a Swedish compound: the term or a form of it, then another word ("kryptohandel").
        bool compound = false;
        for (int split = int(anchorWord.size()) - 2; split >= keyLength && !compound; --split)
            compound = WordForms::isFormOf(p.language, anchorWord.left(split), termWord, termStem)
                && WordForms::isSwedishHeadCompound(anchorWord, split);
        if (!compound)
            return {};
    }

    // The other words of a phrase, each a form of its term word, a short gap apart.
    Span span { ws, we };
    int pos = we;
    for (int i = p.anchor + 1; i < p.words.size(); ++i) {
        int next = pos;
        while (next < text.size() && next - pos <= MaxGap && !isWordAt(text, next)
            && !TextNormalizer::isThai(text.at(next)) && text.at(next) != QLatin1Char('\n'))
            ++next;
        if (next == pos || next - pos > MaxGap || !isWordAt(text, next))
            return {};
        const int e = wordEnd(text, next);
        if (!isForm(p, text.mid(next, e - next), i))
            return {};
        pos = span.end = e;
    }
    pos = ws;
    for (int i = p.anchor - 1; i >= 0; --i) {
        int previous = pos;
        while (previous > 0 && pos - previous <= MaxGap && !isWordAt(text, previous - 1)
            && !TextNormalizer::isThai(text.at(previous - 1)) && text.at(previous - 1) != QLatin1Char('\n'))
            --previous;
        if (previous == pos || pos - previous > MaxGap || !isWordAt(text, previous - 1))
            return {};
        const int s = wordStart(text, previous);
        if (!isForm(p, text.mid(s, previous - s), i))
            return {};
        pos = span.start = s;
    }
    return span;
}

QList<TermScanner::Match> TermScanner::scan(const QString& original) const
{
    QList<Match> found;
    if (m_patterns.isEmpty())
        return found;
    // Most text needs no more than a per-unit mapping (case folding, compatibility forms of one
    // unit): scan it in place. A unit that maps to none or several, an override, or a word mixing
    // scripts sends the whole text through the normaliser and its offset map instead.
    const TextView view { reinterpret_cast<const char16_t*>(original.constData()), int(original.size()),
        TextNormalizer::unitMap() };
    if (!scanView(view, nullptr, &found)) {
        found.clear();
        const TextNormalizer::Result normalized = TextNormalizer::normalize(original);
        const TextView normal { reinterpret_cast<const char16_t*>(normalized.text.constData()),
            int(normalized.text.size()), nullptr };
        scanView(normal, &normalized, &found);
    }
    // Innocent words and phrases that contain a term ("ควายป่า", a wild buffalo) cancel what they overlap.
    QList<Match> allowed;
    for (const Match& m : std::as_const(found))
        if (m_termInfo.at(m.term).category == QLatin1String("allow"))
            allowed << m;
    if (!allowed.isEmpty()) {
        found.removeIf([&](const Match& m) {
            for (const Match& a : std::as_const(allowed))
                if (m.start < a.start + a.length && a.start < m.start + m.length)
                    return true;
            return false;
        });
    }
    std::sort(found.begin(), found.end(), [](const Match& a, const Match& b) {
        return a.start != b.start ? a.start < b.start : a.length != b.length ? a.length > b.length : a.term < b.term;
    });
    QList<Match> kept;
    int end = 0;
    for (const Match& m : std::as_const(found)) {
        if (m.start < end)
            continue;
        kept << m;
        end = m.start + m.length;
    }
    return kept;
}

QStringList TermScanner::termsFound(const QString& text) const
{
    QStringList result;
    for (const Match& m : scan(text))
        if (!result.contains(m_terms.at(m.term)))
            result << m_terms.at(m.term);
    return result;
}
