#include "ConsumptionRepository.h"

#include "Database.h"
#include "Inn.h"
#include "Partner.h"
#include "SqlUtil.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace pd::storage {

using namespace pd::domain;

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(pd::storage::ConsumptionRepository)
};

const QString kColumns = QStringLiteral(
    "id, partner_id, customer_name, customer_inn, month, category, project, amount_minor, currency");

QString upsertSql()
{
    return QStringLiteral(
        "INSERT INTO consumption (id, partner_id, customer_name, customer_inn, month, category, project, amount_minor, "
        "currency, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) "
        "ON CONFLICT (customer_inn, month, category, project) DO UPDATE SET partner_id = excluded.partner_id, "
        "customer_name = excluded.customer_name, amount_minor = excluded.amount_minor, currency = excluded.currency, "
        "updated_at = excluded.updated_at "
        "WHERE partner_id IS NOT excluded.partner_id OR customer_name IS NOT excluded.customer_name "
        "OR amount_minor IS NOT excluded.amount_minor OR currency IS NOT excluded.currency");
}

void bindRecord(QSqlQuery &q, const ConsumptionRecord &r, const QString &id, const QString &now)
{
    const QVariantList values{id,
                              r.partnerId,
                              r.customerName.isNull() ? QStringLiteral("") : r.customerName,
                              r.customerInn,
                              sql::toStored(r.month),
                              toKey(r.category),
                              r.project.isNull() ? QStringLiteral("") : r.project,
                              r.amount.minorUnits(),
                              r.amount.currency(),
                              now,
                              now};
    for (int i = 0; i < values.size(); ++i)
        q.bindValue(i, values.at(i));
}

ConsumptionRecord recordFrom(const QSqlQuery &q)
{
    ConsumptionRecord r;
    r.id = q.value(0).toString();
    r.partnerId = q.value(1).toString();
    r.customerName = q.value(2).toString();
    r.customerInn = q.value(3).toString();
    r.month = sql::dateFromStored(q.value(4).toString());
    r.category = serviceCategoryFromKey(q.value(5).toString()).value_or(ServiceCategory::Other);
    r.project = q.value(6).toString();
    r.amount = Money(q.value(7).toLongLong(), q.value(8).toString());
    return r;
}

} // namespace

ConsumptionRepository::ConsumptionRepository(QSqlDatabase db, const Clock &clock) : m_db(std::move(db)), m_clock(clock) {}

Status ConsumptionRepository::validate(const ConsumptionRecord &r)
{
    if (r.partnerId.trimmed().isEmpty())
        return Error{Tr::tr("The consumption record has no partner."), {}, QStringLiteral("partner_id")};
    if (const QString problem = inn::validateAny(r.customerInn); !problem.isEmpty())
        return Error{Tr::tr("The customer INN \"%1\" is not valid: %2").arg(r.customerInn, problem), {},
                     QStringLiteral("customer_inn")};
    if (!r.month.isValid() || r.month.day() != 1)
        return Error{Tr::tr("The month must be the first day of a month (YYYY-MM-01)."), {}, QStringLiteral("month")};
    static const QRegularExpression currency(QStringLiteral("^[A-Z]{3}$"));
    if (!currency.match(r.amount.currency()).hasMatch())
        return Error{Tr::tr("The currency \"%1\" is not a three-letter ISO code.").arg(r.amount.currency()), {},
                     QStringLiteral("currency")};
    return {};
}

Result<QString> ConsumptionRepository::save(const ConsumptionRecord &record)
{
    if (Status s = validate(record); !s)
        return s.error();
    Transaction tx(m_db);
    if (!tx.isActive())
        return Error{Tr::tr("Could not start saving the consumption record."), {}, {}};
    const QString id = record.id.isEmpty() ? newId() : record.id;
    QSqlQuery q(m_db);
    if (!q.prepare(upsertSql()))
        return sql::errorOf(q, Tr::tr("prepare saving consumption"));
    bindRecord(q, record, id, sql::toStored(m_clock.nowUtc()));
    if (!q.exec())
        return sql::errorOf(q, Tr::tr("save consumption"));
    q.finish();
    // The stored id: the existing one when the natural key was already there.
    auto stored = sql::exec(m_db,
                            QStringLiteral("SELECT id FROM consumption WHERE customer_inn = ? AND month = ? AND "
                                           "category = ? AND project = ?"),
                            {record.customerInn, sql::toStored(record.month), toKey(record.category),
                             record.project.isNull() ? QStringLiteral("") : record.project});
    if (!stored)
        return stored.error();
    QString storedId = stored.value().next() ? stored.value().value(0).toString() : id;
    stored.value().finish();
    if (Status s = tx.commit(); !s)
        return s.error();
    return storedId;
}

