#include "SyncPage.h"

#include "Database.h"
#include "FieldText.h"
#include "KeychainCredentials.h"
#include "ListPageParts.h"
#include "ServerTrust.h"
#include "RejectedText.h"
#include "ServerTrustPolicy.h"
#include "SyncLogView.h"
#include "SyncStatusIndicator.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLabel>
#include <QLocale>
#include <QMessageBox>
#include <QPainter>
#include <QPushButton>
#include <QSet>
#include <QSettings>
#include <QSignalBlocker>
#include <QSplitter>
#include <QTableWidget>
#include <QTimer>
#include <QVBoxLayout>

#include <algorithm>

namespace pd::views {
namespace {

using namespace pd::sync::client;

QString valueText(const SyncConflict &c, const std::optional<QJsonValue> &v)
{
    if (!v)
        return SyncPage::tr("(none)");
    if (c.isDeletion())
        return v->toBool() ? SyncPage::tr("deleted") : SyncPage::tr("kept, edited");
    return fieldText::value(c.entity, c.field, *v);
}

// The raw text a person edits for a conflicting value: numbers as numbers, lists as JSON.
QString editableText(const std::optional<QJsonValue> &v)
{
    if (!v || v->isNull())
        return {};
    if (v->isString())
        return v->toString();
    if (v->isDouble())
        return QString::number(v->toInteger());
    return QString::fromUtf8(QJsonDocument(QJsonArray{*v}).toJson(QJsonDocument::Compact)).mid(1).chopped(1);
}

QString recordText(const QString &entity, const QString &label)
{
    return fieldText::entityName(entity) + QStringLiteral(" «") + label + QStringLiteral("»");
}

// Who stored the server's value, from which device and when: "ivanova · laptop-7 · 12.03.2026 14:05";
// «—» for what is not known (conflicts found before the server sent it).
QString authorText(const SyncConflict &c)
{
    const auto orDash = [](const QString &s) {
        return s.isEmpty() ? QStringLiteral("—") : s;
    };
    if (c.theirUser.isEmpty() && c.theirDevice.isEmpty() && !c.theirAt.isValid())
        return QStringLiteral("—");
    return QStringList{orDash(c.theirUser), orDash(c.theirDevice),
                       c.theirAt.isValid() ? QLocale().toString(c.theirAt.toLocalTime(), QLocale::ShortFormat)
                                           : QStringLiteral("—")}
        .join(QStringLiteral(" · "));
}

// The selected row shows what was refused (its record and change); the line under it says why and what to do.
QString explanationText(const rejectedText::Explanation &x)
{
    return SyncPage::tr("<b>Why:</b> %1<br><b>What to do:</b> %2").arg(x.why.toHtmlEscaped(), x.todo.toHtmlEscaped());
}

QString explanationTip(const rejectedText::Explanation &x)
{
    return SyncPage::tr("Refused: %1\nWhy: %2\nWhat to do: %3").arg(x.what, x.why, x.todo);
}

// A table that says what it is for and what to do while it has no rows (its "emptyText" property).
class EmptyTextTable final : public QTableWidget
{
public:
    using QTableWidget::QTableWidget;

    void setEmptyText(const QString &text)
    {
        setProperty("emptyText", text);
        viewport()->update();
    }

protected:
    void paintEvent(QPaintEvent *event) override
    {
        QTableWidget::paintEvent(event);
        if (rowCount() > 0)
            return;
        QPainter painter(viewport());
        painter.setPen(palette().color(QPalette::Disabled, QPalette::Text));
        const QRect area = viewport()->rect().adjusted(16, 12, -16, -12);
        painter.drawText(area, Qt::AlignCenter | Qt::TextWordWrap, property("emptyText").toString());
    }
};

QTableWidget *makeTable(const QString &name, const QStringList &headers, QWidget *parent)
{
    auto *t = new EmptyTextTable(0, int(headers.size()), parent);
    t->setObjectName(name);
    t->setHorizontalHeaderLabels(headers);
    t->setSelectionBehavior(QAbstractItemView::SelectRows);
    t->setSelectionMode(QAbstractItemView::SingleSelection);
    t->setEditTriggers(QAbstractItemView::NoEditTriggers);
    t->verticalHeader()->hide();
    t->horizontalHeader()->setStretchLastSection(true);
    t->setAlternatingRowColors(true);
    return t;
}

} // namespace

SyncPage::SyncPage(QWidget *parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("syncPage"));
    qRegisterMetaType<SyncStatus>();
    auto *layout = new QVBoxLayout(this);
    auto *title = new QLabel(tr("Sync and conflicts"), this);
    QFont f = title->font();
    f.setPointSizeF(f.pointSizeF() * 1.5);
    f.setBold(true);
    title->setFont(f);
    layout->addWidget(title);

