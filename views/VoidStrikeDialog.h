#pragma once

#include "ReasonDialog.h"

// Voiding a strike needs a reason; OK stays disabled until there is one.
class VoidStrikeDialog : public ReasonDialog
{
    Q_OBJECT

public:
    VoidStrikeDialog(const QString& strikeDescription, QWidget* parent = nullptr);
};
