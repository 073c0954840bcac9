#include "DealRepository.h"

#include "ChangeRecorder.h"
#include "Database.h"
#include "DealRows.h"
#include "Inn.h"
#include "Outbox.h"
#include "PartnerRules.h"
#include "SqlUtil.h"

#include <QCoreApplication>
#include <QLocale>
#include <QSet>

#include <optional>

namespace pd::storage {

using namespace pd::domain;

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(pd::storage::DealRepository)
};

const QString kDeal = QStringLiteral("deal");
const QString kExtension = QStringLiteral("deal_extension");
const QString kFeedback = QStringLiteral("deal_feedback");

QString sentRefusal(const Registration &r)
{
    return Tr::tr("The decision on %1 has already been sent to the sync server; it can no longer be undone here. The "
                  "registration's history shows who decided what.")
        .arg(r.customerName);
}

QString activeCondition(const QString &alias)
{
    // A registration claims its customer while under review, or while registered, in progress and protected.
    return QStringLiteral("(%1.state <> 'rejected' AND (%1.state <> 'registered' OR (%1.outcome = 'in_progress' "
                          "AND %1.protection_ends_at > :now)))")
        .arg(alias);
}

} // namespace

DealRepository::DealRepository(QSqlDatabase db, const Clock &clock, QString actor, ProtectionPolicy policy)
    : m_db(std::move(db)), m_clock(clock), m_actor(std::move(actor)), m_policy(policy)
{}

QString DealRepository::validateForm(const Registration &r)
{
    if (r.partnerId.isEmpty())
        return Tr::tr("Choose the partner that registers the deal.");
    if (r.customerName.trimmed().isEmpty())
        return Tr::tr("The customer's name is required.");
    if (!r.customerInn.isEmpty()) {
        if (const QString e = inn::validateAny(r.customerInn); !e.isEmpty())
            return Tr::tr("Customer INN: %1").arg(e);
    }
    if (r.products.isEmpty())
        return Tr::tr("Name at least one product the deal is for.");
    if (r.amount.minorUnits() < 0)
        return Tr::tr("The deal amount cannot be negative.");
    if (r.expectedYear < 2000 || r.expectedYear > 2100)
        return Tr::tr("The expected year %1 is not a plausible year.").arg(r.expectedYear);
    if (r.expectedQuarter < 1 || r.expectedQuarter > 4)
        return Tr::tr("The expected quarter must be 1, 2, 3 or 4.");
    for (const Contact *c : {&r.replyContact, &r.customerContact}) {
        for (const QString &email : c->emails) {
            if (const QString e = partnerRules::validateEmail(email); !e.isEmpty())
                return e;
        }
        for (const QString &phone : c->phones) {
            if (const QString e = partnerRules::validatePhone(phone); !e.isEmpty())
                return e;
        }
    }
    return {};
}

Result<Registration> DealRepository::get(const QString &id) const
{
    return DealRows(m_db).read(id);
}

Result<qint64> DealRepository::count() const
{
    auto q = sql::exec(m_db, QStringLiteral("SELECT count(*) FROM deals"));
    if (!q)
        return q.error();
    return q.value().next() ? q.value().value(0).toLongLong() : 0;
}

Result<Registration> DealRepository::create(Registration r)
{
    if (r.id.isEmpty())
        r.id = newId();
    r.customerName = r.customerName.trimmed();
    r.customerInn = r.customerInn.trimmed();
    if (const QString e = validateForm(r); !e.isEmpty())
        return Error{e, {}, {}};
    auto partner = sql::exec(m_db, QStringLiteral("SELECT name, inn FROM partners WHERE id = ?"), {r.partnerId});
    if (!partner)
        return partner.error();
    if (!partner.value().next())
        return Error{Tr::tr("The partner %1 does not exist.").arg(r.partnerId), {}, {}};
    r.partnerName = partner.value().value(0).toString();
    r.partnerInn = partner.value().value(1).toString();
    const QDateTime now = m_clock.nowUtc();
    if (!r.filedAt.isValid())
        r.filedAt = now;
    if (r.state == ApplicationState::Registered || r.state == ApplicationState::Rejected)
        return Error{Tr::tr("A registration is filed as new or awaiting review; it is registered or rejected by "
                            "a review."),
                     {},
                     {}};
    r.createdAt = now;
    r.updatedAt = now;
    return write(Registration{}, r, ChangeAction::Create);
}

