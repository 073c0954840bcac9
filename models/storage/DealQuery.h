#pragma once

#include "Deal.h"
#include "Money.h"
#include "Result.h"

#include <QDateTime>
#include <QList>
#include <QSqlDatabase>
#include <QString>

#include <optional>

namespace pd::storage {

// What the Deals page and the review queue ask for. Every filter is done by SQLite with an index,
// so that a million deals filter and sort without being loaded.
struct DealFilter
{
    QString text; // substring of customer, customer INN, partner or product (3+ characters use the trigram index)
    QString partnerId;
    std::optional<domain::ApplicationState> state;
    std::optional<domain::DealOutcome> outcome;
    QString product;                     // exact product, case-insensitive
    int protectionEndingWithinDays = -1; // registered, protected, and ending within N days; -1: any
    bool feedbackOverdue = false;
    bool hasConflicts = false;
    bool reviewQueue = false; // awaiting review, in review or in confirmation

    bool operator==(const DealFilter &) const = default;
};

enum class DealSort
{
    FiledAt,
    Customer,
    Partner,
    Amount,
    State,
    ProtectionEnd,
    ExpectedPeriod
};

// One row of the deals table: what the table shows, nothing more.
struct DealRow
{
    QString id;
    QString partnerId;
    QString partnerName;
    QString customerName;
    QString customerInn;
    QStringList products;
    domain::Money amount;
    domain::ApplicationState state = domain::ApplicationState::New;
    domain::DealOutcome outcome = domain::DealOutcome::InProgress;
    QDateTime filedAt;
    QDateTime protectionEndsAt;
    QDateTime feedbackDueAt;
    int expectedYear = 0;
    int expectedQuarter = 0;
};

// A filtered, sorted view of the deals table, read a page at a time.
class DealQuery final
{
public:
    DealQuery(QSqlDatabase db, DealFilter filter, DealSort sort, Qt::SortOrder order, QDateTime now);

    Result<qint64> count() const;
    Result<QList<DealRow>> page(qint64 offset, int limit) const;

private:
    enum class Purpose
    {
        Count,
        Page
    };
    QString whereClause(QVariantList &values, Purpose purpose) const;
    QString orderClause() const;

    QSqlDatabase m_db;
    DealFilter m_filter;
    DealSort m_sort;
    Qt::SortOrder m_order;
    QDateTime m_now;
};

} // namespace pd::storage
