#include "DealImporter.h"

#include "Conflicts.h"
#include "EnumNames.h"
#include "Inn.h"
#include "SqlUtil.h"

#include <QRegularExpression>
#include <QUuid>

namespace pd::io {

using namespace pd::domain;
namespace sql = pd::storage::sql;

namespace {

QString naturalKey(const Registration &r)
{
    QStringList products = storage::DealRows::productKeys(r);
    products.sort();
    const QString customer = r.customerInn.isEmpty() ? customers::normalizeName(r.customerName) : r.customerInn;
    return QStringList{r.partnerId, customer, QString::number(r.expectedYear), QString::number(r.expectedQuarter),
                       products.join(QLatin1Char('|'))}
        .join(QLatin1Char('\n'));
}

} // namespace

DealImporter::DealImporter(QSqlDatabase db, const Clock &clock, QString actor)
    : RowImporter(db, clock, actor), m_repository(db, clock, actor), m_rows(db)
{}

Status DealImporter::begin()
{
    m_recorder.emplace(m_db, m_clock.nowUtc(), m_actor);
    return {};
}

Result<QString> DealImporter::findExisting(const Registration &r) const
{
    auto q = r.customerInn.isEmpty()
                 ? sql::exec(m_db,
                             QStringLiteral("SELECT id FROM deals WHERE partner_id = ? AND customer_inn = '' AND "
                                            "customer_name_norm = ? AND expected_year = ? AND expected_quarter = ?"),
                             {r.partnerId, customers::normalizeName(r.customerName), r.expectedYear, r.expectedQuarter})
                 : sql::exec(m_db,
                             QStringLiteral("SELECT id FROM deals WHERE partner_id = ? AND customer_inn = ? AND "
                                            "expected_year = ? AND expected_quarter = ?"),
                             {r.partnerId, r.customerInn, r.expectedYear, r.expectedQuarter});
    if (!q)
        return q.error();
    const QString key = naturalKey(r);
    QStringList candidates;
    while (q.value().next())
        candidates.append(q.value().value(0).toString());
    for (const QString &id : candidates) {
        auto stored = m_repository.get(id);
        if (!stored)
            return stored.error();
        if (naturalKey(stored.value()) == key)
            return id;
    }
    return QString();
}

Result<RowImporter::Outcome> DealImporter::importRow(ImportRow &row)
{
    const auto partnerInn = row.required(QStringLiteral("partner_inn"));
    QString partnerId;
    QString partnerName;
    if (partnerInn) {
        auto p = sql::exec(m_db, QStringLiteral("SELECT id, name FROM partners WHERE inn = ?"), {*partnerInn});
        if (!p)
            return p.error();
        if (p.value().next()) {
            partnerId = p.value().value(0).toString();
            partnerName = p.value().value(1).toString();
        } else {
            row.issue(QStringLiteral("partner_inn"),
                      tr("No partner has INN %1; import the partner first.").arg(*partnerInn));
        }
    }
    const QString id = row.text(QStringLiteral("id"));
    if (!id.isEmpty() && QUuid::fromString(id).isNull())
        row.issue(QStringLiteral("id"),
                  tr("«%1» is not a registration id (a UUID); leave it empty for a new one.").arg(id));

    std::optional<Registration> before;
    if (!id.isEmpty() && !row.hasIssues()) {
        auto stored = m_repository.get(id);
        if (stored)
            before = std::move(stored).value();
    }
    Registration r = before.value_or(Registration{});
    r.partnerId = partnerId;
    r.partnerName = partnerName;
    r.partnerInn = partnerInn.value_or(QString());
    if (const auto name = row.required(QStringLiteral("customer_name")))
        r.customerName = *name;
    if (row.has(QStringLiteral("customer_inn"))) {
        r.customerInn = row.text(QStringLiteral("customer_inn"));
        if (!r.customerInn.isEmpty()) {
            if (const QString e = inn::validateAny(r.customerInn); !e.isEmpty())
                row.issue(QStringLiteral("customer_inn"), e);
        }
    }
    if (row.has(QStringLiteral("customer_project_ids")))
        r.customerProjectIds = row.list(QStringLiteral("customer_project_ids"));
    r.products = row.list(QStringLiteral("products"));
    if (r.products.isEmpty())
        row.issue(QStringLiteral("products"), tr("Name at least one product the deal is for."));
    QString currency = row.has(QStringLiteral("currency")) ? row.text(QStringLiteral("currency")).toUpper() : QString();
    if (currency.isEmpty())
        currency = before ? before->amount.currency() : QStringLiteral("RUB");
    static const QRegularExpression iso(QStringLiteral("^[A-Z]{3}$"));
    if (!iso.match(currency).hasMatch())
        row.issue(QStringLiteral("currency"), tr("«%1» is not an ISO currency code such as RUB.").arg(currency));
    if (!row.text(QStringLiteral("amount")).isEmpty() || !before) {
        if (auto m = row.money(QStringLiteral("amount"), currency)) {
            if (m->minorUnits() < 0)
                row.issue(QStringLiteral("amount"), tr("The deal amount cannot be negative."));
            r.amount = *m;
        }
    }
    r.amount = Money(r.amount.minorUnits(), currency);
    if (row.has(QStringLiteral("expected_consumption"))) {
        if (auto m = row.money(QStringLiteral("expected_consumption"), currency)) {
            if (m->minorUnits() < 0)
                row.issue(QStringLiteral("expected_consumption"), tr("The expected consumption cannot be negative."));
            r.expectedAnnualConsumption = *m;
        }
    }
    r.expectedAnnualConsumption = Money(r.expectedAnnualConsumption.minorUnits(), currency);
    if (auto y = row.integer(QStringLiteral("expected_year"), 2000, 2100))
        r.expectedYear = int(*y);
    if (auto q = row.integer(QStringLiteral("expected_quarter"), 1, 4))
        r.expectedQuarter = int(*q);
    if (row.has(QStringLiteral("description")))
        r.description = row.text(QStringLiteral("description"));
    if (!row.text(QStringLiteral("state")).isEmpty()) {
        if (auto s = row.enumeration(QStringLiteral("state"), enumNames::applicationStates()))
            r.state = *s;
    }
    if (!row.text(QStringLiteral("outcome")).isEmpty()) {
        if (auto o = row.enumeration(QStringLiteral("outcome"), enumNames::outcomes()))
            r.outcome = *o;
    }
    const QDateTime now = m_recorder->now();
    if (auto filed = row.dateTime(QStringLiteral("filed_at")); filed && filed->isValid())
        r.filedAt = *filed;
    if (!r.filedAt.isValid())
        r.filedAt = now;
    if (auto registered = row.dateTime(QStringLiteral("registered_at")); registered && registered->isValid())
        r.registeredAt = *registered;
    if (r.state == ApplicationState::Registered) {
        if (!r.registeredAt.isValid())
            r.registeredAt = r.filedAt;
        if (r.protectionDays == 0)
            r.protectionDays = m_repository.policy().protectionDays;
        if (r.registeredAt < r.filedAt)
            row.issue(QStringLiteral("registered_at"), tr("A registration is registered after it is filed."));
    } else {
        r.registeredAt = {};
        r.protectionDays = 0;
        if (r.outcome != DealOutcome::InProgress)
            row.issue(QStringLiteral("outcome"),
                      tr("Only a registered deal is won or lost; its state is «%1».").arg(displayName(r.state)));
    }
    if (r.outcome == DealOutcome::InProgress)
        r.closedAt = {};
    else if (!r.closedAt.isValid())
        r.closedAt = now;
    if (row.hasIssues())
        return Outcome::Invalid;
    if (const QString e = storage::DealRepository::validateForm(r); !e.isEmpty()) {
        row.issue(QString(), e);
        return Outcome::Invalid;
    }

    if (!before && id.isEmpty()) {
        auto found = findExisting(r);
        if (!found)
            return found.error();
        if (!found.value().isEmpty()) {
            auto stored = m_repository.get(found.value());
            if (!stored)
                return stored.error();
            before = std::move(stored).value();
            Registration merged = r;
            merged.id = before->id;
            merged.filedAt = row.text(QStringLiteral("filed_at")).isEmpty() ? before->filedAt : r.filedAt;
            merged.extensions = before->extensions;
            merged.feedback = before->feedback;
            merged.createdAt = before->createdAt;
            merged.version = before->version;
            if (merged.state == ApplicationState::Registered && row.text(QStringLiteral("registered_at")).isEmpty()
                && before->registeredAt.isValid())
                merged.registeredAt = before->registeredAt;
            if (merged.outcome != DealOutcome::InProgress && before->closedAt.isValid())
                merged.closedAt = before->closedAt;
            r = merged;
        }
    } else if (before && r.outcome != DealOutcome::InProgress && before->closedAt.isValid()) {
        r.closedAt = before->closedAt;
    }
    if (!before && !id.isEmpty())
        r.id = QUuid::fromString(id).toString(QUuid::WithoutBraces);
    if (r.id.isEmpty())
        r.id = newId();
    if (const auto seen = m_lineOfKey.constFind(r.id); seen != m_lineOfKey.constEnd()) {
        row.issue(QString(), tr("The same registration is also on line %1.").arg(*seen));
        return Outcome::Invalid;
    }
    m_lineOfKey.insert(r.id, row.line());

    // Rows and products go in without their competing pairs: finish() rebuilds those once for the whole file.
    const QJsonObject after = storage::DealRows::fields(r);
    if (!before) {
        if (Status s = m_rows.insert(r, now, now, 0); !s)
            return s.error();
        if (Status s = m_rows.insertProducts(r); !s)
            return s.error();
        if (Status s = m_recorder->record(QStringLiteral("deal"), r.id, {}, storage::ChangeAction::Create, 0, after,
                                          storage::ChangeRecorder::created(after));
            !s)
            return s.error();
        m_wrote = true;
        return Outcome::Created;
    }
    const QList<storage::FieldChange> changes =
        storage::ChangeRecorder::diff(storage::DealRows::fields(*before), after);
    if (changes.isEmpty())
        return Outcome::Unchanged;
    if (Status s = m_rows.update(r, now); !s)
        return s.error();
    if (Status s = m_rows.replaceProducts(r); !s)
        return s.error();
    QJsonObject outboxFields;
    for (const storage::FieldChange &c : changes)
        outboxFields.insert(c.field, after.value(c.field));
    if (Status s = m_recorder->record(QStringLiteral("deal"), r.id, {}, storage::ChangeAction::Update, before->version,
                                      outboxFields, changes);
        !s)
        return s.error();
    m_wrote = true;
    return Outcome::Updated;
}

Status DealImporter::finish()
{
    if (!m_wrote)
        return {};
    return m_repository.rebuildConflicts(storage::DealRepository::TransactionScope::Callers);
}

} // namespace pd::io
