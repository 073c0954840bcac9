#pragma once

#include "Money.h"
#include "Result.h"

#include <QDateTime>
#include <QMetaType>
#include <QSqlDatabase>

#include <optional>

namespace pd::items {

// The figures the Dashboard shows, read from the store "as of" one moment. The deal and certificate
// counts are index-backed and quick; the tier evaluation reads every partner's won deals and takes
// seconds on a million deals, so it arrives separately (tiersReady).
struct DashboardFigures
{
    static constexpr int kProtectionDays = 14;  // protection ending within this many days
    static constexpr int kCertificateDays = 90; // the Training page's expiry window

    QDateTime asOf;
    qint64 awaitingReview = 0;
    qint64 protectionEndingSoon = 0;
    qint64 feedbackOverdue = 0;
    qint64 certificatesExpiring = 0;

    bool tiersReady = false;
    int upgrades = 0;
    int downgrades = 0;
    int inGrace = 0;

    // Commission of the latest computed month (this month once computed) and of the month before it
    // (all partners), when the store has them.
    bool commissionReady = false;
    QDate commissionMonth;
    QDate commissionPreviousMonth;
    std::optional<domain::Money> commissionThisMonth;
    std::optional<domain::Money> commissionLastMonth;

    int tierChangesPending() const { return upgrades + downgrades + inGrace; }

    // Reads the quick part (reviews, protection, feedback, certificates).
    static Result<DashboardFigures> readCounts(const QSqlDatabase &db, const QDateTime &now);
    // Adds the tier verdicts of every partner on now's date.
    static Status readTiers(const QSqlDatabase &db, DashboardFigures &figures);
    // Adds this month's and last month's commission totals.
    static Status readCommission(const QSqlDatabase &db, DashboardFigures &figures);
};

} // namespace pd::items

Q_DECLARE_METATYPE(pd::items::DashboardFigures)
