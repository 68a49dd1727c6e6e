#include "TranscriptView.h"

#include "ConversationDelegate.h"
#include "ConversationModel.h"
#include "TranscriptModel.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeySequence>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QPlainTextEdit>
#include <QShortcut>
#include <QSplitter>
#include <QToolButton>
#include <QVBoxLayout>

TranscriptView::TranscriptView(QWidget* parent)
    : QWidget(parent)
    , m_model(new TranscriptModel(this))
    , m_conversation(new ConversationModel(m_model, this))
    , m_delegate(new ConversationDelegate(this))
    , m_list(new QListView(this))
    , m_fullText(new QPlainTextEdit(this))
    , m_findBar(new QWidget(this))
    , m_findEdit(new QLineEdit(m_findBar))
    , m_findCount(new QLabel(m_findBar))
    , m_previous(new QToolButton(m_findBar))
    , m_next(new QToolButton(m_findBar))
    , m_close(new QToolButton(m_findBar))
{
    m_list->setObjectName(QStringLiteral("conversation"));
    m_list->setModel(m_conversation);
    m_list->setItemDelegate(m_delegate);
    // Rows as high as their messages, as wide as the view: never a horizontal scroll bar.
    m_list->setUniformItemSizes(false);
    m_list->setWordWrap(true);
    m_list->setResizeMode(QListView::Adjust);
    // A long chat (thousands of messages, each a wrapped text layout) is laid out a batch at a time: the first
    // messages are painted at once and the rest follow while the agent reads (in one pass, opening a case with
    // 2,000 messages took 215-266 ms, against 17 ms before the chat became a conversation).
    m_list->setLayoutMode(QListView::Batched);
    m_list->setBatchSize(LayoutBatch);
    m_list->setVerticalScrollMode(QAbstractItemView::ScrollPerPixel);
    m_list->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_list->setSelectionMode(QAbstractItemView::SingleSelection);
    m_list->setSpacing(0);
    connect(m_conversation, &QAbstractItemModel::modelReset, m_delegate, &ConversationDelegate::clearCache);
    connect(
        m_conversation, &QAbstractItemModel::dataChanged, this, [this](const QModelIndex& from, const QModelIndex& to) {
            // A confirmed message, a new instant: the footer changes, and with it the row's height.
            m_delegate->clearCache();
            for (int row = from.row(); row <= to.row(); ++row)
                emit m_delegate->sizeHintChanged(m_conversation->index(row));
        });

    m_fullText->setReadOnly(true);
    m_fullText->setLineWrapMode(QPlainTextEdit::WidgetWidth);

    m_findEdit->setClearButtonEnabled(true);
    m_previous->setArrowType(Qt::UpArrow);
    m_next->setArrowType(Qt::DownArrow);
    m_close->setAutoRaise(true);
    m_findCount->setTextFormat(Qt::PlainText);
    auto* findLayout = new QHBoxLayout(m_findBar);
    findLayout->setContentsMargins(0, 0, 0, 0);
    findLayout->addWidget(m_findEdit, 1);
    findLayout->addWidget(m_findCount);
    findLayout->addWidget(m_previous);
    findLayout->addWidget(m_next);
    findLayout->addWidget(m_close);
    m_findBar->hide();

    m_fullText->setObjectName(QStringLiteral("fullText"));
    m_fullText->hide(); // only for a message longer than its bubble shows
    auto* splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(m_list);
    splitter->addWidget(m_fullText);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 1);
    splitter->setChildrenCollapsible(false);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_findBar);
    layout->addWidget(splitter, 1);

    connect(m_findEdit, &QLineEdit::textChanged, this, &TranscriptView::setFindText);
    connect(m_findEdit, &QLineEdit::returnPressed, this, &TranscriptView::findNext);
    connect(m_next, &QToolButton::clicked, this, &TranscriptView::findNext);
    connect(m_previous, &QToolButton::clicked, this, &TranscriptView::findPrevious);
    connect(m_close, &QToolButton::clicked, this, &TranscriptView::hideFindBar);
    connect(
        m_list->selectionModel(), &QItemSelectionModel::currentRowChanged, this, [this](const QModelIndex& current) {
            const int message = current.isValid() ? m_conversation->messageAt(current.row()) : -1;
            showFullText(message);
            emit selectedMessageChanged(message);
        });

    auto shortcut = [this](const QKeySequence& keys, void (TranscriptView::*slot)()) {
        auto* s = new QShortcut(keys, this);
        s->setContext(Qt::WidgetWithChildrenShortcut);
        connect(s, &QShortcut::activated, this, slot);
    };
    shortcut(QKeySequence::Find, &TranscriptView::showFindBar);
    shortcut(QKeySequence::FindNext, &TranscriptView::findNext);
    shortcut(QKeySequence::FindPrevious, &TranscriptView::findPrevious);
    auto* escape = new QShortcut(QKeySequence(Qt::Key_Escape), m_findBar);
    escape->setContext(Qt::WidgetWithChildrenShortcut);
    connect(escape, &QShortcut::activated, this, &TranscriptView::hideFindBar);
    retranslateUi();
}

void TranscriptView::retranslateUi()
{
    m_fullText->setPlaceholderText(tr("Select a message to read it in full."));
    m_list->setAccessibleName(tr("Conversation"));
    m_findEdit->setPlaceholderText(tr("Find in transcript"));
    m_previous->setText(tr("Previous"));
    m_previous->setToolTip(tr("Previous match (Shift+F3)"));
    m_next->setText(tr("Next"));
    m_next->setToolTip(tr("Next match (F3)"));
    m_close->setText(tr("Close"));
    updateCountLabel();
}

