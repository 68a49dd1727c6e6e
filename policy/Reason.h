#pragma once

#include "Decimal.h"
#include "PolicyEnums.h"

#include <QDateTime>
#include <QList>
#include <QString>
#include <QTimeZone>

#include <memory>
#include <optional>
#include <utility>

// Why a suggestion says what it says, as ids and values (issue 12, item 3): the engine never writes a
// sentence. SuggestionText makes the text in the UI language when it is shown (views, reports, the
// suggestion JSON's `steps` and `notes`), so a suggestion is the same in every language.
enum class ReasonId
{
    None,
    G1MaySuspendUncooperative,
    StrikeCountWithThisCase,
    SuspendForDays,
    SuspendForTeamPeriod,
    ReleaseToBuyer,
    ReleaseSellerConfirmedPayment,
    CancelOrder,
    FeesOnBuyer,
    RemainderWasPaid,
    BuyerRefusedRemainder,
    AskSellerRefundReceived,
    BuyerPaidPartOfAmount,
    G0FiatIsCny,
    G0RulesDoNotCoverCny,
    S2bPayerDiffers,
    S2bAskRefundWithProof,
    S2bCancelAfterRefundProof,
    S2bCryptoNotReleased,
    S2bRefundFeesOnBuyer,
    S2bNameScriptDiffers,
    S2bNameOnePart,
    S2bCompareNamesOnDocuments,
    S2aPaidToOtherAccount,
    S2aNotLiable,
    S2cRemainderPaidLate,
    S2cReleaseIfFullAmountConfirmed,
    S2cOtherwiseRefundReceived,
    S2cAskRemainderWithin,
    S2cWaitForRemainder,
    S2cRemainderNotPaidInTime,
    S2dReleasedBeforeFullPayment,
    S2dCloseRemainderPaid,
    S2dSellerBearsLoss,
    S2dAskRemainder,
    S2dIfRefusedSellerBearsLoss,
    DeadlineMarkedPaidPlusBusinessDays,
    DeadlineAskReleaseOrReport,
    DeadlineSellerReportedNotArrived,
    DeadlineCheckSellerEvidence,
    DeadlinePassedCountsAsReceived,
    WhyNotOrderNotCancelled,
    WhyNotNoPayment,
    WhyNotNotOverpaid,
    WhyNotAlreadyReleased,
    WhyNotNotMarkedPaid,
    WhyNotNotExactAmount,
    WhyNotNoSensitiveWord,
    WhyNotNotReleased,
    WhyNotConfirmedBeforeRelease,
    WhyNotPaymentsMatch,
    B1CancelledAfterPayment,
    B1AskSellerReturn,
    B1NotLiableIfRefused,
    B2PaidTooMuch,
    B2AskRefundExcess,
    B2BuyerBearsLossIfRefused,
    B3RealtimeMarkedPaid,
    B3WaitMinutes,
    B3ContactSeller,
    B3ReleaseIfNoAnswer,
    B4PaidFromOwnAccount,
    B4MarketPriceUnknown,
    B4PricePercentOfMarket,
    B4PriceAbnormallyLow,
    B4AskSellerRefund,
    B5RemarkMentions,
    B5SensitiveWords,
    B5DespiteSellerTerms,
    B5ReleaseSellerConfirmedFunds,
    B5AskReleaseOrRefund,
    B5RefundFeeOnBuyer,
    S1NoPaymentNoProof,
    S1BuyerUnreachable,
    S1PaidButNotArrived,
    S3ReleasedWithoutConfirming,
    S3RecordReport,
    S3AdvisePolice,
    S3SellerBearsResponsibility,
    ConductAbuseConfirmed,
    ConductStrikeOnly,
    ConductConfirmInTranscript,
    ConductPossibleThreat,
    LcNoUser,
    Lc1OnlySupportBot,
    Lc2Grounds,
    Lc2Suspension,
    Lc2SuspensionEnded,
    Lc2Lift,
    Lc2HandToSecurity,
    Lc2ImpersonationConfirmed,
    Lc2CheckImpersonation,
    Lc2RouteUrgent,
    Lc2ReadAppeal,
    StatedNotAppliedCny,
    StatedDoesNotApply,
    StatedUnknown,
    StatedFactsComeFirst,
    CaseHasNoOrder,
};

struct Reason;

// One value in a reason. Text is user data or an id, shown as it is; the other kinds are formatted
// (numbers in QLocale(), names in the UI language) when the text is made.
struct ReasonArg
{
    enum Kind
    {
        Text,
        Integer,
        Number,
        Money, // a number and its currency code
        LocalTime, // "yyyy-MM-dd HH:mm Zone/Id" in the market's zone
        RoleName,
        StrikeKindName,
        ScopeName,
        Nested // another reason, e.g. why a stated reason does not apply
    };

    ReasonArg(const QString& text); // NOLINT: implicit, like QString::arg
    ReasonArg(int value); // NOLINT
    ReasonArg(const Reason& reason); // NOLINT
    static ReasonArg number(const Decimal& value);
    static ReasonArg money(const Decimal& amount, const QString& currency);
    static ReasonArg localTime(const QDateTime& at, const QTimeZone& zone);
    static ReasonArg role(Role role);
    static ReasonArg strikeKind(StrikeKind kind);
    static ReasonArg scope(SanctionScope scope);

    Kind kind = Text;
    QString text; // Text; the currency of Money
    Decimal decimal; // Number, Money
    int integer = 0; // Integer; the enum's value for RoleName, StrikeKindName, ScopeName
    QDateTime time; // LocalTime
    QTimeZone zone; // LocalTime
    std::shared_ptr<const Reason> nested;

    bool operator==(const ReasonArg& other) const;
    bool operator!=(const ReasonArg& other) const { return !(*this == other); }

private:
    explicit ReasonArg(Kind k)
        : kind(k)
    { }
};

struct Reason
{
    Reason() = default;
    // `count` for the texts with a plural (%n).
    explicit Reason(ReasonId reasonId, std::optional<int> n = std::nullopt)
        : id(reasonId)
        , count(n)
    { }

    // Appends the values for %1, %2, ... in order, like QString::arg.
    template<typename... Args> Reason arg(Args&&... values) const
    {
        Reason r = *this;
        (r.args.append(ReasonArg(std::forward<Args>(values))), ...);
        return r;
    }

    bool isNull() const { return id == ReasonId::None; }
    bool operator==(const Reason& other) const { return id == other.id && count == other.count && args == other.args; }
    bool operator!=(const Reason& other) const { return !(*this == other); }

    ReasonId id = ReasonId::None;
    QList<ReasonArg> args;
    std::optional<int> count;
};
