#include "DealTimelineView.h"

#include "DealText.h"
#include "ListPageParts.h"
#include "ThemeColor.h"

#include <QHeaderView>
#include <QLocale>
#include <QSet>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace pd::views {
namespace {

QString stateName(const QVariant &key)
{
    const auto state = domain::applicationStateFromKey(key.toString());
    return state ? domain::displayName(*state) : key.toString();
}

const storage::FieldChange *changeOf(const storage::AuditEntry &e, const char *field)
{
    for (const storage::FieldChange &c : e.changes) {
        if (c.field == QLatin1String(field))
            return &c;
    }
    return nullptr;
}

QString notesText(const QList<domain::NamedNote> &notes)
{
    QStringList lines;
    for (const domain::NamedNote &n : notes)
        lines << (n.comment.isEmpty() ? n.name : QStringLiteral("%1 — %2").arg(n.name, n.comment));
    return lines.join(QStringLiteral("; "));
}

} // namespace

DealTimelineView::DealTimelineView(QWidget *parent) : QWidget(parent)
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 8, 0, 0);
    m_tree = new QTreeWidget(this);
    m_tree->setObjectName(QStringLiteral("dealTimelineTree"));
    m_tree->setHeaderLabels({tr("Event"), tr("Details")});
    m_tree->setRootIsDecorated(true);
    m_tree->setAlternatingRowColors(true);
    m_tree->setSelectionMode(QAbstractItemView::NoSelection);
    m_tree->setWordWrap(true);
    m_tree->header()->setStretchLastSection(true);
    m_tree->setColumnWidth(0, 200);
    fitSectionsToTitles(m_tree->header());
    layout->addWidget(m_tree);
}

void DealTimelineView::addDetail(QTreeWidgetItem *parent, const QString &label, const QString &text)
{
    if (text.trimmed().isEmpty())
        return;
    auto *child = new QTreeWidgetItem(parent);
    child->setText(0, label);
    child->setText(1, text);
    child->setToolTip(1, text);
    child->setForeground(0, items::textOnBase(QColor(0x64, 0x74, 0x8B), parent->treeWidget()->palette()));
}

QTreeWidgetItem *DealTimelineView::addEvent(const QString &what, const storage::AuditEntry &e, const QColor &accent)
{
    auto *item = new QTreeWidgetItem(m_tree);
    item->setText(0, what);
    item->setToolTip(0, what);
    QFont bold = item->font(0);
    bold.setWeight(QFont::DemiBold);
    item->setFont(0, bold);
    item->setForeground(0, items::textOnBase(accent, m_tree->palette()));
    item->setText(1,
                  e.actor.isEmpty() ? dealText::dateTime(e.at) : tr("%1 · %2").arg(dealText::dateTime(e.at), e.actor));
    item->setToolTip(1, QLocale().toString(e.at.toLocalTime(), QLocale::LongFormat));
    item->setForeground(1, items::textOnBase(QColor(0x64, 0x74, 0x8B), m_tree->palette()));
    return item;
}

void DealTimelineView::setTimeline(const domain::Registration &r, const QList<storage::AuditEntry> &entries)
{
    m_tree->clear();
    // The audit log says who did what; the record itself holds every feedback entry and extension, also
    // those written by bulk writers (demo data, import) that log only the registration's creation.
    QList<storage::AuditEntry> all = entries;
    QSet<QString> logged;
    bool approvalLogged = false;
    bool closureLogged = false;
    for (const storage::AuditEntry &e : entries) {
        if (e.entity != QLatin1String("deal"))
            logged.insert(e.entityId + e.action);
        if (const auto *state = changeOf(e, "state"))
            approvalLogged =
                approvalLogged || state->newValue.toString() == domain::toKey(domain::ApplicationState::Registered);
        closureLogged = closureLogged || changeOf(e, "outcome");
    }
    const auto synthetic = [&all](const QString &entity, const QString &id, const QString &action, const QDateTime &at,
                                  const QString &actor, QList<storage::FieldChange> changes = {}) {
        storage::AuditEntry e;
        e.entity = entity;
        e.entityId = id;
        e.action = action;
        e.at = at;
        e.actor = actor;
        e.changes = std::move(changes);
        all.append(e);
    };
    for (const domain::ProtectionExtension &x : r.extensions) {
        if (!logged.contains(x.id + QStringLiteral("create")))
            synthetic(QStringLiteral("deal_extension"), x.id, QStringLiteral("create"), x.requestedAt, r.partnerName);
        if (x.decision != domain::ExtensionDecision::Pending && !logged.contains(x.id + QStringLiteral("update")))
            synthetic(QStringLiteral("deal_extension"), x.id, QStringLiteral("update"), x.decidedAt, x.decidedBy,
                      {{QStringLiteral("decision"), QString(), domain::toKey(x.decision)}});
    }
    for (const domain::FeedbackEntry &f : r.feedback) {
        if (!logged.contains(f.id + QStringLiteral("create")))
            synthetic(QStringLiteral("deal_feedback"), f.id, QStringLiteral("create"), f.at, r.partnerName);
    }
    if (r.state == domain::ApplicationState::Registered && !approvalLogged && r.registeredAt.isValid())
        synthetic(QStringLiteral("deal"), r.id, QStringLiteral("update"), r.registeredAt, QString(),
                  {{QStringLiteral("state"), QString(), domain::toKey(domain::ApplicationState::Registered)}});
    if (r.outcome != domain::DealOutcome::InProgress && !closureLogged && r.closedAt.isValid())
        synthetic(QStringLiteral("deal"), r.id, QStringLiteral("update"), r.closedAt, QString(),
                  {{QStringLiteral("outcome"), QString(), domain::toKey(r.outcome)}});
    std::stable_sort(all.begin(), all.end(), [](const auto &a, const auto &b) { return a.at > b.at; });

    for (const storage::AuditEntry &e : std::as_const(all)) {
        if (e.entity == QLatin1String("deal_extension"))
            addExtensionEvent(r, e);
        else if (e.entity == QLatin1String("deal_feedback"))
            addFeedbackEvent(r, e);
        else
            addDealEvent(r, e);
    }
    for (int i = 0; i < m_tree->topLevelItemCount(); ++i)
        m_tree->topLevelItem(i)->setExpanded(i < 6);
}

