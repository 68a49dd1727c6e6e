#include "PolicyRevision.h"

const QList<PolicyRevision>& PolicyRevision::p2pRevisions()
{
    static const QList<PolicyRevision> revisions = [] {
        PolicyRevision r1;
        r1.id = QStringLiteral("p2p-2021-02-25");
        r1.inForceFrom = QDateTime(QDate(2021, 2, 25), QTime(0, 0), Qt::UTC);

        PolicyRevision r2;
        r2.id = QStringLiteral("p2p-2021-04-07");
        r2.inForceFrom = QDateTime(QDate(2021, 4, 7), QTime(0, 0), Qt::UTC);
        r2.wrongAccountSanction = true;
        r2.kycMismatchSanction = true;
        r2.sensitiveRemarkDespiteSellerTerms = true;
        r2.g1MayEndService = true;
        return QList<PolicyRevision> { r1, r2 };
    }();
    return revisions;
}

const PolicyRevision& PolicyRevision::p2pRevisionAt(const QDateTime& orderCreated)
{
    const QList<PolicyRevision>& all = p2pRevisions();
    // Orders older than the first revision are judged by the first one.
    int chosen = 0;
    for (int i = 0; i < all.size(); ++i)
        if (orderCreated.isValid() && orderCreated >= all.at(i).inForceFrom)
            chosen = i;
    if (!orderCreated.isValid())
        chosen = int(all.size()) - 1;
    return all.at(chosen);
}

QString PolicyRevision::liveChatRevisionId()
{
    return QStringLiteral("live-chat-2021-07-06");
}
