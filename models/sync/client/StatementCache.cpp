#include "StatementCache.h"

#include "SqliteStatement.h"

#include "SqlUtil.h"

#include <QCoreApplication>

#include <algorithm>
#include <optional>

namespace pd::sync::client {
namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(pd::storage::Sql)
};

} // namespace

StatementCache::StatementCache(QSqlDatabase db) : m_db(std::move(db))
{}

QString StatementCache::placeholders(qsizetype n)
{
    QString marks;
    marks.reserve(n * 3);
    for (qsizetype i = 0; i < n; ++i)
        marks += i == 0 ? QLatin1String("?") : QLatin1String(", ?");
    return marks;
}

Result<std::shared_ptr<QSqlQuery>> StatementCache::exec(const QString &statement, const QVariantList &values)
{
    if (m_queries.size() > kMaxStatements && !m_queries.contains(statement))
        m_queries.clear(); // many shapes of partial updates: start over rather than grow without end
    std::shared_ptr<QSqlQuery> &slot = m_queries[statement];
    if (!slot) {
        auto query = std::make_shared<QSqlQuery>(m_db);
        query->setForwardOnly(true);
        if (!query->prepare(statement)) {
            Error e = storage::sql::errorOf(*query, Tr::tr("prepare a database statement"));
            m_queries.remove(statement);
            return e;
        }
        slot = std::move(query);
    }
    std::shared_ptr<QSqlQuery> query = slot;
    for (qsizetype i = 0; i < values.size(); ++i) {
        const QVariant &v = values.at(i);
        // A null QString is an empty text, not SQL NULL: only an invalid QVariant binds NULL.
        if (v.typeId() == QMetaType::QString && v.toString().isNull())
            query->bindValue(int(i), QStringLiteral(""));
        else
            query->bindValue(int(i), v);
    }
    if (!query->exec()) {
        Error e = storage::sql::errorOf(*query, Tr::tr("run a database statement"));
        query->finish();
        return e;
    }
    return query;
}

Status StatementCache::eachInList(const QSqlDatabase &db, const QString &sql, const QList<QByteArray> &fixed,
                                  const QStringList &values,
                                  const std::function<void(const storage::SqliteStatement &)> &row)
{
    sqlite3 *handle = storage::SqliteStatement::handleOf(db);
    std::optional<storage::SqliteStatement> q;
    qsizetype prepared = -1; // the list length the statement has placeholders for
    QList<QByteArray> utf8(std::min(values.size(), kInListChunk));
    for (qsizetype from = 0; from < values.size(); from += kInListChunk) {
        const qsizetype n = std::min(kInListChunk, values.size() - from);
        if (n != prepared) {
            q.emplace(handle);
            if (Status s = q->prepare(sql.arg(placeholders(n)), QStringLiteral("looking up a page's records")); !s)
                return s;
            prepared = n;
        }
        int index = 1;
        for (const QByteArray &f : fixed)
            q->bind(index++, f);
        for (qsizetype i = 0; i < n; ++i) {
            utf8[i] = values.at(from + i).toUtf8();
            q->bind(index++, utf8.at(i));
        }
        while (true) {
            auto step = q->step();
            if (!step)
                return step.error();
            if (!step.value())
                break;
            row(*q);
        }
        q->reset();
    }
    return {};
}

} // namespace pd::sync::client
