#include "CaseShortcutGuard.h"

#include <QAbstractSpinBox>
#include <QAction>
#include <QComboBox>
#include <QKeyEvent>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QTextEdit>

CaseShortcutGuard::CaseShortcutGuard(QWidget* window, QObject* parent)
    : QObject(parent)
    , m_window(window)
{ }

bool CaseShortcutGuard::isTextField(const QWidget* widget)
{
    if (const auto* line = qobject_cast<const QLineEdit*>(widget))
        return !line->isReadOnly();
    if (const auto* combo = qobject_cast<const QComboBox*>(widget))
        return combo->isEditable();
    return isMultiLineField(widget) || qobject_cast<const QAbstractSpinBox*>(widget) != nullptr;
}

bool CaseShortcutGuard::isMultiLineField(const QWidget* widget)
{
    if (const auto* text = qobject_cast<const QTextEdit*>(widget))
        return !text->isReadOnly();
    if (const auto* plain = qobject_cast<const QPlainTextEdit*>(widget))
        return !plain->isReadOnly();
    return false;
}

bool CaseShortcutGuard::eventFilter(QObject* watched, QEvent* event)
{
    if (event->type() != QEvent::ShortcutOverride)
        return false;
    // Accepting the override hands the key to the text field instead of the shortcut.
    const auto* widget = qobject_cast<QWidget*>(watched);
    const auto* key = static_cast<QKeyEvent*>(event);
    const bool plainKey
        = (key->modifiers() & (Qt::ControlModifier | Qt::AltModifier | Qt::MetaModifier)) == Qt::NoModifier;
    if (!widget || widget->window() != m_window || !isTextField(widget) || !(plainKey || isMultiLineField(widget)))
        return false;
    const QKeySequence pressed(key->keyCombination());
    for (const QAction* caseAction : std::as_const(m_caseActions)) {
        if (caseAction->shortcuts().contains(pressed)) {
            event->accept();
            return true;
        }
    }
    return false;
}
