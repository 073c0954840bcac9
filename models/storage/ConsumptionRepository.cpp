#include "ConsumptionRepository.h"

#include "Database.h"
#include "Inn.h"
#include "Partner.h"
#include "SqlUtil.h"
#include "SqliteStatement.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QRandomGenerator>

#include <algorithm>

#include <sqlite3.h>

namespace pd::storage {

using namespace pd::domain;

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(pd::storage::ConsumptionRepository)
};

const QString kColumns =
    QStringLiteral("id, partner_id, customer_name, customer_inn, month, category, project, amount_minor, currency");

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

// 256 MiB of page cache for a bulk write.
constexpr qint64 kBulkCacheKiB = 256 * 1024;

void appendHex(char *out, quint64 value, int digits)
{
    static const char hex[] = "0123456789abcdef";
    for (int i = digits - 1; i >= 0; --i) {
        out[i] = hex[value & 0xF];
        value >>= 4;
    }
}

// 8-4-4-4-12 hex digits: 48 bits of milliseconds, version 7, 12 bits, variant 10, 62 bits. Fixed width and
// lower case, so the text sorts as the number does.
QByteArray formatTimeOrderedId(quint64 ms, quint64 hi12, quint64 lo62)
{
    char text[36];
    appendHex(text, ms >> 16, 8);
    text[8] = '-';
    appendHex(text + 9, ms & 0xFFFF, 4);
    text[13] = '-';
    appendHex(text + 14, (quint64(0x7) << 12) | hi12, 4);
    text[18] = '-';
    appendHex(text + 19, (quint64(0x2) << 14) | (lo62 >> 48), 4);
    text[23] = '-';
    appendHex(text + 24, lo62 & 0xFFFF'FFFF'FFFFull, 12);
    return QByteArray(text, 36);
}

// The stored form of a month's first day, as sql::toStored(QDate) writes it (yyyy-MM-dd).
void appendStoredDate(QByteArray &out, int y, int m, int d)
{
    char text[10];
    text[0] = char('0' + y / 1000);
    text[1] = char('0' + y / 100 % 10);
    text[2] = char('0' + y / 10 % 10);
    text[3] = char('0' + y % 10);
    text[4] = '-';
    text[5] = char('0' + m / 10);
    text[6] = char('0' + m % 10);
    text[7] = '-';
    text[8] = char('0' + d / 10);
    text[9] = char('0' + d % 10);
    out.append(text, 10);
}

const QByteArray &categoryKey(ServiceCategory category)
{
    static const QList<QByteArray> keys = [] {
        QList<QByteArray> list;
        for (int c = 0; c <= int(ServiceCategory::AdminServices); ++c)
            list.append(toKey(ServiceCategory(c)).toUtf8());
        return list;
    }();
    return keys.at(qBound(0, int(category), int(keys.size()) - 1));
}

} // namespace

ConsumptionRepository::ConsumptionRepository(QSqlDatabase db, const Clock &clock) : m_db(std::move(db)), m_clock(clock)
{}

