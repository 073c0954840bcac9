#pragma once

#include "Conflicts.h"
#include "Deal.h"
#include "Result.h"

#include <QDateTime>
#include <QJsonObject>
#include <QJsonValue>
#include <QList>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>
#include <QStringList>
#include <QVariant>

#include <functional>
#include <optional>

namespace pd::storage {

// A conflict found in the store, with both registrations and the sentence that explains it.
struct DealConflict
{
    domain::Conflict conflict;
    domain::Registration first; // has priority
    domain::Registration second;
    QString reason;
};

// The rows of a deal registration as every writer stores them: the deals row (its columns are listed
// once, in columns()), its products in deal_products, its extensions and feedback, and its competing
// pairs in deal_conflicts. DealRepository, the deal import, the demo data and sync all write through it,
// so a new column of deals is one new entry in columns(). Works inside the caller's transaction; each
// statement is prepared once per DealRows and every value is bound.
class DealRows final
{
public:
    // One column of deals beside id, created_at, updated_at and version.
    struct Column
    {
        enum class Kind
        {
            Synced,  // a field of the record: audited, queued for the server, taken from it as sent
            Derived, // kept with the row for indexes, recomputed from the others on every write; never synced
        };
        QString name;
        Kind kind = Kind::Synced;
        // The column's value as sql::bound() binds it.
        std::function<QJsonValue(const domain::Registration &)> value;
    };
    // Synced columns, then derived ones.
    static const QList<Column> &columns();
    static QStringList columnNames();
    // The synced fields of a registration (keys are the column names), as the audit log and the outbox carry them.
    static QJsonObject fields(const domain::Registration &r);
    // Every column's value, in the order of columns().
    static QVariantList values(const domain::Registration &r);
    // The product keys stored in deal_products for conflict checks and the product filter.
    static QStringList productKeys(const domain::Registration &r);
    // The synced fields of an extension and of a feedback entry.
    static QJsonObject extensionFields(const QString &dealId, const domain::ProtectionExtension &e);
    static QJsonObject feedbackFields(const QString &dealId, const domain::FeedbackEntry &f);
    // When two competing registrations stop competing, as deal_conflicts stores it: the earliest protection
    // end of the registered ones; while both are under review their claim moves with time, so it has no end.
    static QString conflictUntil(const domain::Registration &a, const domain::Registration &b);

    // For tests only: one more column after columns(), which the test has added to the table, so that a test
    // can see that every writer carries a new column. A column without a name removes it again. Not for a
    // running program: the list is shared by every thread, so it is changed only while no deal is written.
    static void setExtraColumnForTest(const Column &column);

    explicit DealRows(QSqlDatabase db);

    // The stored registration with its extensions and feedback.
    Result<domain::Registration> read(const QString &id) const;

    // A new deals row with every column.
    Status insert(const domain::Registration &r, const QDateTime &createdAt, const QDateTime &updatedAt,
                  qint64 version);
    // Every column of an existing row, and its updated_at; the version stays.
    Status update(const domain::Registration &r, const QDateTime &updatedAt);
    // The derived columns alone, of a row whose synced fields were stored as the server sent them.
    Status updateDerived(const domain::Registration &r);

    // The products of a deal just inserted, and of one whose products may have changed.
    Status insertProducts(const domain::Registration &r);
    Status replaceProducts(const domain::Registration &r);

    Status insertExtension(const QString &dealId, const domain::ProtectionExtension &e);
    // The decision of an extension request (the request itself never changes).
    Status updateExtension(const domain::ProtectionExtension &e);
    Status insertFeedback(const QString &dealId, const domain::FeedbackEntry &f);

    // The stored competing pairs: those of one deal replaced by `found` (its conflicts at now), all of them
    // by `all`, or one deal's dropped (before the deal is deleted).
    Status replaceConflicts(const QString &dealId, const QList<DealConflict> &found);
    Status replaceAllConflicts(const QList<DealConflict> &all);
    Status removeConflicts(const QString &dealId);

private:
    // A statement prepared on first use and run again with new values.
    struct Statement
    {
        std::optional<QSqlQuery> query;
    };
    Status run(Statement &statement, const QString &text, const QVariantList &values);
    Status insertPair(const domain::Registration &a, const domain::Registration &b);
    // A row of a deal's record table (extensions, feedback): its id, then `columns` from `fields`.
    Status insertRecord(Statement &statement, const QString &table, const QStringList &columns, const QString &id,
                        const QJsonObject &fields);

    QSqlDatabase m_db;
    Statement m_insert;
    Statement m_update;
    Statement m_updateDerived;
    Statement m_deleteProducts;
    Statement m_insertProduct;
    Statement m_insertExtension;
    Statement m_insertFeedback;
    Statement m_insertPair;
};

} // namespace pd::storage
