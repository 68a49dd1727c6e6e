#pragma once

#include <QDateTime>
#include <QList>
#include <QString>

// One revision of the P2P appeal rules: what differs between them, as data.
// A new revision is one more row in PolicyRevision.cpp (and, if it brings a new
// kind of difference, one more field here read by the clause it concerns).
struct PolicyRevision
{
    QString id;
    QDateTime inForceFrom; // UTC; orders created from this instant on
    bool wrongAccountSanction = false; // S2a: account sanction at the threshold
    bool kycMismatchSanction = false; // S2b: p2p sanction
    bool sensitiveRemarkDespiteSellerTerms = false; // B5 holds even if the seller's terms forbade the words
    bool g1MayEndService = false; // G1: up to ending the service

    // All P2P revisions, oldest first.
    static const QList<PolicyRevision>& p2pRevisions();
    // The P2P revision in force when an order was created.
    static const PolicyRevision& p2pRevisionAt(const QDateTime& orderCreated);
    static QString liveChatRevisionId();
};
