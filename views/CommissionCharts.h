#pragma once

#include "CommissionReports.h"

#include <QHash>
#include <QWidget>

class QCustomPlot;
class QCPCurve;
class QCPGraph;
class QLabel;
class QMouseEvent;
class QTabWidget;

namespace pd::views {

// The Commissions page's QCustomPlot charts over the months shown: every partner's monthly commission
// with the selected one drawn over the field, commission per tier, and commission stacked by service
// category. Hover shows the values; drag pans and the wheel zooms the months; the context menu (or
// saveChart) saves the chart shown as PNG or PDF.
class CommissionCharts final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CommissionCharts)

public:
    enum class Chart
    {
        Partner,
        Tier,
        Category
    };

    explicit CommissionCharts(QWidget *parent = nullptr);

    // months: first days, oldest first. Amounts in RUB kopecks.
    void setMonths(const QList<QDate> &months);
    void setPartners(const QList<storage::MonthlyAmount> &amounts, const QHash<QString, QString> &names);
    void selectPartner(const QString &partnerId);
    void setTiers(const QList<storage::MonthlyAmount> &amounts);
    void setCategories(const QList<storage::MonthlyAmount> &amounts, const QString &whose);
    void clear();

    QCustomPlot *plot(Chart chart) const;
    Chart currentChart() const;
    void showChart(Chart chart);
    // Writes the chart shown; the format follows the suffix (.png or .pdf). Returns false on failure.
    bool saveChart(const QString &path) const;
    void resetZoom();
    // The selected partner's amount in a month (kopecks), as drawn.
    qint64 partnerAmount(const QDate &month) const;
    // How many partners the per-partner chart draws.
    int partnerCount() const { return int(m_partnerValues.size()); }

private:
    QCustomPlot *createPlot(const char *objectName, const QString &yLabel);
    void showContextMenu(QCustomPlot *plot, const QPoint &pos);
    void saveDialog(QCustomPlot *plot);
    int monthAt(QCustomPlot *plot, double x) const;
    void showPartnerTip(QMouseEvent *event);
    void showTierTip(QMouseEvent *event);
    void showCategoryTip(QMouseEvent *event);
    double keyOf(int month) const;

    QTabWidget *m_tabs = nullptr;
    QCustomPlot *m_partner = nullptr;
    QCustomPlot *m_tier = nullptr;
    QCustomPlot *m_category = nullptr;
    QLabel *m_partnerTitle = nullptr;
    QLabel *m_categoryTitle = nullptr;
    QList<QDate> m_months;
    QCPCurve *m_field = nullptr;
    QHash<QString, QString> m_partnerNames;
    QCPGraph *m_selected = nullptr;
    QString m_selectedId;
    QHash<QString, QList<qint64>> m_partnerValues;
    QList<std::pair<QString, QList<qint64>>> m_tierValues;     // display name, per month
    QList<std::pair<QString, QList<qint64>>> m_categoryValues; // display name, per month
};

} // namespace pd::views
