#include "StrikesCommand.h"

#include "CaseStore.h"
#include "CommandContext.h"
#include "PolicyEnums.h"

#include <QCommandLineParser>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

QString StrikesCommand::description() const
{
    return tr("strike counts and active sanctions");
}

void StrikesCommand::addOptions(QCommandLineParser& parser) const
{
    parser.addOption({ QStringLiteral("user"), tr("Only this user."), QStringLiteral("ID") });
    parser.addOption(
        { QStringLiteral("at"), tr("Sanctions active at this instant (default: now)."), QStringLiteral("TIME") });
}

int StrikesCommand::run(const QCommandLineParser& options, CommandContext& context)
{
    QDateTime at;
    if (!parseAt(options, context, &at))
        return Failed;
    AppContext* app = context.openDatabase(options.value(QStringLiteral("db")));
    if (!app)
        return Failed;
    const QString user = options.value(QStringLiteral("user"));
    const StrikeHistory counts = app->store().strikes().strikeCounts(user);
    const QList<SanctionRecord> sanctions = app->store().strikes().activeSanctions(at, user);

    QStringList users = counts.keys();
    for (const SanctionRecord& s : sanctions)
        users << s.userId;
    if (!user.isEmpty())
        users << user;
    users.sort();
    users.removeDuplicates();

    QJsonArray entries;
    for (const QString& id : users) {
        QJsonObject strikeCounts;
        const auto kinds = counts.value(id);
        for (auto it = kinds.cbegin(); it != kinds.cend(); ++it)
            strikeCounts.insert(PolicyIds::toId(it.key()), it.value());
        QJsonArray active;
        for (const SanctionRecord& s : sanctions) {
            if (s.userId != id)
                continue;
            active.append(QJsonObject { { QStringLiteral("scope"), PolicyIds::toId(s.scope) },
                { QStringLiteral("days"), s.days ? QJsonValue(*s.days) : QJsonValue() },
                { QStringLiteral("starts_at"), isoTime(s.startsAt) },
                { QStringLiteral("ends_at"), s.endsAt ? QJsonValue(isoTime(*s.endsAt)) : QJsonValue() },
                { QStringLiteral("clause"), s.clause }, { QStringLiteral("case"), s.caseId } });
        }
        entries.append(QJsonObject { { QStringLiteral("user"), id }, { QStringLiteral("strikes"), strikeCounts },
            { QStringLiteral("active_sanctions"), active } });
    }
    const QJsonObject result { { QStringLiteral("at"), isoTime(at) }, { QStringLiteral("users"), entries } };
    context.out() << jsonText(QJsonDocument(result).toJson(QJsonDocument::Compact)) << '\n';
    return Ok;
}
