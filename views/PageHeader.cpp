#include "PageHeader.h"

#include "FlowLayout.h"

#include <QLabel>
#include <QVBoxLayout>

namespace pd::views {

PageHeader::PageHeader(const QString &title, const QString &subtitle, QWidget *parent) : QWidget(parent)
{
    // The title takes the row's free room and the actions sit on its right; on a narrow window the
    // actions that do not fit wrap onto a row of their own, still on the right.
    m_actions = new FlowLayout(this);
    m_actions->setAlignment(Qt::AlignRight);
    auto *texts = new QWidget(this);
    texts->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    auto *column = new QVBoxLayout(texts);
    column->setContentsMargins(0, 0, 0, 0);
    column->setSpacing(2);
    auto *titleLabel = new QLabel(title, texts);
    titleLabel->setObjectName(QStringLiteral("pageTitle"));
    m_subtitle = new QLabel(subtitle, texts);
    m_subtitle->setObjectName(QStringLiteral("pageSubtitle"));
    column->addWidget(titleLabel);
    column->addWidget(m_subtitle);
    m_actions->addWidget(texts);
}

void PageHeader::setSubtitle(const QString &subtitle)
{
    m_subtitle->setText(subtitle);
}

void PageHeader::addWidget(QWidget *widget)
{
    m_actions->addWidget(widget);
}

} // namespace pd::views
