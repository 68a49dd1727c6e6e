#pragma once

#include "StoreRecords.h"

#include <QDialog>

class QDialogButtonBox;
class QPlainTextEdit;

// Issue 14, item 8: a team lead reopens a decided case. Says what the decision was and what reopening
// voids; OK stays disabled until a reason is typed.
class ReopenDialog : public QDialog
{
    Q_OBJECT

public:
    explicit ReopenDialog(const DecisionRecord& decision, QWidget* parent = nullptr);

    QString reason() const;
    QPlainTextEdit* reasonEdit() const { return m_reason; }
    QDialogButtonBox* buttons() const { return m_buttons; }

private:
    QPlainTextEdit* m_reason;
    QDialogButtonBox* m_buttons;
};