    auto *stateRow = new QHBoxLayout;
    m_state = new QLabel(this);
    m_state->setObjectName(QStringLiteral("syncStateLabel"));
    m_details = new QLabel(this);
    m_details->setObjectName(QStringLiteral("syncDetailsLabel"));
    m_details->setWordWrap(true);
    auto *texts = new QVBoxLayout;
    texts->addWidget(m_state);
    texts->addWidget(m_details);
    stateRow->addLayout(texts, 1);
    m_allowDelete = new QPushButton(tr("Apply the deletions"), this);
    m_allowDelete->setObjectName(QStringLiteral("allowMassDeleteButton"));
    m_allowDelete->hide();
    m_syncNow = new QPushButton(QIcon(QStringLiteral(":/icons/sync.svg")), tr("Sync now"), this);
    m_syncNow->setObjectName(QStringLiteral("syncNowButton"));
    stateRow->addWidget(m_allowDelete);
    stateRow->addWidget(m_syncNow);
    layout->addLayout(stateRow);

    m_splitter = new QSplitter(Qt::Vertical, this);
    m_splitter->setObjectName(QStringLiteral("syncSplitter"));
    m_splitter->setChildrenCollapsible(false);
    layout->addWidget(m_splitter, 1);
    const auto pane = [this] {
        auto *w = new QWidget(m_splitter);
        auto *l = new QVBoxLayout(w);
        l->setContentsMargins(0, 4, 0, 4);
        m_splitter->addWidget(w);
        return l;
    };

    QVBoxLayout *conflictPane = pane();
    conflictPane->addWidget(new QLabel(
        tr("<b>Conflicts</b> — you and a colleague changed the same field; both values are kept until you choose."),
        this));
    m_conflictTable =
        makeTable(QStringLiteral("conflictsTable"),
                  {tr("Record"), tr("Field"), tr("Mine"), tr("Theirs"), tr("Base"), tr("Theirs changed by")}, this);
    m_conflictTable->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_conflictTable->horizontalHeaderItem(5)->setToolTip(
        tr("Who stored the server's value, from which device and when"));
    conflictPane->addWidget(m_conflictTable, 1);
    auto *conflictButtons = new QHBoxLayout;
    auto *hint = new QLabel(tr("Select several rows (Ctrl+A: all) to settle them by one rule."), this);
    hint->setObjectName(QStringLiteral("conflictSelectionHint"));
    hint->setForegroundRole(QPalette::PlaceholderText);
    hint->setWordWrap(true);
    m_keepMine = new QPushButton(tr("Keep mine"), this);
    m_keepMine->setObjectName(QStringLiteral("keepMineButton"));
    m_takeTheirs = new QPushButton(tr("Take theirs"), this);
    m_takeTheirs->setObjectName(QStringLiteral("takeTheirsButton"));
    m_keepNewer = new QPushButton(tr("Keep the newer"), this);
    m_keepNewer->setObjectName(QStringLiteral("keepNewerButton"));
    m_keepNewer->setToolTip(tr("For each conflict, the value changed last: yours (by this computer's history) or "
                               "theirs (by the server's time)"));
    m_edit = new QPushButton(tr("Edit…"), this);
    m_edit->setObjectName(QStringLiteral("editValueButton"));
    conflictButtons->addWidget(hint, 1);
    conflictButtons->addWidget(m_keepMine);
    conflictButtons->addWidget(m_takeTheirs);
    conflictButtons->addWidget(m_keepNewer);
    conflictButtons->addWidget(m_edit);
    conflictPane->addLayout(conflictButtons);

