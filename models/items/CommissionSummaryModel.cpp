#include "CommissionSummaryModel.h"

#include "Money.h"
#include "ThemeColor.h"
#include "TierColors.h"

#include <QBrush>
#include <QGuiApplication>
#include <QLocale>

namespace pd::items {

using namespace domain;

CommissionSummaryModel::CommissionSummaryModel(QObject *parent) : QAbstractTableModel(parent)
{}

int CommissionSummaryModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_totals.size());
}

int CommissionSummaryModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant CommissionSummaryModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return {};
    if (role == Qt::TextAlignmentRole && (section == Lines || section == Corrections || section == Total))
        return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
    if (role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Partner:
        return tr("Partner");
    case Inn:
        return tr("INN");
    case Role:
        return tr("Role");
    case Tier:
        return tr("Tier");
    case Lines:
        return tr("Lines");
    case Corrections:
        return tr("Corrections");
    case Total:
        return tr("Commission");
    default:
        return {};
    }
}

QVariant CommissionSummaryModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_totals.size() || index.column() >= ColumnCount)
        return {};
    const storage::PartnerPeriodTotal &t = m_totals.at(index.row());
    const QLocale locale;
    switch (role) {
    case PartnerIdRole:
        return t.partnerId;
    case TierRole:
        return static_cast<int>(t.tier);
    case Qt::TextAlignmentRole:
        if (index.column() == Lines || index.column() == Corrections || index.column() == Total)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case Qt::ForegroundRole:
        if (index.column() == Corrections && t.correctionsMinor != 0)
            return QBrush(textOnBase(t.correctionsMinor < 0 ? QColor(0xB9, 0x1C, 0x1C) : QColor(0x15, 0x80, 0x3D),
                                     QGuiApplication::palette()));
        if (index.column() == Tier)
            return QBrush(tierTextColor(t.tier, QGuiApplication::palette()));
        return {};
    case RawValueRole:
        switch (index.column()) {
        case Partner:
            return t.partnerName;
        case Inn:
            return t.partnerInn;
        case Role:
            return static_cast<int>(t.role);
        case Tier:
            return static_cast<int>(t.tier);
        case Lines:
            return t.lines;
        case Corrections:
            return t.correctionsMinor;
        case Total:
            return t.totalMinor;
        default:
            return {};
        }
    case Qt::DisplayRole:
    case Qt::ToolTipRole:
        switch (index.column()) {
        case Partner:
            return t.partnerName;
        case Inn:
            return t.partnerInn;
        case Role:
            return displayName(t.role);
        case Tier:
            return t.tier == domain::Tier::None ? QStringLiteral("—") : displayName(t.tier);
        case Lines:
            return locale.toString(t.lines);
        case Corrections:
            return t.correctionsMinor == 0 ? QString() : Money::rub(t.correctionsMinor).toString(locale);
        case Total:
            return Money::rub(t.totalMinor).toString(locale);
        default:
            return {};
        }
    default:
        return {};
    }
}

void CommissionSummaryModel::setTotals(QList<storage::PartnerPeriodTotal> totals)
{
    beginResetModel();
    m_totals = std::move(totals);
    endResetModel();
}

int CommissionSummaryModel::rowOfPartner(const QString &partnerId) const
{
    for (int row = 0; row < m_totals.size(); ++row) {
        if (m_totals.at(row).partnerId == partnerId)
            return row;
    }
    return -1;
}

qint64 CommissionSummaryModel::totalMinor() const
{
    qint64 sum = 0;
    for (const storage::PartnerPeriodTotal &t : m_totals)
        sum += t.totalMinor;
    return sum;
}

qint64 CommissionSummaryModel::correctionsMinor() const
{
    qint64 sum = 0;
    for (const storage::PartnerPeriodTotal &t : m_totals)
        sum += t.correctionsMinor;
    return sum;
}

int CommissionSummaryModel::lineCount() const
{
    int sum = 0;
    for (const storage::PartnerPeriodTotal &t : m_totals)
        sum += t.lines;
    return sum;
}

} // namespace pd::items
