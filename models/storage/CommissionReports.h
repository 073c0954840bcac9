#pragma once

#include "Commission.h"
#include "ProgramRules.h"
#include "Result.h"

#include <QDate>
#include <QList>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>

#include <functional>
#include <optional>

namespace pd::storage {

// A stored commission line with its id and what a list shows beside it.
struct StoredLine
{
    qint64 id = 0;               // unique per line: its row's id × 2, + 1 for a row's registration part
    domain::CommissionLine line; // amounts in RUB
    domain::Role role = domain::Role::Partner;
    QString category;     // ServiceCategory key; empty for rewards and corrections
    QString customerName; // from the consumption record, when it still exists
    QString customerInn;
    domain::Money source;   // the consumption amount in its own currency (== basis for RUB)
    qint64 fxRateMicro = 0; // RUB per unit × 10^6; 0 for RUB
};

// One partner's figures for one period.
struct PartnerPeriodTotal
{
    QString partnerId;
    QString partnerName;
    QString partnerInn;
    domain::Role role = domain::Role::Partner;
    domain::Tier tier = domain::Tier::None; // the tier the period was priced at
    qint64 totalMinor = 0;                  // every line, corrections included (RUB kopecks)
    qint64 correctionsMinor = 0;            // clawbacks and top-ups only
    int lines = 0;
};

// "Why this amount": everything that priced one line, and the arithmetic line by line.
struct LineExplanation
{
    StoredLine line;
    std::optional<domain::ConsumptionRecord> consumption; // as stored now (may differ after a correction)
    std::optional<domain::ProgramRules> rules;            // the rule version that priced it
    QString partnerName;
    QString dealCustomer; // the deal's customer name, when a deal priced it
    QString dealState;    // e.g. "Registered, won"
    QStringList steps;    // the arithmetic, one sentence per step, in the interface language

    QString text() const { return steps.join(QLatin1Char('\n')); }
};

// One point of a monthly series: the commission of `key` in `month` (RUB kopecks).
struct MonthlyAmount
{
    QDate month;
    QString key; // a partner id, a tier key or a service category key ("" for rewards and corrections)
    qint64 amountMinor = 0;
};

// The dashboard's figure: the commission of this month against last month (computed periods only).
struct MonthOverMonth
{
    QDate thisMonth;
    QDate lastMonth;
    qint64 thisMinor = 0;
    qint64 lastMinor = 0;
    bool thisComputed = false;
    bool lastComputed = false;
};

// Reads what CommissionService stored: lines, totals, explanations and monthly series for charts. Read
// only; a period that was never computed has no lines (the caller recomputes it first).
class CommissionReports final
{
public:
    explicit CommissionReports(QSqlDatabase db);

    // Lines of a period, optionally of one partner, in a stable order (partner, customer, category, kind).
    Result<QList<StoredLine>> lines(const QDate &month, const QString &partnerId = {}) const;
    // The same, one line at a time, for exports of hundreds of thousands of lines; visit returns false to stop.
    Status forEachLine(const QDate &month, const QString &partnerId,
                       const std::function<bool(const StoredLine &)> &visit) const;
    // Per partner totals of a period (partners with lines only), ordered by partner name.
    Result<QList<PartnerPeriodTotal>> totals(const QDate &month) const;
    Result<std::optional<PartnerPeriodTotal>> total(const QDate &month, const QString &partnerId) const;
    Result<LineExplanation> explain(qint64 lineId) const;

    // Monthly series over [from, to] (first days of months), computed periods only.
    Result<QList<MonthlyAmount>> monthlyByPartner(const QDate &from, const QDate &to,
                                                  const QStringList &partnerIds = {}) const;
    Result<QList<MonthlyAmount>> monthlyByTier(const QDate &from, const QDate &to) const;
    // Stacked by service category, for all partners or one.
    Result<QList<MonthlyAmount>> monthlyByCategory(const QDate &from, const QDate &to,
                                                   const QString &partnerId = {}) const;
    Result<MonthOverMonth> monthOverMonth(const QDate &today) const;

    // The arithmetic of an explanation, one translated sentence per step.
    static QStringList steps(const LineExplanation &explanation);

private:
    Result<QList<PartnerPeriodTotal>> totalsWhere(const QDate &month, const QString &partnerId) const;

    QSqlDatabase m_db;
};

} // namespace pd::storage
