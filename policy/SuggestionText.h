#pragma once

#include "Reason.h"

#include <QCoreApplication>
#include <QStringList>

struct Suggestion;

// The one place where a suggestion's reasons become sentences (issue 12, item 3): in the UI language of
// the installed translator, numbers in QLocale(). The suggestion panel, the decision dialog, reports and
// `appealdesk suggest` all show a suggestion through it; the engine and the records never hold its text.
class SuggestionText
{
    Q_DECLARE_TR_FUNCTIONS(SuggestionText)

public:
    static QString text(const Reason& reason);
    static QStringList texts(const QList<Reason>& reasons);

    static QStringList steps(const Suggestion& suggestion);
    static QStringList notes(const Suggestion& suggestion);
    static QStringList facts(const Suggestion& suggestion);
    static QString statedReasonNote(const Suggestion& suggestion);

    // The words the sentences use for a party, a strike kind and a sanction's scope.
    static QString roleName(Role role);
    static QString strikeKindName(StrikeKind kind);
    static QString scopeName(SanctionScope scope);

private:
    static QString pattern(ReasonId id, int n);
    static QString value(const ReasonArg& arg);
};
