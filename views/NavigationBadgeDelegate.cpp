#include "NavigationBadgeDelegate.h"

#include <QLocale>
#include <QPainter>

namespace pd::views {

void NavigationBadgeDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option,
                                    const QModelIndex &index) const
{
    QStyledItemDelegate::paint(painter, option, index);
    const qint64 count = index.data(BadgeRole).toLongLong();
    if (count <= 0)
        return;
    const QString text = count > 9999 ? QStringLiteral("9999+") : QLocale().toString(count);
    QFont font = option.font;
    if (font.pointSizeF() > 0)
        font.setPointSizeF(font.pointSizeF() * 0.85);
    else if (font.pixelSize() > 0)
        font.setPixelSize(std::max(9, font.pixelSize() * 85 / 100));
    font.setWeight(QFont::DemiBold);
    const QFontMetrics metrics(font);
    const int height = metrics.height() + 4;
    const int width = std::max(height, metrics.horizontalAdvance(text) + 12);
    const QRect pill(option.rect.right() - width - 10, option.rect.center().y() - height / 2, width, height);
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    painter->setPen(Qt::NoPen);
    painter->setBrush(QColor(0x25, 0x63, 0xEB));
    painter->drawRoundedRect(pill, height / 2.0, height / 2.0);
    painter->setPen(Qt::white);
    painter->setFont(font);
    painter->drawText(pill, Qt::AlignCenter, text);
    painter->restore();
}

} // namespace pd::views