    QVBoxLayout *changePane = pane();
    changePane->addWidget(new QLabel(
        tr("<b>Changes not on the server yet</b> — pending ones go with the next sync; rejected ones say why."), this));
    m_changeTable =
        makeTable(QStringLiteral("changesTable"), {tr("State"), tr("Record"), tr("Change"), tr("Reason")}, this);
    changePane->addWidget(m_changeTable, 1);
    auto *changeButtons = new QHBoxLayout;
    m_explanation = new QLabel(this);
    m_explanation->setObjectName(QStringLiteral("rejectedExplanationLabel"));
    m_explanation->setWordWrap(true);
    m_explanation->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_discard = new QPushButton(tr("Discard rejected change"), this);
    m_discard->setObjectName(QStringLiteral("discardRejectedButton"));
    changeButtons->addWidget(m_explanation, 1);
    changeButtons->addWidget(m_discard, 0, Qt::AlignTop);
    changePane->addLayout(changeButtons);

    m_log = new SyncLogView(m_splitter);
    m_splitter->addWidget(m_log);
    for (int i = 0; i < 3; ++i)
        m_splitter->setStretchFactor(i, 1);
    // Scaled to the room there is; the unsent changes need a line more for the selected one's explanation.
    m_splitter->setSizes({30, 37, 33});
    m_splitter->restoreState(QSettings().value(QStringLiteral("syncPage/splitter")).toByteArray());
    connect(m_splitter, &QSplitter::splitterMoved, this,
            [this] { QSettings().setValue(QStringLiteral("syncPage/splitter"), m_splitter->saveState()); });

    m_indicator = new SyncStatusIndicator(this);
    connect(m_indicator, &SyncStatusIndicator::clicked, this, &SyncPage::showRequested);
    connect(m_syncNow, &QPushButton::clicked, this, &SyncPage::syncNow);
    connect(m_allowDelete, &QPushButton::clicked, this, [this] {
        if (m_controller)
            m_controller->allowMassDeleteOnce();
    });
    connect(m_keepMine, &QPushButton::clicked, this, [this] { resolveSelected(ResolveRule::KeepMine); });
    connect(m_takeTheirs, &QPushButton::clicked, this, [this] { resolveSelected(ResolveRule::TakeTheirs); });
    connect(m_keepNewer, &QPushButton::clicked, this, [this] { resolveSelected(ResolveRule::Newest); });
    connect(m_edit, &QPushButton::clicked, this, &SyncPage::editSelected);
    connect(m_conflictTable, &QTableWidget::itemSelectionChanged, this, &SyncPage::updateButtons);
    connect(m_changeTable, &QTableWidget::itemSelectionChanged, this, &SyncPage::updateButtons);
    connect(m_discard, &QPushButton::clicked, this, [this] {
        const int row = m_changeTable->currentRow();
        if (!m_db || row < 0 || row >= m_changes.size())
            return;
        if (Status s = SyncJournal(m_db->connection()).dismissRejected(m_changes.at(row).seq); !s)
            QMessageBox::warning(this, tr("Sync"), s.error().text());
        refresh();
        emit dataChanged();
    });
    m_poll = new QTimer(this);
    m_poll->setInterval(5000); // local edits change the pending count
    connect(m_poll, &QTimer::timeout, this, &SyncPage::refresh);
    m_poll->start();
    refresh();
}

SyncPage::~SyncPage() = default;

void SyncPage::setDatabase(const QString &path)
{
    m_controller.reset();
    m_db.reset();
    m_path = path;
    m_status = {};
    if (!path.isEmpty()) {
        auto db = storage::Database::open(path, storage::Database::Mode::OpenExisting);
        if (db)
            m_db = std::move(db).value();
        startWorker();
    }
    refresh();
}

void SyncPage::startWorker()
{
    const sync::ServerTrust::Account account = sync::ServerTrust().account();
    m_account = account.isNull() ? QString() : account.user + QLatin1Char('@') + account.server.toString();
    if (account.isNull() || m_path.isEmpty())
        return;
    SyncWorker::Setup setup;
    setup.databasePath = m_path;
    setup.server = account.server;
    setup.intervalSeconds = QSettings().value(QStringLiteral("sync/intervalSeconds"), 300).toInt();
    setup.makeTls = [] {
        return std::make_unique<ServerTrustPolicy>(sync::ServerTrust());
    };
    const QUrl server = account.server;
    const QString user = account.user;
    setup.makeCredentials = [server, user] {
        return std::make_unique<KeychainCredentials>(server, user);
    };
    m_controller = std::make_unique<SyncController>(setup);
    connect(m_controller.get(), &SyncController::statusChanged, this, &SyncPage::onStatus);
    QTimer::singleShot(1000, this, &SyncPage::syncNow);
}

