#pragma once

#include "CaseFacts.h"
#include "DemoRandom.h"

#include <QHash>
#include <QString>

namespace demo {

// Users are numbered: n = k * LangCount + language. The first kOffenders of
// each language are the repeat offenders that many cases draw from.
constexpr int kOffenders = 60;
constexpr int kRegulars = 20000;

struct User
{
    int n = 0;
    int lang = 0;
    bool offender = false;
    QString id;
    QString nickname;
    QString first;
    QString last;
    QString kycName() const { return first + QLatin1Char(' ') + last; }
};

// User k of a language: the same person for the same seed, in every case that draws them.
User makeUser(quint64 seed, int lang, int k);
// Prior strikes a repeat offender brought from before the desk (stable per user).
QHash<StrikeKind, int> offenderHistory(quint64 seed, const User& u);
// The same person as the bank shows it: other order, capitals, punctuation, no diacritics.
QString payerVariant(const User& u, Random& rng);

} // namespace demo
