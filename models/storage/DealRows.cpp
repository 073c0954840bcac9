#include "DealRows.h"

#include "DealRules.h"
#include "SqlUtil.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>

namespace pd::storage {

using namespace pd::domain;

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(pd::storage::DealRows)
};

using Column = DealRows::Column;
using Kind = DealRows::Column::Kind;

QJsonArray notesToJson(const QList<NamedNote> &notes)
{
    QJsonArray a;
    for (const NamedNote &n : notes)
        a.append(QJsonObject{{QStringLiteral("name"), n.name}, {QStringLiteral("comment"), n.comment}});
    return a;
}

QList<NamedNote> notesFromJson(const QJsonArray &a)
{
    QList<NamedNote> notes;
    for (const QJsonValue &v : a) {
        const QJsonObject o = v.toObject();
        notes.append({o.value(QStringLiteral("name")).toString(), o.value(QStringLiteral("comment")).toString()});
    }
    return notes;
}

QJsonValue storedTime(const QDateTime &t)
{
    return t.isValid() ? QJsonValue(sql::toStored(t)) : QJsonValue(QJsonValue::Null);
}

QJsonValue feedbackDue(const Registration &r)
{
    if (r.state != ApplicationState::Registered || r.outcome != DealOutcome::InProgress)
        return QJsonValue::Null;
    QDateTime last = dealRules::lastFeedbackAt(r);
    if (!last.isValid() || last < r.registeredAt)
        last = r.registeredAt;
    return sql::toStored(last.addMonths(1));
}

// The columns of deals: a new column is one more line here. The synced ones are listed in the order
// read() takes them; sql::bound() binds a string never as NULL, so the NOT NULL text columns get '' for an
// empty value.
QList<Column> builtinColumns()
{
    const auto synced = [](const char *name, std::function<QJsonValue(const Registration &)> value) {
        return Column{QString::fromLatin1(name), Kind::Synced, std::move(value)};
    };
    const auto derived = [](const char *name, std::function<QJsonValue(const Registration &)> value) {
        return Column{QString::fromLatin1(name), Kind::Derived, std::move(value)};
    };
    using R = const Registration &;
    return {
        synced("partner_id", [](R r) { return r.partnerId; }),
        synced("partner_name", [](R r) { return r.partnerName; }),
        synced("partner_inn", [](R r) { return r.partnerInn; }),
        synced("reply_contact", [](R r) { return contactToJson(r.replyContact); }),
        synced("partner_account_manager", [](R r) { return r.partnerAccountManager; }),
        synced("customer_name", [](R r) { return r.customerName; }),
        synced("customer_inn", [](R r) { return r.customerInn; }),
        synced("customer_contact", [](R r) { return contactToJson(r.customerContact); }),
        synced("customer_project_ids", [](R r) { return stringsToJson(r.customerProjectIds); }),
        synced("amount_minor", [](R r) { return r.amount.minorUnits(); }),
        synced("currency", [](R r) { return r.amount.currency(); }),
        synced("expected_year", [](R r) { return r.expectedYear; }),
        synced("expected_quarter", [](R r) { return r.expectedQuarter; }),
        synced("expected_consumption_minor", [](R r) { return r.expectedAnnualConsumption.minorUnits(); }),
        synced("products", [](R r) { return stringsToJson(r.products); }),
        synced("description", [](R r) { return r.description; }),
        synced("state", [](R r) { return toKey(r.state); }),
        synced("state_comment", [](R r) { return r.stateComment; }),
        synced("filed_at", [](R r) { return storedTime(r.filedAt); }),
        synced("registered_at", [](R r) { return storedTime(r.registeredAt); }),
        synced("protection_days", [](R r) { return r.protectionDays; }),
        synced("outcome", [](R r) { return toKey(r.outcome); }),
        synced("closed_at", [](R r) { return storedTime(r.closedAt); }),
        derived("customer_name_norm", [](R r) { return customers::keyOf(r).name; }),
        derived("customer_email_domain", [](R r) { return customers::keyOf(r).emailDomain; }),
        derived("customer_sort", [](R r) { return r.customerName.toCaseFolded(); }),
        derived("partner_sort", [](R r) { return r.partnerName.toCaseFolded(); }),
        derived("protection_ends_at", [](R r) { return storedTime(dealRules::protectionEnd(r)); }),
        derived("feedback_due_at", [](R r) { return feedbackDue(r); }),
    };
}

QList<Column> &columnTable()
{
    static QList<Column> table = builtinColumns();
    return table;
}

