#include "CommissionSqlite.h"

#include <QCoreApplication>
#include <QSqlDriver>
#include <QVariant>

#include <sqlite3.h>

namespace pd::storage {
namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(pd::storage::CommissionSqlite)
};

} // namespace

sqlite3 *CommissionSqlite::handleOf(const QSqlDatabase &db)
{
    const QVariant v = db.driver() ? db.driver()->handle() : QVariant();
    if (!v.isValid() || qstrcmp(v.typeName(), "sqlite3*") != 0)
        return nullptr;
    return *static_cast<sqlite3 *const *>(v.constData());
}

CommissionSqlite::CommissionSqlite(sqlite3 *db) : m_db(db) {}

CommissionSqlite::~CommissionSqlite()
{
    if (m_stmt)
        sqlite3_finalize(m_stmt);
}

Status CommissionSqlite::prepare(const char *sql, const QString &what)
{
    m_what = what;
    if (!m_db)
        return Error{Tr::tr("Could not %1: the database is not an SQLite database.").arg(what), {}, {}};
    if (sqlite3_prepare_v2(m_db, sql, -1, &m_stmt, nullptr) != SQLITE_OK)
        return error();
    return {};
}

void CommissionSqlite::bind(int index, const QByteArray &text, bool copy)
{
    sqlite3_bind_text(m_stmt, index, text.constData(), static_cast<int>(text.size()),
                      copy ? SQLITE_TRANSIENT : SQLITE_STATIC);
}

void CommissionSqlite::bind(int index, qint64 value)
{
    sqlite3_bind_int64(m_stmt, index, value);
}

void CommissionSqlite::bindNull(int index)
{
    sqlite3_bind_null(m_stmt, index);
}

Result<bool> CommissionSqlite::step()
{
    const int rc = sqlite3_step(m_stmt);
    if (rc == SQLITE_ROW)
        return true;
    if (rc == SQLITE_DONE)
        return false;
    return error();
}

Status CommissionSqlite::run()
{
    const int rc = sqlite3_step(m_stmt);
    sqlite3_reset(m_stmt);
    if (rc != SQLITE_DONE && rc != SQLITE_ROW)
        return error();
    return {};
}

void CommissionSqlite::reset()
{
    sqlite3_reset(m_stmt);
}

qint64 CommissionSqlite::integer(int column) const
{
    return sqlite3_column_int64(m_stmt, column);
}

bool CommissionSqlite::isNull(int column) const
{
    return sqlite3_column_type(m_stmt, column) == SQLITE_NULL;
}

QByteArray CommissionSqlite::text(int column) const
{
    const auto *bytes = reinterpret_cast<const char *>(sqlite3_column_text(m_stmt, column));
    return QByteArray(bytes, sqlite3_column_bytes(m_stmt, column));
}

QByteArray CommissionSqlite::rawText(int column) const
{
    const auto *bytes = reinterpret_cast<const char *>(sqlite3_column_text(m_stmt, column));
    return QByteArray::fromRawData(bytes ? bytes : "", sqlite3_column_bytes(m_stmt, column));
}

Error CommissionSqlite::error() const
{
    return Error{Tr::tr("Could not %1: %2").arg(m_what, QString::fromUtf8(sqlite3_errmsg(m_db))), {}, {}};
}

} // namespace pd::storage
