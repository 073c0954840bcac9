#include "PlaceholderPage.h"

#include "EmptyState.h"
#include "PageHeader.h"

#include <QFrame>
#include <QVBoxLayout>

namespace pd::views {

PlaceholderPage::PlaceholderPage(const QString &title, const QString &subtitle, const QString &iconPath,
                                 const QString &summary, const QStringList &plannedFeatures, QWidget *parent)
    : QWidget(parent)
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(24, 20, 24, 20);
    layout->setSpacing(16);
    layout->addWidget(new PageHeader(title, subtitle, this));

    auto *card = new QFrame(this);
    card->setObjectName(QStringLiteral("card"));
    auto *cardLayout = new QVBoxLayout(card);
    auto *empty = new EmptyState(iconPath, tr("Not available in this version yet"), summary, card);
    empty->setBulletPoints(tr("What this page will hold:"), plannedFeatures);
    cardLayout->addWidget(empty);
    layout->addWidget(card, 1);
}

} // namespace pd::views
