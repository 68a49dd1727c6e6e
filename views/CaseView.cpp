#include "CaseView.h"

#include "CaseStore.h"
#include "Clock.h"

CaseView::CaseView(CaseStore& store, const Clock& clock, QWidget* parent)
    : QWidget(parent)
{
    Q_UNUSED(store);
    Q_UNUSED(clock);
}

CaseView::~CaseView() = default;

QString CaseView::currentCaseId() const
{
    return QString();
}

void CaseView::setAgentName(const QString& name)
{
    Q_UNUSED(name);
}

void CaseView::showCase(const QString& caseId)
{
    Q_UNUSED(caseId);
}

void CaseView::acceptSuggestion() { }
void CaseView::overrideDecision() { }
void CaseView::findInTranscript() { }
