#pragma once

#include <QDialog>
#include <QList>

class QDialogButtonBox;
class QPlainTextEdit;

// A dialog that asks why (a team lead reopening a case, an agent voiding a strike): what the action
// does above, the reason, and OK named for the action, which stays disabled until a reason is typed.
class ReasonDialog : public QDialog
{
    Q_OBJECT

public:
    QString reason() const;
    QPlainTextEdit* reasonEdit() const { return m_reason; }
    QDialogButtonBox* buttons() const { return m_buttons; }

protected:
    explicit ReasonDialog(QWidget* parent);
    // Lays the dialog out: `above` (the dialog's own labels), the reason, the buttons with OK as `action`.
    void build(const QList<QWidget*>& above, const QString& action);

private:
    QPlainTextEdit* m_reason;
    QDialogButtonBox* m_buttons;
};
