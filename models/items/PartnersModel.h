#pragma once

#include "PartnerRepository.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QList>

namespace pd::items {

// The partners table: one row per PartnerSummary. It presents what it is given and does no I/O.
// DisplayRole is text for a person (dates in the locale's format); RawValueRole is the value a proxy
// sorts and filters on (QDate, the enum as int, the INN as text).
class PartnersModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PartnersModel)

public:
    enum Column
    {
        Name,
        Inn,
        Role,
        Tier,
        Stage,
        Manager,
        Region,
        RegisteredOn,
        People,
        UpdatedAt,
        ColumnCount
    };
    Q_ENUM(Column)

    enum ItemRole
    {
        RawValueRole = Qt::UserRole + 1, // the value behind the text: sorting and filtering use it
        IdRole,                          // the partner's id, in every column
        TierRole,                        // the partner's tier as int, in every column (badges)
        RoleRole,                        // the partner's role as int, in every column
        StageRole,                       // the partner's onboarding stage as int, in every column
    };

    explicit PartnersModel(QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    void setPartners(QList<storage::PartnerSummary> partners);
    // Replaces the row with the same id, or appends a new one.
    void upsert(const storage::PartnerSummary &summary);
    // Returns whether a row was removed.
    bool removeById(const QString &id);
    // -1 when no row has this id.
    int rowOfId(const QString &id) const;
    const storage::PartnerSummary &summaryAt(int row) const { return m_partners.at(row); }

private:
    QVariant displayValue(const storage::PartnerSummary &p, int column) const;
    QVariant rawValue(const storage::PartnerSummary &p, int column) const;
    void rebuildIndex();

    QList<storage::PartnerSummary> m_partners;
    QHash<QString, int> m_rowById;
};

} // namespace pd::items
