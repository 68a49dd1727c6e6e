#include "CaseParties.h"

QStringList partyUserIds(const CaseFacts& facts)
{
    QStringList users;
    for (const Party& p : facts.parties)
        users << p.userId;
    return users;
}
