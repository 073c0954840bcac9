#pragma once

#include "Partner.h"

#include <QCollator>
#include <QSortFilterProxyModel>

#include <optional>

namespace pd::items {

// Sorts the partners table on raw values and filters it by text and by role, tier and stage.
class PartnersFilterProxy final : public QSortFilterProxyModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PartnersFilterProxy)

public:
    explicit PartnersFilterProxy(QObject *parent = nullptr);

    // Substring of the name, INN, manager or region, without regard to case or «ё»/«е»; words must all match.
    void setTextFilter(const QString &text);
    void setRoleFilter(std::optional<domain::Role> role);
    void setTierFilter(std::optional<domain::Tier> tier);
    void setStageFilter(std::optional<domain::OnboardingStage> stage);
    void clearFilters();

    const QString &textFilter() const { return m_text; }
    bool hasFilters() const;

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;
    bool lessThan(const QModelIndex &left, const QModelIndex &right) const override;

private:
    QString m_text;
    QStringList m_words;
    std::optional<domain::Role> m_role;
    std::optional<domain::Tier> m_tier;
    std::optional<domain::OnboardingStage> m_stage;
    QCollator m_collator; // names compare as people read them: case aside, numbers by value
};

} // namespace pd::items
