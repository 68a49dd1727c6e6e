#pragma once

#include "CaseStatus.h"

#include <QString>

#include <optional>

// What the appeal queue lists. An empty field means "any".
struct QueueFilter
{
    std::optional<CaseStatus> status; // as derived at the query's instant
    QString kind; // p2p_appeal, ...
    QString clause; // suggested clause id
    QString language;
    QString fiat;
    QString agent; // assigned agent
    bool mineOnly = false; // assigned to `me`
    QString me;
    QString text; // case id, order number, user id, nickname or transcript text

    bool operator==(const QueueFilter& o) const
    {
        return status == o.status && kind == o.kind && clause == o.clause && language == o.language && fiat == o.fiat
            && agent == o.agent && mineOnly == o.mineOnly && me == o.me && text == o.text;
    }
    bool operator!=(const QueueFilter& o) const { return !(*this == o); }
};
