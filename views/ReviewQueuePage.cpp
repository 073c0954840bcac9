#include "ReviewQueuePage.h"

#include "ConflictPanel.h"
#include "DealService.h"
#include "DealsModel.h"
#include "DealText.h"
#include "EmptyState.h"
#include "ListPageParts.h"
#include "PageHeader.h"
#include "ReasonDialog.h"
#include "RegistrationView.h"
#include "Settings.h"
#include "TableActions.h"
#include "TextUtil.h"

#include <QAction>
#include <QCoreApplication>
#include <QFrame>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLocale>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QScrollArea>
#include <QSplitter>
#include <QStackedWidget>
#include <QStyle>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

namespace pd::views {

using domain::ApplicationState;
using items::DealsModel;

ReviewQueuePage::ReviewQueuePage(QWidget *parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("reviewQueuePage"));
    m_model = new DealsModel(this);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(24, 20, 24, 16);
    layout->setSpacing(14);
    m_header = new PageHeader(tr("Review queue"), QString(), this);
    layout->addWidget(m_header);

    m_take =
        addReviewAction(tr("Take into review"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_T), "takeIntoReviewAction");
    m_confirm = addReviewAction(tr("Request confirmation"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_C),
                                "requestConfirmationAction");
    m_return =
        addReviewAction(tr("Return to partner…"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_B), "returnAction");
    m_reject = addReviewAction(tr("Reject…"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_R), "rejectAction");
    m_approve = addReviewAction(tr("Approve"), QKeySequence(Qt::CTRL | Qt::Key_Return), "approveAction");
    m_approve->setShortcuts({QKeySequence(Qt::CTRL | Qt::Key_Return), QKeySequence(Qt::CTRL | Qt::Key_Enter)});
    connect(m_take, &QAction::triggered, this, &ReviewQueuePage::takeIntoReview);
    connect(m_confirm, &QAction::triggered, this, &ReviewQueuePage::requestConfirmation);
    connect(m_return, &QAction::triggered, this, &ReviewQueuePage::returnSelected);
    connect(m_reject, &QAction::triggered, this, &ReviewQueuePage::rejectSelected);
    connect(m_approve, &QAction::triggered, this, &ReviewQueuePage::approveSelected);
    for (QAction *action : {m_take, m_confirm, m_return, m_reject, m_approve}) {
        auto *button = new QPushButton(action->text(), this);
        button->setObjectName(action->objectName().replace(QLatin1String("Action"), QLatin1String("Button")));
        button->setToolTip(tr("%1 (%2)").arg(action->text(), action->shortcut().toString(QKeySequence::NativeText)));
        button->setFocusPolicy(Qt::TabFocus);
        button->setProperty("primary", action == m_approve);
        if (action == m_reject)
            button->setProperty("danger", true);
        connect(button, &QPushButton::clicked, action, &QAction::trigger);
        connect(action, &QAction::enabledChanged, button, &QPushButton::setEnabled);
        m_header->addWidget(button);
    }

    m_banner = new QLabel(this);
    m_banner->setObjectName(QStringLiteral("reviewBanner"));
    m_banner->setWordWrap(true);
    m_banner->setTextFormat(Qt::RichText);
    m_banner->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_banner->hide();
    layout->addWidget(m_banner);

    m_search =
        createSearchField(this, QStringLiteral("reviewSearchEdit"), tr("Search customer, INN, partner or product"));
    m_search->setMaximumWidth(420);
    m_search->installEventFilter(this);
    layout->addWidget(m_search);
    m_searchDebounce = new QTimer(this);
    m_searchDebounce->setSingleShot(true);
    m_searchDebounce->setInterval(250);
    connect(m_search, &QLineEdit::textChanged, m_searchDebounce, qOverload<>(&QTimer::start));
    connect(m_searchDebounce, &QTimer::timeout, this, [this] {
        const QString shown = shownId();
        reload();
        if (shownId() != shown || shown.isEmpty())
            selectRow(0);
    });
    connect(m_search, &QLineEdit::returnPressed, this, [this] {
        m_searchDebounce->stop();
        reload();
        if (shownId().isEmpty())
            selectRow(0);
        m_table->setFocus();
    });