Status ConsumptionRepository::validate(const ConsumptionRecord &r)
{
    if (r.partnerId.trimmed().isEmpty())
        return Error{Tr::tr("The consumption record has no partner."), {}, QStringLiteral("partner_id")};
    if (const QString problem = inn::validateAny(r.customerInn); !problem.isEmpty())
        return Error{Tr::tr("The customer INN \"%1\" is not valid: %2").arg(r.customerInn, problem),
                     {},
                     QStringLiteral("customer_inn")};
    if (!r.month.isValid() || r.month.day() != 1)
        return Error{Tr::tr("The month must be the first day of a month (YYYY-MM-01)."), {}, QStringLiteral("month")};
    const QString &currency = r.amount.currency();
    const auto isCapital = [](QChar c) {
        return c >= QLatin1Char('A') && c <= QLatin1Char('Z');
    };
    if (currency.size() != 3 || !std::all_of(currency.begin(), currency.end(), isCapital))
        return Error{Tr::tr("The currency \"%1\" is not a three-letter ISO code.").arg(r.amount.currency()),
                     {},
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
    const QString id = record.id.isEmpty() ? ConsumptionWriter::newTimeOrderedId() : record.id;
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
    if (Status s = writer.prepare(records.size()); !s)
        return s.error();
    for (const ConsumptionRecord &r : records) {
        if (auto written = writer.write(r); !written)
            return written.error();
    }
    if (Status s = writer.finish(); !s)
        return s.error();
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
    auto q =
        sql::exec(m_db,
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

ConsumptionWriter::ConsumptionWriter(QSqlDatabase db, const Clock &clock) : m_db(std::move(db)), m_clock(clock)
{}

ConsumptionWriter::~ConsumptionWriter()
{
    m_upsert.reset();
    if (m_checksSkipped) {
        if (sqlite3 *handle = SqliteStatement::handleOf(m_db))
            sqlite3_exec(handle, "PRAGMA ignore_check_constraints = OFF", nullptr, nullptr, nullptr);
    }
    if (m_cacheRaised) {
        if (sqlite3 *handle = SqliteStatement::handleOf(m_db))
            sqlite3_exec(handle, QByteArray("PRAGMA cache_size = " + QByteArray::number(m_savedCacheSize)).constData(),
                         nullptr, nullptr, nullptr);
    }
}

QString ConsumptionWriter::newTimeOrderedId()
{
    QRandomGenerator *random = QRandomGenerator::system();
    const quint64 ms = quint64(QDateTime::currentMSecsSinceEpoch()) & 0xFFFF'FFFF'FFFFull;
    return QString::fromLatin1(
        formatTimeOrderedId(ms, random->generate64() & 0xFFF, random->generate64() & 0x3FFF'FFFF'FFFF'FFFFull));
}

void ConsumptionWriter::nextId()
{
    // Version 7 layout: 48 bits of milliseconds, then a 74-bit counter that starts at a random value and
    // counts up, so that every id of this writer sorts after the one before.
    if (++m_idCounterLo > 0x3FFF'FFFF'FFFF'FFFFull) {
        m_idCounterLo = 0;
        m_idCounterHi = (m_idCounterHi + 1) & 0xFFF;
        if (m_idCounterHi == 0)
            ++m_idTime;
    }
    m_id = formatTimeOrderedId(m_idTime, m_idCounterHi, m_idCounterLo);
}

Status ConsumptionWriter::prepare(qint64 expectedRows, bool distinctKeys)
{
    const QString what = Tr::tr("write consumption");
    m_now = sql::toStored(m_clock.nowUtc()).toUtf8();
    m_deferred.clear();
    QRandomGenerator *random = QRandomGenerator::system();
    m_idTime = quint64(QDateTime::currentMSecsSinceEpoch()) & 0xFFFF'FFFF'FFFFull;
    m_idCounterHi = random->generate64() & 0xFFF;
    m_idCounterLo = random->generate64() & 0x1FFF'FFFF'FFFF'FFFFull; // room to count up

    sqlite3 *handle = SqliteStatement::handleOf(m_db);
    m_handle = handle;
    // Rows written now get rowids above the largest stored one; updated rows keep theirs. The largest
    // rowid is also what the table holds, near enough (and without counting a million rows).
    SqliteStatement maxRow(handle);
    if (Status s = maxRow.prepare("SELECT coalesce(max(rowid), 0) FROM consumption", what); !s)
        return s;
    auto row = maxRow.step();
    if (!row)
        return row.error();
    m_maxRowId = row.value() ? maxRow.integer(0) : 0;
    maxRow.reset(); // a statement left running would lock the table against DROP INDEX

    if (expectedRows >= kBulkRows) {
        // Random inserts into the natural-key index must not spill dirty pages to the WAL and read them back
        // in the middle of the transaction: 256 MiB of page cache for as long as this writer lives.
        SqliteStatement cache(handle);
        if (Status s = cache.prepare("PRAGMA cache_size", what); !s)
            return s;
        if (auto r = cache.step(); r && r.value()) {
            m_savedCacheSize = cache.integer(0);
            const qint64 kib = m_savedCacheSize < 0 ? -m_savedCacheSize : m_savedCacheSize * 4;
            cache.reset();
            if (kib < kBulkCacheKiB
                && sqlite3_exec(handle,
                                QByteArray("PRAGMA cache_size = -" + QByteArray::number(kBulkCacheKiB)).constData(),
                                nullptr, nullptr, nullptr)
                       == SQLITE_OK)
                m_cacheRaised = true;
        }
        if (expectedRows >= m_maxRowId) {
            // Secondary indexes (not the id or the natural key, which the upsert needs) are built again at
            // finish(). So is the closed-period insert trigger: finish() does its work for all new rows at once
            // (a per-row trigger program is a tenth of an import's time). Into an empty table, with keys the
            // caller made sure are distinct, nothing can conflict: the unique indexes (named since schema 13) are
            // deferred as well and the rows go in as plain inserts.
            m_plainInsert = distinctKeys && m_maxRowId == 0;
            SqliteStatement objects(handle);
            // ?1: whether the unique indexes are deferred too.
            if (Status s = objects.prepare(
                    "SELECT type, name, sql FROM sqlite_master WHERE tbl_name = 'consumption' AND "
                    "sql IS NOT NULL AND ((type = 'index' AND (?1 OR sql NOT LIKE 'CREATE UNIQUE%')) OR "
                    "(type = 'trigger' AND name = 'consumption_closed_insert')) ORDER BY type, name",
                    what);
                !s)
                return s;
            objects.bind(1, qint64(m_plainInsert));
            if (Status s = objects.eachRow([&] {
                    m_deferred.append({QString::fromUtf8(objects.textView(0)), QString::fromUtf8(objects.textView(1)),
                                       QString::fromUtf8(objects.textView(2))});
                });
                !s)
                return s;
            for (const Deferred &d : std::as_const(m_deferred)) {
                SqliteStatement drop(handle);
                // An identifier read from sqlite_master, quoted for DDL (which takes no bound values).
                const QString sql =
                    QStringLiteral("DROP %1 \"%2\"")
                        .arg(d.type == QLatin1String("index") ? QStringLiteral("INDEX") : QStringLiteral("TRIGGER"),
                             QString(d.name).replace(QLatin1Char('"'), QLatin1String("\"\"")));
                if (Status s = drop.prepare(sql, what); !s)
                    return s;
                if (Status s = drop.run(); !s)
                    return s;
            }
        }
    }

    m_upsert = std::make_unique<SqliteStatement>(handle);
    QByteArray insert =
        "INSERT INTO consumption (id, partner_id, customer_name, customer_inn, month, category, project, "
        "amount_minor, currency, created_at, updated_at) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?10)";
    if (!m_plainInsert) // no conflict target to probe when every index is deferred
        insert +=
            " ON CONFLICT (customer_inn, month, category, project) DO UPDATE SET partner_id = excluded.partner_id, "
            "customer_name = excluded.customer_name, amount_minor = excluded.amount_minor, currency = "
            "excluded.currency, "
            "updated_at = excluded.updated_at WHERE partner_id IS NOT excluded.partner_id OR "
            "customer_name IS NOT excluded.customer_name OR amount_minor IS NOT excluded.amount_minor OR "
            "currency IS NOT excluded.currency";
    if (Status s = m_upsert->prepare(insert.constData(), what); !s)
        return s;
    m_upsert->bind(10, m_now);
    // SQLite 3.40 checks `category IN (...)` by building a temporary B-tree for every row (a third of an
    // import's time); write() checks the same rules, so the table's CHECK constraints are skipped while
    // this writer lives.
    SqliteStatement checks(handle);
    if (Status s = checks.prepare("PRAGMA ignore_check_constraints", what); !s)
        return s;
    auto checking = checks.step();
    const bool alreadySkipped = checking && checking.value() && checks.integer(0) != 0;
    checks.reset();
    if (!alreadySkipped
        && sqlite3_exec(handle, "PRAGMA ignore_check_constraints = ON", nullptr, nullptr, nullptr) == SQLITE_OK)
        m_checksSkipped = true; // turned off again by the destructor
    return {};
}

Result<ConsumptionWriter::Outcome> ConsumptionWriter::write(const ConsumptionRecord &record)
{
    // The table's CHECK constraints are skipped for this writer (see prepare()); these are the same rules.
    const int category = int(record.category);
    int year = 0;
    int month = 0;
    int day = 0;
    record.month.getDate(&year, &month, &day); // one calendar conversion, not three
    if (!record.month.isValid() || day != 1 || year < 1 || year > 9999 || category < 0
        || category > int(ServiceCategory::AdminServices) || record.amount.currency().size() != 3)
        return Error{
            Tr::tr("Could not write consumption for customer %1: the month, category or currency is not valid.")
                .arg(record.customerInn),
            {},
            {}};
    if (record.id.isEmpty()) {
        nextId();
        m_upsert->bind(1, m_id);
    } else {
        m_upsert->bind(1, record.id);
    }
    m_upsert->bind(2, record.partnerId);
    m_upsert->bind(3, record.customerName);
    m_upsert->bind(4, record.customerInn);
    m_month.clear();
    appendStoredDate(m_month, year, month, day);
    m_upsert->bind(5, m_month);
    m_upsert->bind(6, categoryKey(record.category));
    m_upsert->bind(7, record.project);
    m_upsert->bind(8, record.amount.minorUnits());
    m_upsert->bind(9, record.amount.currency());
    // A new row sets the last insert rowid; an update of a stored key leaves it alone (and so do the
    // trigger's own inserts), and an identical row changes nothing at all.
    sqlite3_set_last_insert_rowid(m_handle, 0);
    if (Status s = m_upsert->run(); !s)
        return s.error();
    if (sqlite3_last_insert_rowid(m_handle) > m_maxRowId)
        return Outcome::Created;
    return m_upsert->changes() > 0 ? Outcome::Updated : Outcome::Unchanged;
}

Status ConsumptionWriter::finish()
{
    bool insertTrigger = false;
    for (const Deferred &d : std::as_const(m_deferred)) {
        SqliteStatement ddl(m_handle);
        if (Status s = ddl.prepare(d.sql, Tr::tr("build the index %1").arg(d.name)); !s)
            return s;
        if (Status s = ddl.run(); !s)
            return s;
        insertTrigger = insertTrigger || d.type == QLatin1String("trigger");
    }
    m_deferred.clear();
    if (insertTrigger) {
        // What consumption_closed_insert did per row, for every row this writer added: a closed month that
        // gained consumption is marked for a correction in the next open period.
        SqliteStatement dirty(m_handle);
        if (Status s =
                dirty.prepare("INSERT OR IGNORE INTO commission_dirty (period, partner_id) "
                              "SELECT DISTINCT c.month, c.partner_id FROM consumption c JOIN settlement_periods p "
                              "ON p.month = c.month AND p.state = 'closed' WHERE c.rowid > ?1",
                              Tr::tr("mark closed months with new consumption"));
            !s)
            return s;
        dirty.bind(1, m_maxRowId);
        if (Status s = dirty.run(); !s)
            return s;
    }
    return {};
}

} // namespace pd::storage
