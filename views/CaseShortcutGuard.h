#pragma once

#include <QList>
#include <QObject>

class QAction;
class QWidget;

// Keeps the window's case shortcuts from stealing keys the agent types (issue 14, item 12). Installed on the
// application, it accepts the ShortcutOverride of a text field in `window` for a key a case action uses:
// a single-line field keeps only the plain keys (J types a "j", Ctrl+Return still accepts from the search
// box); a multi-line field, where Ctrl+Return is a line, keeps every key of the case.
class CaseShortcutGuard : public QObject
{
    Q_OBJECT

public:
    CaseShortcutGuard(QWidget* window, QObject* parent = nullptr);

    void setCaseActions(const QList<QAction*>& actions) { m_caseActions = actions; }

    // A field the agent types into: an editable line, text, combo box or spin box.
    static bool isTextField(const QWidget* widget);
    static bool isMultiLineField(const QWidget* widget);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    QWidget* m_window;
    QList<QAction*> m_caseActions;
};
