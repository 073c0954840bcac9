#include "PageHeader.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QVBoxLayout>

namespace pd::views {

PageHeader::PageHeader(const QString &title, const QString &subtitle, QWidget *parent) : QWidget(parent)
{
    auto *row = new QHBoxLayout(this);
    row->setContentsMargins(0, 0, 0, 0);
    auto *texts = new QVBoxLayout;
    texts->setSpacing(2);
    auto *titleLabel = new QLabel(title, this);
    titleLabel->setObjectName(QStringLiteral("pageTitle"));
    m_subtitle = new QLabel(subtitle, this);
    m_subtitle->setObjectName(QStringLiteral("pageSubtitle"));
    texts->addWidget(titleLabel);
    texts->addWidget(m_subtitle);
    row->addLayout(texts, 1);
    m_actions = new QHBoxLayout;
    m_actions->setSpacing(8);
    row->addLayout(m_actions);
}

void PageHeader::setSubtitle(const QString &subtitle)
{
    m_subtitle->setText(subtitle);
}

void PageHeader::addWidget(QWidget *widget)
{
    m_actions->addWidget(widget, 0, Qt::AlignVCenter);
}

} // namespace pd::views