    m_splitter = createPageSplitter(this, QStringLiteral("reviewSplitter"));

    const ListCard list = createListCard(m_splitter);
    m_listStack = list.stack;
    m_table = createListTable(m_listStack, QStringLiteral("reviewQueueTable"), m_model);
    m_table->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_table->installEventFilter(this);
    m_listStack->addWidget(m_table);
    m_emptyQueue = new EmptyState(QStringLiteral(":/icons/review.svg"), tr("Nothing to review"),
                                  tr("Every registration has been decided. New registrations from partners appear "
                                     "here, oldest first."),
                                  m_listStack);
    m_listStack->addWidget(m_emptyQueue);
    m_noMatch =
        new EmptyState(QStringLiteral(":/icons/search.svg"), tr("No registration matches"), QString(), m_listStack);
    m_listStack->addWidget(m_noMatch);
    m_noDatabase = new EmptyState(QStringLiteral(":/icons/database.svg"), tr("No database is open"),
                                  tr("Open a PartnerDesk database to review its deal registrations."), m_listStack);
    m_listStack->addWidget(m_noDatabase);

    auto *detailCard = new QFrame(m_splitter);
    detailCard->setObjectName(QStringLiteral("card"));
    auto *detailLayout = new QVBoxLayout(detailCard);
    detailLayout->setContentsMargins(1, 1, 1, 1);
    m_detailStack = new QStackedWidget(detailCard);
    detailLayout->addWidget(m_detailStack);
    m_noSelection = new EmptyState(QStringLiteral(":/icons/deals.svg"), tr("No registration selected"),
                                   tr("Select a registration to see its form and the registrations of other "
                                      "partners that compete with it."),
                                   m_detailStack);
    m_detailStack->addWidget(m_noSelection);

    auto *scroll = new QScrollArea(m_detailStack);
    scroll->setObjectName(QStringLiteral("reviewDetailScroll"));
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    m_details = new QWidget(scroll);
    m_details->setObjectName(QStringLiteral("detailsPage"));
    auto *details = new QVBoxLayout(m_details);
    details->setContentsMargins(20, 16, 20, 20);
    details->setSpacing(8);
    m_title = new QLabel(m_details);
    m_title->setObjectName(QStringLiteral("reviewTitleLabel"));
    m_title->setWordWrap(true);
    m_subtitle = new QLabel(m_details);
    m_subtitle->setObjectName(QStringLiteral("reviewSubtitleLabel"));
    m_subtitle->setWordWrap(true);
    m_selectionNote = new QLabel(m_details);
    m_selectionNote->setObjectName(QStringLiteral("selectionNoteLabel"));
    m_selectionNote->setWordWrap(true);
    auto *conflictsTitle = new QLabel(tr("Competing registrations"), m_details);
    conflictsTitle->setProperty("role", QStringLiteral("heading"));
    m_conflicts = new ConflictPanel(m_details);
    auto *formTitle = new QLabel(tr("Registration form"), m_details);
    formTitle->setProperty("role", QStringLiteral("heading"));
    m_form = new RegistrationView(m_details);
    details->addWidget(m_title);
    details->addWidget(m_subtitle);
    details->addWidget(m_selectionNote);
    details->addSpacing(6);
    details->addWidget(conflictsTitle);
    details->addWidget(m_conflicts);
    details->addSpacing(10);
    details->addWidget(formTitle);
    details->addWidget(m_form);
    details->addStretch(1);
    scroll->setWidget(m_details);
    m_detailStack->addWidget(scroll);

    m_splitter->addWidget(list.card);
    m_splitter->addWidget(detailCard);
    m_splitter->setStretchFactor(0, 2);
    m_splitter->setStretchFactor(1, 3);
    layout->addWidget(m_splitter, 1);

