#pragma once

#include "MarketHolidays.h"

#include <QDate>
#include <QList>
#include <QString>

#include <optional>

// The team-set numbers of policy.md, with the catalogue's defaults. A team
// lead can change them; the store keeps them in the `settings` table.
struct PolicySettings
{
    int responseWindowMinutes = 30; // "a given period" in the seeds
    int realtimeReleaseMinutes = 15; // B3 real-time
    int nonInstantBusinessDays = 2; // B3 / S1 non-instant
    int priceAnomalyPercent = 90; // B4: at or below this % of market price
    int nonPaymentPartialThreshold = 3; // S1: partial sanction at this strike
    int wrongAccountThreshold = 2; // S2a [R2]: account sanction at this strike
    int wrongAccountSanctionDays = 30;
    int kycMismatchSanctionDays = 15; // S2b [R2]
    int abusiveLanguageThreshold = 2; // B6/S4: partial sanction at this strike
    std::optional<int> partialSanctionDays; // null: the team decides the length
    QList<int> liveChatLadderDays = { 1, 7, 30 }; // LC1: 1st, 2nd, 3rd-and-later
    int slaHours = 24; // queue SLA for cases the policy gives no deadline
    QList<QDate> holidays; // not business days, in every market
    // Settled reading 4: the days each market's payments do not settle, by currency (SEK, BGN, THB, EUR),
    // the shipped lists (resources/holidays, 2020-2035) until a team lead edits them.
    QMap<QString, QList<QDate>> marketHolidays = MarketHolidays::shippedAll();

    bool operator==(const PolicySettings& o) const
    {
        return responseWindowMinutes == o.responseWindowMinutes && realtimeReleaseMinutes == o.realtimeReleaseMinutes
            && nonInstantBusinessDays == o.nonInstantBusinessDays && priceAnomalyPercent == o.priceAnomalyPercent
            && nonPaymentPartialThreshold == o.nonPaymentPartialThreshold
            && wrongAccountThreshold == o.wrongAccountThreshold
            && wrongAccountSanctionDays == o.wrongAccountSanctionDays
            && kycMismatchSanctionDays == o.kycMismatchSanctionDays
            && abusiveLanguageThreshold == o.abusiveLanguageThreshold && partialSanctionDays == o.partialSanctionDays
            && liveChatLadderDays == o.liveChatLadderDays && slaHours == o.slaHours && holidays == o.holidays
            && marketHolidays == o.marketHolidays;
    }
};
