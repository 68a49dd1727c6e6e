#include "TermScanner.h"

#include <QFile>

#include <algorithm>
#include <queue>

namespace {

// Simple case folding of one UTF-16 code unit, precomputed for the whole BMP.
const QVector<char16_t>& foldTable()
{
    static const QVector<char16_t> table = [] {
        QVector<char16_t> t(0x10000);
        for (int c = 0; c < 0x10000; ++c)
            t[c] = QChar(char16_t(c)).isSurrogate() ? char16_t(c) : QChar(char16_t(c)).toCaseFolded().unicode();
        return t;
    }();
    return table;
}

bool isThai(QChar c)
{
    return c.unicode() >= 0x0E00 && c.unicode() <= 0x0E7F;
}

// A letter or digit of a space-separated script joins a word.
bool isWordChar(QChar c)
{
    return !isThai(c) && (c.isLetterOrNumber() || c.isMark());
}

} // namespace

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

TermScanner::TermScanner(const QStringList& terms)
{
    const QVector<char16_t>& fold = foldTable();
    m_classOf.fill(0, 0x10000);
    QList<QString> folded;
    for (const QString& term : terms) {
        if (term.isEmpty())
            continue;
        QString f = term;
        for (QChar& c : f)
            c = QChar(fold[c.unicode()]);
        folded << f;
        m_terms << term;
        m_termLength << int(f.size());
        m_boundaryStart << !isThai(f.front());
        m_boundaryEnd << !isThai(f.back());
        for (const QChar c : f)
            if (!m_classOf[c.unicode()])
                m_classOf[c.unicode()] = quint16(m_classes++);
    }

    // The trie, then failure links in breadth-first order, turned into a complete DFA.
    QVector<qint32> fail(1, 0);
    m_next.fill(-1, m_classes);
    m_outputFirst.fill(-1, 1);
    for (int t = 0; t < folded.size(); ++t) {
        int state = 0;
        for (const QChar c : folded.at(t)) {
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

    // For the scan loop: raw code unit -> class of its folding (one lookup instead of two),
    // and transitions as (target row offset << 1) | target has outputs.
    QVector<quint16> rawClass(0x10000);
    for (int c = 0; c < 0x10000; ++c)
        rawClass[c] = m_classOf[fold[c]];
    m_classOf = rawClass;
    for (qint32& target : m_next)
        target = (target * m_classes) << 1 | (m_outputFirst[target] >= 0 ? 1 : 0);
}

QList<TermScanner::Match> TermScanner::scan(const QString& text) const
{
    QList<Match> found;
    if (m_terms.isEmpty())
        return found;
    const char16_t* data = reinterpret_cast<const char16_t*>(text.constData());
    const int n = int(text.size());
    const qint32* next = m_next.constData();
    const quint16* classOf = m_classOf.constData();
    qint32 row = 0;
    for (int i = 0; i < n; ++i) {
        const qint32 step = next[row + classOf[data[i]]];
        row = step >> 1;
        if (!(step & 1))
            continue;
        for (int out = m_outputFirst[row / m_classes]; out >= 0; out = m_outputs[out + 1]) {
            const int term = m_outputs[out];
            const int start = i + 1 - m_termLength[term];
            if (m_boundaryStart[term] && start > 0 && isWordChar(text.at(start - 1)))
                continue;
            if (m_boundaryEnd[term] && i + 1 < n && isWordChar(text.at(i + 1)))
                continue;
            found << Match { start, m_termLength[term], term };
        }
    }
    std::sort(found.begin(), found.end(),
        [](const Match& a, const Match& b) { return a.start != b.start ? a.start < b.start : a.length > b.length; });
    QList<Match> kept;
    int end = 0;
    for (const Match& m : found) {
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
