#pragma once

#include <QDialog>

class QDialogButtonBox;
class QPlainTextEdit;

// Voiding a strike needs a reason; OK stays disabled until there is one.
class VoidStrikeDialog : public QDialog
{
    Q_OBJECT

public:
    VoidStrikeDialog(const QString& strikeDescription, QWidget* parent = nullptr);

    QString reason() const;
    QPlainTextEdit* reasonEdit() const { return m_reason; }

private:
    QPlainTextEdit* m_reason;
    QDialogButtonBox* m_buttons;
};
