#pragma once

#include "CaseFacts.h"

#include <QStringList>

// The user ids of a case's parties, in the case's order: whose recorded strikes the policy weighs
// (CaseService, AsDecidedReader, WhatIfAnalysis).
QStringList partyUserIds(const CaseFacts& facts);
