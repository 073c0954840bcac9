#include "ColumnFiller.h"

#include <QAbstractItemView>
#include <QEvent>
#include <QHeaderView>
#include <QScrollBar>

#include <algorithm>

namespace pd::views {

ColumnFiller::ColumnFiller(QHeaderView *header, int logical, int minimum)
    : QObject(header), m_header(header), m_column(logical), m_minimum(minimum)
{
    setObjectName(QStringLiteral("pdColumnFiller"));
    if (auto *view = qobject_cast<QAbstractItemView *>(header->parentWidget()))
        view->viewport()->installEventFilter(this);
    connect(header, &QHeaderView::sectionResized, this, [this](int logicalIndex) {
        if (logicalIndex != m_column)
            fill();
    });
    connect(header, &QHeaderView::sectionCountChanged, this, &ColumnFiller::fill);
    connect(header, &QHeaderView::geometriesChanged, this, &ColumnFiller::fill);
}

ColumnFiller *ColumnFiller::install(QHeaderView *header, int logical, int minimum)
{
    ColumnFiller *filler = of(header);
    if (filler && filler->m_column != logical) {
        delete filler;
        filler = nullptr;
    }
    if (header->stretchLastSection())
        header->setStretchLastSection(false);
    header->setSectionResizeMode(logical, QHeaderView::Interactive);
    if (!filler)
        filler = new ColumnFiller(header, logical, minimum);
    filler->setMinimum(minimum);
    return filler;
}

ColumnFiller *ColumnFiller::of(const QHeaderView *header)
{
    return header->findChild<ColumnFiller *>(QStringLiteral("pdColumnFiller"), Qt::FindDirectChildrenOnly);
}

void ColumnFiller::setMinimum(int minimum)
{
    m_minimum = minimum;
    fill();
}

QByteArray ColumnFiller::saveState(const QHeaderView *header)
{
    ColumnFiller *filler = of(header);
    if (!filler)
        return header->saveState();
    // Saved as Qt's stretched section; the size it has now is kept to be put back at once.
    auto *h = filler->m_header;
    const int size = h->sectionSize(filler->m_column);
    filler->m_filling = true;
    h->setSectionResizeMode(filler->m_column, QHeaderView::Stretch);
    const QByteArray state = h->saveState();
    h->setSectionResizeMode(filler->m_column, QHeaderView::Interactive);
    h->resizeSection(filler->m_column, size);
    filler->m_filling = false;
    return state;
}

bool ColumnFiller::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::Resize)
        fill();
    return QObject::eventFilter(watched, event);
}

void ColumnFiller::fill()
{
    if (m_filling || m_column >= m_header->count() || m_header->isSectionHidden(m_column))
        return;
    auto *view = qobject_cast<QAbstractItemView *>(m_header->parentWidget());
    const int room = view ? view->viewport()->width() : m_header->width();
    int others = 0;
    for (int logical = 0; logical < m_header->count(); ++logical) {
        if (logical != m_column && !m_header->isSectionHidden(logical))
            others += m_header->sectionSize(logical);
    }
    const int size = std::max(m_minimum, room - others);
    if (m_header->sectionSize(m_column) == size)
        return;
    m_filling = true;
    m_header->resizeSection(m_column, size);
    m_filling = false;
}

} // namespace pd::views
