#include "SyncPage.h"

#include "Database.h"
#include "FieldText.h"
#include "KeychainCredentials.h"
#include "ListPageParts.h"
#include "ServerTrust.h"
#include "ServerTrustPolicy.h"
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
#include <QSettings>
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

    layout->addWidget(new QLabel(tr("<b>Conflicts</b> — you and a colleague changed the same field; both values are kept until you choose."), this));
    m_conflictTable = makeTable(QStringLiteral("conflictsTable"),
                                {tr("Record"), tr("Field"), tr("Mine"), tr("Theirs"), tr("Base")}, this);
    layout->addWidget(m_conflictTable, 2);
    auto *conflictButtons = new QHBoxLayout;
    m_keepMine = new QPushButton(tr("Keep mine"), this);
    m_keepMine->setObjectName(QStringLiteral("keepMineButton"));
    m_takeTheirs = new QPushButton(tr("Take theirs"), this);
    m_takeTheirs->setObjectName(QStringLiteral("takeTheirsButton"));
    m_edit = new QPushButton(tr("Edit…"), this);
    m_edit->setObjectName(QStringLiteral("editValueButton"));
    conflictButtons->addStretch(1);
    conflictButtons->addWidget(m_keepMine);
    conflictButtons->addWidget(m_takeTheirs);
    conflictButtons->addWidget(m_edit);
    layout->addLayout(conflictButtons);

    layout->addWidget(new QLabel(tr("<b>Changes not on the server yet</b> — pending ones go with the next sync; rejected ones say why."), this));
    m_changeTable = makeTable(QStringLiteral("changesTable"), {tr("State"), tr("Record"), tr("Change"), tr("Reason")}, this);
    layout->addWidget(m_changeTable, 1);
    auto *changeButtons = new QHBoxLayout;
    m_discard = new QPushButton(tr("Discard rejected change"), this);
    m_discard->setObjectName(QStringLiteral("discardRejectedButton"));
    changeButtons->addStretch(1);
    changeButtons->addWidget(m_discard);
    layout->addLayout(changeButtons);

    m_indicator = new SyncStatusIndicator(this);
    connect(m_indicator, &SyncStatusIndicator::clicked, this, &SyncPage::showRequested);
    connect(m_syncNow, &QPushButton::clicked, this, &SyncPage::syncNow);
    connect(m_allowDelete, &QPushButton::clicked, this, [this] {
        if (m_controller)
            m_controller->allowMassDeleteOnce();
    });
    connect(m_keepMine, &QPushButton::clicked, this, [this] { resolveSelected(SyncJournal::Choice::Mine); });
    connect(m_takeTheirs, &QPushButton::clicked, this, [this] { resolveSelected(SyncJournal::Choice::Theirs); });
    connect(m_edit, &QPushButton::clicked, this, [this] { resolveSelected(SyncJournal::Choice::Edited); });
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
    setup.makeTls = [] { return std::make_unique<ServerTrustPolicy>(sync::ServerTrust()); };
    const QUrl server = account.server;
    const QString user = account.user;
    setup.makeCredentials = [server, user] { return std::make_unique<KeychainCredentials>(server, user); };
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
    }
    const bool configured = !m_account.isEmpty();
    m_indicator->show(m_status, overview, configured);
    m_state->setText(m_indicator->text());
    QStringList details;
    details << (configured ? tr("Account: %1").arg(m_account) : tr("No sync account yet: File → Sync Account…"));
    details << (overview.lastSyncAt.isValid()
                    ? tr("Last sync: %1").arg(QLocale().toString(overview.lastSyncAt.toLocalTime(), QLocale::ShortFormat))
                    : tr("Never synced"));
    if (!m_status.message.isEmpty())
        details << m_status.message;
    else if (!overview.lastError.isEmpty())
        details << overview.lastError;
    if (m_status.nextRetry.isValid())
        details << tr("Retrying by itself at %1.").arg(QLocale().toString(m_status.nextRetry.toLocalTime().time(), QLocale::ShortFormat));
    m_details->setText(details.join(QStringLiteral("\n")));
    m_allowDelete->setVisible(overview.massDeletePending > 0);
    m_syncNow->setEnabled(m_db != nullptr && m_status.state != SyncStatus::State::Syncing);

    const int conflictRow = m_conflictTable->currentRow();
    m_conflictTable->setRowCount(int(m_conflicts.size()));
    for (int i = 0; i < m_conflicts.size(); ++i) {
        const SyncConflict &c = m_conflicts.at(i);
        const QStringList cells{recordText(c.entity, c.recordLabel), fieldText::label(c.entity, c.field),
                                valueText(c, c.mine), valueText(c, c.theirs), valueText(c, c.base)};
        for (int col = 0; col < cells.size(); ++col) {
            auto *item = new QTableWidgetItem(cells.at(col));
            item->setToolTip(cells.at(col));
            m_conflictTable->setItem(i, col, item);
        }
    }
    if (conflictRow >= 0 && conflictRow < m_conflicts.size())
        m_conflictTable->selectRow(conflictRow);
    else if (!m_conflicts.isEmpty())
        m_conflictTable->selectRow(0);
    m_conflictTable->resizeColumnsToContents();

    m_changeTable->setRowCount(int(m_changes.size()));
    for (int i = 0; i < m_changes.size(); ++i) {
        const OutboxEntry &e = m_changes.at(i);
        const QString change = e.op == QLatin1String("delete") ? tr("Deleted")
                                                               : fieldText::changeSummary(e.entity, e.fields);
        const QStringList cells{e.state == QLatin1String("rejected") ? tr("Rejected") : tr("Pending"),
                                recordText(e.entity, e.recordLabel), change, e.reason};
        for (int col = 0; col < cells.size(); ++col) {
            auto *item = new QTableWidgetItem(cells.at(col));
            item->setToolTip(cells.at(col));
            m_changeTable->setItem(i, col, item);
        }
    }
    m_changeTable->resizeColumnsToContents();
    for (QTableWidget *table : {m_conflictTable, m_changeTable}) {
        for (int col = 0; col + 1 < table->columnCount(); ++col)
            table->setColumnWidth(col, std::min(table->columnWidth(col), 320)); // a long change reads in its tooltip
        fitSectionsToTitles(table->horizontalHeader());
    }
    updateEmptyTexts(configured);
    updateButtons();
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
    const int row = m_conflictTable->currentRow();
    const bool has = row >= 0 && row < m_conflicts.size();
    m_keepMine->setEnabled(has);
    m_takeTheirs->setEnabled(has);
    m_edit->setEnabled(has && !m_conflicts.at(row).isDeletion());
    const int change = m_changeTable->currentRow();
    m_discard->setEnabled(change >= 0 && change < m_changes.size() && m_changes.at(change).state == QLatin1String("rejected"));
}