void SyncPage::syncNow()
{
    const sync::ServerTrust::Account account = sync::ServerTrust().account();
    const QString current = account.isNull() ? QString() : account.user + QLatin1Char('@') + account.server.toString();
    if (m_controller && current == m_account && m_status.state == SyncStatus::State::SignIn) {
        emit signInRequested();
        return;
    }
    if (current != m_account || !m_controller)
        startWorker();
    if (m_controller) {
        m_controller->syncNow();
        return;
    }
    m_details->setText(tr("No sync account yet: set the server and your user in File → Sync Account…"));
    if (account.isNull())
        emit signInRequested(); // the window opens the Sync Account dialog: there is nothing to sync with yet
}

void SyncPage::restartAfterSignIn()
{
    m_status = {};
    startWorker(); // a fresh worker reads the token the sign-in just left
    if (m_controller)
        m_controller->syncNow();
    refresh();
}

void SyncPage::onStatus(const SyncStatus &status)
{
    const bool pulled = status.report.pulled > 0 || status.report.conflicts > 0;
    m_status = status;
    refresh();
    if (pulled)
        emit dataChanged();
}

void SyncPage::refresh()
{
    SyncOverview overview;
    QList<SyncLogEntry> log;
    m_conflicts.clear();
    m_changes.clear();
    if (m_db) {
        SyncJournal journal(m_db->connection());
        if (auto o = journal.overview())
            overview = o.value();
        if (auto c = journal.openConflicts())
            m_conflicts = c.value();
        if (auto p = journal.outbox(QStringLiteral("rejected"), 200))
            m_changes = p.value();
        if (auto p = journal.outbox(QStringLiteral("pending"), 200))
            m_changes += p.value();
        if (auto l = journal.log())
            log = l.value();
    }
    const bool configured = !m_account.isEmpty();
    m_indicator->show(m_status, overview, configured);
    m_state->setText(m_indicator->text());
    QStringList details;
    details << (configured ? tr("Account: %1").arg(m_account) : tr("No sync account yet: File → Sync Account…"));
    if (!overview.lastSyncAt.isValid())
        details << tr("Never synced"); // else the state line above says when
    if (!m_status.message.isEmpty())
        details << m_status.message;
    else if (!overview.lastError.isEmpty())
        details << overview.lastError;
    if (m_status.nextRetry.isValid())
        details << tr("Retrying by itself at %1.")
                       .arg(QLocale().toString(m_status.nextRetry.toLocalTime().time(), QLocale::ShortFormat));
    if (overview.keepsLocal)
        details << tr(
            "The demo's records stay on this computer: sync never sends them, nor anything added under a demo "
            "partner. Partners you add yourself sync as usual.");
    m_details->setText(details.join(QStringLiteral("\n")));
    m_allowDelete->setVisible(overview.massDeletePending > 0);
    m_syncNow->setEnabled(m_db != nullptr && m_status.state != SyncStatus::State::Syncing);

    fillConflicts();
    fillChanges();
    for (QTableWidget *table : {m_conflictTable, m_changeTable}) {
        for (int col = 0; col + 1 < table->columnCount(); ++col)
            table->setColumnWidth(col, std::min(table->columnWidth(col), 260)); // a long value reads in its tooltip
        fitSectionsToTitles(table->horizontalHeader());
    }
    m_log->setEntries(log);
    updateEmptyTexts(configured);
    updateButtons();
}

