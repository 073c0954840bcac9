#include "ListPageParts.h"

#include "ColumnFiller.h"

#include <QAction>
#include <QFontMetrics>
#include <QFrame>
#include <QHeaderView>
#include <QIcon>
#include <QLineEdit>
#include <QSplitter>
#include <QStackedWidget>
#include <QStyle>
#include <QStyleOption>
#include <QTableView>
#include <QVBoxLayout>

#include <algorithm>

namespace pd::views {

QSplitter *createPageSplitter(QWidget *parent, const QString &objectName)
{
    auto *splitter = new QSplitter(Qt::Horizontal, parent);
    splitter->setObjectName(objectName);
    splitter->setChildrenCollapsible(false);
    splitter->setHandleWidth(12);
    return splitter;
}

ListCard createListCard(QWidget *parent)
{
    auto *card = new QFrame(parent);
    card->setObjectName(QStringLiteral("card")); // styled by the style sheet
    auto *layout = new QVBoxLayout(card);
    layout->setContentsMargins(1, 1, 1, 1);
    auto *stack = new QStackedWidget(card);
    layout->addWidget(stack);
    return {card, stack};
}

QTableView *createListTable(QWidget *parent, const QString &objectName, QAbstractItemModel *model)
{
    auto *table = new QTableView(parent);
    table->setObjectName(objectName);
    table->setModel(model);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->setSelectionMode(QAbstractItemView::SingleSelection);
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->setAlternatingRowColors(true);
    table->setShowGrid(false);
    table->setWordWrap(false);
    table->setFrameShape(QFrame::NoFrame);
    table->verticalHeader()->hide();
    table->verticalHeader()->setDefaultSectionSize(30);
    table->horizontalHeader()->setHighlightSections(false);
    table->horizontalHeader()->setSectionsMovable(true);
    table->setSortingEnabled(true);
    return table;
}

QLineEdit *createSearchField(QWidget *parent, const QString &objectName, const QString &placeholder)
{
    auto *search = new QLineEdit(parent);
    search->setObjectName(objectName);
    search->setPlaceholderText(placeholder);
    search->setClearButtonEnabled(true);
    search->setProperty("pdSearchField", true); // Ctrl+F finds it
    search->addAction(QIcon(QStringLiteral(":/icons/search.svg")), QLineEdit::LeadingPosition);
    return search;
}

int sectionWidthForTitle(const QHeaderView *header, int logical)
{
    // The style sheet draws titles semi-bold.
    QFont bold = header->font();
    bold.setWeight(QFont::DemiBold);
    const QString title = header->model()->headerData(logical, header->orientation(), Qt::DisplayRole).toString();
    // What the style takes from a section for its paddings, margins and the sort arrow beside the title:
    // a wide section's width less the width of the rectangle its title is drawn in.
    QStyleOptionHeader option;
    option.initFrom(header);
    option.orientation = header->orientation();
    option.section = logical;
    option.fontMetrics = QFontMetrics(bold);
    option.text = title;
    option.sortIndicator = QStyleOptionHeader::SortDown;
    option.rect = QRect(0, 0, 1000, std::max(header->height(), 30));
    const QRect label = header->style()->subElementRect(QStyle::SE_HeaderLabel, &option, header);
    // The style sheet's style draws a title in that rectangle less the room of a sort arrow and its
    // margins, sorted or not (measured on screen: a title 14 pixels wider than that rectangle is cut).
    const QStyle *style = header->style();
    // (A style without a style sheet gives the arrow's rectangle the section's width: the mark's size it is.)
    const int mark = style->pixelMetric(QStyle::PM_HeaderMarkSize, &option, header);
    const int arrow =
        std::max(mark, std::min(mark, style->subElementRect(QStyle::SE_HeaderArrow, &option, header).width())
                           + 2 * style->pixelMetric(QStyle::PM_HeaderMargin, &option, header));
    const int chrome = option.rect.width() - label.width();
    if (label.width() <= 0 || chrome > option.rect.width() / 4) // a style that does not say: Qt's own estimate
        return std::max(header->sectionSizeHint(logical), QFontMetrics(bold).horizontalAdvance(title) + arrow + 2);
    // And a pixel of air each side.
    return QFontMetrics(bold).horizontalAdvance(title) + chrome + arrow + 2;
}

void fitSectionsToTitles(QHeaderView *header)
{
    if (!header->model())
        return;
    header->ensurePolished(); // the style sheet's font and paddings
    int fill = -1;            // the section that takes the room the others leave
    if (const ColumnFiller *filler = ColumnFiller::of(header))
        fill = filler->column();
    for (int logical = 0; logical < header->count(); ++logical) {
        if (header->isSectionHidden(logical))
            continue;
        switch (header->sectionResizeMode(logical)) {
        case QHeaderView::Stretch:
            fill = logical;
            break;
        case QHeaderView::Interactive:
        case QHeaderView::Fixed:
            if (logical != fill && header->sectionSize(logical) < sectionWidthForTitle(header, logical))
                header->resizeSection(logical, sectionWidthForTitle(header, logical));
            break;
        case QHeaderView::ResizeToContents:
            break;
        }
    }
    // Qt squeezes a stretched section to a few pixels in a narrow view: a filler never below its title.
    if (fill >= 0)
        ColumnFiller::install(header, fill, sectionWidthForTitle(header, fill));
}

int columnWidthForTexts(const QAbstractItemView *view, const QStringList &texts)
{
    const QFontMetrics metrics(view->font());
    int widest = 0;
    for (const QString &text : texts)
        widest = std::max(widest, metrics.horizontalAdvance(text));
    // QItemDelegate's text margin on each side (the focus frame's margin plus one), and a little air.
    const int margin = view->style()->pixelMetric(QStyle::PM_FocusFrameHMargin, nullptr, view) + 1;
    return widest + 2 * margin + 8;
}

int columnWidthForText(const QAbstractItemView *view, int characters)
{
    // A company name's letters, mixed case as names are written; Cyrillic and Latin are about as wide.
    static const QString sample = QStringLiteral("ООО \"Надёжное облако\" Partner Cloud Systems");
    return columnWidthForTexts(view, {sample.left(characters).leftJustified(characters, QLatin1Char('o'))});
}

} // namespace pd::views
