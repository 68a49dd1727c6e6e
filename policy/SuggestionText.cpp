#include "SuggestionText.h"

#include "Suggestion.h"

#include <QLocale>

QString SuggestionText::pattern(ReasonId id, int n)
{
    switch (id) {
    case ReasonId::None:
        return QString();
    case ReasonId::G1MaySuspendUncooperative:
        return tr("Users who do not cooperate during the appeal may be suspended (G1)");
    case ReasonId::StrikeCountWithThisCase:
        return tr("The %1 %2 now has %n %3 strike(s), this case included", nullptr, n);
    case ReasonId::SuspendForDays:
        return tr("Suspend %1 (%2) from %3 for %n day(s)", nullptr, n);
    case ReasonId::SuspendForTeamPeriod:
        return tr("Suspend %1 (%2) from %3 for a period the team sets");
    case ReasonId::ReleaseToBuyer:
        return tr("Release the crypto to the buyer");
    case ReasonId::ReleaseSellerConfirmedPayment:
        return tr("Release the crypto: the seller confirmed receipt of the payment");
    case ReasonId::CancelOrder:
        return tr("Cancel the order");
    case ReasonId::FeesOnBuyer:
        return tr("Fees are borne by the buyer");
    case ReasonId::RemainderWasPaid:
        return tr("The buyer has paid the remainder");
    case ReasonId::BuyerRefusedRemainder:
        return tr("The buyer refused to pay the remainder");
    case ReasonId::AskSellerRefundReceived:
        return tr("Ask the seller to refund the %1 received to the buyer");
    case ReasonId::BuyerPaidPartOfAmount:
        return tr("The buyer paid %1 of the order amount %2");
    case ReasonId::G0FiatIsCny:
        return tr("The order's fiat currency is CNY → G0");
    case ReasonId::G0RulesDoNotCoverCny:
        return tr("The P2P appeal rules do not cover trades in CNY");
    case ReasonId::S2bPayerDiffers:
        return tr("Payment from '%1' does not match the buyer's verified name '%2' → S2b");
    case ReasonId::S2bAskRefundWithProof:
        return tr("Ask the seller to refund %1 to the buyer and upload proof");
    case ReasonId::S2bCancelAfterRefundProof:
        return tr(
            "Cancel the order once the seller has shown proof of the refund and the buyer has confirmed receiving it");
    case ReasonId::S2bCryptoNotReleased:
        return tr("The crypto is not released");
    case ReasonId::S2bRefundFeesOnBuyer:
        return tr("Fees of the refund are borne by the buyer");
    case ReasonId::S2bNameScriptDiffers:
        return tr("The payer name '%1' and the buyer's verified name '%2' are in different scripts and no common "
                  "transliteration makes them equal");
    case ReasonId::S2bNameOnePart:
        return tr("The payer name '%1' or the buyer's verified name '%2' has only one part");
    case ReasonId::S2bCompareNamesOnDocuments:
        return tr("Compare the payer name with the buyer's verified name on the documents: if they differ, S2b applies "
                  "(refund)");
    case ReasonId::S2aPaidToOtherAccount:
        return tr("A payment of %1 went to an account other than the seller's listed '%2' → S2a");
    case ReasonId::S2aNotLiable:
        return tr("The exchange is not liable for the loss and a refund is not guaranteed");
    case ReasonId::S2cRemainderPaidLate:
        return tr("The buyer paid the remainder on %1, after the deadline of %2");
    case ReasonId::S2cReleaseIfFullAmountConfirmed:
        return tr("Release the crypto if the seller confirms receiving the full %1");
    case ReasonId::S2cOtherwiseRefundReceived:
        return tr("Otherwise ask the seller to refund what was received to the buyer");
    case ReasonId::S2cAskRemainderWithin:
        return tr("Ask the buyer to pay the remaining %1 within %2 minutes, and record the request");
    case ReasonId::S2cWaitForRemainder:
        return tr("Wait for the buyer to pay the remaining %1");
    case ReasonId::S2cRemainderNotPaidInTime:
        return tr("The buyer did not pay the remainder within %1 minutes of the request");
    case ReasonId::S2dReleasedBeforeFullPayment:
        return tr("The seller released the crypto before receiving the full payment");
    case ReasonId::S2dCloseRemainderPaid:
        return tr("Close the case: the remainder has been paid");
    case ReasonId::S2dSellerBearsLoss:
        return tr("The seller bears the loss; the exchange is not liable");
    case ReasonId::S2dAskRemainder:
        return tr("Ask the buyer to pay the remaining %1");
    case ReasonId::S2dIfRefusedSellerBearsLoss:
        return tr("If the buyer refuses, the seller bears the loss");
    case ReasonId::DeadlineMarkedPaidPlusBusinessDays:
        return tr("Marked paid %1; %n business day(s) later is %2", nullptr, n);
    case ReasonId::DeadlineAskReleaseOrReport:
        return tr("Ask the seller to release the crypto, or to report that the payment has not arrived, before %1");
    case ReasonId::DeadlineSellerReportedNotArrived:
        return tr("The seller reported on %1 that the payment has not arrived");
    case ReasonId::DeadlineCheckSellerEvidence:
        return tr("Check the seller's evidence that the payment has not arrived");
    case ReasonId::DeadlinePassedCountsAsReceived:
        return tr("The seller did not report non-arrival by %1: the payment counts as received");
    case ReasonId::WhyNotOrderNotCancelled:
        return tr("the order was not cancelled");
    case ReasonId::WhyNotNoPayment:
        return tr("no payment by the buyer is recorded");
    case ReasonId::WhyNotNotOverpaid:
        return tr("the buyer paid %1, not more than the order amount %2");
    case ReasonId::WhyNotAlreadyReleased:
        return tr("the seller has already released the crypto");
    case ReasonId::WhyNotNotMarkedPaid:
        return tr("the buyer has not marked the order paid");
    case ReasonId::WhyNotNotExactAmount:
        return tr("the buyer paid %1, not the order amount %2");
    case ReasonId::WhyNotNoSensitiveWord:
        return tr("no payment remark contains a sensitive word");
    case ReasonId::WhyNotNotReleased:
        return tr("the crypto has not been released");
    case ReasonId::WhyNotConfirmedBeforeRelease:
        return tr("the seller confirmed receipt of the payment before releasing");
    case ReasonId::WhyNotPaymentsMatch:
        return tr("the payments went to the listed account, from the buyer's own name, and cover the order amount");
    case ReasonId::B1CancelledAfterPayment:
        return tr("The order was cancelled after the buyer paid %1");
    case ReasonId::B1AskSellerReturn:
        return tr("Ask the seller to return the %1 paid to the buyer (best effort)");
    case ReasonId::B1NotLiableIfRefused:
        return tr("If the seller refuses to refund, the exchange is not liable for the loss");
    case ReasonId::B2PaidTooMuch:
        return tr("The buyer paid %1 for an order of %2: %3 too much");
    case ReasonId::B2AskRefundExcess:
        return tr("Ask the seller to refund the excess of %1 to the buyer");
    case ReasonId::B2BuyerBearsLossIfRefused:
        return tr("If the seller refuses to refund the excess, the buyer bears the loss");
    case ReasonId::B3RealtimeMarkedPaid:
        return tr("Real-time payment method; marked paid %1 UTC");
    case ReasonId::B3WaitMinutes:
        return tr("Wait until %1 minutes have passed since the order was marked paid");
    case ReasonId::B3ContactSeller:
        return tr("Contact the seller to release the crypto");
    case ReasonId::B3ReleaseIfNoAnswer:
        return tr("If the seller does not answer within %1 minutes, release the crypto manually");
    case ReasonId::B4PaidFromOwnAccount:
        return tr("The buyer paid the order amount %1 from an account in the buyer's own name");
    case ReasonId::B4MarketPriceUnknown:
        return tr(
            "The market price at order time is unknown: check that the price was not abnormally low before releasing");
    case ReasonId::B4PricePercentOfMarket:
        return tr("The order price %1 is %2% of the market price %3");
    case ReasonId::B4PriceAbnormallyLow:
        return tr("The price is abnormally low (at or below %1% of the market price)");
    case ReasonId::B4AskSellerRefund:
        return tr("Ask the seller to refund %1 to the buyer");
    case ReasonId::B5RemarkMentions:
        return tr("The buyer's payment remark mentions %1");
    case ReasonId::B5SensitiveWords:
        return tr("Sensitive words in the payment remark: %1");
    case ReasonId::B5DespiteSellerTerms:
        return tr("This holds even where the seller's terms asked buyers not to write such words");
    case ReasonId::B5ReleaseSellerConfirmedFunds:
        return tr("Release the crypto: the seller confirmed receipt of the funds");
    case ReasonId::B5AskReleaseOrRefund:
        return tr("Ask the seller to release the crypto if the funds arrived, otherwise to refund %1");
    case ReasonId::B5RefundFeeOnBuyer:
        return tr("Any fee of the refund is borne by the buyer");
    case ReasonId::S1NoPaymentNoProof:
        return tr("No payment and no proof of payment by the buyer is recorded");
    case ReasonId::S1BuyerUnreachable:
        return tr("The buyer cannot be reached and no payment is recorded");
    case ReasonId::S1PaidButNotArrived:
        return tr("The buyer paid, but the seller says the payment has not arrived");
    case ReasonId::S3ReleasedWithoutConfirming:
        return tr("The seller released the crypto without confirming the payment");
    case ReasonId::S3RecordReport:
        return tr("Record the seller's report");
    case ReasonId::S3AdvisePolice:
        return tr("Advise the seller to report the case to the police");
    case ReasonId::S3SellerBearsResponsibility:
        return tr("The seller bears full responsibility; recovery of the funds is not guaranteed");
    case ReasonId::ConductAbuseConfirmed:
        return tr("An agent confirmed abusive language by the %1");
    case ReasonId::ConductStrikeOnly:
        return tr("Record the strike; no sanction follows yet");
    case ReasonId::ConductConfirmInTranscript:
        return tr("Read the transcript and confirm the abusive language, naming the party");
    case ReasonId::ConductPossibleThreat:
        return tr("Possible threat in the chat: %1");
    case ReasonId::LcNoUser:
        return tr("The case names no user");
    case ReasonId::Lc1OnlySupportBot:
        return tr("While suspended the user can reach only the support bot");
    case ReasonId::Lc2Grounds:
        return tr("Grounds of the appeal: %1");
    case ReasonId::Lc2Suspension:
        return tr("Live-chat suspension of %1 since %2 for %n day(s)", nullptr, n);
    case ReasonId::Lc2SuspensionEnded:
        return tr("The suspension ended on %1: there is nothing to lift");
    case ReasonId::Lc2Lift:
        return tr("Lift the live-chat suspension");
    case ReasonId::Lc2HandToSecurity:
        return tr("Hand the account to the security team");
    case ReasonId::Lc2ImpersonationConfirmed:
        return tr("An agent confirmed that someone else wrote the abusive messages");
    case ReasonId::Lc2CheckImpersonation:
        return tr("Check whether someone else used the account, and record it if confirmed");
    case ReasonId::Lc2RouteUrgent:
        return tr("Route the urgent matter to a human agent at once: the suspension does not block it");
    case ReasonId::Lc2ReadAppeal:
        return tr("Read the appeal and decide whether to lift the suspension");
    case ReasonId::StatedNotAppliedCny:
        return tr("The stated reason %1 was not applied: the P2P rules do not cover trades in CNY");
    case ReasonId::StatedDoesNotApply:
        return tr("The stated reason %1 does not apply: %2");
    case ReasonId::StatedUnknown:
        return tr("The stated reason '%1' is not a clause of the P2P rules");
    case ReasonId::StatedFactsComeFirst:
        return tr("The stated reason %1 was not applied: the facts match %2, which comes first");
    case ReasonId::CaseHasNoOrder:
        return tr("The case has no order");
    }
    return QString();
}

