#pragma once

#include <QLabel>

class QFontMetricsF;

// A plain-text label that wraps only at spaces, so a name keeps each of its words whole (issue 14,
// item 14). Qt breaks Thai lines where libthai's dictionary finds a word edge; it does not know
// names, cuts "สมศักดิ์" after "สม", and ignores a U+2060 WORD JOINER in Thai. This label lays out the
// lines itself and gives QLabel one unwrapped line each. A single word wider than the label is the one
// exception: it is broken where Qt would break it, so a long nickname cannot force the window wider.
// Bidi isolates (UntrustedText::inlined) that a line break cuts are closed at the end of the line and
// opened again at the start of the next, so a field's direction still stays inside it.
class WholeWordLabel : public QLabel
{
    Q_OBJECT

public:
    explicit WholeWordLabel(QWidget* parent = nullptr);

    // Plain text; "\n" is a line break of its own.
    void setSourceText(const QString& text);
    QString sourceText() const { return m_source; }

    // The lines `text` takes at `width` in `metrics`' font, isolates balanced per line.
    static QStringList linesFor(const QString& text, const QFont& font, qreal width);

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;
    bool hasHeightForWidth() const override { return true; }
    int heightForWidth(int width) const override;

protected:
    void resizeEvent(QResizeEvent* event) override;
    void changeEvent(QEvent* event) override;

private:
    void reflow();
    int frameWidth() const;
    int frameHeight() const;

    QString m_source;
};
