#include "Migrations.h"

#include "Database.h"
#include "SqlUtil.h"

#include <QCoreApplication>
#include <QSqlQuery>

namespace pd::storage::migrations {
namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(pd::storage::Migrations)
};

QList<Migration> buildAll()
{
    QList<Migration> steps;
    // Version 1: partners and their people, the audit log, the sync outbox and sync state.
    steps.append(Migration{1, {
        QStringLiteral("PRAGMA application_id = %1").arg(Database::kApplicationId),
        QStringLiteral(R"(CREATE TABLE partners (
            id TEXT PRIMARY KEY NOT NULL,
            name TEXT NOT NULL,
            legal_form TEXT NOT NULL CHECK (legal_form IN ('legal_entity', 'sole_proprietor')),
            inn TEXT NOT NULL UNIQUE,
            registered_on TEXT NOT NULL,
            role TEXT NOT NULL CHECK (role IN ('partner', 'white_label', 'agent')),
            tier TEXT NOT NULL DEFAULT 'none' CHECK (tier IN ('none', 'silver', 'gold', 'platinum')),
            stage TEXT NOT NULL CHECK (stage IN ('application', 'contacted', 'model_agreed', 'agreement_signed')),
            manager TEXT NOT NULL DEFAULT '',
            region TEXT NOT NULL DEFAULT '',
            notes TEXT NOT NULL DEFAULT '',
            wl_brand TEXT NOT NULL DEFAULT '',
            wl_payment_model TEXT NOT NULL DEFAULT 'prepaid' CHECK (wl_payment_model IN ('prepaid', 'postpaid')),
            wl_markup_bp INTEGER NOT NULL DEFAULT 0,
            wl_restricted_services TEXT NOT NULL DEFAULT '[]',
            created_at TEXT NOT NULL,
            updated_at TEXT NOT NULL,
            version INTEGER NOT NULL DEFAULT 0
        ))"),
        QStringLiteral("CREATE INDEX partners_name ON partners (name COLLATE NOCASE)"),
        QStringLiteral(R"(CREATE TABLE people (
            id TEXT PRIMARY KEY NOT NULL,
            partner_id TEXT NOT NULL REFERENCES partners (id),
            name TEXT NOT NULL,
            position TEXT NOT NULL DEFAULT '',
            email TEXT NOT NULL DEFAULT '',
            phone TEXT NOT NULL DEFAULT '',
            sort_order INTEGER NOT NULL DEFAULT 0,
            created_at TEXT NOT NULL,
            updated_at TEXT NOT NULL,
            version INTEGER NOT NULL DEFAULT 0
        ))"),
        QStringLiteral("CREATE INDEX people_partner ON people (partner_id, sort_order)"),
        QStringLiteral(R"(CREATE TABLE audit_log (
            id INTEGER PRIMARY KEY AUTOINCREMENT,
            at TEXT NOT NULL,
            actor TEXT NOT NULL,
            entity TEXT NOT NULL,
            entity_id TEXT NOT NULL,
            parent_id TEXT,
            action TEXT NOT NULL CHECK (action IN ('create', 'update', 'delete')),
            mutation_id TEXT,
            changes TEXT NOT NULL
        ))"),
        QStringLiteral("CREATE INDEX audit_entity ON audit_log (entity_id)"),
        QStringLiteral("CREATE INDEX audit_parent ON audit_log (parent_id) WHERE parent_id IS NOT NULL"),
        QStringLiteral(R"(CREATE TABLE outbox (
            seq INTEGER PRIMARY KEY AUTOINCREMENT,
            mutation_id TEXT NOT NULL UNIQUE,
            entity TEXT NOT NULL,
            entity_id TEXT NOT NULL,
            op TEXT NOT NULL CHECK (op IN ('upsert', 'delete')),
            base_version INTEGER NOT NULL DEFAULT 0,
            fields TEXT NOT NULL,
            created_at TEXT NOT NULL,
            state TEXT NOT NULL DEFAULT 'pending' CHECK (state IN ('pending', 'rejected')),
            attempts INTEGER NOT NULL DEFAULT 0,
            last_error TEXT
        ))"),
        QStringLiteral("CREATE INDEX outbox_entity ON outbox (entity_id)"),
        QStringLiteral("CREATE TABLE sync_state (key TEXT PRIMARY KEY NOT NULL, value TEXT)"),
    }});
    return steps;
}

} // namespace

const QList<Migration> &all()
{
    static const QList<Migration> steps = buildAll();
    return steps;
}

int latestVersion()
{
    return all().isEmpty() ? 0 : all().constLast().version;
}

Status migrate(const QSqlDatabase &db)
{
    auto current = sql::exec(db, QStringLiteral("PRAGMA user_version"));
    if (!current)
        return current.error();
    const int from = current.value().next() ? current.value().value(0).toInt() : 0;
    for (const Migration &step : all()) {
        if (step.version <= from)
            continue;
        Transaction tx(db);
        if (!tx.isActive())
            return Error{Tr::tr("Could not start upgrading the database to version %1.").arg(step.version), {}, {}};
        for (const QString &statement : step.statements) {
            QSqlQuery q(db);
            if (!q.exec(statement))
                return sql::errorOf(q, Tr::tr("upgrade the database to version %1").arg(step.version));
        }
        QSqlQuery q(db);
        // PRAGMA takes no bound parameters; the version is an integer from this file.
        if (!q.exec(QStringLiteral("PRAGMA user_version = %1").arg(step.version)))
            return sql::errorOf(q, Tr::tr("record schema version %1").arg(step.version));
        if (Status s = tx.commit(); !s)
            return s;
    }
    return {};
}

} // namespace pd::storage::migrations