QString SuggestionText::roleName(Role role)
{
    switch (role) {
    case Role::Buyer:
        return tr("buyer");
    case Role::Seller:
        return tr("seller");
    default:
        return tr("user");
    }
}

QString SuggestionText::strikeKindName(StrikeKind kind)
{
    switch (kind) {
    case StrikeKind::AbusiveLanguage:
        return tr("abusive language");
    case StrikeKind::NonPaymentCancellation:
        return tr("non-payment cancellation");
    case StrikeKind::WrongAccountPayment:
        return tr("wrong-account payment");
    case StrikeKind::KycNameMismatch:
        return tr("payer name mismatch");
    case StrikeKind::LiveChatAbuse:
        return tr("live-chat abuse");
    }
    return QString();
}

QString SuggestionText::scopeName(SanctionScope scope)
{
    switch (scope) {
    case SanctionScope::P2p:
        return tr("P2P trading");
    case SanctionScope::Partial:
        return tr("part of the account's functions");
    case SanctionScope::Account:
        return tr("the whole account");
    case SanctionScope::LiveChat:
        return tr("the live chat with human agents (the support bot stays available)");
    }
    return QString();
}

QString SuggestionText::value(const ReasonArg& arg)
{
    switch (arg.kind) {
    case ReasonArg::Text:
        return arg.text;
    case ReasonArg::Integer:
        return QString::number(arg.integer);
    case ReasonArg::Number:
        return arg.decimal.toLocaleString(QLocale());
    case ReasonArg::Money:
        return arg.decimal.toLocaleString(QLocale()) + QLatin1Char(' ') + arg.text;
    case ReasonArg::LocalTime: {
        // Formatted by hand: QDateTime::toString with a pattern costs far more.
        const QDateTime local = arg.time.toTimeZone(arg.zone);
        const QDate d = local.date();
        const QTime h = local.time();
        return QString::asprintf("%04d-%02d-%02d %02d:%02d ", d.year(), d.month(), d.day(), h.hour(), h.minute())
            + QString::fromLatin1(arg.zone.id());
    }
    case ReasonArg::RoleName:
        return roleName(Role(arg.integer));
    case ReasonArg::StrikeKindName:
        return strikeKindName(StrikeKind(arg.integer));
    case ReasonArg::ScopeName:
        return scopeName(SanctionScope(arg.integer));
    case ReasonArg::Nested:
        return arg.nested ? text(*arg.nested) : QString();
    }
    return QString();
}