Result<Registration> DealRepository::updateForm(const Registration &edited)
{
    auto stored = get(edited.id);
    if (!stored)
        return stored.error();
    const Registration &before = stored.value();
    const ApplicationState s = before.state;
    if (s == ApplicationState::Registered || s == ApplicationState::Rejected)
        return Error{Tr::tr("A %1 registration's form can no longer be edited.").arg(displayName(s).toLower()), {}, {}};
    Registration after = before;
    // The form's fields only: state, dates and history are changed by their own operations.
    after.replyContact = edited.replyContact;
    after.partnerAccountManager = edited.partnerAccountManager;
    after.customerName = edited.customerName.trimmed();
    after.customerInn = edited.customerInn.trimmed();
    after.customerContact = edited.customerContact;
    after.customerProjectIds = edited.customerProjectIds;
    after.amount = edited.amount;
    after.expectedYear = edited.expectedYear;
    after.expectedQuarter = edited.expectedQuarter;
    after.expectedAnnualConsumption = edited.expectedAnnualConsumption;
    after.products = edited.products;
    after.description = edited.description;
    if (const QString e = validateForm(after); !e.isEmpty())
        return Error{e, {}, {}};
    return write(before, after, ChangeAction::Update);
}

Result<Registration> DealRepository::transition(const QString &id, ApplicationState to, const QString &comment)
{
    auto stored = get(id);
    if (!stored)
        return stored.error();
    const Registration &before = stored.value();
    if (const QString refusal = dealRules::transitionRefusal(before, to, comment); !refusal.isEmpty())
        return Error{refusal, {}, {}};
    const QDateTime now = m_clock.nowUtc();
    if (to == ApplicationState::Registered) {
        auto competitors = competitorsOf(before);
        if (!competitors)
            return competitors.error();
        if (const QString refusal = conflicts::approvalRefusal(before, competitors.value(), m_policy, now);
            !refusal.isEmpty())
            return Error{Tr::tr("The registration cannot be approved."), refusal, {}};
    }
    Registration after = before;
    after.state = to;
    after.stateComment =
        (to == ApplicationState::Rejected || to == ApplicationState::Returned) ? comment.trimmed() : QString();
    if (to == ApplicationState::Registered) {
        after.registeredAt = now;
        after.protectionDays = m_policy.protectionDays;
    }
    if (to == ApplicationState::AwaitingReview && before.state == ApplicationState::New)
        after.filedAt = before.filedAt.isValid() ? before.filedAt : now;
    return write(before, after, ChangeAction::Update);
}

Result<DealRepository::Decision> DealRepository::decide(const QString &id, ApplicationState to, const QString &comment)
{
    auto before = get(id);
    if (!before)
        return before.error();
    auto after = transition(id, to, comment);
    if (!after)
        return after.error();
    auto q = sql::exec(m_db,
                       QStringLiteral("SELECT mutation_id FROM outbox WHERE entity = ? AND entity_id = ? AND state = "
                                      "'pending' ORDER BY seq DESC LIMIT 1"),
                       {kDeal, id});
    if (!q)
        return q.error();
    return Decision{before.value(), after.value(), q.value().next() ? q.value().value(0).toString() : QString()};
}

Result<Registration> DealRepository::takeBack(const Decision &decision)
{
    auto stored = get(decision.after.id);
    if (!stored)
        return stored.error();
    const Registration &now = stored.value();
    if (DealRows::fields(now) != DealRows::fields(decision.after)
        || now.extensions.size() != decision.after.extensions.size()
        || now.feedback.size() != decision.after.feedback.size())
        return Error{Tr::tr("The registration of %1 has changed since the decision; the decision can no longer be "
                            "undone.")
                         .arg(now.customerName),
                     {},
                     {}};
    if (decision.mutationId.isEmpty())
        return Error{sentRefusal(now), {}, {}};
    Registration after = now;
    after.state = decision.before.state;
    after.stateComment = decision.before.stateComment;
    after.registeredAt = decision.before.registeredAt;
    after.protectionDays = decision.before.protectionDays;
    after.filedAt = decision.before.filedAt;
    return write(now, after, ChangeAction::Update, decision.mutationId);
}