    connect(m_model, &DealsModel::sortRequested, this, [this](storage::DealSort sort, Qt::SortOrder order) {
        m_sort = sort;
        m_order = order;
        reload();
    });
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this, [this] {
        showCurrent();
        updateActions();
    });
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &ReviewQueuePage::showCurrent);
    m_table->sortByColumn(DealsModel::Filed, Qt::AscendingOrder);
    TableActions::installOnDeals(m_table, tr("Review queue"), QStringLiteral("review-queue-selection.csv"), [this] {
        m_detailStack->currentWidget()->setFocus(Qt::OtherFocusReason);
    })->addPageActions(reviewActions());
    setService(nullptr);
}

ReviewQueuePage::~ReviewQueuePage() = default;

QAction *ReviewQueuePage::addReviewAction(const QString &text, const QKeySequence &shortcut, const char *objectName)
{
    auto *action = new QAction(text, this);
    action->setObjectName(QLatin1String(objectName));
    action->setShortcut(shortcut);
    action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    addAction(action);
    return action;
}

QList<QAction *> ReviewQueuePage::reviewActions() const
{
    return {m_approve, m_reject, m_return, m_take, m_confirm};
}

void ReviewQueuePage::setService(DealService *service)
{
    if (m_service)
        disconnect(m_service, nullptr, this, nullptr);
    m_service = service;
    m_banner->hide();
    if (service) {
        connect(service, &DealService::dealStored, this, [this] {
            if (!m_busy)
                reload();
        });
        // An undone decision brings its registrations back: show them, ready for the decision made anew.
        connect(service, &DealService::decisionsTakenBack, this, [this](const QStringList &ids) {
            m_banner->hide(); // it told of the decision now taken back
            selectIds(ids);
        });
    }
    reload();
}

void ReviewQueuePage::reload()
{
    const QStringList selected = selectedIds();
    const int currentRow = m_table->currentIndex().row();
    if (!m_service) {
        m_model->reset(0, {}, {});
        m_count = 0;
        m_total = 0;
    } else {
        storage::DealFilter filter;
        filter.reviewQueue = true;
        // The deals' full-text filter: customer, INN, partner and product, folded as every search field folds.
        filter.text = m_search->text().trimmed();
        auto query = m_service->query(filter, m_sort, m_order);
        auto count = query->count();
        m_count = count ? count.value() : 0;
        m_total = filter.text.isEmpty() ? m_count : m_service->reviewQueueCount();
        if (!count)
            showBanner(QStringLiteral("error"), count.error().text().toHtmlEscaped());
        m_model->reset(
            m_count, [query](qint64 offset, int limit) { return query->page(offset, limit); }, m_service->now());
    }
    // Keep the selection where the rows still are; after a decision the next registration takes its place.
    QItemSelection keep;
    for (int row = 0; row < std::min<qint64>(m_count, DealsModel::kPageSize); ++row) {
        if (selected.contains(m_model->index(row, 0).data(DealsModel::IdRole).toString()))
            keep.select(m_model->index(row, 0), m_model->index(row, DealsModel::ColumnCount - 1));
    }
    if (!keep.isEmpty()) {
        m_table->selectionModel()->select(keep, QItemSelectionModel::ClearAndSelect);
        m_table->selectionModel()->setCurrentIndex(keep.indexes().first(), QItemSelectionModel::NoUpdate);
    } else if (currentRow >= 0 && m_count > 0) {
        selectRow(static_cast<int>(std::min<qint64>(currentRow, m_count - 1)));
    }
    updateListState();
    showCurrent();
    updateActions();
    emit queueCountChanged(m_total);
}

bool ReviewQueuePage::selectRow(int row)
{
    if (row < 0 || row >= m_model->rowCount())
        return false;
    const QModelIndex index = m_model->index(row, 0);
    m_table->selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    m_table->scrollTo(index, QAbstractItemView::PositionAtCenter);
    return true;
}

