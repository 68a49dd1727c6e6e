#pragma once

#include "BundleFieldReader.h"

#include <QHash>

// The rules of one case (case-bundle.md): which members a case, its order, parties, payments, events,
// messages, history and suspension must have, their values and how they fit together; and that no id
// repeats within the file. Fills CaseFacts from a parsed case, or sets the BundleError and returns false.
class CaseValidator : private BundleFieldReader
{
public:
    CaseValidator(const JsonScanner& scanner, const QString& file, BundleError& error);

    bool validate(int root, CaseFacts* facts);

private:
    bool validateCase(int root);
    bool validateOrder(int node, const Path& path, Order* order);
    bool validateParty(int node, const Path& path, Party* party);
    bool validatePayment(int node, const Path& path, Payment* payment);
    bool validateEvent(int node, const Path& path, CaseEvent* event);
    bool validateMessage(int node, const Path& path, Message* message);
    bool validateHistory(int node, const Path& path, StrikeHistory* history);
    bool validateSuspension(int node, const Path& path, Suspension* suspension);

    struct Seen
    {
        int line;
        int column;
    };
    QHash<QString, Seen> m_seenIds;
    CaseFacts* m_facts = nullptr;
};