void TranscriptView::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslateUi();
        // The times, roles and categories are written the new language's way: lay the rows out again.
        restoreSelection(selectedMessage());
    }
    QWidget::changeEvent(event);
}

void TranscriptView::setTranscript(const QList<Message>& messages, const QList<FlaggedSpan>& spans,
    const QTimeZone& zone, const QHash<Role, QString>& nicknames)
{
    const int selected = selectedMessage();
    m_model->setTranscript(messages, spans, zone, nicknames);
    setFindText(m_findEdit->text());
    if (selected >= 0 && selected < messages.size())
        selectMessage(selected);
    else
        showFullText(-1);
}

void TranscriptView::setTimeline(TimelineModel* timeline)
{
    const int selected = selectedMessage();
    m_conversation->setTimeline(timeline);
    restoreSelection(selected);
}

void TranscriptView::setInstant(const QDateTime& instant)
{
    m_conversation->setInstant(instant);
}

void TranscriptView::restoreSelection(int message)
{
    m_delegate->clearCache();
    m_list->reset();
    if (message >= 0)
        selectMessage(message);
}

int TranscriptView::selectedMessage() const
{
    const QModelIndex current = m_list->currentIndex();
    return current.isValid() ? m_conversation->messageAt(current.row()) : -1;
}

void TranscriptView::selectMessage(int index)
{
    const int row = m_conversation->rowOfMessage(index);
    if (row < 0)
        return;
    const QModelIndex target = m_conversation->index(row);
    m_list->setCurrentIndex(target);
    m_list->scrollTo(target);
}

void TranscriptView::showFullText(int index)
{
    if (index < 0 || index >= m_model->messageCount()) {
        m_fullText->clear();
        m_fullText->hide();
        return;
    }
    const QString& text = m_model->message(index).text;
    m_fullText->setVisible(text.size() > ConversationDelegate::BubbleLimit);
    // Word wrapping a long line without spaces costs a quarter second per 100 KB;
    // breaking anywhere is fast, so very long messages wrap that way.
    m_fullText->setWordWrapMode(
        text.size() > LongMessage ? QTextOption::WrapAnywhere : QTextOption::WrapAtWordBoundaryOrAnywhere);
    m_fullText->setPlainText(text);

    QList<QTextEdit::ExtraSelection> selections;
    auto highlight = [&](int start, int length, const QColor& colour) {
        QTextEdit::ExtraSelection selection;
        selection.cursor = QTextCursor(m_fullText->document());
        selection.cursor.setPosition(start);
        selection.cursor.setPosition(start + length, QTextCursor::KeepAnchor);
        selection.format.setBackground(colour);
        selection.format.setForeground(Qt::black);
        selections.append(selection);
    };
    // Spans are UTF-16 offsets into the text, which are document positions; clipped to the document.
    const int documentLength = m_fullText->document()->characterCount() - 1;
    for (const TranscriptModel::Span& span : m_model->spansOf(index)) {
        if (span.start < documentLength)
            highlight(span.start, qMin(span.length, documentLength - span.start), QColor(255, 214, 102));
    }
    for (const Match& match : std::as_const(m_matches)) {
        if (match.message == index && match.start < documentLength)
            highlight(
                match.start, qMin(int(m_findEdit->text().size()), documentLength - match.start), QColor(120, 200, 255));
    }
    m_fullText->setExtraSelections(selections);
}

void TranscriptView::showFindBar()
{
    m_findBar->show();
    m_findEdit->setFocus(Qt::ShortcutFocusReason);
    m_findEdit->selectAll();
}

void TranscriptView::hideFindBar()
{
    m_findEdit->clear();
    m_findBar->hide();
    m_list->setFocus();
}

void TranscriptView::setFindText(const QString& text)
{
    if (m_findEdit->text() != text) {
        m_findEdit->setText(text); // comes back here through textChanged
        return;
    }
    m_matches.clear();
    m_currentMatch = -1;
    if (!text.isEmpty()) {
        for (int row = 0; row < m_model->messageCount(); ++row) {
            const QString& body = m_model->message(row).text;
            qsizetype from = 0;
            while ((from = body.indexOf(text, from, Qt::CaseInsensitive)) >= 0) {
                m_matches.append(Match { row, int(from) });
                from += text.size();
            }
        }
    }
    m_delegate->setFindText(text);
    m_list->viewport()->update();
    updateCountLabel();
    showFullText(selectedMessage());
}

void TranscriptView::findNext()
{
    if (m_matches.isEmpty())
        return;
    goToMatch((m_currentMatch + 1) % int(m_matches.size()));
}

void TranscriptView::findPrevious()
{
    if (m_matches.isEmpty())
        return;
    goToMatch(m_currentMatch <= 0 ? int(m_matches.size()) - 1 : m_currentMatch - 1);
}

void TranscriptView::goToMatch(int match)
{
    m_currentMatch = match;
    const Match& m = m_matches.at(match);
    selectMessage(m.message);
    QTextCursor cursor(m_fullText->document());
    const int documentLength = m_fullText->document()->characterCount() - 1;
    cursor.setPosition(qMin(m.start, documentLength));
    m_fullText->setTextCursor(cursor);
    m_fullText->ensureCursorVisible();
    updateCountLabel();
}

void TranscriptView::updateCountLabel()
{
    if (m_findEdit->text().isEmpty())
        m_findCount->clear();
    else if (m_matches.isEmpty())
        m_findCount->setText(tr("No matches"));
    else if (m_currentMatch < 0)
        m_findCount->setText(tr("%n match(es)", nullptr, int(m_matches.size())));
    else
        m_findCount->setText(tr("%1 of %2").arg(m_currentMatch + 1).arg(m_matches.size()));
}
