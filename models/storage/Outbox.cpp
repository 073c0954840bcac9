#include "Outbox.h"

#include "SqlUtil.h"

#include <QJsonDocument>
#include <QUuid>

namespace pd::storage {

Result<QString> Outbox::enqueue(const QString &entity, const QString &entityId, const QString &op, qint64 baseVersion,
                                const QJsonObject &fields, const QDateTime &at)
{
    const QString mutationId = QUuid::createUuid().toString(QUuid::WithoutBraces);
    auto q = sql::exec(m_db,
                       QStringLiteral("INSERT INTO outbox (mutation_id, entity, entity_id, op, base_version, fields, "
                                      "created_at) VALUES (?, ?, ?, ?, ?, ?, ?)"),
                       {mutationId, entity, entityId, op, baseVersion,
                        QString::fromUtf8(QJsonDocument(fields).toJson(QJsonDocument::Compact)), sql::toStored(at)});
    if (!q)
        return q.error();
    return mutationId;
}

Result<QList<Mutation>> Outbox::pending(int limit) const
{
    auto q =
        sql::exec(m_db,
                  QStringLiteral("SELECT seq, mutation_id, entity, entity_id, op, base_version, fields, created_at, "
                                 "state FROM outbox WHERE state = 'pending' ORDER BY seq LIMIT ?"),
                  {limit});
    if (!q)
        return q.error();
    QList<Mutation> list;
    QSqlQuery &r = q.value();
    while (r.next()) {
        Mutation m;
        m.seq = r.value(0).toLongLong();
        m.mutationId = r.value(1).toString();
        m.entity = r.value(2).toString();
        m.entityId = r.value(3).toString();
        m.op = r.value(4).toString();
        m.baseVersion = r.value(5).toLongLong();
        m.fields = QJsonDocument::fromJson(r.value(6).toString().toUtf8()).object();
        m.createdAt = sql::dateTimeFromStored(r.value(7).toString());
        m.state = r.value(8).toString();
        list.append(std::move(m));
    }
    return list;
}

Result<qint64> Outbox::pendingCount() const
{
    auto q = sql::exec(m_db, QStringLiteral("SELECT count(*) FROM outbox WHERE state = 'pending'"));
    if (!q)
        return q.error();
    return q.value().next() ? q.value().value(0).toLongLong() : 0;
}

} // namespace pd::storage