Result<Registration> DealRepository::setOutcome(const QString &id, DealOutcome outcome)
{
    auto stored = get(id);
    if (!stored)
        return stored.error();
    const Registration &before = stored.value();
    if (const QString refusal = dealRules::outcomeRefusal(before, outcome); !refusal.isEmpty())
        return Error{refusal, {}, {}};
    Registration after = before;
    after.outcome = outcome;
    after.closedAt = m_clock.nowUtc();
    return write(before, after, ChangeAction::Update);
}

Result<Registration> DealRepository::requestExtension(const QString &id, const QString &reason)
{
    auto stored = get(id);
    if (!stored)
        return stored.error();
    const QDateTime now = m_clock.nowUtc();
    if (const QString refusal = dealRules::extensionRequestRefusal(stored.value(), m_policy, now); !refusal.isEmpty())
        return Error{refusal, {}, {}};
    if (reason.trimmed().isEmpty())
        return Error{Tr::tr("An extension request needs a reason."), {}, {}};
    Registration after = stored.value();
    after.extensions.append({newId(), now, reason.trimmed(), ExtensionDecision::Pending, {}, {}, 0});
    return write(stored.value(), after, ChangeAction::Update);
}

Result<Registration> DealRepository::decideExtension(const QString &id, const QString &extensionId, bool approve)
{
    auto stored = get(id);
    if (!stored)
        return stored.error();
    Registration after = stored.value();
    const QDateTime now = m_clock.nowUtc();
    for (ProtectionExtension &e : after.extensions) {
        if (e.id != extensionId)
            continue;
        if (e.decision != ExtensionDecision::Pending)
            return Error{
                Tr::tr("This extension request was already decided (%1).").arg(displayName(e.decision)), {}, {}};
        if (dealRules::protectionStatus(after, now) != ProtectionStatus::Active)
            return Error{
                Tr::tr("The protection is no longer running; the request cannot be approved or denied."), {}, {}};
        e.decision = approve ? ExtensionDecision::Approved : ExtensionDecision::Denied;
        e.decidedAt = now;
        e.decidedBy = m_actor;
        e.days = approve ? m_policy.extensionDays : 0;
        return write(stored.value(), after, ChangeAction::Update);
    }
    return Error{Tr::tr("The registration has no extension request %1.").arg(extensionId), {}, {}};
}

Result<Registration> DealRepository::addFeedback(const QString &id, FeedbackEntry entry)
{
    auto stored = get(id);
    if (!stored)
        return stored.error();
    if (stored.value().state != ApplicationState::Registered)
        return Error{Tr::tr("Feedback is given on registered deals only."), {}, {}};
    if (entry.id.isEmpty())
        entry.id = newId();
    if (!entry.at.isValid())
        entry.at = m_clock.nowUtc();
    Registration after = stored.value();
    after.feedback.append(entry);
    return write(stored.value(), after, ChangeAction::Update);
}

