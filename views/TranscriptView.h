#pragma once

#include "CaseFacts.h"
#include "Suggestion.h"

#include <QTimeZone>
#include <QWidget>

class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QToolButton;
class QTreeView;
class TranscriptDelegate;
class TranscriptModel;

// The transcript: one row per message (time, channel, author, text cut to one
// line), the selected message in full below as plain text, flagged spans
// highlighted, and a find bar (Ctrl+F inside the transcript).
class TranscriptView : public QWidget
{
    Q_OBJECT

public:
    static constexpr int LongMessage = 10000;

    explicit TranscriptView(QWidget* parent = nullptr);

    void setTranscript(const QList<Message>& messages, const QList<FlaggedSpan>& spans, const QTimeZone& zone,
        const QHash<Role, QString>& nicknames = {});
    TranscriptModel* model() const { return m_model; }
    QTreeView* listView() const { return m_list; }
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
    void fitColumns();
    void showFullText(int index);
    void goToMatch(int match);
    void updateCountLabel();

    TranscriptModel* m_model;
    TranscriptDelegate* m_delegate;
    QTreeView* m_list;
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
