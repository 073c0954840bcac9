#include "PartnersModel.h"

#include "TierColors.h"

#include <QIcon>
#include <QLocale>
#include <QPainter>
#include <QPixmap>

namespace pd::items {
namespace {

QIcon tierDot(domain::Tier tier)
{
    static QHash<int, QIcon> cache;
    const int key = static_cast<int>(tier);
    if (auto it = cache.constFind(key); it != cache.constEnd())
        return *it;
    QIcon icon;
    if (tier != domain::Tier::None) {
        for (int size : {12, 24}) {
            QPixmap pm(size, size);
            pm.fill(Qt::transparent);
            QPainter p(&pm);
            p.setRenderHint(QPainter::Antialiasing);
            const TierColors c = tierColors(tier);
            p.setPen(QPen(c.foreground, size / 12.0));
            p.setBrush(c.border);
            const qreal m = size / 6.0;
            p.drawEllipse(QRectF(m, m, size - 2 * m, size - 2 * m));
            p.end();
            icon.addPixmap(pm);
        }
    }
    cache.insert(key, icon);
    return icon;
}

} // namespace

PartnersModel::PartnersModel(QObject *parent) : QAbstractTableModel(parent)
{}

int PartnersModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_partners.size());
}

int PartnersModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant PartnersModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const storage::PartnerSummary &p = m_partners.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return displayValue(p, index.column());
    case Qt::ToolTipRole:
        if (index.column() == Name)
            return p.name;
        if (index.column() == Tier && p.role == domain::Role::Agent)
            return tr("Agents have no status");
        return {};
    case Qt::DecorationRole:
        if (index.column() == Tier)
            return tierDot(p.tier);
        return {};
    case Qt::TextAlignmentRole:
        if (index.column() == People)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        if (index.column() == RegisteredOn || index.column() == UpdatedAt || index.column() == Inn)
            return QVariant::fromValue(Qt::AlignLeft | Qt::AlignVCenter);
        return {};
    case RawValueRole:
        return rawValue(p, index.column());
    case IdRole:
        return p.id;
    case TierRole:
        return static_cast<int>(p.tier);
    case RoleRole:
        return static_cast<int>(p.role);
    case StageRole:
        return static_cast<int>(p.stage);
    default:
        return {};
    }
}

QVariant PartnersModel::displayValue(const storage::PartnerSummary &p, int column) const
{
    const QLocale locale;
    switch (column) {
    case Name:
        return p.name;
    case Inn:
        return p.inn;
    case Role:
        return domain::displayName(p.role);
    case Tier:
        if (p.role == domain::Role::Agent || p.tier == domain::Tier::None)
            return QStringLiteral("—");
        return domain::displayName(p.tier);
    case Stage:
        return domain::displayName(p.stage);
    case Manager:
        return p.manager;
    case Region:
        return p.region;
    case RegisteredOn:
        return p.registeredOn.isValid() ? locale.toString(p.registeredOn, QLocale::ShortFormat) : QString();
    case People:
        return p.peopleCount;
    case UpdatedAt:
        return p.updatedAt.isValid() ? locale.toString(p.updatedAt.toLocalTime(), QLocale::ShortFormat) : QString();
    default:
        return {};
    }
}

QVariant PartnersModel::rawValue(const storage::PartnerSummary &p, int column) const
{
    switch (column) {
    case Name:
        return p.name;
    case Inn:
        return p.inn;
    case Role:
        return static_cast<int>(p.role);
    case Tier:
        return p.role == domain::Role::Agent ? -1 : static_cast<int>(p.tier);
    case Stage:
        return static_cast<int>(p.stage);
    case Manager:
        return p.manager;
    case Region:
        return p.region;
    case RegisteredOn:
        return p.registeredOn;
    case People:
        return p.peopleCount;
    case UpdatedAt:
        return p.updatedAt;
    default:
        return {};
    }
}

QVariant PartnersModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || section < 0 || section >= ColumnCount)
        return QAbstractTableModel::headerData(section, orientation, role);
    if (role == Qt::TextAlignmentRole)
        return QVariant::fromValue((section == People ? Qt::AlignRight : Qt::AlignLeft) | Qt::AlignVCenter);
    if (role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Name:
        return tr("Name");
    case Inn:
        return tr("INN");
    case Role:
        return tr("Role");
    case Tier:
        return tr("Status");
    case Stage:
        return tr("Onboarding");
    case Manager:
        return tr("Manager");
    case Region:
        return tr("Region");
    case RegisteredOn:
        return tr("Registered");
    case People:
        return tr("Contacts");
    case UpdatedAt:
        return tr("Updated");
    default:
        return {};
    }
}

void PartnersModel::setPartners(QList<storage::PartnerSummary> partners)
{
    beginResetModel();
    m_partners = std::move(partners);
    rebuildIndex();
    endResetModel();
}

void PartnersModel::upsert(const storage::PartnerSummary &summary)
{
    const int row = rowOfId(summary.id);
    if (row >= 0) {
        m_partners[row] = summary;
        emit dataChanged(index(row, 0), index(row, ColumnCount - 1));
        return;
    }
    const int newRow = static_cast<int>(m_partners.size());
    beginInsertRows({}, newRow, newRow);
    m_partners.append(summary);
    m_rowById.insert(summary.id, newRow);
    endInsertRows();
}

bool PartnersModel::removeById(const QString &id)
{
    const int row = rowOfId(id);
    if (row < 0)
        return false;
    beginRemoveRows({}, row, row);
    m_partners.removeAt(row);
    rebuildIndex();
    endRemoveRows();
    return true;
}

int PartnersModel::rowOfId(const QString &id) const
{
    return m_rowById.value(id, -1);
}

void PartnersModel::rebuildIndex()
{
    m_rowById.clear();
    m_rowById.reserve(m_partners.size());
    for (int i = 0; i < m_partners.size(); ++i)
        m_rowById.insert(m_partners.at(i).id, i);
}

} // namespace pd::items