void SyncPage::resolveSelected(SyncJournal::Choice choice)
{
    const int row = m_conflictTable->currentRow();
    if (!m_db || row < 0 || row >= m_conflicts.size())
        return;
    const SyncConflict c = m_conflicts.at(row);
    QJsonValue edited;
    if (choice == SyncJournal::Choice::Edited) {
        bool ok = false;
        const QString text = QInputDialog::getText(this, tr("Edit the value"),
                                                   tr("%1 of «%2»:").arg(fieldText::label(c.entity, c.field), c.recordLabel),
                                                   QLineEdit::Normal, editableText(c.mine), &ok);
        if (!ok)
            return;
        if (c.mine && c.mine->isDouble())
            edited = QJsonValue(text.toLongLong());
        else if (c.mine && (c.mine->isArray() || c.mine->isObject()))
            edited = QJsonDocument::fromJson(QByteArray("[") + text.toUtf8() + "]").array().first();
        else
            edited = text;
    }
    if (Status s = SyncJournal(m_db->connection()).resolve(c.id, choice, edited, qEnvironmentVariable("USER", QStringLiteral("local"))); !s) {
        QMessageBox::warning(this, tr("Resolve the conflict"), s.error().text());
        return;
    }
    refresh();
    emit dataChanged();
    if (m_controller && m_conflicts.isEmpty())
        m_controller->syncNow();
}

} // namespace pd::views
