#include "TrainingCharts.h"

#include "ChartStyle.h"

#include "TierColors.h"

#include <QLabel>
#include <QSet>
#include <QToolTip>
#include <QVBoxLayout>

#include <qcustomplot.h>

namespace pd::views {

using namespace domain;

namespace {

const QColor kText(0x33, 0x41, 0x55);
const QColor kGrid(0xE2, 0xE8, 0xF0);

void styleAxes(QCustomPlot *plot)
{
    plot->setBackground(Qt::white);
    plot->setAntialiasedElements(QCP::aeAll);
    for (QCPAxis *axis : {plot->xAxis, plot->yAxis}) {
        axis->setBasePen(QPen(kGrid));
        axis->setTickPen(QPen(kGrid));
        axis->setSubTickPen(Qt::NoPen);
        axis->setTickLabelColor(kText);
        axis->setLabelColor(kText);
        axis->grid()->setPen(QPen(kGrid, 1, Qt::DotLine));
    }
    plot->xAxis->grid()->setVisible(false);
    plot->axisRect()->setupFullAxesBox(false);
    plot->xAxis2->setVisible(false);
    plot->yAxis2->setVisible(false);
}

QLabel *heading(const QString &text, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    label->setProperty("role", QStringLiteral("section"));
    return label;
}

} // namespace

TrainingCharts::TrainingCharts(QWidget *parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("trainingCharts"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(16, 12, 16, 12);
    layout->setSpacing(6);
    m_certifiedTitle = heading(tr("Certified specialists, last 24 months"), this);
    layout->addWidget(m_certifiedTitle);
    m_certified = new QCustomPlot(this);
    m_certified->setObjectName(QStringLiteral("certifiedChart"));
    m_certified->setMinimumHeight(200);
    styleAxes(m_certified);
    auto ticker = QSharedPointer<QCPAxisTickerDateTime>::create();
    ticker->setDateTimeFormat(QStringLiteral("MMM yy"));
    ticker->setTickCount(8);
    m_certified->xAxis->setTicker(ticker);
    auto intTicker = QSharedPointer<QCPAxisTickerFixed>::create();
    intTicker->setTickStep(1);
    intTicker->setScaleStrategy(QCPAxisTickerFixed::ssMultiples);
    m_certified->yAxis->setTicker(intTicker);
    m_certified->yAxis->setLabel(tr("people"));
    QCPGraph *all = m_certified->addGraph();
    all->setName(tr("Certified (Sale or Pre-Sale)"));
    all->setPen(QPen(QColor(0x25, 0x63, 0xEB), 2.5));
    all->setBrush(QColor(0x25, 0x63, 0xEB, 28));
    all->setLineStyle(QCPGraph::lsStepLeft);
    QCPGraph *preSale = m_certified->addGraph();
    preSale->setName(tr("Pre-Sale"));
    preSale->setPen(QPen(QColor(0xD9, 0x77, 0x06), 2, Qt::DashLine));
    preSale->setLineStyle(QCPGraph::lsStepLeft);
    m_certified->legend->setVisible(true);
    m_certified->legend->setBorderPen(Qt::NoPen);
    m_certified->legend->setBrush(QColor(255, 255, 255, 220));
    m_certified->legend->setTextColor(kText);
    m_certified->axisRect()->insetLayout()->setInsetAlignment(0, Qt::AlignTop | Qt::AlignLeft);
    layout->addWidget(m_certified, 1);

    layout->addWidget(heading(tr("Tier distribution: partners by recommended tier"), this));
    m_distribution = new QCustomPlot(this);
    m_distribution->setObjectName(QStringLiteral("tierDistributionChart"));
    m_distribution->setMinimumHeight(180);
    styleAxes(m_distribution);
    auto textTicker = QSharedPointer<QCPAxisTickerText>::create();
    textTicker->addTick(0, tr("No tier"));
    textTicker->addTick(1, displayName(Tier::Silver));
    textTicker->addTick(2, displayName(Tier::Gold));
    textTicker->addTick(3, displayName(Tier::Platinum));
    m_distribution->xAxis->setTicker(textTicker);
    m_distribution->xAxis->setRange(-0.6, 3.6);
    m_distribution->yAxis->setLabel(tr("partners"));
    for (int i = 0; i < 4; ++i) {
        auto *bars = new QCPBars(m_distribution->xAxis, m_distribution->yAxis);
        const items::TierColors colors = items::tierColors(static_cast<Tier>(i));
        bars->setWidth(0.6);
        bars->setPen(QPen(colors.foreground, 1.2));
        bars->setBrush(colors.border.alpha() > 0 ? colors.border : QColor(0xCB, 0xD5, 0xE1));
    }
    layout->addWidget(m_distribution, 1);
    for (QCustomPlot *plot : {m_certified, m_distribution})
        chartStyle::followPalette(plot); // light or dark, as the application's palette

    connect(m_certified, &QCustomPlot::mouseMove, this, &TrainingCharts::showCertifiedTip);
    connect(m_distribution, &QCustomPlot::mouseMove, this, &TrainingCharts::showDistributionTip);
    clear();
}

QList<std::pair<int, int>> TrainingCharts::specialistsByMonth(const QList<Certificate> &certificates, const QDate &asOf,
                                                              int months)
{
    QList<std::pair<int, int>> counts;
    const QDate thisMonth(asOf.year(), asOf.month(), 1);
    for (int i = months - 1; i >= 0; --i) {
        const QDate first = thisMonth.addMonths(-i);
        const QDate end = i == 0 ? asOf : first.addMonths(1).addDays(-1);
        QSet<QString> certified;
        QSet<QString> preSale;
        for (const Certificate &c : certificates) {
            if (!c.isValidOn(end))
                continue;
            certified.insert(c.personId);
            if (c.competence == Competence::PreSale)
                preSale.insert(c.personId);
        }
        counts.append({int(certified.size()), int(preSale.size())});
    }
    return counts;
}

void TrainingCharts::setCertificates(const QString &partnerName, const QList<Certificate> &certificates,
                                     const QDate &asOf)
{
    m_certifiedTitle->setText(tr("Certified specialists of %1, last %2 months").arg(partnerName).arg(kMonths));
    const auto counts = specialistsByMonth(certificates, asOf, kMonths);
    QVector<double> x;
    QVector<double> all;
    QVector<double> preSale;
    m_monthEnds.clear();
    const QDate thisMonth(asOf.year(), asOf.month(), 1);
    int top = 1;
    for (int i = 0; i < counts.size(); ++i) {
        const QDate first = thisMonth.addMonths(i - kMonths + 1);
        const QDate end = i == counts.size() - 1 ? asOf : first.addMonths(1).addDays(-1);
        m_monthEnds.append(end);
        x.append(QCPAxisTickerDateTime::dateTimeToKey(end.startOfDay(Qt::UTC)));
        all.append(counts.at(i).first);
        preSale.append(counts.at(i).second);
        top = std::max(top, counts.at(i).first);
    }
    m_certified->graph(0)->setData(x, all, true);
    m_certified->graph(1)->setData(x, preSale, true);
    if (!x.isEmpty())
        m_certified->xAxis->setRange(x.first(), x.last());
    m_certified->yAxis->setRange(0, top + 1);
    m_certified->replot();
}

void TrainingCharts::setDistribution(const QList<storage::PartnerTier> &tiers)
{
    m_tierCounts = QList<int>(4, 0);
    for (const storage::PartnerTier &t : tiers) {
        if (t.verdict.change != TierChange::NotApplicable)
            ++m_tierCounts[static_cast<int>(t.verdict.recommended)];
    }
    int top = 1;
    for (int i = 0; i < 4; ++i) {
        auto *bars = qobject_cast<QCPBars *>(m_distribution->plottable(i));
        bars->setData({double(i)}, {double(m_tierCounts.at(i))});
        top = std::max(top, m_tierCounts.at(i));
    }
    m_distribution->yAxis->setRange(0, top * 1.15 + 1);
    m_distribution->replot();
}

void TrainingCharts::clear()
{
    m_certifiedTitle->setText(tr("Certified specialists, last %1 months").arg(kMonths));
    m_monthEnds.clear();
    m_certified->graph(0)->data()->clear();
    m_certified->graph(1)->data()->clear();
    m_certified->replot();
    setDistribution({});
}

void TrainingCharts::showCertifiedTip(QMouseEvent *event)
{
    if (m_monthEnds.isEmpty())
        return;
    const double key = m_certified->xAxis->pixelToCoord(event->position().x());
    int best = 0;
    for (int i = 1; i < m_monthEnds.size(); ++i) {
        const double k = QCPAxisTickerDateTime::dateTimeToKey(m_monthEnds.at(i).startOfDay(Qt::UTC));
        if (k <= key)
            best = i;
    }
    const auto all = m_certified->graph(0)->data()->at(best)->value;
    const auto pre = m_certified->graph(1)->data()->at(best)->value;
    QToolTip::showText(event->globalPosition().toPoint(),
                       tr("%1\nCertified: %2\nPre-Sale: %3")
                           .arg(QLocale().toString(m_monthEnds.at(best), QLocale::ShortFormat))
                           .arg(all)
                           .arg(pre),
                       m_certified);
}

void TrainingCharts::showDistributionTip(QMouseEvent *event)
{
    const int bar = static_cast<int>(std::lround(m_distribution->xAxis->pixelToCoord(event->position().x())));
    if (bar < 0 || bar > 3 || m_tierCounts.size() != 4) {
        QToolTip::hideText();
        return;
    }
    const QString name = bar == 0 ? tr("No tier") : displayName(static_cast<Tier>(bar));
    QToolTip::showText(event->globalPosition().toPoint(), tr("%1: %2 partners").arg(name).arg(m_tierCounts.at(bar)),
                       m_distribution);
}

} // namespace pd::views
