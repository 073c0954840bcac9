#include "ChartStyle.h"

#include <QApplication>
#include <QEvent>
#include <QPointer>

#include <qcustomplot.h>

namespace pd::views::chartStyle {
namespace {

QColor blend(const QColor &from, const QColor &to, double share)
{
    return QColor::fromRgbF(float(from.redF() + (to.redF() - from.redF()) * share),
                            float(from.greenF() + (to.greenF() - from.greenF()) * share),
                            float(from.blueF() + (to.blueF() - from.blueF()) * share));
}

void restyle(QCustomPlot *plot)
{
    const QPalette palette = plot->palette();
    const QColor base = palette.color(QPalette::Base);
    const QColor text = blend(base, palette.color(QPalette::Text), 0.85);
    const QColor grid = blend(base, palette.color(QPalette::Text), 0.14);
    plot->setBackground(base);
    const QList<QCPAxisRect *> rects = plot->axisRects();
    for (QCPAxisRect *rect : rects) {
        const QList<QCPAxis *> axes = rect->axes();
        for (QCPAxis *axis : axes) {
            axis->setBasePen(QPen(grid));
            axis->setTickPen(QPen(grid));
            axis->setTickLabelColor(text);
            axis->setLabelColor(text);
            axis->grid()->setPen(QPen(grid, 1, Qt::DotLine));
        }
    }
    if (plot->legend) {
        QColor legend = base;
        legend.setAlpha(220);
        plot->legend->setBrush(legend);
        plot->legend->setTextColor(text);
    }
    plot->replot(QCustomPlot::rpQueuedReplot);
}

class PaletteFollower final : public QObject
{
public:
    explicit PaletteFollower(QCustomPlot *plot) : QObject(plot), m_plot(plot) { plot->installEventFilter(this); }

    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (watched == m_plot && m_plot
            && (event->type() == QEvent::PaletteChange || event->type() == QEvent::ApplicationPaletteChange))
            restyle(m_plot);
        return QObject::eventFilter(watched, event);
    }

private:
    QPointer<QCustomPlot> m_plot;
};

} // namespace

void followPalette(QCustomPlot *plot)
{
    restyle(plot);
    new PaletteFollower(plot);
}

} // namespace pd::views::chartStyle