void ReviewQueuePage::selectIds(const QStringList &ids)
{
    QItemSelection selection;
    QModelIndex first;
    for (int row = 0; row < std::min<qint64>(m_count, DealsModel::kPageSize); ++row) {
        const QModelIndex index = m_model->index(row, 0);
        if (!ids.contains(index.data(DealsModel::IdRole).toString()))
            continue;
        selection.select(index, m_model->index(row, DealsModel::ColumnCount - 1));
        if (!first.isValid())
            first = index;
    }
    if (!first.isValid())
        return;
    m_table->selectionModel()->setCurrentIndex(first, QItemSelectionModel::NoUpdate);
    m_table->selectionModel()->select(selection, QItemSelectionModel::ClearAndSelect);
    m_table->scrollTo(first);
}

QString ReviewQueuePage::shownId() const
{
    return shownIndex().data(DealsModel::IdRole).toString();
}

QModelIndex ReviewQueuePage::shownIndex() const
{
    const QItemSelectionModel *selection = m_table->selectionModel();
    const QModelIndex current = m_table->currentIndex();
    if (current.isValid() && selection->isRowSelected(current.row(), QModelIndex()))
        return current.siblingAtColumn(0);
    // The current row was deselected (Ctrl+click): the form shows a registration that is still selected.
    const QModelIndexList rows = selection->selectedRows();
    return rows.isEmpty() ? QModelIndex() : rows.first();
}

QModelIndexList ReviewQueuePage::targetRows() const
{
    QModelIndexList rows = m_table->selectionModel()->selectedRows();
    if (rows.size() > 1) {
        std::sort(rows.begin(), rows.end(),
                  [](const QModelIndex &a, const QModelIndex &b) { return a.row() < b.row(); });
        return rows;
    }
    const QModelIndex shown = shownIndex();
    return shown.isValid() ? QModelIndexList{shown} : QModelIndexList{};
}

QString ReviewQueuePage::customerOf(const QModelIndex &row) const
{
    return m_model->index(row.row(), DealsModel::Customer).data().toString();
}

QString ReviewQueuePage::namesOf(const QModelIndexList &rows, int listed) const
{
    QStringList names;
    for (const QModelIndex &row : rows.mid(0, listed))
        names << customerOf(row);
    const int more = static_cast<int>(rows.size()) - static_cast<int>(names.size());
    QString text = names.join(QStringLiteral("; "));
    if (more > 0)
        text = tr("%1 and %n more", nullptr, more).arg(text);
    return text;
}

bool ReviewQueuePage::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() != QEvent::KeyPress)
        return QWidget::eventFilter(watched, event);
    auto *key = static_cast<QKeyEvent *>(event);
    if (watched == m_search && key->key() == Qt::Key_Down && key->modifiers() == Qt::NoModifier) {
        // From the search straight into the results.
        m_table->setFocus();
        if (shownId().isEmpty())
            selectRow(0);
        return true;
    }
    const Qt::KeyboardModifiers held =
        key->modifiers() & (Qt::ControlModifier | Qt::ShiftModifier | Qt::AltModifier | Qt::MetaModifier);
    if (watched != m_table || held != Qt::ControlModifier)
        return QWidget::eventFilter(watched, event);
    // A table moves only its current row on Ctrl+arrows, Ctrl+Home and Ctrl+End and leaves the selection
    // behind; the form follows the current row and the decision would follow the selection. Here the
    // keyboard moves both, so the registration shown is the one decided. (Shift extends the selection
    // and Ctrl+click picks several, as anywhere.)
    switch (key->key()) {
    case Qt::Key_Home:
        selectRow(0);
        return true;
    case Qt::Key_End:
        selectRow(m_model->rowCount() - 1);
        return true;
    case Qt::Key_Up:
    case Qt::Key_Down:
    case Qt::Key_PageUp:
    case Qt::Key_PageDown: {
        QKeyEvent plain(QEvent::KeyPress, key->key(), key->modifiers() & Qt::KeypadModifier, key->text(),
                        key->isAutoRepeat(), static_cast<quint16>(key->count()));
        QCoreApplication::sendEvent(m_table, &plain);
        return true;
    }
    default:
        return QWidget::eventFilter(watched, event);
    }
}

