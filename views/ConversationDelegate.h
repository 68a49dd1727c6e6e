#pragma once

#include <QStyledItemDelegate>
#include <QTextLayout>

#include <memory>

class ConversationModel;

// Draws a ConversationModel row as a messenger does (issue 14, item 5): each message in full, wrapped, in a
// bubble on its party's side (the buyer's on one side, the seller's on the other, the desk's in the middle),
// a header above the first message of a group, the time and what is flagged in a footer line under the text
// (the category in words, not only a colour), flagged spans and find matches highlighted; timeline entries
// as a line in the middle. Text is laid out with QTextLayout as plain characters, never markup. Facts after
// the suggestion's instant are drawn faded.
class ConversationDelegate : public QStyledItemDelegate
{
    Q_OBJECT

public:
    // Longest part of a message drawn in its bubble; a longer one is read in full below the conversation.
    static constexpr int BubbleLimit = 3000;

    explicit ConversationDelegate(QObject* parent = nullptr);

    void setFindText(const QString& text);
    // Heights are kept per row and width: forget them when the rows change.
    void clearCache() { m_heights.clear(); }

    void paint(QPainter* painter, const QStyleOptionViewItem& option, const QModelIndex& index) const override;
    QSize sizeHint(const QStyleOptionViewItem& option, const QModelIndex& index) const override;

    // The bubble's (or the entry's) rectangle of a row drawn in `rect`, for tests and hit tests.
    QRect bubbleRect(const QStyleOptionViewItem& option, const QModelIndex& index) const;

private:
    struct Geometry
    {
        QRect header; // empty: no header
        QRect bubble;
        QPointF textOrigin;
        QRect footer;
        int height = 0;
        std::shared_ptr<QTextLayout> text;
        QString footerText;
        bool truncated = false;
    };

    Geometry layout(const QStyleOptionViewItem& option, const QModelIndex& index, int width) const;
    static int viewWidth(const QStyleOptionViewItem& option);

    QString m_findText;
    mutable QHash<quint64, int> m_heights;
};
