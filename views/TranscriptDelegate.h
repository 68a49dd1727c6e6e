#pragma once

#include "TranscriptModel.h"

#include <QStyledItemDelegate>

// Draws a transcript message on one line with QTextLayout: the text is laid
// out as plain characters (never markup), cut to what fits, with flagged
// spans and find matches highlighted. Every row has the same height.
class TranscriptDelegate : public QStyledItemDelegate
{
    Q_OBJECT

public:
    explicit TranscriptDelegate(QObject* parent = nullptr);

    void setFindText(const QString& text) { m_findText = text; }

    // Draws an item (`option` already initialised for it) with its text on one
    // line, `spans` highlighted as flagged and every match of `findText` marked.
    static void drawHighlighted(QPainter* painter, QStyleOptionViewItem option,
        const QList<TranscriptModel::Span>& spans, const QString& findText);

    void paint(QPainter* painter, const QStyleOptionViewItem& option, const QModelIndex& index) const override;
    QSize sizeHint(const QStyleOptionViewItem& option, const QModelIndex& index) const override;

private:
    QString m_findText;
};
