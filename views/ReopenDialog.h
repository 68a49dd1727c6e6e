#pragma once

#include "ReasonDialog.h"
#include "StoreRecords.h"

// Issue 14, item 8: a team lead reopens a decided case. Says what the decision was and what reopening
// voids; OK stays disabled until a reason is typed.
class ReopenDialog : public ReasonDialog
{
    Q_OBJECT

public:
    explicit ReopenDialog(const DecisionRecord& decision, QWidget* parent = nullptr);
};