const QStringList kExtensionColumns{
    QStringLiteral("deal_id"),    QStringLiteral("requested_at"), QStringLiteral("reason"), QStringLiteral("decision"),
    QStringLiteral("decided_at"), QStringLiteral("decided_by"),   QStringLiteral("days")};
const QStringList kExtensionDecisionColumns{QStringLiteral("decision"), QStringLiteral("decided_at"),
                                            QStringLiteral("decided_by"), QStringLiteral("days")};
const QStringList kFeedbackColumns{QStringLiteral("deal_id"),    QStringLiteral("at"),      QStringLiteral("type"),
                                   QStringLiteral("category"),   QStringLiteral("comment"), QStringLiteral("risks"),
                                   QStringLiteral("competitors")};

QVariantList boundValues(const QJsonObject &fields, const QStringList &names)
{
    QVariantList values;
    values.reserve(names.size());
    for (const QString &name : names)
        values.append(sql::bound(fields.value(name)));
    return values;
}

QString placeholders(qsizetype n)
{
    return QStringList(n, QStringLiteral("?")).join(QLatin1String(", "));
}

QString assignments(const QStringList &names)
{
    return names.join(QLatin1String(" = ?, ")) + QLatin1String(" = ?");
}

Registration registrationFromRow(const QSqlQuery &r)
{
    // Column order: id, created_at, updated_at, version, then the synced columns as builtinColumns() lists them.
    Registration d;
    d.id = r.value(0).toString();
    d.createdAt = sql::dateTimeFromStored(r.value(1).toString());
    d.updatedAt = sql::dateTimeFromStored(r.value(2).toString());
    d.version = r.value(3).toLongLong();
    int c = 3;
    auto next = [&r, &c]() {
        return r.value(++c);
    };
    d.partnerId = next().toString();
    d.partnerName = next().toString();
    d.partnerInn = next().toString();
    d.replyContact = contactFromJson(QJsonDocument::fromJson(next().toString().toUtf8()).object());
    d.partnerAccountManager = next().toString();
    d.customerName = next().toString();
    d.customerInn = next().toString();
    d.customerContact = contactFromJson(QJsonDocument::fromJson(next().toString().toUtf8()).object());
    d.customerProjectIds = stringsFromJson(QJsonDocument::fromJson(next().toString().toUtf8()).array());
    const qint64 amount = next().toLongLong();
    const QString currency = next().toString();
    d.amount = Money(amount, currency);
    d.expectedYear = next().toInt();
    d.expectedQuarter = next().toInt();
    d.expectedAnnualConsumption = Money(next().toLongLong(), currency);
    d.products = stringsFromJson(QJsonDocument::fromJson(next().toString().toUtf8()).array());
    d.description = next().toString();
    d.state = applicationStateFromKey(next().toString()).value_or(ApplicationState::New);
    d.stateComment = next().toString();
    d.filedAt = sql::dateTimeFromStored(next().toString());
    d.registeredAt = sql::dateTimeFromStored(next().toString());
    d.protectionDays = next().toInt();
    d.outcome = dealOutcomeFromKey(next().toString()).value_or(DealOutcome::InProgress);
    d.closedAt = sql::dateTimeFromStored(next().toString());
    return d;
}

} // namespace

const QList<Column> &DealRows::columns()
{
    return columnTable();
}

void DealRows::setExtraColumnForTest(const Column &column)
{
    QList<Column> &table = columnTable();
    table = builtinColumns();
    if (!column.name.isEmpty())
        table.append(column);
}

QStringList DealRows::columnNames()
{
    QStringList names;
    for (const Column &c : columns())
        names.append(c.name);
    return names;
}

QJsonObject DealRows::fields(const Registration &r)
{
    QJsonObject fields;
    for (const Column &c : columns()) {
        if (c.kind == Kind::Synced)
            fields.insert(c.name, c.value(r));
    }
    return fields;
}

QVariantList DealRows::values(const Registration &r)
{
    QVariantList values;
    values.reserve(columns().size());
    for (const Column &c : columns())
        values.append(sql::bound(c.value(r)));
    return values;
}

QStringList DealRows::productKeys(const Registration &r)
{
    QStringList keys;
    for (const QString &p : r.products) {
        const QString norm = customers::normalizeProduct(p);
        if (!norm.isEmpty() && !keys.contains(norm))
            keys.append(norm);
    }
    return keys;
}