Result<int> ConsumptionRepository::saveAll(const QList<ConsumptionRecord> &records)
{
    for (int i = 0; i < records.size(); ++i) {
        if (Status s = validate(records.at(i)); !s) {
            Error e = s.error();
            e.detail = Tr::tr("Record %1 of %2.").arg(i + 1).arg(records.size());
            return e;
        }
    }
    Transaction tx(m_db);
    if (!tx.isActive())
        return Error{Tr::tr("Could not start saving consumption."), {}, {}};
    ConsumptionWriter writer(m_db, m_clock);
    if (Status s = writer.prepare(); !s)
        return s.error();
    for (const ConsumptionRecord &r : records) {
        if (Status s = writer.write(r); !s)
            return s.error();
    }
    if (Status s = tx.commit(); !s)
        return s.error();
    return static_cast<int>(records.size());
}

Status ConsumptionRepository::remove(const QString &id)
{
    auto q = sql::exec(m_db, QStringLiteral("DELETE FROM consumption WHERE id = ?"), {id});
    if (!q)
        return q.error();
    if (q.value().numRowsAffected() == 0)
        return Error{Tr::tr("There is no consumption record %1.").arg(id), {}, {}};
    return {};
}

Result<std::optional<ConsumptionRecord>> ConsumptionRepository::find(const QString &id) const
{
    auto q = sql::exec(m_db, QStringLiteral("SELECT %1 FROM consumption WHERE id = ?").arg(kColumns), {id});
    if (!q)
        return q.error();
    if (!q.value().next())
        return std::optional<ConsumptionRecord>();
    return std::optional<ConsumptionRecord>(recordFrom(q.value()));
}

Result<QList<ConsumptionRecord>> ConsumptionRepository::forMonth(const QDate &month, const QString &partnerId) const
{
    QVariantList args{sql::toStored(month)};
    if (!partnerId.isEmpty())
        args.append(partnerId);
    auto q = sql::exec(m_db,
                       QStringLiteral("SELECT %1 FROM consumption WHERE month = ?%2 ORDER BY customer_name, customer_inn, "
                                      "category, project")
                           .arg(kColumns, partnerId.isEmpty() ? QString() : QStringLiteral(" AND partner_id = ?")),
                       args);
    if (!q)
        return q.error();
    QList<ConsumptionRecord> records;
    while (q.value().next())
        records.append(recordFrom(q.value()));
    return records;
}

Result<qint64> ConsumptionRepository::count() const
{
    auto q = sql::exec(m_db, QStringLiteral("SELECT count(*) FROM consumption"));
    if (!q)
        return q.error();
    return q.value().next() ? q.value().value(0).toLongLong() : 0;
}

ConsumptionWriter::ConsumptionWriter(QSqlDatabase db, const Clock &clock)
    : m_db(std::move(db)), m_clock(clock), m_upsert(m_db)
{}

Status ConsumptionWriter::prepare()
{
    m_now = sql::toStored(m_clock.nowUtc());
    if (!m_upsert.prepare(upsertSql()))
        return sql::errorOf(m_upsert, Tr::tr("prepare writing consumption"));
    return {};
}

Status ConsumptionWriter::write(const ConsumptionRecord &record)
{
    bindRecord(m_upsert, record, record.id.isEmpty() ? newId() : record.id, m_now);
    if (!m_upsert.exec())
        return sql::errorOf(m_upsert, Tr::tr("write consumption for customer %1, %2").arg(record.customerInn,
                                                                                            sql::toStored(record.month)));
    return {};
}

} // namespace pd::storage