QStringList ReviewQueuePage::selectedIds() const
{
    QStringList ids;
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    for (const QModelIndex &index : rows) {
        const QString id = index.data(DealsModel::IdRole).toString();
        if (!id.isEmpty())
            ids << id;
    }
    return ids;
}

void ReviewQueuePage::updateListState()
{
    const QString search = m_search->text().trimmed();
    if (!m_service) {
        m_listStack->setCurrentWidget(m_noDatabase);
        m_header->setSubtitle(tr("No database is open"));
    } else if (m_total == 0) {
        m_listStack->setCurrentWidget(m_emptyQueue);
        m_header->setSubtitle(tr("No registrations are awaiting a decision"));
    } else if (m_count == 0) {
        m_listStack->setCurrentWidget(m_noMatch);
        m_noMatch->setText(tr("No customer, INN, partner or product in the queue matches «%1».").arg(search));
        const int n = static_cast<int>(std::min<qint64>(m_total, INT_MAX));
        m_header->setSubtitle(
            readablePlural(tr("%Ln registration(s) awaiting a decision, oldest first", nullptr, n), n));
    } else {
        m_listStack->setCurrentWidget(m_table);
        const int n = static_cast<int>(std::min<qint64>(m_total, INT_MAX));
        if (search.isEmpty()) {
            m_header->setSubtitle(
                readablePlural(tr("%Ln registration(s) awaiting a decision, oldest first", nullptr, n), n));
        } else {
            const int shown = static_cast<int>(std::min<qint64>(m_count, INT_MAX));
            m_header->setSubtitle(
                readablePlural(tr("%Ln of %1 awaiting a decision match the search", nullptr, shown), shown)
                    .arg(QLocale().toString(n)));
        }
    }
}

void ReviewQueuePage::updateActions()
{
    bool awaiting = false, inProgress = false;
    const QModelIndexList rows = targetRows();
    for (const QModelIndex &index : rows) {
        const auto state = static_cast<ApplicationState>(index.data(DealsModel::StateRole).toInt());
        awaiting = awaiting || state == ApplicationState::AwaitingReview;
        inProgress = inProgress || state == ApplicationState::InProgress;
    }
    const bool any = !rows.isEmpty() && m_service;
    for (QAction *action : {m_approve, m_reject, m_return})
        action->setEnabled(any);
    m_take->setEnabled(any && awaiting);
    m_confirm->setEnabled(any && inProgress);
    const int n = static_cast<int>(rows.size());
    m_approve->setText(n > 1 ? tr("Approve %1").arg(n) : tr("Approve"));
    m_reject->setText(n > 1 ? tr("Reject %1…").arg(n) : tr("Reject…"));
    for (QAction *action : {m_approve, m_reject}) {
        const QString name = action->objectName().replace(QLatin1String("Action"), QLatin1String("Button"));
        if (auto *button = findChild<QPushButton *>(name))
            button->setText(action->text());
    }
}

void ReviewQueuePage::showCurrent()
{
    const QModelIndex shown = shownIndex();
    const QString id = shown.data(DealsModel::IdRole).toString();
    if (!m_service || id.isEmpty()) {
        m_detailStack->setCurrentWidget(m_noSelection);
        return;
    }
    auto registration = m_service->get(id);
    if (!registration) {
        m_detailStack->setCurrentWidget(m_noSelection);
        showBanner(QStringLiteral("error"), registration.error().text().toHtmlEscaped());
        return;
    }
    const domain::Registration &r = registration.value();
    m_title->setText(r.customerName);
    m_subtitle->setText(
        tr("%1 · filed %2 · %3").arg(r.partnerName, dealText::dateTime(r.filedAt), domain::displayName(r.state)));
    const QModelIndexList targets = targetRows();
    const int selected = static_cast<int>(targets.size());
    m_selectionNote->setVisible(selected > 1);
    if (selected > 1)
        m_selectionNote->setText(
            readablePlural(tr("%Ln registration(s) selected: %1. Approve, Reject and Return apply to all of them, "
                              "each checked on its own. The form below shows %2.",
                              nullptr, selected),
                           selected)
                .arg(namesOf(targets, 3), r.customerName));
    m_form->setRegistration(r);
    if (auto conflicts = m_service->conflictsOf(r))
        m_conflicts->setConflicts(r, conflicts.value(), m_service->now());
    else
        m_conflicts->showError(conflicts.error().text());
    m_detailStack->setCurrentIndex(1);
}

