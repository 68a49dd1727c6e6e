#pragma once

#include <QDialog>
#include <QList>

class QAction;

// Help > Keyboard shortcuts: every action of the main window that has one.
class ShortcutsDialog : public QDialog
{
    Q_OBJECT

public:
    explicit ShortcutsDialog(const QList<QAction*>& actions, QWidget* parent = nullptr);
};
