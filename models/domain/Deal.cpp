#include "Deal.h"

#include "EnumKeys.h"

#include <QCoreApplication>

namespace pd::domain {
namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(pd::domain::Deal)
};

constexpr EnumKey<ApplicationState> kStates[] = {
    {ApplicationState::New, "new"},
    {ApplicationState::AwaitingReview, "awaiting_review"},
    {ApplicationState::InProgress, "in_progress"},
    {ApplicationState::Confirmation, "confirmation"},
    {ApplicationState::Registered, "registered"},
    {ApplicationState::Rejected, "rejected"},
    {ApplicationState::Returned, "returned"},
};
constexpr EnumKey<DealOutcome> kOutcomes[] = {
    {DealOutcome::InProgress, "in_progress"}, {DealOutcome::Won, "won"}, {DealOutcome::Lost, "lost"}};
constexpr EnumKey<ExtensionDecision> kDecisions[] = {{ExtensionDecision::Pending, "pending"},
                                                     {ExtensionDecision::Approved, "approved"},
                                                     {ExtensionDecision::Denied, "denied"}};
constexpr EnumKey<FeedbackType> kFeedbackTypes[] = {{FeedbackType::MonthlyStatus, "monthly_status"},
                                                    {FeedbackType::ExtensionRequest, "extension_request"},
                                                    {FeedbackType::Closure, "closure"}};
constexpr EnumKey<FeedbackCategory> kCategories[] = {{FeedbackCategory::PilotTesting, "pilot_testing"},
                                                     {FeedbackCategory::Implementation, "implementation"},
                                                     {FeedbackCategory::AwaitingDecision, "awaiting_decision"},
                                                     {FeedbackCategory::Sold, "sold"},
                                                     {FeedbackCategory::Refused, "refused"}};

} // namespace

QString toKey(ApplicationState v)
{
    return keyOf(v, kStates);
}
QString toKey(DealOutcome v)
{
    return keyOf(v, kOutcomes);
}
QString toKey(ExtensionDecision v)
{
    return keyOf(v, kDecisions);
}
QString toKey(FeedbackType v)
{
    return keyOf(v, kFeedbackTypes);
}
QString toKey(FeedbackCategory v)
{
    return keyOf(v, kCategories);
}
std::optional<ApplicationState> applicationStateFromKey(const QString &key)
{
    return valueOfKey(key, kStates);
}
std::optional<DealOutcome> dealOutcomeFromKey(const QString &key)
{
    return valueOfKey(key, kOutcomes);
}
std::optional<ExtensionDecision> extensionDecisionFromKey(const QString &key)
{
    return valueOfKey(key, kDecisions);
}
std::optional<FeedbackType> feedbackTypeFromKey(const QString &key)
{
    return valueOfKey(key, kFeedbackTypes);
}
std::optional<FeedbackCategory> feedbackCategoryFromKey(const QString &key)
{
    return valueOfKey(key, kCategories);
}
template <>
QList<ApplicationState> allValues<ApplicationState>()
{
    return valuesOf(kStates);
}
template <>
QList<DealOutcome> allValues<DealOutcome>()
{
    return valuesOf(kOutcomes);
}
template <>
QList<ExtensionDecision> allValues<ExtensionDecision>()
{
    return valuesOf(kDecisions);
}
template <>
QList<FeedbackType> allValues<FeedbackType>()
{
    return valuesOf(kFeedbackTypes);
}
template <>
QList<FeedbackCategory> allValues<FeedbackCategory>()
{
    return valuesOf(kCategories);
}

QString displayName(ApplicationState v)
{
    switch (v) {
    case ApplicationState::New:
        return Tr::tr("New");
    case ApplicationState::AwaitingReview:
        return Tr::tr("Awaiting review");
    case ApplicationState::InProgress:
        return Tr::tr("In review");
    case ApplicationState::Confirmation:
        return Tr::tr("Confirmation");
    case ApplicationState::Registered:
        return Tr::tr("Registered");
    case ApplicationState::Rejected:
        return Tr::tr("Rejected");
    case ApplicationState::Returned:
        return Tr::tr("Returned to partner");
    }
    return {};
}

QString displayName(DealOutcome v)
{
    switch (v) {
    case DealOutcome::InProgress:
        return Tr::tr("In progress");
    case DealOutcome::Won:
        return Tr::tr("Won");
    case DealOutcome::Lost:
        return Tr::tr("Lost");
    }
    return {};
}

QString displayName(ExtensionDecision v)
{
    switch (v) {
    case ExtensionDecision::Pending:
        return Tr::tr("Awaiting decision");
    case ExtensionDecision::Approved:
        return Tr::tr("Approved");
    case ExtensionDecision::Denied:
        return Tr::tr("Denied");
    }
    return {};
}

QString displayName(FeedbackType v)
{
    switch (v) {
    case FeedbackType::MonthlyStatus:
        return Tr::tr("Monthly status");
    case FeedbackType::ExtensionRequest:
        return Tr::tr("Extension request");
    case FeedbackType::Closure:
        return Tr::tr("Closure");
    }
    return {};
}

QString displayName(FeedbackCategory v)
{
    switch (v) {
    case FeedbackCategory::PilotTesting:
        return Tr::tr("Pilot testing");
    case FeedbackCategory::Implementation:
        return Tr::tr("Implementation and integration");
    case FeedbackCategory::AwaitingDecision:
        return Tr::tr("Awaiting decision, approval or budget");
    case FeedbackCategory::Sold:
        return Tr::tr("Sold");
    case FeedbackCategory::Refused:
        return Tr::tr("Refused, not relevant or closed");
    }
    return {};
}

QJsonObject contactToJson(const Contact &c)
{
    return {{QStringLiteral("name"), c.name},
            {QStringLiteral("position"), c.position},
            {QStringLiteral("phones"), stringsToJson(c.phones)},
            {QStringLiteral("emails"), stringsToJson(c.emails)}};
}

Contact contactFromJson(const QJsonValue &v)
{
    const QJsonObject o = v.toObject();
    return {o.value(QStringLiteral("name")).toString(), o.value(QStringLiteral("position")).toString(),
            stringsFromJson(o.value(QStringLiteral("phones"))), stringsFromJson(o.value(QStringLiteral("emails")))};
}

QJsonArray stringsToJson(const QStringList &list)
{
    QJsonArray a;
    for (const QString &s : list)
        a.append(s);
    return a;
}

QStringList stringsFromJson(const QJsonValue &v)
{
    QStringList list;
    for (const QJsonValue &item : v.toArray())
        list.append(item.toString());
    return list;
}

} // namespace pd::domain
