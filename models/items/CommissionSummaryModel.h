#pragma once

#include "CommissionReports.h"

#include <QAbstractTableModel>
#include <QList>

namespace pd::items {

// The Commissions page's per-partner table for one settlement period: one row per PartnerPeriodTotal.
// DisplayRole is text for a person (money in the locale's format); RawValueRole is the value a proxy
// sorts on (kopecks as qint64, tier and role as int). It presents what it is given and does no I/O.
class CommissionSummaryModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CommissionSummaryModel)

public:
    enum Column
    {
        Partner,
        Inn,
        Role,
        Tier,
        Lines,
        Corrections,
        Total,
        ColumnCount
    };
    Q_ENUM(Column)

    enum ItemRole
    {
        RawValueRole = Qt::UserRole + 1, // the value behind the text: sorting uses it
        PartnerIdRole,                   // the partner's id, in every column
        TierRole,                        // the tier the period was priced at, as int, in every column
    };

    explicit CommissionSummaryModel(QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    void setTotals(QList<storage::PartnerPeriodTotal> totals);
    const storage::PartnerPeriodTotal &totalAt(int row) const { return m_totals.at(row); }
    int rowOfPartner(const QString &partnerId) const;
    // Sums over every row (RUB kopecks, line count).
    qint64 totalMinor() const;
    qint64 correctionsMinor() const;
    int lineCount() const;

private:
    QList<storage::PartnerPeriodTotal> m_totals;
};

} // namespace pd::items