Result<Registration> DealRepository::write(const Registration &before, const Registration &after, ChangeAction action,
                                           const QString &withdrawMutation)
{
    const QDateTime now = m_clock.nowUtc();
    const bool isNew = action == ChangeAction::Create;
    const QJsonObject fieldsBefore = isNew ? QJsonObject() : DealRows::fields(before);
    const QJsonObject fieldsAfter = DealRows::fields(after);
    const QList<FieldChange> changes =
        isNew ? ChangeRecorder::created(fieldsAfter) : ChangeRecorder::diff(fieldsBefore, fieldsAfter);

    Transaction tx(m_db);
    if (!tx.isActive())
        return Error{Tr::tr("Could not save the registration: the database is busy or read-only."), {}, {}};
    ChangeRecorder recorder(m_db, now, m_actor);

    DealRows rows(m_db);
    if (Status s = isNew ? rows.insert(after, after.createdAt, now, after.version) : rows.update(after, now); !s)
        return s.error();
    if (isNew) {
        if (Status s = rows.insertProducts(after); !s)
            return s.error();
    } else if (fieldsBefore.value(QStringLiteral("products")) != fieldsAfter.value(QStringLiteral("products"))) {
        if (Status s = rows.replaceProducts(after); !s)
            return s.error();
    }
    if (!changes.isEmpty()) {
        QJsonObject outboxFields;
        for (const FieldChange &c : changes)
            outboxFields.insert(c.field, fieldsAfter.value(c.field));
        if (!withdrawMutation.isEmpty()) {
            // The server has not seen the change being taken back: it leaves the queue, and only the audit
            // log remembers both.
            auto withdrawn =
                sql::exec(m_db, QStringLiteral("DELETE FROM outbox WHERE mutation_id = ? AND state = 'pending'"),
                          {withdrawMutation});
            if (!withdrawn)
                return withdrawn.error();
            if (withdrawn.value().numRowsAffected() != 1)
                return Error{sentRefusal(before), {}, {}};
            if (Status s = AuditLog(m_db).append(
                    AuditEntry{0, now, m_actor, kDeal, after.id, {}, actionText(action), {}, changes});
                !s)
                return s.error();
        } else if (Status s = recorder.record(kDeal, after.id, {}, action, after.version, outboxFields, changes); !s) {
            return s.error();
        }
    }

    // Extensions and feedback are records of their own, so that two people adding them never collide.
    QHash<QString, ProtectionExtension> oldExtensions;
    for (const ProtectionExtension &e : before.extensions)
        oldExtensions.insert(e.id, e);
    for (const ProtectionExtension &e : after.extensions) {
        const auto old = oldExtensions.constFind(e.id);
        const QJsonObject f = DealRows::extensionFields(after.id, e);
        if (old == oldExtensions.constEnd()) {
            if (Status s = rows.insertExtension(after.id, e); !s)
                return s.error();
            if (Status s =
                    recorder.record(kExtension, e.id, after.id, ChangeAction::Create, 0, f, ChangeRecorder::created(f));
                !s)
                return s.error();
        } else if (!(*old == e)) {
            const QList<FieldChange> ch = ChangeRecorder::diff(DealRows::extensionFields(after.id, *old), f);
            if (Status s = rows.updateExtension(e); !s)
                return s.error();
            QJsonObject changed;
            for (const FieldChange &c : ch)
                changed.insert(c.field, f.value(c.field));
            if (Status s = recorder.record(kExtension, e.id, after.id, ChangeAction::Update, 0, changed, ch); !s)
                return s.error();
        }
    }
    QSet<QString> oldFeedback;
    for (const FeedbackEntry &f : before.feedback)
        oldFeedback.insert(f.id);
    for (const FeedbackEntry &f : after.feedback) {
        if (oldFeedback.contains(f.id))
            continue;
        const QJsonObject fields = DealRows::feedbackFields(after.id, f);
        if (Status s = rows.insertFeedback(after.id, f); !s)
            return s.error();
        if (Status s = recorder.record(kFeedback, f.id, after.id, ChangeAction::Create, 0, fields,
                                       ChangeRecorder::created(fields));
            !s)
            return s.error();
    }

    if (Status s = storeConflicts(after); !s)
        return s.error();
    if (Status s = tx.commit(); !s)
        return s.error();
    return get(after.id);
}

Status DealRepository::storeConflicts(const Registration &r)
{
    auto found = conflictsOf(r, QLocale());
    if (!found)
        return found.error();
    return DealRows(m_db).replaceConflicts(r.id, found.value());
}

Status DealRepository::rebuildConflicts(TransactionScope scope)
{
    auto all = allConflicts(QLocale());
    if (!all)
        return all.error();
    std::optional<Transaction> tx;
    if (scope == TransactionScope::Own) {
        tx.emplace(m_db);
        if (!tx->isActive())
            return Error{Tr::tr("Could not update the conflicts: the database is busy or read-only."), {}, {}};
    }
    if (Status s = DealRows(m_db).replaceAllConflicts(all.value()); !s)
        return s;
    return tx ? tx->commit() : Status{};
}