QJsonObject DealRows::extensionFields(const QString &dealId, const ProtectionExtension &e)
{
    return {{QStringLiteral("deal_id"), dealId},
            {QStringLiteral("requested_at"), storedTime(e.requestedAt)},
            {QStringLiteral("reason"), e.reason},
            {QStringLiteral("decision"), toKey(e.decision)},
            {QStringLiteral("decided_at"), storedTime(e.decidedAt)},
            {QStringLiteral("decided_by"), e.decidedBy},
            {QStringLiteral("days"), e.days}};
}

QJsonObject DealRows::feedbackFields(const QString &dealId, const FeedbackEntry &f)
{
    return {{QStringLiteral("deal_id"), dealId},
            {QStringLiteral("at"), storedTime(f.at)},
            {QStringLiteral("type"), toKey(f.type)},
            {QStringLiteral("category"), toKey(f.category)},
            {QStringLiteral("comment"), f.comment},
            {QStringLiteral("risks"), notesToJson(f.risks)},
            {QStringLiteral("competitors"), notesToJson(f.competitors)}};
}

QString DealRows::conflictUntil(const Registration &a, const Registration &b)
{
    QDateTime until;
    for (const Registration *r : {&a, &b}) {
        if (r->state != ApplicationState::Registered)
            continue;
        const QDateTime end = dealRules::protectionEnd(*r);
        if (!until.isValid() || end < until)
            until = end;
    }
    return until.isValid() ? sql::toStored(until) : QStringLiteral("9999-12-31T00:00:00.000Z");
}

DealRows::DealRows(QSqlDatabase db) : m_db(std::move(db))
{}

Status DealRows::run(Statement &statement, const QString &text, const QVariantList &values)
{
    if (!statement.query) {
        statement.query.emplace(m_db);
        statement.query->setForwardOnly(true);
        if (!statement.query->prepare(text)) {
            Error e = sql::errorOf(*statement.query, Tr::tr("prepare a database statement"));
            statement.query.reset();
            return e;
        }
    }
    return sql::run(*statement.query, values);
}

Result<Registration> DealRows::read(const QString &id) const
{
    QStringList synced;
    for (const Column &c : columns()) {
        if (c.kind == Kind::Synced)
            synced.append(c.name);
    }
    auto q = sql::exec(m_db,
                       QStringLiteral("SELECT id, created_at, updated_at, version, %1 FROM deals WHERE id = ?")
                           .arg(synced.join(QLatin1String(", "))),
                       {id});
    if (!q)
        return q.error();
    if (!q.value().next())
        return Error{Tr::tr("The registration %1 does not exist.").arg(id), {}, {}};
    Registration r = registrationFromRow(q.value());

    auto ext = sql::exec(m_db,
                         QStringLiteral("SELECT id, requested_at, reason, decision, decided_at, decided_by, days "
                                        "FROM deal_extensions WHERE deal_id = ? ORDER BY requested_at, id"),
                         {id});
    if (!ext)
        return ext.error();
    while (ext.value().next()) {
        const QSqlQuery &e = ext.value();
        r.extensions.append(
            {e.value(0).toString(), sql::dateTimeFromStored(e.value(1).toString()), e.value(2).toString(),
             extensionDecisionFromKey(e.value(3).toString()).value_or(ExtensionDecision::Pending),
             sql::dateTimeFromStored(e.value(4).toString()), e.value(5).toString(), e.value(6).toInt()});
    }
    auto fb = sql::exec(m_db,
                        QStringLiteral("SELECT id, at, type, category, comment, risks, competitors FROM deal_feedback "
                                       "WHERE deal_id = ? ORDER BY at, id"),
                        {id});
    if (!fb)
        return fb.error();
    while (fb.value().next()) {
        const QSqlQuery &f = fb.value();
        r.feedback.append({f.value(0).toString(), sql::dateTimeFromStored(f.value(1).toString()),
                           feedbackTypeFromKey(f.value(2).toString()).value_or(FeedbackType::MonthlyStatus),
                           feedbackCategoryFromKey(f.value(3).toString()).value_or(FeedbackCategory::PilotTesting),
                           f.value(4).toString(),
                           notesFromJson(QJsonDocument::fromJson(f.value(5).toString().toUtf8()).array()),
                           notesFromJson(QJsonDocument::fromJson(f.value(6).toString().toUtf8()).array())});
    }
    return r;
}

Status DealRows::insert(const Registration &r, const QDateTime &createdAt, const QDateTime &updatedAt, qint64 version)
{
    const QStringList names = columnNames();
    QVariantList values = DealRows::values(r);
    values.prepend(r.id);
    values << sql::toStored(createdAt) << sql::toStored(updatedAt) << version;
    return run(m_insert,
               QStringLiteral("INSERT INTO deals (id, %1, created_at, updated_at, version) VALUES (?, %2, ?, ?, ?)")
                   .arg(names.join(QLatin1String(", ")), placeholders(names.size())),
               values);
}

