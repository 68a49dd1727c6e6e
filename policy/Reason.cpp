#include "Reason.h"

ReasonArg::ReasonArg(const QString& value)
    : kind(Text)
    , text(value)
{ }

ReasonArg::ReasonArg(int value)
    : kind(Integer)
    , integer(value)
{ }

ReasonArg::ReasonArg(const Reason& reason)
    : kind(Nested)
    , nested(std::make_shared<const Reason>(reason))
{ }

ReasonArg ReasonArg::number(const Decimal& value)
{
    ReasonArg a(Number);
    a.decimal = value;
    return a;
}

ReasonArg ReasonArg::money(const Decimal& amount, const QString& currency)
{
    ReasonArg a(Money);
    a.decimal = amount;
    a.text = currency;
    return a;
}

ReasonArg ReasonArg::localTime(const QDateTime& at, const QTimeZone& zone)
{
    ReasonArg a(LocalTime);
    a.time = at;
    a.zone = zone;
    return a;
}

ReasonArg ReasonArg::role(Role role)
{
    ReasonArg a(RoleName);
    a.integer = int(role);
    return a;
}

ReasonArg ReasonArg::strikeKind(StrikeKind kind)
{
    ReasonArg a(StrikeKindName);
    a.integer = int(kind);
    return a;
}

ReasonArg ReasonArg::scope(SanctionScope scope)
{
    ReasonArg a(ScopeName);
    a.integer = int(scope);
    return a;
}

bool ReasonArg::operator==(const ReasonArg& o) const
{
    if (kind != o.kind || text != o.text || decimal != o.decimal || integer != o.integer || time != o.time
        || zone != o.zone)
        return false;
    if (!nested || !o.nested)
        return !nested && !o.nested;
    return *nested == *o.nested;
}
