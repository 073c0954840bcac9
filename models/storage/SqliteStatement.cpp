#include "SqliteStatement.h"

#include "SqliteLibrary.h"

#include <QCoreApplication>
#include <QSqlDriver>
#include <QVariant>

#include <sqlite3.h>

namespace pd::storage {
namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(pd::storage::SqliteStatement)
};

} // namespace

sqlite3 *SqliteStatement::handleOf(const QSqlDatabase &db)
{
    const QVariant v = db.driver() ? db.driver()->handle() : QVariant();
    if (!v.isValid() || qstrcmp(v.typeName(), "sqlite3*") != 0)
        return nullptr;
    // The handle belongs to the driver's SQLite: usable here only if that is the program's own library.
    if (!sqlitelib::checkSameLibrary(db))
        return nullptr;
    return *static_cast<sqlite3 *const *>(v.constData());
}

sqlite3 *SqliteStatement::openSameFile(sqlite3 *db)
{
    const char *file = db ? sqlite3_db_filename(db, "main") : nullptr;
    if (!file || !*file)
        return nullptr;
    sqlite3 *other = nullptr;
    if (sqlite3_open_v2(file, &other, SQLITE_OPEN_READWRITE | SQLITE_OPEN_NOMUTEX, nullptr) != SQLITE_OK) {
        sqlite3_close(other);
        return nullptr;
    }
    return other;
}

SqliteStatement::SqliteStatement(sqlite3 *db) : m_db(db)
{}

SqliteStatement::~SqliteStatement()
{
    if (m_stmt)
        sqlite3_finalize(m_stmt);
}

Status SqliteStatement::prepare(const char *sql, const QString &what)
{
    m_what = what;
    if (!m_db)
        return Error{Tr::tr("Could not %1: the database is not an SQLite database.").arg(what), {}, {}};
    if (sqlite3_prepare_v2(m_db, sql, -1, &m_stmt, nullptr) != SQLITE_OK)
        return error();
    return {};
}

Status SqliteStatement::prepare(const QString &sql, const QString &what)
{
    return prepare(sql.toUtf8().constData(), what);
}

void SqliteStatement::bind(int index, const QString &text)
{
    if (index < 0)
        return;
    if (m_owned.size() <= size_t(index))
        m_owned.resize(size_t(index) + 1);
    QByteArray utf8 = text.toUtf8();
    // An empty QString still binds '' (not NULL), as Qt's driver does.
    sqlite3_bind_text(m_stmt, index, utf8.isNull() ? "" : utf8.constData(), static_cast<int>(utf8.size()),
                      SQLITE_STATIC);
    m_owned[size_t(index)] = std::move(utf8);
}

void SqliteStatement::bind(int index, const QByteArray &text, bool copy)
{
    sqlite3_bind_text(m_stmt, index, text.constData(), static_cast<int>(text.size()),
                      copy ? SQLITE_TRANSIENT : SQLITE_STATIC);
}

void SqliteStatement::bind(int index, qint64 value)
{
    sqlite3_bind_int64(m_stmt, index, value);
}

void SqliteStatement::bindNull(int index)
{
    sqlite3_bind_null(m_stmt, index);
}

Result<bool> SqliteStatement::step()
{
    const int rc = sqlite3_step(m_stmt);
    if (rc == SQLITE_ROW)
        return true;
    if (rc == SQLITE_DONE)
        return false;
    return error();
}

Status SqliteStatement::run()
{
    const int rc = sqlite3_step(m_stmt);
    sqlite3_reset(m_stmt);
    if (rc != SQLITE_DONE && rc != SQLITE_ROW)
        return error();
    return {};
}

Status SqliteStatement::eachRow(const std::function<void()> &row)
{
    int rc = SQLITE_ROW;
    while ((rc = sqlite3_step(m_stmt)) == SQLITE_ROW)
        row();
    if (rc != SQLITE_DONE) {
        Error failed = error();
        sqlite3_reset(m_stmt);
        return failed;
    }
    sqlite3_reset(m_stmt);
    return {};
}

void SqliteStatement::reset()
{
    sqlite3_reset(m_stmt);
}

qint64 SqliteStatement::integer(int column) const
{
    return sqlite3_column_int64(m_stmt, column);
}

bool SqliteStatement::isNull(int column) const
{
    return sqlite3_column_type(m_stmt, column) == SQLITE_NULL;
}

QByteArray SqliteStatement::text(int column) const
{
    const auto *bytes = reinterpret_cast<const char *>(sqlite3_column_text(m_stmt, column));
    return QByteArray(bytes, sqlite3_column_bytes(m_stmt, column));
}

QByteArray SqliteStatement::rawText(int column) const
{
    const auto *bytes = reinterpret_cast<const char *>(sqlite3_column_text(m_stmt, column));
    return QByteArray::fromRawData(bytes ? bytes : "", sqlite3_column_bytes(m_stmt, column));
}

QByteArrayView SqliteStatement::textView(int column) const
{
    const auto *bytes = reinterpret_cast<const char *>(sqlite3_column_text(m_stmt, column));
    if (!bytes)
        return {};
    return QByteArrayView(bytes, sqlite3_column_bytes(m_stmt, column));
}

qint64 SqliteStatement::changes() const
{
    return sqlite3_changes64(m_db);
}

Error SqliteStatement::error() const
{
    return Error{Tr::tr("Could not %1: %2").arg(m_what, QString::fromUtf8(sqlite3_errmsg(m_db))), {}, {}};
}

} // namespace pd::storage