Status DealRows::update(const Registration &r, const QDateTime &updatedAt)
{
    QVariantList values = DealRows::values(r);
    values << sql::toStored(updatedAt) << r.id;
    return run(m_update,
               QStringLiteral("UPDATE deals SET %1, updated_at = ? WHERE id = ?").arg(assignments(columnNames())),
               values);
}

Status DealRows::updateDerived(const Registration &r)
{
    QStringList names;
    QVariantList values;
    for (const Column &c : columns()) {
        if (c.kind != Kind::Derived)
            continue;
        names.append(c.name);
        values.append(sql::bound(c.value(r)));
    }
    values.append(r.id);
    return run(m_updateDerived, QStringLiteral("UPDATE deals SET %1 WHERE id = ?").arg(assignments(names)), values);
}

Status DealRows::insertProducts(const Registration &r)
{
    for (const QString &key : productKeys(r)) {
        if (Status s = run(m_insertProduct,
                           QStringLiteral("INSERT INTO deal_products (deal_id, product) VALUES (?, ?)"), {r.id, key});
            !s)
            return s;
    }
    return {};
}

Status DealRows::replaceProducts(const Registration &r)
{
    if (Status s = run(m_deleteProducts, QStringLiteral("DELETE FROM deal_products WHERE deal_id = ?"), {r.id}); !s)
        return s;
    return insertProducts(r);
}

Status DealRows::insertRecord(Statement &statement, const QString &table, const QStringList &columns, const QString &id,
                              const QJsonObject &fields)
{
    QVariantList values = boundValues(fields, columns);
    values.prepend(id);
    return run(statement,
               QStringLiteral("INSERT INTO %1 (id, %2) VALUES (?, %3)")
                   .arg(table, columns.join(QLatin1String(", ")), placeholders(columns.size())),
               values);
}

Status DealRows::insertExtension(const QString &dealId, const ProtectionExtension &e)
{
    return insertRecord(m_insertExtension, QStringLiteral("deal_extensions"), kExtensionColumns, e.id,
                        extensionFields(dealId, e));
}

Status DealRows::updateExtension(const ProtectionExtension &e)
{
    QVariantList values = boundValues(extensionFields({}, e), kExtensionDecisionColumns);
    values.append(e.id);
    auto q = sql::exec(
        m_db, QStringLiteral("UPDATE deal_extensions SET %1 WHERE id = ?").arg(assignments(kExtensionDecisionColumns)),
        values);
    return q ? Status() : Status(q.error());
}

Status DealRows::insertFeedback(const QString &dealId, const FeedbackEntry &f)
{
    return insertRecord(m_insertFeedback, QStringLiteral("deal_feedback"), kFeedbackColumns, f.id,
                        feedbackFields(dealId, f));
}

Status DealRows::insertPair(const Registration &a, const Registration &b)
{
    const QString until = conflictUntil(a, b);
    for (const auto &[x, y] : {std::pair{&a, &b}, std::pair{&b, &a}}) {
        if (Status s =
                run(m_insertPair,
                    QStringLiteral("INSERT OR REPLACE INTO deal_conflicts (deal_id, other_id, until) VALUES (?, ?, ?)"),
                    {x->id, y->id, until});
            !s)
            return s;
    }
    return {};
}

Status DealRows::removeConflicts(const QString &dealId)
{
    auto q = sql::exec(m_db, QStringLiteral("DELETE FROM deal_conflicts WHERE deal_id = ? OR other_id = ?"),
                       {dealId, dealId});
    return q ? Status() : Status(q.error());
}

Status DealRows::replaceConflicts(const QString &dealId, const QList<DealConflict> &found)
{
    if (Status s = removeConflicts(dealId); !s)
        return s;
    for (const DealConflict &c : found) {
        if (Status s = insertPair(c.first, c.second); !s)
            return s;
    }
    return {};
}

Status DealRows::replaceAllConflicts(const QList<DealConflict> &all)
{
    auto clear = sql::exec(m_db, QStringLiteral("DELETE FROM deal_conflicts"));
    if (!clear)
        return clear.error();
    for (const DealConflict &c : all) {
        if (Status s = insertPair(c.first, c.second); !s)
            return s;
    }
    return {};
}

} // namespace pd::storage
