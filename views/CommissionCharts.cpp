#include "CommissionCharts.h"

#include "ChartStyle.h"

#include "Commission.h"
#include "CommissionLinesModel.h"
#include "TierColors.h"

#include <QFileDialog>
#include <QFileInfo>
#include <QLabel>
#include <QMenu>
#include <QTabWidget>
#include <QToolTip>
#include <QVBoxLayout>

#include <limits>

#include <qcustomplot.h>

namespace pd::views {

using namespace domain;

namespace {

const QColor kText(0x33, 0x41, 0x55);
const QColor kGrid(0xE2, 0xE8, 0xF0);
const QColor kAccent(0x25, 0x63, 0xEB);
constexpr double kDay = 86400.0;
constexpr double kKopecksPerThousand = 100000.0; // the charts show thousands of rubles

const QList<QColor> &seriesColors()
{
    static const QList<QColor> colors{QColor(0x25, 0x63, 0xEB), QColor(0x0D, 0x94, 0x88), QColor(0xD9, 0x77, 0x06),
                                      QColor(0x7C, 0x3A, 0xED), QColor(0xDB, 0x27, 0x77), QColor(0x65, 0xA3, 0x0D),
                                      QColor(0x0E, 0xA5, 0xE9), QColor(0x94, 0xA3, 0xB8), QColor(0xB9, 0x1C, 0x1C)};
    return colors;
}

QString rubles(qint64 minor)
{
    return Money::rub(minor).toString(QLocale());
}

QString categoryName(const QString &key)
{
    if (key.isEmpty())
        return CommissionCharts::tr("Rewards and corrections");
    const auto category = serviceCategoryFromKey(key);
    return category ? displayName(*category) : key;
}

QLabel *heading(const QString &text, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    label->setProperty("role", QStringLiteral("section"));
    return label;
}

} // namespace

CommissionCharts::CommissionCharts(QWidget *parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("commissionCharts"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(QStringLiteral("commissionChartTabs"));
    m_tabs->setDocumentMode(true);
    layout->addWidget(m_tabs);

    auto page = [this](QLabel **title, const QString &text, QCustomPlot *plot, const QString &tab) {
        auto *w = new QWidget(m_tabs);
        auto *l = new QVBoxLayout(w);
        l->setContentsMargins(12, 8, 12, 8);
        QLabel *label = heading(text, w);
        if (title)
            *title = label;
        l->addWidget(label);
        plot->setParent(w);
        l->addWidget(plot, 1);
        m_tabs->addTab(w, tab);
    };
    m_partner = createPlot("partnerCommissionChart", tr("thousand RUB"));
    m_partner->setAntialiasedElements(QCP::aeAxes | QCP::aeGrid | QCP::aeLegend);
    m_field = new QCPCurve(m_partner->xAxis, m_partner->yAxis);
    m_field->setPen(QPen(QColor(0xB4, 0xC0, 0xD0), 1));
    m_field->setAntialiased(false);
    m_selected = m_partner->addGraph();
    m_selected->setPen(QPen(kAccent, 2.5));
    m_selected->setBrush(QColor(0x25, 0x63, 0xEB, 30));
    m_selected->setScatterStyle(QCPScatterStyle(QCPScatterStyle::ssCircle, kAccent, Qt::white, 6));
    m_selected->setAntialiased(true);
    m_selected->setAntialiasedScatters(true);
    // The highlighted partner is painted over the field of every other partner.
    m_partner->addLayer(QStringLiteral("highlight"), m_partner->layer(QStringLiteral("main")), QCustomPlot::limAbove);
    m_selected->setLayer(QStringLiteral("highlight"));
    page(&m_partnerTitle, tr("Monthly commission per partner"), m_partner, tr("Per partner"));

    m_tier = createPlot("tierCommissionChart", tr("thousand RUB"));
    m_tier->setAntialiasedElements(QCP::aeAll);
    m_tier->legend->setVisible(true);
    m_tier->legend->setBorderPen(Qt::NoPen);
    m_tier->legend->setBrush(QColor(255, 255, 255, 220));
    m_tier->legend->setTextColor(kText);
    m_tier->axisRect()->insetLayout()->setInsetAlignment(0, Qt::AlignTop | Qt::AlignLeft);
    page(nullptr, tr("Monthly commission per tier, all partners"), m_tier, tr("Per tier"));

    m_category = createPlot("categoryCommissionChart", tr("thousand RUB"));
    m_category->legend->setVisible(true);
    m_category->legend->setBorderPen(Qt::NoPen);
    m_category->legend->setBrush(QColor(255, 255, 255, 220));
    m_category->legend->setTextColor(kText);
    m_category->axisRect()->insetLayout()->setInsetAlignment(0, Qt::AlignTop | Qt::AlignLeft);
    page(&m_categoryTitle, tr("Monthly commission by service category"), m_category, tr("By service category"));

    for (QCustomPlot *plot : {m_partner, m_tier, m_category})
        chartStyle::followPalette(plot); // light or dark, as the application's palette
    connect(m_partner, &QCustomPlot::mouseMove, this, &CommissionCharts::showPartnerTip);
    connect(m_tier, &QCustomPlot::mouseMove, this, &CommissionCharts::showTierTip);
    connect(m_category, &QCustomPlot::mouseMove, this, &CommissionCharts::showCategoryTip);
}

QCustomPlot *CommissionCharts::createPlot(const char *objectName, const QString &yLabel)
{
    auto *plot = new QCustomPlot(this);
    plot->setObjectName(QLatin1String(objectName));
    plot->setMinimumHeight(220);
    plot->setBackground(Qt::white);
    for (QCPAxis *axis : {plot->xAxis, plot->yAxis}) {
        axis->setBasePen(QPen(kGrid));
        axis->setTickPen(QPen(kGrid));
        axis->setSubTickPen(Qt::NoPen);
        axis->setTickLabelColor(kText);
        axis->setLabelColor(kText);
        axis->grid()->setPen(QPen(kGrid, 1, Qt::DotLine));
    }
    plot->xAxis->grid()->setVisible(false);
    plot->yAxis->setLabel(yLabel);
    auto ticker = QSharedPointer<QCPAxisTickerDateTime>::create();
    ticker->setDateTimeFormat(QStringLiteral("MMM yy"));
    ticker->setDateTimeSpec(Qt::UTC);
    ticker->setTickCount(8);
    plot->xAxis->setTicker(ticker);
    plot->setLocale(QLocale());
    plot->yAxis->setNumberFormat(QStringLiteral("f"));
    plot->yAxis->setNumberPrecision(0);
    plot->setInteractions(QCP::iRangeDrag | QCP::iRangeZoom);
    plot->axisRect()->setRangeDrag(Qt::Horizontal);
    plot->axisRect()->setRangeZoom(Qt::Horizontal);
    plot->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(plot, &QWidget::customContextMenuRequested, this,
            [this, plot](const QPoint &pos) { showContextMenu(plot, pos); });
    return plot;
}

QCustomPlot *CommissionCharts::plot(Chart chart) const
{
    switch (chart) {
    case Chart::Partner:
        return m_partner;
    case Chart::Tier:
        return m_tier;
    case Chart::Category:
        return m_category;
    }
    return m_partner;
}

CommissionCharts::Chart CommissionCharts::currentChart() const
{
    return static_cast<Chart>(m_tabs->currentIndex());
}

void CommissionCharts::showChart(Chart chart)
{
    m_tabs->setCurrentIndex(static_cast<int>(chart));
}

double CommissionCharts::keyOf(int month) const
{
    return QCPAxisTickerDateTime::dateTimeToKey(m_months.at(month).startOfDay(Qt::UTC));
}

void CommissionCharts::setMonths(const QList<QDate> &months)
{
    m_months = months;
}

void CommissionCharts::setPartners(const QList<storage::MonthlyAmount> &amounts, const QHash<QString, QString> &names)
{
    m_partnerNames = names;
    m_partnerValues.clear();
    QHash<QDate, int> index;
    for (int i = 0; i < m_months.size(); ++i)
        index.insert(m_months.at(i), i);
    for (const storage::MonthlyAmount &a : amounts) {
        const int i = index.value(a.month, -1);
        if (i < 0)
            continue;
        QList<qint64> &values = m_partnerValues[a.key];
        if (values.isEmpty())
            values = QList<qint64>(m_months.size(), 0);
        values[i] += a.amountMinor;
    }
    // The field: every partner's line in one curve, partners separated by a NaN point (a gap), so that
    // 2 000 partners are one plottable to draw rather than 2 000.
    QVector<double> t;
    QVector<double> keys;
    QVector<double> values;
    const qsizetype points = m_partnerValues.size() * (m_months.size() + 1);
    t.reserve(points);
    keys.reserve(points);
    values.reserve(points);
    for (auto it = m_partnerValues.cbegin(); it != m_partnerValues.cend(); ++it) {
        for (int i = 0; i < m_months.size(); ++i) {
            t.append(double(t.size()));
            keys.append(keyOf(i));
            values.append(double(it.value().at(i)) / kKopecksPerThousand);
        }
        t.append(double(t.size()));
        keys.append(std::numeric_limits<double>::quiet_NaN());
        values.append(std::numeric_limits<double>::quiet_NaN());
    }
    m_field->setData(t, keys, values, true);
    selectPartner(m_selectedId);
}

void CommissionCharts::selectPartner(const QString &partnerId)
{
    m_selectedId = partnerId;
    const QList<qint64> values = m_partnerValues.value(partnerId);
    QVector<double> keys;
    QVector<double> y;
    for (int i = 0; i < values.size(); ++i) {
        keys.append(keyOf(i));
        y.append(double(values.at(i)) / kKopecksPerThousand);
    }
    m_selected->setData(keys, y, true);
    m_selected->setVisible(!partnerId.isEmpty());
    const QString name = m_partnerNames.value(partnerId);
    m_partnerTitle->setText(name.isEmpty()
                                ? tr("Monthly commission per partner (%1 partners)").arg(m_partnerValues.size())
                                : tr("Monthly commission of %1 against every partner").arg(name));
    resetZoom();
}

void CommissionCharts::setTiers(const QList<storage::MonthlyAmount> &amounts)
{
    m_tier->clearGraphs();
    m_tierValues.clear();
    QHash<QDate, int> index;
    for (int i = 0; i < m_months.size(); ++i)
        index.insert(m_months.at(i), i);
    for (Tier tier : {Tier::None, Tier::Silver, Tier::Gold, Tier::Platinum}) {
        QList<qint64> values(m_months.size(), 0);
        bool any = false;
        for (const storage::MonthlyAmount &a : amounts) {
            const int i = index.value(a.month, -1);
            if (i >= 0 && tierFromKey(a.key).value_or(Tier::None) == tier) {
                values[i] += a.amountMinor;
                any = true;
            }
        }
        if (!any)
            continue;
        const QString name = tier == Tier::None ? tr("No tier (Agents)") : displayName(tier);
        QCPGraph *graph = m_tier->addGraph();
        graph->setName(name);
        const QColor color = tier == Tier::None ? QColor(0x0D, 0x94, 0x88) : items::tierTextColor(tier, palette());
        graph->setPen(QPen(color, 2.2, tier == Tier::None ? Qt::DashLine : Qt::SolidLine));
        graph->setScatterStyle(QCPScatterStyle(QCPScatterStyle::ssCircle, color, Qt::white, 5));
        QVector<double> keys;
        QVector<double> y;
        for (int i = 0; i < m_months.size(); ++i) {
            keys.append(keyOf(i));
            y.append(double(values.at(i)) / kKopecksPerThousand);
        }
        graph->setData(keys, y, true);
        m_tierValues.append({name, values});
    }
    resetZoom();
}

void CommissionCharts::setCategories(const QList<storage::MonthlyAmount> &amounts, const QString &whose)
{
    m_category->clearPlottables();
    m_categoryValues.clear();
    m_categoryTitle->setText(whose.isEmpty() ? tr("Monthly commission by service category, all partners")
                                             : tr("Monthly commission of %1 by service category").arg(whose));
    QHash<QDate, int> index;
    for (int i = 0; i < m_months.size(); ++i)
        index.insert(m_months.at(i), i);
    QStringList keys;
    for (const storage::MonthlyAmount &a : amounts) {
        if (!keys.contains(a.key))
            keys.append(a.key);
    }
    std::sort(keys.begin(), keys.end(), [](const QString &a, const QString &b) {
        const int x = a.isEmpty() ? 99 : static_cast<int>(serviceCategoryFromKey(a).value_or(ServiceCategory::Other));
        const int y = b.isEmpty() ? 99 : static_cast<int>(serviceCategoryFromKey(b).value_or(ServiceCategory::Other));
        return x < y;
    });
    QCPBars *below = nullptr;
    for (int k = 0; k < keys.size(); ++k) {
        QList<qint64> values(m_months.size(), 0);
        for (const storage::MonthlyAmount &a : amounts) {
            const int i = index.value(a.month, -1);
            if (i >= 0 && a.key == keys.at(k))
                values[i] += a.amountMinor;
        }
        auto *bars = new QCPBars(m_category->xAxis, m_category->yAxis);
        bars->setName(categoryName(keys.at(k)));
        const QColor color = seriesColors().at(k % seriesColors().size());
        bars->setPen(QPen(color.darker(115), 0.8));
        bars->setBrush(color);
        bars->setWidth(20 * kDay);
        bars->setStackingGap(0);
        if (below)
            bars->moveAbove(below);
        below = bars;
        QVector<double> x;
        QVector<double> y;
        for (int i = 0; i < m_months.size(); ++i) {
            x.append(keyOf(i));
            y.append(double(values.at(i)) / kKopecksPerThousand);
        }
        bars->setData(x, y, true);
        m_categoryValues.append({bars->name(), values});
    }
    resetZoom();
}

void CommissionCharts::clear()
{
    m_months.clear();
    setPartners({}, {});
    setTiers({});
    setCategories({}, {});
}

void CommissionCharts::resetZoom()
{
    for (QCustomPlot *p : {m_partner, m_tier, m_category}) {
        if (!m_months.isEmpty())
            p->xAxis->setRange(keyOf(0) - 16 * kDay, keyOf(int(m_months.size()) - 1) + 16 * kDay);
        p->yAxis->rescale(true);
        QCPRange y = p->yAxis->range();
        y.lower = std::min(0.0, y.lower * 1.1);
        y.upper = std::max(1.0, y.upper * 1.1);
        p->yAxis->setRange(y);
        p->replot();
    }
}

qint64 CommissionCharts::partnerAmount(const QDate &month) const
{
    const int i = int(m_months.indexOf(month));
    const QList<qint64> values = m_partnerValues.value(m_selectedId);
    return i >= 0 && i < values.size() ? values.at(i) : 0;
}

bool CommissionCharts::saveChart(const QString &path) const
{
    QCustomPlot *p = plot(currentChart());
    if (QFileInfo(path).suffix().compare(QLatin1String("pdf"), Qt::CaseInsensitive) == 0)
        return p->savePdf(path);
    return p->savePng(path, 0, 0, 2.0);
}

void CommissionCharts::saveDialog(QCustomPlot *p)
{
    m_tabs->setCurrentIndex(p == m_partner ? 0 : p == m_tier ? 1 : 2);
    QString selected;
    const QString path = QFileDialog::getSaveFileName(this, tr("Save Chart"), tr("commission-chart.png"),
                                                      tr("PNG image (*.png);;PDF document (*.pdf)"), &selected);
    if (path.isEmpty())
        return;
    if (!saveChart(path))
        QToolTip::showText(QCursor::pos(), tr("The chart could not be written to %1.").arg(path), this);
}

void CommissionCharts::showContextMenu(QCustomPlot *p, const QPoint &pos)
{
    QMenu menu(this);
    menu.addAction(tr("Save as PNG or PDF…"), this, [this, p] { saveDialog(p); });
    menu.addAction(tr("Reset zoom"), this, &CommissionCharts::resetZoom);
    menu.exec(p->mapToGlobal(pos));
}

int CommissionCharts::monthAt(QCustomPlot *p, double x) const
{
    if (m_months.isEmpty())
        return -1;
    const double key = p->xAxis->pixelToCoord(x);
    int best = 0;
    for (int i = 1; i < m_months.size(); ++i) {
        if (std::abs(keyOf(i) - key) < std::abs(keyOf(best) - key))
            best = i;
    }
    return std::abs(keyOf(best) - key) <= 20 * kDay ? best : -1;
}

void CommissionCharts::showPartnerTip(QMouseEvent *event)
{
    const int i = monthAt(m_partner, event->position().x());
    if (i < 0 || m_selectedId.isEmpty()) {
        QToolTip::hideText();
        return;
    }
    const QList<qint64> values = m_partnerValues.value(m_selectedId);
    QToolTip::showText(event->globalPosition().toPoint(),
                       tr("%1\n%2: %3")
                           .arg(items::CommissionLinesModel::monthText(m_months.at(i)),
                                m_partnerNames.value(m_selectedId), rubles(values.value(i))),
                       m_partner);
}

void CommissionCharts::showTierTip(QMouseEvent *event)
{
    const int i = monthAt(m_tier, event->position().x());
    if (i < 0 || m_tierValues.isEmpty()) {
        QToolTip::hideText();
        return;
    }
    QStringList lines{items::CommissionLinesModel::monthText(m_months.at(i))};
    for (const auto &[name, values] : std::as_const(m_tierValues))
        lines.append(tr("%1: %2").arg(name, rubles(values.value(i))));
    QToolTip::showText(event->globalPosition().toPoint(), lines.join(QLatin1Char('\n')), m_tier);
}

void CommissionCharts::showCategoryTip(QMouseEvent *event)
{
    const int i = monthAt(m_category, event->position().x());
    if (i < 0 || m_categoryValues.isEmpty()) {
        QToolTip::hideText();
        return;
    }
    QStringList lines{items::CommissionLinesModel::monthText(m_months.at(i))};
    qint64 total = 0;
    for (const auto &[name, values] : std::as_const(m_categoryValues)) {
        if (values.value(i) != 0)
            lines.append(tr("%1: %2").arg(name, rubles(values.value(i))));
        total += values.value(i);
    }
    lines.append(tr("Total: %1").arg(rubles(total)));
    QToolTip::showText(event->globalPosition().toPoint(), lines.join(QLatin1Char('\n')), m_category);
}

} // namespace pd::views
