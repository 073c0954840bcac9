#include "CommissionLinesModel.h"

#include "ThemeColor.h"
#include "TierColors.h"

#include <QBrush>
#include <QGuiApplication>
#include <QFont>
#include <QLocale>

namespace pd::items {

using namespace domain;

namespace {

bool rightAligned(int column)
{
    return column == CommissionLinesModel::Basis || column == CommissionLinesModel::Rate
           || column == CommissionLinesModel::Amount;
}

QString categoryText(const QString &key)
{
    if (key.isEmpty())
        return {};
    const auto category = serviceCategoryFromKey(key);
    return category ? displayName(*category) : key;
}

} // namespace

CommissionLinesModel::CommissionLinesModel(QObject *parent) : QAbstractTableModel(parent)
{}

QString CommissionLinesModel::monthText(const QDate &month)
{
    const QLocale locale;
    QString name = locale.standaloneMonthName(month.month(), QLocale::LongFormat);
    if (!name.isEmpty())
        name[0] = name.at(0).toUpper();
    return name + QLatin1Char(' ') + QString::number(month.year());
}

QString CommissionLinesModel::dateText(const QDate &date)
{
    return QLocale().toString(date, QStringLiteral("d MMM yyyy"));
}

bool CommissionLinesModel::isCorrection(LineKind kind)
{
    return kind == LineKind::Clawback || kind == LineKind::TopUp;
}

int CommissionLinesModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_lines.size());
}

int CommissionLinesModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant CommissionLinesModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return {};
    if (role == Qt::TextAlignmentRole && rightAligned(section))
        return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
    if (role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Customer:
        return tr("Customer");
    case Category:
        return tr("Category");
    case Kind:
        return tr("Kind");
    case Rule:
        return tr("Rule from");
    case Tier:
        return tr("Tier");
    case Basis:
        return tr("Basis");
    case Rate:
        return tr("Rate");
    case Amount:
        return tr("Amount");
    default:
        return {};
    }
}

QVariant CommissionLinesModel::displayValue(const storage::StoredLine &l, int column) const
{
    const QLocale locale;
    const CommissionLine &c = l.line;
    switch (column) {
    case Customer:
        if (isCorrection(c.kind))
            return tr("Correction of %1").arg(monthText(c.correctsPeriod));
        return l.customerName;
    case Category:
        return categoryText(l.category);
    case Kind:
        return isCorrection(c.kind) ? QStringLiteral("↺ ") + displayName(c.kind) : displayName(c.kind);
    case Rule:
        return c.ruleEffectiveFrom.isValid() ? dateText(c.ruleEffectiveFrom) : QString();
    case Tier:
        return c.tier == domain::Tier::None ? QStringLiteral("—") : displayName(c.tier);
    case Basis:
        return c.basis.isZero() && c.rateBp == 0 ? QString() : c.basis.toString(locale);
    case Rate:
        return c.rateBp == 0 ? QString() : commission::rateText(c.rateBp, locale);
    case Amount:
        return c.amount.toString(locale);
    default:
        return {};
    }
}

QVariant CommissionLinesModel::rawValue(const storage::StoredLine &l, int column) const
{
    const CommissionLine &c = l.line;
    switch (column) {
    case Customer:
        return isCorrection(c.kind) ? QString() : l.customerName;
    case Category:
        return l.category;
    case Kind:
        return static_cast<int>(c.kind);
    case Rule:
        return c.ruleEffectiveFrom;
    case Tier:
        return static_cast<int>(c.tier);
    case Basis:
        return c.basis.minorUnits();
    case Rate:
        return c.rateBp;
    case Amount:
        return c.amount.minorUnits();
    default:
        return {};
    }
}

QVariant CommissionLinesModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_lines.size() || index.column() >= ColumnCount)
        return {};
    const storage::StoredLine &l = m_lines.at(index.row());
    const bool correction = isCorrection(l.line.kind);
    switch (role) {
    case Qt::DisplayRole:
        return displayValue(l, index.column());
    case Qt::ToolTipRole:
        if (correction)
            return tr("%1 for %2: a change after that period was closed, settled in this one")
                .arg(displayName(l.line.kind), monthText(l.line.correctsPeriod));
        return displayValue(l, index.column());
    case RawValueRole:
        return rawValue(l, index.column());
    case LineIdRole:
        return l.id;
    case CorrectionRole:
        return correction;
    case Qt::TextAlignmentRole:
        return rightAligned(index.column()) ? QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter) : QVariant();
    case Qt::ForegroundRole:
        if (l.line.kind == LineKind::Clawback || (index.column() == Amount && l.line.amount.minorUnits() < 0))
            return QBrush(textOnBase(QColor(0xB9, 0x1C, 0x1C), QGuiApplication::palette()));
        if (l.line.kind == LineKind::TopUp)
            return QBrush(textOnBase(QColor(0x15, 0x80, 0x3D), QGuiApplication::palette()));
        if (index.column() == Tier)
            return QBrush(tierTextColor(l.line.tier, QGuiApplication::palette()));
        return {};
    case Qt::BackgroundRole:
        if (correction)
            return QBrush(
                onBase(l.line.kind == LineKind::Clawback ? QColor(0xFE, 0xF2, 0xF2) : QColor(0xF0, 0xFD, 0xF4),
                       QGuiApplication::palette()));
        return {};
    case Qt::FontRole:
        if (correction) {
            QFont font;
            font.setBold(true);
            return font;
        }
        return {};
    default:
        return {};
    }
}

void CommissionLinesModel::setLines(QList<storage::StoredLine> lines)
{
    beginResetModel();
    m_lines = std::move(lines);
    endResetModel();
}

int CommissionLinesModel::rowOfLine(qint64 lineId) const
{
    for (int row = 0; row < m_lines.size(); ++row) {
        if (m_lines.at(row).id == lineId)
            return row;
    }
    return -1;
}

qint64 CommissionLinesModel::totalMinor() const
{
    qint64 sum = 0;
    for (const storage::StoredLine &l : m_lines)
        sum += l.line.amount.minorUnits();
    return sum;
}

} // namespace pd::items
