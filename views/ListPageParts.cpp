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
    QFont bold = header->font();
    bold.setWeight(QFont::DemiBold);
    for (int logical = 0; logical < header->count(); ++logical) {
        if (header->isSectionHidden(logical) || header->sectionResizeMode(logical) != QHeaderView::Interactive)
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
        if (header->sectionSize(logical) < title)
            header->resizeSection(logical, title);
    }
}

int columnWidthForText(const QAbstractItemView *view, int characters)
{
    // A company name's letters, mixed case as names are written; Cyrillic and Latin are about as wide.
    static const QString sample = QStringLiteral("ООО \"Надёжное облако\" Partner Cloud Systems");
    const QFontMetrics metrics(view->font());
    const int text = metrics.horizontalAdvance(sample.left(characters).leftJustified(characters, QLatin1Char('o')));
    // QItemDelegate's text margin on each side (the focus frame's margin plus one), and a little air.
    const int margin = view->style()->pixelMetric(QStyle::PM_FocusFrameHMargin, nullptr, view) + 1;
    return text + 2 * margin + 8;
}

void addFindShortcut(QWidget *page, QLineEdit *search)
{
    Q_UNUSED(page)
    // Edit → Find (Ctrl+F) in the main window puts the cursor in the current page's field so marked.
    search->setProperty("pdSearchField", true);
}

} // namespace pd::views
