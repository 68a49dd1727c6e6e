#include "WholeWordLabel.h"

#include <QEvent>
#include <QFontMetricsF>
#include <QTextLayout>

#include <cmath>

namespace {

// A space where a line may break. No-break spaces (U+00A0, U+202F, U+2007) say the opposite.
bool breaksHere(QChar c)
{
    const char16_t u = c.unicode();
    return c.isSpace() && u != 0x00a0 && u != 0x202f && u != 0x2007 && u != u'\n';
}

bool opensIsolate(char16_t u)
{
    return u == 0x2066 || u == 0x2067 || u == 0x2068;
}

// A word wider than the line: broken where Qt would break it (dictionary word edges in Thai, else
// anywhere), the last piece returned for the next word to join.
QStringList brokenWord(const QString& word, const QFont& font, qreal width)
{
    QTextLayout layout(word, font);
    QTextOption option;
    option.setWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
    layout.setTextOption(option);
    QStringList pieces;
    layout.beginLayout();
    for (QTextLine line = layout.createLine(); line.isValid(); line = layout.createLine()) {
        line.setLineWidth(width);
        pieces << word.mid(line.textStart(), line.textLength());
    }
    layout.endLayout();
    if (pieces.isEmpty())
        pieces << word;
    return pieces;
}

// Each line closes the isolates it leaves open and opens again those an earlier line left open.
QStringList balanced(const QStringList& lines)
{
    QStringList out;
    QString carried; // the initiators still open, in order
    for (const QString& line : lines) {
        QString open = carried;
        for (QChar c : line) {
            if (opensIsolate(c.unicode()))
                open.append(c);
            else if (c.unicode() == 0x2069 && !open.isEmpty())
                open.chop(1);
        }
        out << carried + line + QString(open.size(), QChar(0x2069));
        carried = open;
    }
    return out;
}

} // namespace

WholeWordLabel::WholeWordLabel(QWidget* parent)
    : QLabel(parent)
{
    setTextFormat(Qt::PlainText);
    setWordWrap(false);
    setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Preferred);
}

void WholeWordLabel::setSourceText(const QString& text)
{
    m_source = text;
    reflow();
    updateGeometry();
}

QStringList WholeWordLabel::linesFor(const QString& text, const QFont& font, qreal width)
{
    const QFontMetricsF metrics(font);
    QStringList lines;
    for (const QString& paragraph : text.split(QLatin1Char('\n'))) {
        QString line;
        int start = 0;
        while (start <= paragraph.size()) {
            int end = start;
            while (end < paragraph.size() && !breaksHere(paragraph.at(end)))
                ++end;
            const QString word = paragraph.mid(start, end - start);
            const QString joined = line.isEmpty() ? word : line + QLatin1Char(' ') + word;
            if (metrics.horizontalAdvance(joined) <= width || (line.isEmpty() && word.isEmpty())) {
                line = joined;
            } else if (metrics.horizontalAdvance(word) <= width) {
                lines << line;
                line = word;
            } else {
                if (!line.isEmpty())
                    lines << line;
                QStringList pieces = brokenWord(word, font, width);
                line = pieces.takeLast();
                lines << pieces;
            }
            // Runs of spaces count as one break.
            start = end + 1;
            while (start < paragraph.size() && breaksHere(paragraph.at(start)))
                ++start;
            if (end >= paragraph.size())
                break;
        }
        lines << line;
    }
    return balanced(lines);
}

int WholeWordLabel::frameWidth() const
{
    const QMargins m = contentsMargins();
    return m.left() + m.right() + 2 * margin();
}

int WholeWordLabel::frameHeight() const
{
    const QMargins m = contentsMargins();
    return m.top() + m.bottom() + 2 * margin();
}

int WholeWordLabel::heightForWidth(int width) const
{
    const qreal available = qMax(1, width - frameWidth());
    const int lines = int(linesFor(m_source, font(), available).size());
    return int(std::ceil(QFontMetricsF(font()).lineSpacing() * lines)) + frameHeight();
}

QSize WholeWordLabel::sizeHint() const
{
    const QFontMetricsF metrics(font());
    qreal widest = 0;
    const QStringList paragraphs = m_source.split(QLatin1Char('\n'));
    for (const QString& paragraph : paragraphs)
        widest = qMax(widest, metrics.horizontalAdvance(paragraph));
    return QSize(int(std::ceil(widest)) + frameWidth(),
        int(std::ceil(metrics.lineSpacing() * paragraphs.size())) + frameHeight());
}

QSize WholeWordLabel::minimumSizeHint() const
{
    // The widest word, but never more than a short line: a longer word is broken instead.
    const QFontMetricsF metrics(font());
    qreal widest = 0;
    QString word;
    const auto measure = [&] {
        widest = qMax(widest, metrics.horizontalAdvance(word));
        word.clear();
    };
    for (QChar c : m_source) {
        if (breaksHere(c) || c == QLatin1Char('\n'))
            measure();
        else
            word.append(c);
    }
    measure();
    const qreal cap = metrics.averageCharWidth() * 16;
    return QSize(
        int(std::ceil(qMin(widest, cap))) + frameWidth(), int(std::ceil(metrics.lineSpacing())) + frameHeight());
}

void WholeWordLabel::resizeEvent(QResizeEvent* event)
{
    QLabel::resizeEvent(event);
    reflow();
}

void WholeWordLabel::changeEvent(QEvent* event)
{
    QLabel::changeEvent(event);
    if (event->type() == QEvent::FontChange) {
        reflow();
        updateGeometry();
    }
}

void WholeWordLabel::reflow()
{
    // Before a layout has given the label its width, the text is shown as it is.
    const int width = testAttribute(Qt::WA_Resized) ? contentsRect().width() - 2 * margin() : 0;
    const QString shown = width > 0 ? linesFor(m_source, font(), width).join(QLatin1Char('\n')) : m_source;
    if (shown != text())
        setText(shown);
}
