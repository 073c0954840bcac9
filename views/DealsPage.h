#pragma once

#include "DealQuery.h"

#include <QWidget>

class QCheckBox;
class QComboBox;
class QLineEdit;
class QPushButton;
class QSplitter;
class QStackedWidget;
class QTableView;
class QTimer;

namespace pd::items {
class DealsModel;
}

namespace pd::views {

class DealDetailPanel;
class DealService;
class EmptyState;
class PageHeader;

// The Deals page: every registration and deal, filtered and sorted by SQLite and read lazily a page at a
// time (a million rows stay smooth), with the selected deal's details, timeline and actions beside it.
class DealsPage final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DealsPage)

public:
    explicit DealsPage(QWidget *parent = nullptr);
    ~DealsPage() override;

    void setService(DealService *service);
    void reload();
    void newRegistration();
    bool selectDeal(const QString &id);
    qint64 rowCount() const { return m_count; }
    storage::DealFilter filter() const;
    // Sets the filter bar to `filter` (as far as it offers it) and shows the matching deals.
    void showFiltered(const storage::DealFilter &filter);

    void saveLayout() const;
    void restoreLayout();

private:
    QWidget *buildFilterBar();
    void fillPartners();
    void recountTotal();
    void applyFilters();
    void clearFilters();
    void showCurrent();
    void updateListState();

    DealService *m_service = nullptr;
    items::DealsModel *m_model = nullptr;
    storage::DealFilter m_filter;
    storage::DealSort m_sort = storage::DealSort::FiledAt;
    Qt::SortOrder m_order = Qt::DescendingOrder;
    qint64 m_count = 0;
    qint64 m_total = 0;
    bool m_dirty = false;

    PageHeader *m_header = nullptr;
    QPushButton *m_newButton = nullptr;
    QWidget *m_filterBar = nullptr;
    QLineEdit *m_search = nullptr;
    QComboBox *m_partnerFilter = nullptr;
    QComboBox *m_stateFilter = nullptr;
    QComboBox *m_productFilter = nullptr;
    QComboBox *m_protectionFilter = nullptr;
    QCheckBox *m_overdueCheck = nullptr;
    QCheckBox *m_conflictsCheck = nullptr;
    QTimer *m_debounce = nullptr;
    QSplitter *m_splitter = nullptr;
    QStackedWidget *m_listStack = nullptr;
    QTableView *m_table = nullptr;
    EmptyState *m_noDeals = nullptr;
    EmptyState *m_noMatches = nullptr;
    EmptyState *m_noDatabase = nullptr;
    QStackedWidget *m_detailStack = nullptr;
    EmptyState *m_noSelection = nullptr;
    DealDetailPanel *m_detail = nullptr;
};

} // namespace pd::views
