#include "EmptyState.h"

#include <QHBoxLayout>
#include <QIcon>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace pd::views {

EmptyState::EmptyState(const QString &iconPath, const QString &title, const QString &text, QWidget *parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("emptyState"));
    auto *outer = new QVBoxLayout(this);
    outer->setContentsMargins(32, 32, 32, 32);
    outer->addStretch(2);

    auto *icon = new QLabel(this);
    icon->setAlignment(Qt::AlignCenter);
    icon->setPixmap(QIcon(iconPath).pixmap(QSize(64, 64)));
    outer->addWidget(icon);
    outer->addSpacing(12);

    m_title = new QLabel(title, this);
    m_title->setObjectName(QStringLiteral("emptyStateTitle"));
    m_title->setAlignment(Qt::AlignCenter);
    m_title->setWordWrap(true);
    outer->addWidget(m_title);

    m_text = new QLabel(text, this);
    m_text->setObjectName(QStringLiteral("emptyStateText"));
    m_text->setAlignment(Qt::AlignCenter);
    m_text->setWordWrap(true);
    m_text->setMaximumWidth(520);
    m_text->setMinimumWidth(340);
    m_text->setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Minimum);
    outer->addWidget(m_text, 0, Qt::AlignHCenter);

    m_points = new QLabel(this);
    m_points->setObjectName(QStringLiteral("emptyStatePoints"));
    m_points->setWordWrap(true);
    m_points->setMaximumWidth(520);
    m_points->setTextFormat(Qt::RichText);
    m_points->hide();
    outer->addSpacing(8);
    outer->addWidget(m_points, 0, Qt::AlignHCenter);

    m_buttons = new QWidget(this);
    auto *buttons = new QHBoxLayout(m_buttons);
    buttons->setContentsMargins(0, 12, 0, 0);
    buttons->setSpacing(8);
    m_buttons->hide();
    outer->addWidget(m_buttons, 0, Qt::AlignHCenter);
    outer->addStretch(3);
}

void EmptyState::setTitle(const QString &title)
{
    m_title->setText(title);
}

void EmptyState::setText(const QString &text)
{
    m_text->setText(text);
}

void EmptyState::setBulletPoints(const QString &heading, const QStringList &points)
{
    QString html = QStringLiteral("<p style='margin-bottom:4px'><b>") + heading.toHtmlEscaped()
                   + QStringLiteral("</b></p><ul style='margin-left:-18px'>");
    for (const QString &p : points)
        html += QStringLiteral("<li style='margin-bottom:3px'>") + p.toHtmlEscaped() + QStringLiteral("</li>");
    html += QStringLiteral("</ul>");
    m_points->setText(html);
    m_points->setVisible(!points.isEmpty());
}

QPushButton *EmptyState::addButton(const QString &text, const QString &iconPath, bool primary)
{
    auto *button = new QPushButton(text, m_buttons);
    if (!iconPath.isEmpty())
        button->setIcon(QIcon(iconPath));
    if (primary)
        button->setProperty("primary", true);
    m_buttons->layout()->addWidget(button);
    m_buttons->show();
    return button;
}

} // namespace pd::views
