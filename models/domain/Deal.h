#pragma once

#include "EnumKeys.h"
#include "Money.h"

#include <QDate>
#include <QDateTime>
#include <QJsonArray>
#include <QJsonObject>
#include <QJsonValue>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace pd::domain {

// The review of a registration (application), docs/domain.md, "Deal registration": New → Awaiting review →
// In progress → Confirmation → Registered | Rejected; Returned to the partner with a comment, back to Awaiting
// review.
enum class ApplicationState
{
    New,
    AwaitingReview,
    InProgress,
    Confirmation,
    Registered,
    Rejected,
    Returned
};
// What became of a registered deal.
enum class DealOutcome
{
    InProgress,
    Won,
    Lost
};
enum class ExtensionDecision
{
    Pending,
    Approved,
    Denied
};
enum class FeedbackType
{
    MonthlyStatus,
    ExtensionRequest,
    Closure
};
enum class FeedbackCategory
{
    PilotTesting,
    Implementation,
    AwaitingDecision,
    Sold,
    Refused
};

QString toKey(ApplicationState v);
QString toKey(DealOutcome v);
QString toKey(ExtensionDecision v);
QString toKey(FeedbackType v);
QString toKey(FeedbackCategory v);
std::optional<ApplicationState> applicationStateFromKey(const QString &key);
std::optional<DealOutcome> dealOutcomeFromKey(const QString &key);
std::optional<ExtensionDecision> extensionDecisionFromKey(const QString &key);
std::optional<FeedbackType> feedbackTypeFromKey(const QString &key);
std::optional<FeedbackCategory> feedbackCategoryFromKey(const QString &key);
template <>
QList<ApplicationState> allValues<ApplicationState>();
template <>
QList<DealOutcome> allValues<DealOutcome>();
template <>
QList<ExtensionDecision> allValues<ExtensionDecision>();
template <>
QList<FeedbackType> allValues<FeedbackType>();
template <>
QList<FeedbackCategory> allValues<FeedbackCategory>();
QString displayName(ApplicationState v);
QString displayName(DealOutcome v);
QString displayName(ExtensionDecision v);
QString displayName(FeedbackType v);
QString displayName(FeedbackCategory v);

struct Contact
{
    QString name;
    QString position;
    QStringList phones;
    QStringList emails;

    bool operator==(const Contact &) const = default;
};

// A contact and a list of strings as the deals table and the sync protocol carry them (JSON).
QJsonObject contactToJson(const Contact &c);
Contact contactFromJson(const QJsonValue &v);
QJsonArray stringsToJson(const QStringList &list);
QStringList stringsFromJson(const QJsonValue &v);

// A request to extend a deal's protection; needs a manager's decision.
struct ProtectionExtension
{
    QString id;
    QDateTime requestedAt;
    QString reason;
    ExtensionDecision decision = ExtensionDecision::Pending;
    QDateTime decidedAt;
    QString decidedBy;
    int days = 0; // granted days when approved

    bool operator==(const ProtectionExtension &) const = default;
};

// A risk or a competitor named in feedback, with a comment.
struct NamedNote
{
    QString name;
    QString comment;

    bool operator==(const NamedNote &) const = default;
};

// The partner's report on a registered deal, due at least once a month.
struct FeedbackEntry
{
    QString id;
    QDateTime at;
    FeedbackType type = FeedbackType::MonthlyStatus;
    FeedbackCategory category = FeedbackCategory::PilotTesting;
    QString comment;
    QList<NamedNote> risks;
    QList<NamedNote> competitors;

    bool operator==(const FeedbackEntry &) const = default;
};

// A deal registration: the application a partner files and, once registered, the protected deal.
struct Registration
{
    QString id;
    QString partnerId;
    QString partnerName; // as filed
    QString partnerInn;
    Contact replyContact;
    QString partnerAccountManager;
    QString customerName;
    QString customerInn;     // may be missing
    Contact customerContact; // the customer's decision maker
    QStringList customerProjectIds;
    Money amount; // excluding VAT
    int expectedYear = 0;
    int expectedQuarter = 0; // 1..4
    Money expectedAnnualConsumption;
    QStringList products;
    QString description;

    ApplicationState state = ApplicationState::New;
    QString stateComment;   // the reason of a rejection or the comment of a return
    QDateTime filedAt;      // when the registration was received: decides priority between competitors
    QDateTime registeredAt; // start of protection
    int protectionDays = 0; // base protection period, copied from the program rule at registration
    DealOutcome outcome = DealOutcome::InProgress;
    QDateTime closedAt; // when won or lost
    QList<ProtectionExtension> extensions;
    QList<FeedbackEntry> feedback;
    QDateTime createdAt;
    QDateTime updatedAt;
    qint64 version = 0;

    bool operator==(const Registration &) const = default;
};

} // namespace pd::domain
