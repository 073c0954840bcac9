#include "PartnersFilterProxy.h"

#include "PartnersModel.h"
#include "SearchText.h"

#include <QCollator>
#include <QDate>
#include <QDateTime>

namespace pd::items {

PartnersFilterProxy::PartnersFilterProxy(QObject *parent) : QSortFilterProxyModel(parent)
{
    setSortRole(PartnersModel::RawValueRole);
    setDynamicSortFilter(true);
    m_collator.setCaseSensitivity(Qt::CaseInsensitive);
    m_collator.setNumericMode(true);
}

void PartnersFilterProxy::setTextFilter(const QString &text)
{
    const QString trimmed = text.simplified();
    if (trimmed == m_text)
        return;
    m_text = trimmed;
    // Words compared as searchtext folds them: case and «ё»/«е» do not matter.
    const QString folded = domain::searchtext::fold(trimmed);
    m_words = folded.isEmpty() ? QStringList() : folded.split(QLatin1Char(' '), Qt::SkipEmptyParts);
    invalidateFilter();
}

void PartnersFilterProxy::setRoleFilter(std::optional<domain::Role> role)
{
    if (role == m_role)
        return;
    m_role = role;
    invalidateFilter();
}

void PartnersFilterProxy::setTierFilter(std::optional<domain::Tier> tier)
{
    if (tier == m_tier)
        return;
    m_tier = tier;
    invalidateFilter();
}

void PartnersFilterProxy::setStageFilter(std::optional<domain::OnboardingStage> stage)
{
    if (stage == m_stage)
        return;
    m_stage = stage;
    invalidateFilter();
}

void PartnersFilterProxy::clearFilters()
{
    m_text.clear();
    m_words.clear();
    m_role.reset();
    m_tier.reset();
    m_stage.reset();
    invalidateFilter();
}

bool PartnersFilterProxy::hasFilters() const
{
    return !m_words.isEmpty() || m_role || m_tier || m_stage;
}

bool PartnersFilterProxy::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    const QAbstractItemModel *model = sourceModel();
    const QModelIndex first = model->index(sourceRow, 0, sourceParent);
    if (m_role && first.data(PartnersModel::RoleRole).toInt() != static_cast<int>(*m_role))
        return false;
    if (m_tier) {
        // An Agent has no status: it matches only the "No status" filter.
        const bool agent = first.data(PartnersModel::RoleRole).toInt() == static_cast<int>(domain::Role::Agent);
        const int tier = agent ? static_cast<int>(domain::Tier::None) : first.data(PartnersModel::TierRole).toInt();
        if (tier != static_cast<int>(*m_tier))
            return false;
    }
    if (m_stage && first.data(PartnersModel::StageRole).toInt() != static_cast<int>(*m_stage))
        return false;
    if (m_words.isEmpty())
        return true;

    static constexpr int kSearched[] = {PartnersModel::Name, PartnersModel::Inn, PartnersModel::Manager,
                                        PartnersModel::Region};
    QString haystack;
    for (int column : kSearched) {
        haystack += model->index(sourceRow, column, sourceParent).data(PartnersModel::RawValueRole).toString();
        haystack += QLatin1Char('\n');
    }
    haystack = domain::searchtext::fold(haystack);
    for (const QString &word : m_words) {
        if (!haystack.contains(word))
            return false;
    }
    return true;
}

bool PartnersFilterProxy::lessThan(const QModelIndex &left, const QModelIndex &right) const
{
    const QVariant l = left.data(PartnersModel::RawValueRole);
    const QVariant r = right.data(PartnersModel::RawValueRole);
    if (l.typeId() == QMetaType::QString && r.typeId() == QMetaType::QString) {
        const int cmp = m_collator.compare(l.toString(), r.toString());
        if (cmp != 0)
            return cmp < 0;
    } else {
        const QPartialOrdering order = QVariant::compare(l, r);
        if (order == QPartialOrdering::Less)
            return true;
        if (order == QPartialOrdering::Greater)
            return false;
        // Invalid dates (unknown) sort first, consistently.
        if (!l.isValid() || !r.isValid() || l.isNull() != r.isNull())
            return l.isNull() && !r.isNull();
    }
    // Stable tie-break by name so equal keys keep a predictable order.
    const QAbstractItemModel *m = sourceModel();
    return m->index(left.row(), PartnersModel::Name)
               .data()
               .toString()
               .compare(m->index(right.row(), PartnersModel::Name).data().toString(), Qt::CaseInsensitive)
           < 0;
}

} // namespace pd::items
