#include "TierBadgeDelegate.h"

#include "PartnersModel.h"
#include "TierColors.h"

#include <QApplication>
#include <QPainter>
#include <QPainterPath>

namespace pd::views {

TierBadgeDelegate::TierBadgeDelegate(QObject *parent) : QStyledItemDelegate(parent)
{}

void TierBadgeDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    const QString text = opt.text;
    opt.text.clear();
    opt.icon = QIcon();
    const QWidget *widget = opt.widget;
    QStyle *style = widget ? widget->style() : QApplication::style();
    style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, widget);

    const auto tier = static_cast<domain::Tier>(index.data(items::PartnersModel::TierRole).toInt());
    const bool agent = index.data(items::PartnersModel::RoleRole).toInt() == static_cast<int>(domain::Role::Agent);
    const QRect area = opt.rect.adjusted(6, 0, -4, 0);
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    if (agent || tier == domain::Tier::None) {
        painter->setPen(opt.state & QStyle::State_Selected ? opt.palette.highlightedText().color()
                                                           : items::tierTextColor(domain::Tier::None, opt.palette));
        painter->drawText(area, Qt::AlignLeft | Qt::AlignVCenter, text);
        painter->restore();
        return;
    }
    const items::TierColors colors = items::tierColors(tier);
    QFont font = opt.font;
    font.setPointSizeF(font.pointSizeF() * 0.9);
    font.setWeight(QFont::DemiBold);
    painter->setFont(font);
    const QFontMetrics fm(font);
    const int height = qMin(area.height() - 6, fm.height() + 4);
    const int width = fm.horizontalAdvance(text) + 18;
    const QRectF pill(area.left(), area.center().y() - height / 2.0 + 0.5, width, height);
    QPainterPath path;
    path.addRoundedRect(pill, height / 2.0, height / 2.0);
    painter->fillPath(path, colors.background);
    painter->setPen(QPen(colors.border, 1));
    painter->drawPath(path);
    painter->setPen(colors.foreground);
    painter->drawText(pill, Qt::AlignCenter, text);
    painter->restore();
}

QSize TierBadgeDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QSize size = QStyledItemDelegate::sizeHint(option, index);
    size.setWidth(size.width() + 16);
    return size;
}

} // namespace pd::views
