#pragma once

#include "TierService.h"

#include <QWidget>

class QCustomPlot;
class QLabel;
class QMouseEvent;

namespace pd::views {

// The Training page's charts: a partner's certified (and Pre-Sale) specialists at each month end over
// the last 24 months, and how many partners each tier is recommended for. Hovering shows the values.
class TrainingCharts final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TrainingCharts)

public:
    explicit TrainingCharts(QWidget *parent = nullptr);

    static constexpr int kMonths = 24;

    void setCertificates(const QString &partnerName, const QList<domain::Certificate> &certificates, const QDate &asOf);
    void setDistribution(const QList<storage::PartnerTier> &tiers);
    void clear();
    QCustomPlot *certifiedPlot() const { return m_certified; }
    QCustomPlot *distributionPlot() const { return m_distribution; }
    // Per month end (oldest first): people with a valid certificate, and with a valid Pre-Sale one.
    static QList<std::pair<int, int>> specialistsByMonth(const QList<domain::Certificate> &certificates,
                                                         const QDate &asOf, int months);

private:
    void showCertifiedTip(QMouseEvent *event);
    void showDistributionTip(QMouseEvent *event);

    QCustomPlot *m_certified = nullptr;
    QCustomPlot *m_distribution = nullptr;
    QLabel *m_certifiedTitle = nullptr;
    QList<QDate> m_monthEnds;
    QList<int> m_tierCounts;
};

} // namespace pd::views