void SyncPage::fillConflicts()
{
    QSet<qint64> selected;
    for (const qint64 id : selectedConflictIds())
        selected.insert(id);
    const int current = m_conflictTable->currentRow();
    const qint64 currentId = current >= 0 && current < m_conflictTable->rowCount()
                                 ? m_conflictTable->item(current, 0)->data(Qt::UserRole).toLongLong()
                                 : 0;
    const QSignalBlocker block(m_conflictTable);
    m_conflictTable->clearSelection();
    m_conflictTable->setRowCount(int(m_conflicts.size()));
    const QLocale locale;
    for (int i = 0; i < m_conflicts.size(); ++i) {
        const SyncConflict &c = m_conflicts.at(i);
        const QStringList cells{recordText(c.entity, c.recordLabel),
                                fieldText::label(c.entity, c.field),
                                valueText(c, c.mine),
                                valueText(c, c.theirs),
                                valueText(c, c.base),
                                authorText(c)};
        for (int col = 0; col < cells.size(); ++col) {
            auto *item = new QTableWidgetItem(cells.at(col));
            item->setToolTip(cells.at(col));
            item->setData(Qt::UserRole, c.id);
            m_conflictTable->setItem(i, col, item);
        }
        if (c.mineAt.isValid())
            m_conflictTable->item(i, 2)->setToolTip(
                tr("%1\nChanged here: %2")
                    .arg(cells.at(2), locale.toString(c.mineAt.toLocalTime(), QLocale::ShortFormat)));
    }
    // The selection follows the conflicts, not the rows: a settled one leaves, the others stay selected.
    int firstSelected = -1;
    for (int i = 0; i < m_conflicts.size(); ++i) {
        if (!selected.contains(m_conflicts.at(i).id) && m_conflicts.at(i).id != currentId)
            continue;
        m_conflictTable->selectionModel()->select(m_conflictTable->model()->index(i, 0),
                                                  QItemSelectionModel::Select | QItemSelectionModel::Rows);
        if (firstSelected < 0)
            firstSelected = i;
    }
    if (firstSelected < 0 && !m_conflicts.isEmpty()) {
        // The row that took the settled one's place, else the last.
        firstSelected = std::clamp(current, 0, int(m_conflicts.size()) - 1);
        m_conflictTable->selectRow(firstSelected);
    }
    if (firstSelected >= 0)
        m_conflictTable->setCurrentCell(firstSelected, 0, QItemSelectionModel::NoUpdate);
    m_conflictTable->resizeColumnsToContents();
}

void SyncPage::fillChanges()
{
    const int current = m_changeTable->currentRow();
    const QSignalBlocker block(m_changeTable);
    m_changeTable->setRowCount(int(m_changes.size()));
    SyncJournal journal(m_db ? m_db->connection() : QSqlDatabase());
    const rejectedText::NameOf nameOf = [&journal, this](const QString &entity, const QString &id) {
        return m_db ? journal.recordLabel(entity, id) : id;
    };
    for (int i = 0; i < m_changes.size(); ++i) {
        const OutboxEntry &e = m_changes.at(i);
        const bool rejected = e.state == QLatin1String("rejected");
        const QString change =
            e.op == QLatin1String("delete") ? tr("Deleted") : fieldText::changeSummary(e.entity, e.fields);
        const rejectedText::Explanation why = rejected ? rejectedText::explain(e, nameOf) : rejectedText::Explanation{};
        const QStringList cells{rejected ? tr("Rejected") : tr("Pending"), recordText(e.entity, e.recordLabel), change,
                                why.why};
        for (int col = 0; col < cells.size(); ++col) {
            auto *item = new QTableWidgetItem(cells.at(col));
            item->setToolTip(cells.at(col));
            m_changeTable->setItem(i, col, item);
        }
        if (rejected) {
            m_changeTable->item(i, 0)->setData(Qt::UserRole, explanationText(why));
            for (int col = 0; col < cells.size(); ++col)
                m_changeTable->item(i, col)->setToolTip(explanationTip(why));
        }
    }
    if (current >= 0 && current < m_changes.size())
        m_changeTable->selectRow(current);
    else if (!m_changes.isEmpty() && m_changes.first().state == QLatin1String("rejected"))
        m_changeTable->selectRow(0);
    m_changeTable->resizeColumnsToContents();
}

void SyncPage::updateEmptyTexts(bool configured)
{
    auto *conflicts = static_cast<EmptyTextTable *>(m_conflictTable);
    auto *changes = static_cast<EmptyTextTable *>(m_changeTable);
    if (!m_db) {
        conflicts->setEmptyText(tr("No database is open."));
        changes->setEmptyText(tr("No database is open."));
        return;
    }
    conflicts->setEmptyText(configured ? tr("No conflicts: nothing waits for your decision.")
                                       : tr("No conflicts. When you and a colleague change the same field, both "
                                            "values wait here for your choice."));
    changes->setEmptyText(configured ? tr("No unsent changes: everything is on the server.")
                                     : tr("No unsent changes. What you change is listed here until it is sent to "
                                          "the team server; set up the server in File → Sync Account…"));
}

