#pragma once

#include "Deal.h"
#include "DealQuery.h"

#include <QModelIndex>
#include <QWidget>

class QAction;
class QLabel;
class QLineEdit;
class QPushButton;
class QTimer;
class QSplitter;
class QStackedWidget;
class QTableView;

namespace pd::items {
class DealsModel;
}

namespace pd::views {

class ConflictPanel;
class DealService;
class EmptyState;
class PageHeader;
class RegistrationView;

// The review queue: registrations awaiting a decision, oldest first; the selected one's form and the
// registrations that compete with it side by side; Approve, Reject, Return and the review steps, for
// one registration or several at once, each checked on its own.
class ReviewQueuePage final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ReviewQueuePage)

public:
    explicit ReviewQueuePage(QWidget *parent = nullptr);
    ~ReviewQueuePage() override;

    void setService(DealService *service);
    void reload();
    // Registrations awaiting a decision, whatever the search shows.
    qint64 queueCount() const { return m_total; }
    // Rows the search shows.
    qint64 shownCount() const { return m_count; }
    QStringList selectedIds() const;
    // The registration the form shows; a single decision acts on exactly this one.
    QString shownId() const;
    bool selectRow(int row);
    void selectIds(const QStringList &ids);
    QList<QAction *> reviewActions() const;

    void approveSelected();
    void rejectSelected();
    void returnSelected();
    void takeIntoReview();
    void requestConfirmation();

    void saveLayout() const;
    void restoreLayout();

signals:
    void queueCountChanged(qint64 count);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    QModelIndex shownIndex() const;
    // What a decision acts on: the shown registration, or every selected one when several are selected.
    QModelIndexList targetRows() const;
    QString customerOf(const QModelIndex &row) const;
    // "A; B; C and 2 more": the first few customers of `rows`, for confirmations and the selection note.
    QString namesOf(const QModelIndexList &rows, int listed) const;
    bool confirmSeveral(const QModelIndexList &rows);
    QAction *addReviewAction(const QString &text, const QKeySequence &shortcut, const char *objectName);
    void decide(const QModelIndexList &rows, domain::ApplicationState to, const QString &comment);
    void showCurrent();
    void updateActions();
    void updateListState();
    void showBanner(const QString &kind, const QString &text);

    DealService *m_service = nullptr;
    items::DealsModel *m_model = nullptr;
    storage::DealSort m_sort = storage::DealSort::FiledAt;
    Qt::SortOrder m_order = Qt::AscendingOrder;
    qint64 m_count = 0;
    qint64 m_total = 0;
    bool m_busy = false;

    PageHeader *m_header = nullptr;
    QLabel *m_banner = nullptr;
    QLineEdit *m_search = nullptr;
    QTimer *m_searchDebounce = nullptr;
    QSplitter *m_splitter = nullptr;
    QStackedWidget *m_listStack = nullptr;
    QTableView *m_table = nullptr;
    EmptyState *m_emptyQueue = nullptr;
    EmptyState *m_noMatch = nullptr;
    EmptyState *m_noDatabase = nullptr;
    QStackedWidget *m_detailStack = nullptr;
    EmptyState *m_noSelection = nullptr;
    QWidget *m_details = nullptr;
    QLabel *m_title = nullptr;
    QLabel *m_subtitle = nullptr;
    QLabel *m_selectionNote = nullptr;
    ConflictPanel *m_conflicts = nullptr;
    RegistrationView *m_form = nullptr;
    QAction *m_approve = nullptr;
    QAction *m_reject = nullptr;
    QAction *m_return = nullptr;
    QAction *m_take = nullptr;
    QAction *m_confirm = nullptr;
};

} // namespace pd::views
