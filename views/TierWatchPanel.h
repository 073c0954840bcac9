#pragma once

#include "TierService.h"
#include "TrainingRepository.h"

#include <QWidget>

class QLabel;
class QTableWidget;

namespace pd::views {

// Across every partner on one date: certificates expiring within 90 days with the tier they put at
// risk, and the partners due for an upgrade or a downgrade. Double-clicking a row opens that partner.
class TierWatchPanel final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TierWatchPanel)

public:
    explicit TierWatchPanel(QWidget *parent = nullptr);

    static constexpr int kExpiryDays = 90;

    void setData(const QList<storage::CertificateRow> &expiring, const QList<storage::PartnerTier> &tiers,
                 const QDate &asOf);
    void clear();

    void saveLayout() const;
    void restoreLayout();

signals:
    void partnerActivated(const QString &partnerId);

private:
    QTableWidget *table(const char *name, const QStringList &headers);

    QLabel *m_expiringTitle = nullptr;
    QLabel *m_upgradeTitle = nullptr;
    QLabel *m_downgradeTitle = nullptr;
    QTableWidget *m_expiring = nullptr;
    QTableWidget *m_upgrades = nullptr;
    QTableWidget *m_downgrades = nullptr;
};

} // namespace pd::views