Result<QList<Registration>> DealRepository::competitorsOf(const Registration &r) const
{
    const CustomerKey key = customers::keyOf(r);
    QStringList parts;
    QVariantList values;
    // One indexed lookup per key; UNION removes the rows found by more than one.
    if (!key.inn.isEmpty()) {
        parts.append(QStringLiteral("SELECT id FROM deals WHERE customer_inn = ? AND customer_inn <> ''"));
        values.append(key.inn);
    }
    if (!key.name.isEmpty()) {
        parts.append(QStringLiteral("SELECT id FROM deals WHERE customer_name_norm = ? AND customer_name_norm <> ''"));
        values.append(key.name);
    }
    if (!key.emailDomain.isEmpty()) {
        parts.append(
            QStringLiteral("SELECT id FROM deals WHERE customer_email_domain = ? AND customer_email_domain <> ''"));
        values.append(key.emailDomain);
    }
    if (parts.isEmpty())
        return QList<Registration>{};
    values << r.partnerId << r.id;
    auto q = sql::exec(m_db,
                       QStringLiteral("SELECT d.id FROM deals d WHERE d.id IN (%1) AND d.partner_id <> ? AND d.id <> ? "
                                      "AND d.state <> 'rejected' AND d.outcome = 'in_progress' ORDER BY d.filed_at")
                           .arg(parts.join(QLatin1String(" UNION "))),
                       values);
    if (!q)
        return q.error();
    QStringList ids;
    while (q.value().next())
        ids.append(q.value().value(0).toString());
    QList<Registration> list;
    for (const QString &id : ids) {
        auto other = get(id);
        if (!other)
            return other.error();
        list.append(std::move(other).value());
    }
    return list;
}

Result<QList<DealConflict>> DealRepository::conflictsOf(const Registration &r, const QLocale &locale) const
{
    auto competitors = competitorsOf(r);
    if (!competitors)
        return competitors.error();
    const QDateTime now = m_clock.nowUtc();
    QList<DealConflict> found;
    for (const Registration &other : competitors.value()) {
        const auto c = conflicts::find(r, other, m_policy, now);
        if (!c)
            continue;
        const Registration &first = c->firstId == r.id ? r : other;
        const Registration &second = c->firstId == r.id ? other : r;
        found.append({*c, first, second, conflicts::explain(*c, first, second, locale)});
    }
    return found;
}

Result<QList<DealConflict>> DealRepository::allConflicts(const QLocale &locale) const
{
    const QDateTime now = m_clock.nowUtc();
    // Pairs of active registrations of different partners that share a customer key and a product;
    // each key is an indexed equi-join. The domain rule then decides and explains each pair.
    const QString pairs =
        QStringLiteral("SELECT a.id AS a_id, b.id AS b_id FROM deals a JOIN deals b ON b.%1 = a.%1 AND b.%1 <> '' "
                       "WHERE a.%1 <> '' AND a.id < b.id AND a.partner_id <> b.partner_id AND %2 AND %3");
    QStringList unions;
    for (const char *key : {"customer_inn", "customer_name_norm", "customer_email_domain"})
        unions.append(
            pairs.arg(QLatin1String(key), activeCondition(QStringLiteral("a")), activeCondition(QStringLiteral("b"))));
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    if (!q.prepare(
            QStringLiteral("SELECT DISTINCT p.a_id, p.b_id FROM (%1) p WHERE EXISTS (SELECT 1 FROM deal_products x "
                           "JOIN deal_products y ON y.product = x.product AND y.deal_id = p.b_id "
                           "WHERE x.deal_id = p.a_id)")
                .arg(unions.join(QLatin1String(" UNION ALL ")))))
        return sql::errorOf(q, Tr::tr("list the conflicts"));
    q.bindValue(QStringLiteral(":now"), sql::toStored(now));
    if (!q.exec())
        return sql::errorOf(q, Tr::tr("list the conflicts"));
    QList<std::pair<QString, QString>> candidates;
    while (q.next())
        candidates.append({q.value(0).toString(), q.value(1).toString()});

    QHash<QString, Registration> cache;
    auto load = [this, &cache](const QString &id) -> Result<Registration> {
        const auto it = cache.constFind(id);
        if (it != cache.constEnd())
            return *it;
        auto r = get(id);
        if (r)
            cache.insert(id, r.value());
        return r;
    };
    QList<DealConflict> found;
    for (const auto &[aId, bId] : candidates) {
        auto a = load(aId);
        if (!a)
            return a.error();
        auto b = load(bId);
        if (!b)
            return b.error();
        const auto c = conflicts::find(a.value(), b.value(), m_policy, now);
        if (!c)
            continue;
        const Registration &first = c->firstId == aId ? a.value() : b.value();
        const Registration &second = c->firstId == aId ? b.value() : a.value();
        found.append({*c, first, second, conflicts::explain(*c, first, second, locale)});
    }
    std::sort(found.begin(), found.end(), [](const DealConflict &x, const DealConflict &y) {
        return std::tie(x.first.customerName, x.first.filedAt, x.second.id)
               < std::tie(y.first.customerName, y.first.filedAt, y.second.id);
    });
    return found;
}

} // namespace pd::storage