QString SuggestionText::text(const Reason& reason)
{
    const QString p = pattern(reason.id, reason.count.value_or(-1));
    if (reason.args.isEmpty())
        return p;
    QStringList values;
    values.reserve(reason.args.size());
    for (const ReasonArg& a : reason.args)
        values << value(a);
    // One pass over %1..%99, like QString::arg with several arguments: a value that contains "%2" (a payer
    // name is user data) is never substituted again, and a translation may put the placeholders in any order.
    QString out;
    out.reserve(p.size() + 64);
    for (qsizetype i = 0; i < p.size(); ++i) {
        const QChar ch = p.at(i);
        if (ch == QLatin1Char('%') && i + 1 < p.size() && p.at(i + 1).isDigit() && p.at(i + 1) != QLatin1Char('0')) {
            int number = p.at(i + 1).digitValue();
            qsizetype end = i + 2;
            if (end < p.size() && p.at(end).isDigit()) {
                number = number * 10 + p.at(end).digitValue();
                ++end;
            }
            if (number <= values.size()) {
                out += values.at(number - 1);
                i = end - 1;
                continue;
            }
        }
        out += ch;
    }
    return out;
}

QStringList SuggestionText::texts(const QList<Reason>& reasons)
{
    QStringList out;
    out.reserve(reasons.size());
    for (const Reason& r : reasons)
        out << text(r);
    return out;
}

QStringList SuggestionText::steps(const Suggestion& suggestion)
{
    return texts(suggestion.steps);
}

QStringList SuggestionText::notes(const Suggestion& suggestion)
{
    return texts(suggestion.notes);
}

QStringList SuggestionText::facts(const Suggestion& suggestion)
{
    return texts(suggestion.facts);
}

QString SuggestionText::statedReasonNote(const Suggestion& suggestion)
{
    return text(suggestion.statedReasonNote);
}
