#pragma once

#include "CaseService.h"

class CaseStore;

// Reads a decided case as its agent saw it (CaseService::asDecided, the team lead's review, issue 17):
// the facts known at the decision, the suggestion stored with it, and the policy's judgement of those
// facts at that instant under today's settings with the strikes recorded before it. Read-only.
class AsDecidedReader
{
public:
    explicit AsDecidedReader(CaseStore& store);
    // Nothing when the case is unknown or not decided, or a read failed (lastError()).
    std::optional<CaseService::AsDecided> read(const QString& caseId);
    QString lastError() const { return m_error; }

private:
    CaseStore& m_store;
    QString m_error;
};
