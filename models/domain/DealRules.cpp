#include "DealRules.h"

#include <QCoreApplication>

namespace pd::domain {
namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(pd::domain::DealRules)
};

} // namespace

QString displayName(ProtectionStatus v)
{
    switch (v) {
    case ProtectionStatus::NotRegistered:
        return Tr::tr("Not registered");
    case ProtectionStatus::Active:
        return Tr::tr("Protected");
    case ProtectionStatus::Expired:
        return Tr::tr("Protection lapsed");
    case ProtectionStatus::Ended:
        return Tr::tr("Closed");
    }
    return {};
}

namespace dealRules {

bool isUnderReview(ApplicationState s)
{
    return s == ApplicationState::AwaitingReview || s == ApplicationState::InProgress
           || s == ApplicationState::Confirmation;
}

QList<ApplicationState> nextStates(ApplicationState from)
{
    using S = ApplicationState;
    switch (from) {
    case S::New:
        return {S::AwaitingReview};
    case S::AwaitingReview:
        return {S::InProgress, S::Registered, S::Rejected, S::Returned};
    case S::InProgress:
        return {S::Confirmation, S::Registered, S::Rejected, S::Returned};
    case S::Confirmation:
        return {S::InProgress, S::Registered, S::Rejected, S::Returned};
    case S::Returned:
        return {S::AwaitingReview};
    case S::Registered:
    case S::Rejected:
        return {};
    }
    return {};
}

QString transitionRefusal(const Registration &r, ApplicationState to, const QString &comment)
{
    const ApplicationState from = r.state;
    if (from == to)
        return Tr::tr("The registration is already «%1».").arg(displayName(to));
    if (from == ApplicationState::Registered)
        return Tr::tr("The registration is already registered; what remains is to win or lose the deal.");
    if (from == ApplicationState::Rejected)
        return Tr::tr("The registration was rejected; a rejection is final. The partner can file a new registration.");
    if (!nextStates(from).contains(to)) {
        if (from == ApplicationState::New)
            return Tr::tr("A new registration must first be submitted for review (to «%1»).")
                .arg(displayName(ApplicationState::AwaitingReview));
        if (from == ApplicationState::Returned)
            return Tr::tr("The registration was returned to the partner; it can only be resubmitted for review.");
        return Tr::tr("A registration cannot go from «%1» to «%2».").arg(displayName(from), displayName(to));
    }
    if (to == ApplicationState::Rejected && comment.trimmed().isEmpty())
        return Tr::tr("A rejection needs a reason for the partner.");
    if (to == ApplicationState::Returned && comment.trimmed().isEmpty())
        return Tr::tr("Returning a registration needs a comment that tells the partner what to change.");
    return {};
}

QString outcomeRefusal(const Registration &r, DealOutcome to)
{
    if (r.state != ApplicationState::Registered)
        return Tr::tr("Only a registered deal can be won or lost; this one is «%1».").arg(displayName(r.state));
    if (r.outcome != DealOutcome::InProgress)
        return Tr::tr("The deal is already closed as «%1».").arg(displayName(r.outcome));
    if (to == DealOutcome::InProgress)
        return Tr::tr("The deal is already in progress.");
    return {};
}

int approvedExtensions(const Registration &r)
{
    int n = 0;
    for (const ProtectionExtension &e : r.extensions)
        n += e.decision == ExtensionDecision::Approved ? 1 : 0;
    return n;
}

QDateTime protectionEnd(const Registration &r)
{
    if (r.state != ApplicationState::Registered || !r.registeredAt.isValid())
        return {};
    qint64 days = r.protectionDays;
    for (const ProtectionExtension &e : r.extensions) {
        if (e.decision == ExtensionDecision::Approved)
            days += e.days;
    }
    return r.registeredAt.addDays(days);
}

ProtectionStatus protectionStatus(const Registration &r, const QDateTime &now)
{
    if (r.state != ApplicationState::Registered)
        return ProtectionStatus::NotRegistered;
    if (r.outcome != DealOutcome::InProgress)
        return ProtectionStatus::Ended;
    return now < protectionEnd(r) ? ProtectionStatus::Active : ProtectionStatus::Expired;
}

Window claimedWindow(const Registration &r, const ProtectionPolicy &policy, const QDateTime &now)
{
    switch (r.state) {
    case ApplicationState::Registered:
        if (protectionStatus(r, now) != ProtectionStatus::Active)
            return {};
        return {r.registeredAt, protectionEnd(r)};
    case ApplicationState::Rejected:
        return {};
    case ApplicationState::New:
    case ApplicationState::AwaitingReview:
    case ApplicationState::InProgress:
    case ApplicationState::Confirmation:
    case ApplicationState::Returned: {
        // Under review, the claim runs from filing to the end of the protection it would get if
        // registered now; the filing time also decides priority between competitors.
        const QDateTime start = r.filedAt.isValid() && r.filedAt < now ? r.filedAt : now;
        return {start, now.addDays(policy.protectionDays)};
    }
    }
    return {};
}

QString extensionRequestRefusal(const Registration &r, const ProtectionPolicy &policy, const QDateTime &now)
{
    const ProtectionStatus status = protectionStatus(r, now);
    if (status == ProtectionStatus::NotRegistered)
        return Tr::tr("Only a registered deal's protection can be extended.");
    if (status == ProtectionStatus::Ended)
        return Tr::tr("The deal is closed; its protection has ended.");
    if (status == ProtectionStatus::Expired)
        return Tr::tr("The protection has already lapsed; it can no longer be extended.");
    for (const ProtectionExtension &e : r.extensions) {
        if (e.decision == ExtensionDecision::Pending)
            return Tr::tr("An extension request is already waiting for a decision.");
    }
    if (approvedExtensions(r) >= policy.maxExtensions)
        return Tr::tr("The protection has been extended %n time(s) already, the most the program allows.", nullptr,
                      policy.maxExtensions);
    return {};
}

QDateTime lastFeedbackAt(const Registration &r)
{
    QDateTime last;
    for (const FeedbackEntry &f : r.feedback) {
        if (!last.isValid() || f.at > last)
            last = f.at;
    }
    return last;
}

bool isFeedbackOverdue(const Registration &r, const QDateTime &now)
{
    if (protectionStatus(r, now) != ProtectionStatus::Active)
        return false;
    QDateTime last = lastFeedbackAt(r);
    if (!last.isValid() || last < r.registeredAt)
        last = r.registeredAt;
    return last.addMonths(1) < now;
}

} // namespace dealRules
} // namespace pd::domain