void ReviewQueuePage::showBanner(const QString &kind, const QString &text)
{
    m_banner->setProperty("kind", kind);
    m_banner->setText(text);
    m_banner->style()->unpolish(m_banner);
    m_banner->style()->polish(m_banner);
    m_banner->show();
}

bool ReviewQueuePage::confirmSeveral(const QModelIndexList &rows)
{
    const int n = static_cast<int>(rows.size());
    QMessageBox box(QMessageBox::Question, tr("Approve registrations"),
                    readablePlural(tr("Approve %n registration(s)?", nullptr, n), n), QMessageBox::NoButton, this);
    box.setObjectName(QStringLiteral("approveSeveralBox"));
    QStringList lines;
    for (const QModelIndex &row : rows.mid(0, 8))
        lines << QStringLiteral("• %1 (%2)")
                     .arg(customerOf(row), m_model->index(row.row(), DealsModel::Partner).data().toString());
    if (n > lines.size())
        lines << tr("and %n more", nullptr, n - static_cast<int>(lines.size()));
    box.setInformativeText(lines.join(QLatin1Char('\n')) + QStringLiteral("\n\n")
                           + tr("Each is checked on its own; a registration that competes with a protected one stays "
                                "in the queue."));
    QPushButton *approve = box.addButton(tr("Approve %n", nullptr, n), QMessageBox::AcceptRole);
    approve->setObjectName(QStringLiteral("approveSeveralButton"));
    box.addButton(QMessageBox::Cancel);
    box.setDefaultButton(approve);
    box.exec();
    return box.clickedButton() == approve;
}

void ReviewQueuePage::approveSelected()
{
    const QModelIndexList rows = targetRows();
    if (!m_service || rows.isEmpty() || (rows.size() > 1 && !confirmSeveral(rows)))
        return;
    decide(rows, ApplicationState::Registered, {});
}

void ReviewQueuePage::rejectSelected()
{
    const QModelIndexList rows = targetRows();
    const int n = static_cast<int>(rows.size());
    if (!m_service || n == 0)
        return;
    const QString reason = ReasonDialog::ask(
        this, n > 1 ? tr("Reject %1 registrations").arg(n) : tr("Reject registration"),
        n > 1 ? readablePlural(tr("%Ln registration(s): %1", nullptr, n), n).arg(namesOf(rows, 5))
              : customerOf(rows.first()),
        tr("The partner sees this reason. A rejection is final; the partner may file a new registration."),
        n > 1 ? tr("Reject %n", nullptr, n) : tr("Reject"));
    if (!reason.isEmpty())
        decide(rows, ApplicationState::Rejected, reason);
}

void ReviewQueuePage::returnSelected()
{
    const QModelIndexList rows = targetRows();
    const int n = static_cast<int>(rows.size());
    if (!m_service || n == 0)
        return;
    const QString comment = ReasonDialog::ask(
        this, n > 1 ? tr("Return %1 registrations to the partner").arg(n) : tr("Return to the partner"),
        n > 1 ? readablePlural(tr("%Ln registration(s): %1", nullptr, n), n).arg(namesOf(rows, 5))
              : customerOf(rows.first()),
        tr("Tell the partner what to change; the registration comes back to the queue when it is resubmitted."),
        n > 1 ? tr("Return %n", nullptr, n) : tr("Return"));
    if (!comment.isEmpty())
        decide(rows, ApplicationState::Returned, comment);
}

void ReviewQueuePage::takeIntoReview()
{
    decide(targetRows(), ApplicationState::InProgress, {});
}

void ReviewQueuePage::requestConfirmation()
{
    decide(targetRows(), ApplicationState::Confirmation, {});
}

