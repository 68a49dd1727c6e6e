#include "TranscriptView.h"

#include "TranscriptDelegate.h"
#include "TranscriptModel.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeySequence>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QShortcut>
#include <QSplitter>
#include <QToolButton>
#include <QTreeView>
#include <QVBoxLayout>

TranscriptView::TranscriptView(QWidget* parent)
    : QWidget(parent)
    , m_model(new TranscriptModel(this))
    , m_delegate(new TranscriptDelegate(this))
    , m_list(new QTreeView(this))
    , m_fullText(new QPlainTextEdit(this))
    , m_findBar(new QWidget(this))
    , m_findEdit(new QLineEdit(m_findBar))
    , m_findCount(new QLabel(m_findBar))
    , m_previous(new QToolButton(m_findBar))
    , m_next(new QToolButton(m_findBar))
    , m_close(new QToolButton(m_findBar))
{
    m_list->setModel(m_model);
    m_list->setItemDelegate(m_delegate);
    m_list->setRootIsDecorated(false);
    m_list->setUniformRowHeights(true);
    m_list->setAllColumnsShowFocus(true);
    m_list->setWordWrap(false);
    m_list->setTextElideMode(Qt::ElideRight);
    m_list->setSelectionMode(QAbstractItemView::SingleSelection);
    m_list->header()->setStretchLastSection(true);
    m_list->header()->setSectionResizeMode(QHeaderView::Interactive);
    fitColumns();

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

    auto* splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(m_list);
    splitter->addWidget(m_fullText);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 1);
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
            showFullText(current.isValid() ? current.row() : -1);
            emit selectedMessageChanged(current.isValid() ? current.row() : -1);
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
        fitColumns(); // the times are written the new language's way
    }
    QWidget::changeEvent(event);
}

void TranscriptView::setTranscript(const QList<Message>& messages, const QList<FlaggedSpan>& spans,
    const QTimeZone& zone, const QHash<Role, QString>& nicknames)
{
    const int selected = selectedMessage();
    m_model->setTranscript(messages, spans, zone, nicknames);
    fitColumns();
    setFindText(m_findEdit->text());
    if (selected >= 0 && selected < messages.size())
        selectMessage(selected);
    else
        showFullText(-1);
}

// The message column gets what the others leave, so they take their content's width rather
// than a guess: a Bulgarian time ("31.10.26 г. 23:49 ч.") is half again as wide as a Thai one.
// The first rows stand for the rest: times have one width, channels and authors few values.
void TranscriptView::fitColumns()
{
    const QFontMetrics plain(m_list->font());
    QFont boldFont = m_list->font();
    boldFont.setBold(true); // flagged messages are drawn in bold
    const QFontMetrics bold(boldFont);
    const int padding = plain.averageCharWidth() * 3;
    const int rows = qMin(m_model->rowCount(), 200);
    const struct
    {
        int column;
        int maxChars;
    } columns[] = { { TranscriptModel::TimeColumn, 26 }, { TranscriptModel::ChannelColumn, 16 },
        { TranscriptModel::AuthorColumn, 20 } };
    for (const auto& [column, maxChars] : columns) {
        int width = m_list->header()->sectionSizeHint(column);
        for (int row = 0; row < rows; ++row)
            width = qMax(width, bold.horizontalAdvance(m_model->index(row, column).data().toString()) + padding);
        m_list->setColumnWidth(column, qMin(width, plain.averageCharWidth() * maxChars));
    }
}

int TranscriptView::selectedMessage() const
{
    const QModelIndex current = m_list->currentIndex();
    return current.isValid() ? current.row() : -1;
}

void TranscriptView::selectMessage(int index)
{
    if (index < 0 || index >= m_model->rowCount())
        return;
    const QModelIndex target = m_model->index(index, TranscriptModel::TextColumn);
    m_list->setCurrentIndex(target);
    m_list->scrollTo(target);
}

void TranscriptView::showFullText(int index)
{
    if (index < 0 || index >= m_model->messageCount()) {
        m_fullText->clear();
        return;
    }
    const QString& text = m_model->message(index).text;
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