void DealTimelineView::addDealEvent(const domain::Registration &r, const storage::AuditEntry &e)
{
    const QColor slate(0x0F, 0x17, 0x2A);
    if (e.action == QLatin1String("create")) {
        QTreeWidgetItem *item = addEvent(tr("Registration filed"), e, slate);
        addDetail(item, tr("Partner"), r.partnerName);
        if (const auto *state = changeOf(e, "state"))
            addDetail(item, tr("State"), stateName(state->newValue));
        return;
    }
    const auto *state = changeOf(e, "state");
    const auto *outcome = changeOf(e, "outcome");
    const auto *comment = changeOf(e, "state_comment");
    if (state) {
        const auto to = domain::applicationStateFromKey(state->newValue.toString());
        const QColor accent = to == domain::ApplicationState::Registered ? QColor(0x15, 0x80, 0x3D)
                              : to == domain::ApplicationState::Rejected ? QColor(0xB9, 0x1C, 0x1C)
                                                                         : slate;
        QTreeWidgetItem *item =
            addEvent(to == domain::ApplicationState::Registered ? tr("Approved: registered and protected")
                     : state->oldValue.toString().isEmpty()
                         ? stateName(state->newValue)
                         : tr("%1 → %2").arg(stateName(state->oldValue), stateName(state->newValue)),
                     e, accent);
        if (comment && !comment->newValue.toString().isEmpty())
            addDetail(item, to == domain::ApplicationState::Rejected ? tr("Reason") : tr("Comment"),
                      comment->newValue.toString());
        if (to == domain::ApplicationState::Registered && r.protectionDays > 0)
            addDetail(item, tr("Protection"), tr("%1 days from registration").arg(r.protectionDays));
    }
    if (outcome) {
        const auto to = domain::dealOutcomeFromKey(outcome->newValue.toString());
        addEvent(to == domain::DealOutcome::Won    ? tr("Deal won")
                 : to == domain::DealOutcome::Lost ? tr("Deal lost")
                                                   : tr("Deal reopened"),
                 e, to == domain::DealOutcome::Won ? QColor(0x15, 0x80, 0x3D) : QColor(0x9A, 0x34, 0x12));
    }
    QStringList others;
    for (const storage::FieldChange &c : e.changes) {
        if (!QStringList{QStringLiteral("state"), QStringLiteral("outcome"), QStringLiteral("state_comment"),
                         QStringLiteral("registered_at"), QStringLiteral("protection_days"),
                         QStringLiteral("closed_at"), QStringLiteral("filed_at")}
                 .contains(c.field))
            others << c.field;
    }
    if (!others.isEmpty() && !state && !outcome) {
        QTreeWidgetItem *item = addEvent(tr("Registration form edited"), e, slate);
        addDetail(item, tr("Fields"), others.join(QStringLiteral(", ")));
    }
}

void DealTimelineView::addExtensionEvent(const domain::Registration &r, const storage::AuditEntry &e)
{
    const domain::ProtectionExtension *ext = nullptr;
    for (const domain::ProtectionExtension &x : r.extensions) {
        if (x.id == e.entityId)
            ext = &x;
    }
    if (e.action == QLatin1String("create")) {
        QTreeWidgetItem *item = addEvent(tr("Protection extension requested"), e, QColor(0x1D, 0x4E, 0xD8));
        if (ext)
            addDetail(item, tr("Reason"), ext->reason);
        return;
    }
    const auto *decision = changeOf(e, "decision");
    const auto value = decision ? domain::extensionDecisionFromKey(decision->newValue.toString()) : std::nullopt;
    const bool approved = value == domain::ExtensionDecision::Approved;
    QTreeWidgetItem *item = addEvent(approved ? tr("Extension approved") : tr("Extension denied"), e,
                                     approved ? QColor(0x15, 0x80, 0x3D) : QColor(0xB9, 0x1C, 0x1C));
    if (ext) {
        if (approved)
            addDetail(item, tr("Granted"), tr("%1 more days").arg(ext->days));
        addDetail(item, tr("Request"), ext->reason);
    }
}

void DealTimelineView::addFeedbackEvent(const domain::Registration &r, const storage::AuditEntry &e)
{
    const domain::FeedbackEntry *entry = nullptr;
    for (const domain::FeedbackEntry &f : r.feedback) {
        if (f.id == e.entityId)
            entry = &f;
    }
    if (!entry) {
        addEvent(tr("Feedback"), e, QColor(0x6D, 0x28, 0xD9));
        return;
    }
    QTreeWidgetItem *item =
        addEvent(tr("Feedback: %1").arg(domain::displayName(entry->category)), e, QColor(0x6D, 0x28, 0xD9));
    addDetail(item, tr("Type"), domain::displayName(entry->type));
    addDetail(item, tr("Comment"), entry->comment);
    addDetail(item, tr("Risks"), notesText(entry->risks));
    addDetail(item, tr("Competitors"), notesText(entry->competitors));
}

} // namespace pd::views
