#pragma once

#include "Deal.h"

#include <QDateTime>
#include <QString>

namespace pd::domain {

// The program's protection rules for deals. The numbers are the program's example defaults
// (docs/domain.md, "Program rules and example defaults"); the program settings replace them with
// effective-dated values.
struct ProtectionPolicy
{
    int protectionDays = 90;
    int extensionDays = 90;
    int maxExtensions = 2;
};

enum class ProtectionStatus
{
    NotRegistered,
    Active,
    Expired,
    Ended
};
QString displayName(ProtectionStatus v);

namespace dealRules {

// Why the registration may not move to `to` (empty when it may). Rejections need a reason and
// returns a comment, passed as `comment`.
QString transitionRefusal(const Registration &r, ApplicationState to, const QString &comment = {});
QString outcomeRefusal(const Registration &r, DealOutcome to);
QList<ApplicationState> nextStates(ApplicationState from);
bool isUnderReview(ApplicationState s);

// Protection runs over the half-open interval [registeredAt, end): at `end` exactly it has lapsed.
QDateTime protectionEnd(const Registration &r);
ProtectionStatus protectionStatus(const Registration &r, const QDateTime &now);
// The window a registration claims at `now` for conflict checks: its running protection once
// registered; from filing to the end of the protection it would get if registered now while under
// review; none when rejected, closed or lapsed.
struct Window
{
    QDateTime start;
    QDateTime end;
    bool isValid() const { return start.isValid() && end.isValid() && start < end; }
};
Window claimedWindow(const Registration &r, const ProtectionPolicy &policy, const QDateTime &now);

QString extensionRequestRefusal(const Registration &r, const ProtectionPolicy &policy, const QDateTime &now);
int approvedExtensions(const Registration &r);

// No feedback (or registration without any) for more than a month.
bool isFeedbackOverdue(const Registration &r, const QDateTime &now);
QDateTime lastFeedbackAt(const Registration &r);

} // namespace dealRules
} // namespace pd::domain
