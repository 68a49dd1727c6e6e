#include "DecideCommand.h"

#include "CaseService.h"
#include "CommandContext.h"
#include "PolicyEnums.h"

#include <QCommandLineParser>
#include <QJsonDocument>
#include <QJsonObject>

QString DecideCommand::description() const
{
    return tr("record a decision");
}

void DecideCommand::addOptions(QCommandLineParser& parser) const
{
    parser.addOption({ QStringLiteral("case"), tr("A stored case."), QStringLiteral("ID") });
    parser.addOption({ QStringLiteral("expect"),
        tr("The outcome the policy suggested when you looked: if it suggests another now, nothing is "
           "recorded and both are printed."),
        QStringLiteral("O") });
    parser.addOption({ QStringLiteral("keep-sanctions"),
        tr("On an override, keep all of the policy's strikes and sanctions (default: none).") });
    parser.addOption({ QStringLiteral("keep"),
        tr("On an override, keep the policy's strikes of this kind or sanctions of this scope "
           "(repeatable; USER:KIND_OR_SCOPE for one user's)."),
        QStringLiteral("KIND_OR_SCOPE") });
    parser.addOption({ QStringLiteral("outcome"),
        tr("The decision: %1.").arg(PolicyIds::allOutcomes().join(QStringLiteral(", "))), QStringLiteral("O") });
    parser.addOption({ QStringLiteral("agent"), tr("The deciding agent."), QStringLiteral("NAME") });
    parser.addOption({ QStringLiteral("note"), tr("Why (required for an override, and for the outcome none)."),
        QStringLiteral("TEXT") });
}

int DecideCommand::run(const QCommandLineParser& options, CommandContext& context)
{
    QTextStream& out = context.out();
    QTextStream& err = context.err();
    DecisionRequest request;
    request.caseId = options.value(QStringLiteral("case"));
    request.agent = options.value(QStringLiteral("agent")).trimmed();
    request.note = options.value(QStringLiteral("note")).trimmed();
    const QString outcomeId = options.value(QStringLiteral("outcome"));
    if (request.caseId.isEmpty() || outcomeId.isEmpty() || request.agent.isEmpty())
        return context.usageError(tr("--case, --outcome and --agent are required"));
    const auto outcomeOf = [&](const QString& id, Outcome* outcome) {
        if (PolicyIds::fromId(id, outcome))
            return true;
        err << tr("unknown outcome \"%1\" (one of: %2)").arg(id, PolicyIds::allOutcomes().join(QStringLiteral(", ")))
            << Qt::endl;
        return false;
    };
    if (!outcomeOf(outcomeId, &request.outcome))
        return Failed;
    if (options.isSet(QStringLiteral("expect"))) {
        Outcome expected = Outcome::None;
        if (!outcomeOf(options.value(QStringLiteral("expect")), &expected))
            return Failed;
        request.expectedOutcome = expected;
    }
    request.keepAll = options.isSet(QStringLiteral("keep-sanctions"));
    request.keep = options.values(QStringLiteral("keep"));
    AppContext* app = context.openDatabase(options.value(QStringLiteral("db")), CommandContext::Write);
    if (!app)
        return Failed;

    const DecisionResult result = app->service().decide(request);
    if (result.status == DecisionResult::Stale) {
        // Both: what the caller expected and what the policy says now.
        const QJsonObject stale { { QStringLiteral("case"), request.caseId }, { QStringLiteral("stale"), true },
            { QStringLiteral("expected"), PolicyIds::toId(*request.expectedOutcome) },
            { QStringLiteral("suggestion"), result.suggestion.toJson() } };
        out << jsonText(QJsonDocument(stale).toJson(QJsonDocument::Compact)) << '\n';
        err << result.error << Qt::endl;
        return Failed;
    }
    if (result.refusal == DecisionResult::NoteRequired && request.outcome == Outcome::None) {
        err << tr("closing case %1 without an outcome needs --note").arg(request.caseId) << Qt::endl;
        return Failed;
    }
    if (result.refusal == DecisionResult::NoteRequired) {
        err << tr("the policy suggests %1 for case %2: deciding %3 is an override and needs --note")
                   .arg(PolicyIds::toId(result.suggestion.outcome), request.caseId, outcomeId)
            << Qt::endl;
        return Failed;
    }
    if (!result.stored()) {
        err << result.error << Qt::endl;
        return Failed;
    }
    out << jsonText(result.decision.toJsonLine()) << '\n';
    return Ok;
}