void ReviewQueuePage::decide(const QModelIndexList &rows, ApplicationState to, const QString &comment)
{
    if (!m_service || rows.isEmpty())
        return;
    struct Line
    {
        QString customer;
        QString refusal;
    };
    QList<Line> done, refused;
    QStringList ids, who;
    for (const QModelIndex &index : rows) {
        ids << index.data(DealsModel::IdRole).toString();
        who << tr("%1 (%2)").arg(customerOf(index), m_model->index(index.row(), DealsModel::Partner).data().toString());
    }
    m_busy = true;
    const auto results = m_service->decide(ids, to, comment);
    m_busy = false;
    for (qsizetype i = 0; i < results.size(); ++i) {
        const auto &result = results.at(i);
        if (result)
            done.append({who.at(i), {}});
        else
            refused.append({who.at(i), result.error().detail.isEmpty()
                                           ? result.error().message
                                           : result.error().message + QLatin1Char(' ') + result.error().detail});
    }

    const QString verb = to == ApplicationState::Registered   ? tr("approved")
                         : to == ApplicationState::Rejected   ? tr("rejected")
                         : to == ApplicationState::Returned   ? tr("returned to the partner")
                         : to == ApplicationState::InProgress ? tr("taken into review")
                                                              : tr("sent for confirmation");
    QString html;
    if (refused.isEmpty()) {
        html = done.size() == 1 ? tr("<b>%1</b> was %2.").arg(done.first().customer.toHtmlEscaped(), verb)
                                : tr("All %1 registrations were %2.").arg(done.size()).arg(verb);
    } else {
        if (rows.size() == 1)
            html = tr("<b>%1</b> was not %2.").arg(refused.first().customer.toHtmlEscaped(), verb);
        else
            html = tr("%1 of %2 registrations were %3; %4 refused:")
                       .arg(done.size())
                       .arg(rows.size())
                       .arg(verb)
                       .arg(refused.size());
        html += QStringLiteral("<ul style='margin:4px 0 0 -24px'>");
        for (const Line &line : refused)
            html += QStringLiteral("<li>%1%2</li>")
                        .arg(rows.size() == 1 ? QString()
                                              : QStringLiteral("<b>%1</b>: ").arg(line.customer.toHtmlEscaped()),
                             line.refusal.toHtmlEscaped());
        html += QStringLiteral("</ul>");
    }
    showBanner(refused.isEmpty() ? QStringLiteral("success")
               : done.isEmpty()  ? QStringLiteral("error")
                                 : QStringLiteral("warning"),
               html);
    reload();
}

void ReviewQueuePage::saveLayout() const
{
    Settings::saveSplitter(m_splitter);
    Settings::saveHeader(m_table->horizontalHeader(), m_table->objectName());
}

void ReviewQueuePage::restoreLayout()
{
    if (!Settings::restoreSplitter(m_splitter))
        m_splitter->setSizes({680, 580}); // room for the customer beside partner, state and date
    QHeaderView *header = m_table->horizontalHeader();
    if (!Settings::restoreHeader(header, m_table->objectName())) {
        // A customer's and a partner's name whole, as on the Deals page; on a narrow screen the list
        // scrolls sideways to its state and date rather than cut a name.
        const std::pair<int, int> widths[] = {
            {DealsModel::Customer, columnWidthForText(m_table, 28)},
            {DealsModel::CustomerInn, 110},
            {DealsModel::Partner, columnWidthForText(m_table, 20)},
            {DealsModel::Products, 160},
            {DealsModel::Amount, 130},
            {DealsModel::State, columnWidthForTexts(m_table, dealText::stateColumnTexts())},
            {DealsModel::Filed, 140}};
        for (auto [column, width] : widths)
            header->resizeSection(column, width);
        for (int column : {DealsModel::CustomerInn, DealsModel::Products, DealsModel::Amount,
                           DealsModel::ProtectionEnds, DealsModel::Expected})
            header->setSectionHidden(column, true);
        header->setStretchLastSection(true);
    }
    fitSectionsToTitles(header);
}

} // namespace pd::views
