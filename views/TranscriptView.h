#pragma once

#include "CaseFacts.h"
#include "Suggestion.h"

#include <QTimeZone>
#include <QWidget>

class ConversationDelegate;
class ConversationModel;
class QLabel;
class QLineEdit;
class QListView;
class QPlainTextEdit;
class QSplitter;
class QToolButton;
class TimelineModel;
class TranscriptModel;

// The transcript read as a conversation (issue 14, item 5): every message in full, wrapped, in a bubble on
// its party's side, grouped by author, flagged spans highlighted with their category in words, and the
// order's timeline (events, payments, the deadline) between the messages when one is given. A message
// longer than a bubble holds is read in full in the pane below, which shows only then. A find bar
// (Ctrl+F inside the transcript).
class TranscriptView : public QWidget
{
    Q_OBJECT

public:
    static constexpr int LongMessage = 10000;
    static constexpr int LayoutBatch = 50; // conversation rows laid out per step (a screen and more)

    explicit TranscriptView(QWidget* parent = nullptr);

    void setTranscript(const QList<Message>& messages, const QList<FlaggedSpan>& spans, const QTimeZone& zone,
        const QHash<Role, QString>& nicknames = {});
    // Events and payments merged into the conversation by time; null: the messages alone.
    void setTimeline(TimelineModel* timeline);
    // Facts stamped after `instant` are drawn faded: the suggestion did not use them (settled reading 1).
    void setInstant(const QDateTime& instant);

    TranscriptModel* model() const { return m_model; } // the messages, row = message index
    ConversationModel* conversationModel() const { return m_conversation; } // what the list shows
    QListView* listView() const { return m_list; }
    ConversationDelegate* delegate() const { return m_delegate; }
    QPlainTextEdit* fullTextView() const { return m_fullText; }

    int selectedMessage() const; // -1: none
    void selectMessage(int index);

    // Matches (case-insensitive) over every message; returns the count.
    int matchCount() const { return int(m_matches.size()); }
    int currentMatch() const { return m_currentMatch; }

public slots:
    void showFindBar();
    void setFindText(const QString& text);
    void findNext();
    void findPrevious();
    void hideFindBar();

signals:
    void selectedMessageChanged(int index);

protected:
    void changeEvent(QEvent* event) override;

private:
    struct Match
    {
        int message;
        int start;
    };

    void retranslateUi();
    void restoreSelection(int message);
    void showFullText(int index);
    void goToMatch(int match);
    void updateCountLabel();

    TranscriptModel* m_model;
    ConversationModel* m_conversation;
    ConversationDelegate* m_delegate;
    QListView* m_list;
    QPlainTextEdit* m_fullText;
    QWidget* m_findBar;
    QLineEdit* m_findEdit;
    QLabel* m_findCount;
    QToolButton* m_previous;
    QToolButton* m_next;
    QToolButton* m_close;
    QList<Match> m_matches;
    int m_currentMatch = -1;
};
