#include "DashboardCard.h"

#include <QHBoxLayout>
#include <QIcon>
#include <QKeyEvent>
#include <QLabel>
#include <QMouseEvent>
#include <QStyle>
#include <QVBoxLayout>

namespace pd::views {

// The card's look (light and dark) is in resources/style/partnerdesk.qss.
DashboardCard::DashboardCard(const QString &objectName, const QString &iconPath, const QString &title,
                             const QString &link, QWidget *parent)
    : QFrame(parent)
{
    setObjectName(objectName);
    setProperty("dashboardCard", true);
    setAttribute(Qt::WA_Hover);
    setAttribute(Qt::WA_StyledBackground);
    setFocusPolicy(Qt::StrongFocus);
    setCursor(Qt::PointingHandCursor);
    setMinimumSize(240, 150);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(18, 16, 18, 14);
    layout->setSpacing(6);
    auto *top = new QHBoxLayout;
    top->setSpacing(8);
    auto *icon = new QLabel(this);
    icon->setPixmap(QIcon(iconPath).pixmap(20, 20));
    m_title = new QLabel(title, this);
    m_title->setObjectName(QStringLiteral("dashboardCardTitle"));
    m_title->setWordWrap(true);
    top->addWidget(icon, 0, Qt::AlignTop);
    top->addWidget(m_title, 1);
    layout->addLayout(top);
    m_value = new QLabel(QStringLiteral("…"), this);
    m_value->setObjectName(QStringLiteral("dashboardCardValue"));
    layout->addWidget(m_value);
    m_caption = new QLabel(this);
    m_caption->setObjectName(QStringLiteral("dashboardCardCaption"));
    m_caption->setWordWrap(true);
    layout->addWidget(m_caption, 1, Qt::AlignTop);
    auto *linkLabel = new QLabel(link + QStringLiteral(" →"), this);
    linkLabel->setObjectName(QStringLiteral("dashboardCardLink"));
    layout->addWidget(linkLabel);
    setAccessibleName(title);
}

void DashboardCard::setValue(const QString &value, Tone tone)
{
    m_value->setText(value);
    const char *name = tone == Tone::Attention ? "attention" : tone == Tone::Good ? "good" : "calm";
    if (m_value->property("tone").toString() != QLatin1String(name)) {
        m_value->setProperty("tone", QLatin1String(name));
        m_value->style()->unpolish(m_value);
        m_value->style()->polish(m_value);
    }
    setAccessibleDescription(value + QLatin1Char(' ') + m_caption->text());
}

void DashboardCard::setCaption(const QString &caption)
{
    m_caption->setText(caption);
    setAccessibleDescription(m_value->text() + QLatin1Char(' ') + caption);
}

void DashboardCard::setTitle(const QString &title)
{
    m_title->setText(title);
    setAccessibleName(title);
}

QString DashboardCard::value() const
{
    return m_value->text();
}

QString DashboardCard::caption() const
{
    return m_caption->text();
}

void DashboardCard::click()
{
    emit clicked();
}

void DashboardCard::mouseReleaseEvent(QMouseEvent *event)
{
    if (event->button() == Qt::LeftButton && rect().contains(event->position().toPoint())) {
        emit clicked();
        event->accept();
        return;
    }
    QFrame::mouseReleaseEvent(event);
}

void DashboardCard::keyPressEvent(QKeyEvent *event)
{
    if (event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter || event->key() == Qt::Key_Space) {
        emit clicked();
        event->accept();
        return;
    }
    QFrame::keyPressEvent(event);
}

} // namespace pd::views
