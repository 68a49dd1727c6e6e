#include "StoreRecords.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace {

QString isoTime(const QDateTime& at)
{
    return at.toUTC().toString(Qt::ISODate);
}

QJsonValue daysValue(const std::optional<int>& days)
{
    return days ? QJsonValue(*days) : QJsonValue();
}

QJsonObject droppedObject(const QList<SuggestedStrike>& strikes, const QList<SuggestedSanction>& sanctions)
{
    QJsonArray strikeArray;
    for (const SuggestedStrike& s : strikes)
        strikeArray.append(QJsonObject { { QStringLiteral("user"), s.userId },
            { QStringLiteral("kind"), PolicyIds::toId(s.kind) }, { QStringLiteral("clause"), s.clause } });
    QJsonArray sanctionArray;
    for (const SuggestedSanction& s : sanctions)
        sanctionArray.append(QJsonObject { { QStringLiteral("user"), s.userId },
            { QStringLiteral("role"), PolicyIds::toId(s.role) }, { QStringLiteral("scope"), PolicyIds::toId(s.scope) },
            { QStringLiteral("days"), daysValue(s.days) }, { QStringLiteral("clause"), s.clause } });
    return QJsonObject { { QStringLiteral("strikes"), strikeArray }, { QStringLiteral("sanctions"), sanctionArray } };
}

} // namespace

QByteArray DecisionRecord::toJsonLine() const
{
    QJsonArray strikeArray;
    for (const StrikeRecord& s : strikes)
        strikeArray.append(QJsonObject { { QStringLiteral("user"), s.userId },
            { QStringLiteral("kind"), PolicyIds::toId(s.kind) }, { QStringLiteral("clause"), s.clause } });
    QJsonArray sanctionArray;
    for (const SanctionRecord& s : sanctions)
        sanctionArray.append(
            QJsonObject { { QStringLiteral("user"), s.userId }, { QStringLiteral("scope"), PolicyIds::toId(s.scope) },
                { QStringLiteral("days"), daysValue(s.days) }, { QStringLiteral("starts_at"), isoTime(s.startsAt) },
                { QStringLiteral("ends_at"), s.endsAt ? QJsonValue(isoTime(*s.endsAt)) : QJsonValue() },
                { QStringLiteral("clause"), s.clause } });
    const QJsonObject o {
        { QStringLiteral("case"), caseId },
        { QStringLiteral("outcome"), PolicyIds::toId(outcome) },
        { QStringLiteral("suggested_outcome"), PolicyIds::toId(suggestedOutcome) },
        { QStringLiteral("override"), isOverride },
        { QStringLiteral("note"), note },
        { QStringLiteral("agent"), agent },
        { QStringLiteral("decided_at"), isoTime(decidedAt) },
        { QStringLiteral("clauses"), QJsonArray::fromStringList(clauses) },
        { QStringLiteral("revision"), revision },
        { QStringLiteral("strikes"), strikeArray },
        { QStringLiteral("sanctions"), sanctionArray },
        { QStringLiteral("dropped"), droppedObject(droppedStrikes, droppedSanctions) },
    };
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

QByteArray DecisionRecord::droppedJson() const
{
    return QJsonDocument(droppedObject(droppedStrikes, droppedSanctions)).toJson(QJsonDocument::Compact);
}

bool DecisionRecord::setDroppedJson(const QByteArray& json)
{
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(json, &error);
    if (error.error != QJsonParseError::NoError || !document.isObject())
        return false;
    QList<SuggestedStrike> strikes;
    for (const QJsonValue& v : document.object().value(QStringLiteral("strikes")).toArray()) {
        const QJsonObject o = v.toObject();
        SuggestedStrike s;
        s.userId = o.value(QStringLiteral("user")).toString();
        s.clause = o.value(QStringLiteral("clause")).toString();
        if (!PolicyIds::fromId(o.value(QStringLiteral("kind")).toString(), &s.kind))
            return false;
        strikes << s;
    }
    QList<SuggestedSanction> sanctions;
    for (const QJsonValue& v : document.object().value(QStringLiteral("sanctions")).toArray()) {
        const QJsonObject o = v.toObject();
        SuggestedSanction s;
        s.userId = o.value(QStringLiteral("user")).toString();
        s.clause = o.value(QStringLiteral("clause")).toString();
        if (!PolicyIds::fromId(o.value(QStringLiteral("role")).toString(), &s.role)
            || !PolicyIds::fromId(o.value(QStringLiteral("scope")).toString(), &s.scope))
            return false;
        if (o.value(QStringLiteral("days")).isDouble())
            s.days = o.value(QStringLiteral("days")).toInt();
        sanctions << s;
    }
    droppedStrikes = strikes;
    droppedSanctions = sanctions;
    return true;
}
