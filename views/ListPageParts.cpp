#include "ListPageParts.h"

#include <QAction>
#include <QApplication>
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

void fitSectionsToTitles(QHeaderView *header)
{
    if (!header->model())
        return;
    header->ensurePolished(); // the style sheet's font and paddings
    QFont bold = header->font();
    bold.setWeight(QFont::DemiBold);
    int stretchedTitle = 0; // the widest title of a section that takes the room the others leave
    for (int logical = 0; logical < header->count(); ++logical) {
        if (header->isSectionHidden(logical))
            continue;
        // The style sheet's section: the title and its paddings, the right one holding the sort arrow.
        // (QHeaderView's own size hint adds the arrow's room a second time.)
        QStyleOptionHeader option;
        option.initFrom(header);
        option.orientation = header->orientation();
        option.section = logical;
        option.fontMetrics = QFontMetrics(bold);
        option.text = header->model()->headerData(logical, header->orientation(), Qt::DisplayRole).toString();
        const int title = qApp->styleSheet().isEmpty()
                              ? header->sectionSizeHint(logical)
                              : header->style()->sizeFromContents(QStyle::CT_HeaderSection, &option, QSize(), header).width();
        switch (header->sectionResizeMode(logical)) {
        case QHeaderView::Interactive:
        case QHeaderView::Fixed:
            if (header->sectionSize(logical) < title)
                header->resizeSection(logical, title);
            break;
        case QHeaderView::Stretch:
            stretchedTitle = std::max(stretchedTitle, title);
            break;
        case QHeaderView::ResizeToContents:
            break;
        }
    }
    // A stretched section shrinks with a narrow view down to the header's minimum section size, no further
    // (the list scrolls sideways instead). That minimum holds for every section, and the others are as
    // wide as their titles already: it only keeps a person from dragging a column narrower than that.
    if (stretchedTitle > header->minimumSectionSize())
        header->setMinimumSectionSize(stretchedTitle);
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