void SyncPage::updateButtons()
{
    const int selected = int(selectedConflictIds().size());
    const int row = m_conflictTable->currentRow();
    m_keepMine->setEnabled(selected > 0);
    m_takeTheirs->setEnabled(selected > 0);
    m_keepNewer->setEnabled(selected > 0);
    m_edit->setEnabled(selected == 1 && row >= 0 && row < m_conflicts.size() && !m_conflicts.at(row).isDeletion());
    const int change = m_changeTable->currentRow();
    const bool rejected =
        change >= 0 && change < m_changes.size() && m_changes.at(change).state == QLatin1String("rejected");
    m_discard->setEnabled(rejected);
    m_explanation->setText(rejected ? m_changeTable->item(change, 0)->data(Qt::UserRole).toString() : QString());
    m_explanation->setVisible(rejected);
}

QList<qint64> SyncPage::selectedConflictIds() const
{
    QList<qint64> ids;
    const QModelIndexList rows = m_conflictTable->selectionModel()->selectedRows();
    for (const QModelIndex &index : rows) {
        if (index.row() < m_conflicts.size())
            ids.append(m_conflicts.at(index.row()).id);
    }
    return ids;
}

void SyncPage::resolveSelected(ResolveRule rule)
{
    const QList<qint64> ids = selectedConflictIds();
    if (!m_db || ids.isEmpty())
        return;
    if (ids.size() > 1) {
        const QString question =
            rule == ResolveRule::KeepMine ? tr("Keep your value in %n conflict(s)?", nullptr, int(ids.size()))
            : rule == ResolveRule::TakeTheirs
                ? tr("Take the server's value in %n conflict(s)?", nullptr, int(ids.size()))
                : tr("Keep the value changed last in each of %n conflict(s)?", nullptr, int(ids.size()));
        if (QMessageBox::question(this, tr("Resolve conflicts"), question, QMessageBox::Yes | QMessageBox::Cancel,
                                  QMessageBox::Yes)
            != QMessageBox::Yes)
            return;
    }
    auto done =
        SyncJournal(m_db->connection()).resolveAll(ids, rule, qEnvironmentVariable("USER", QStringLiteral("local")));
    if (!done) {
        QMessageBox::warning(this, tr("Resolve the conflict"), done.error().text());
        refresh();
        return;
    }
    refresh();
    emit dataChanged();
    if (done.value().skipped > 0)
        QMessageBox::information(this, tr("Resolve conflicts"),
                                 tr("%n conflict(s) left for you: when one side was changed is not known (found before "
                                    "this version recorded it). Keep mine or take theirs for them.",
                                    nullptr, done.value().skipped));
    if (m_controller && m_conflicts.isEmpty())
        m_controller->syncNow();
}

void SyncPage::editSelected()
{
    const int row = m_conflictTable->currentRow();
    if (!m_db || row < 0 || row >= m_conflicts.size())
        return;
    const SyncConflict c = m_conflicts.at(row);
    bool ok = false;
    const QString text = QInputDialog::getText(
        this, tr("Edit the value"), tr("%1 of «%2»:").arg(fieldText::label(c.entity, c.field), c.recordLabel),
        QLineEdit::Normal, editableText(c.mine), &ok);
    if (!ok)
        return;
    QJsonValue edited;
    if (c.mine && c.mine->isDouble())
        edited = QJsonValue(text.toLongLong());
    else if (c.mine && (c.mine->isArray() || c.mine->isObject()))
        edited = QJsonDocument::fromJson(QByteArray("[") + text.toUtf8() + "]").array().first();
    else
        edited = text;
    if (Status s = SyncJournal(m_db->connection())
                       .resolve(c.id, SyncJournal::Choice::Edited, edited,
                                qEnvironmentVariable("USER", QStringLiteral("local")));
        !s) {
        QMessageBox::warning(this, tr("Resolve the conflict"), s.error().text());
        return;
    }
    refresh();
    emit dataChanged();
    if (m_controller && m_conflicts.isEmpty())
        m_controller->syncNow();
}

} // namespace pd::views
