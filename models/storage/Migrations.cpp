#include "Migrations.h"

#include "Backups.h"
#include "Database.h"
#include "SearchText.h"
#include "SqlUtil.h"

#include <QCoreApplication>
#include <QLoggingCategory>
#include <QSqlQuery>

namespace pd::storage::migrations {
namespace {

Q_LOGGING_CATEGORY(lcMigrations, "partnerdesk.storage.migrations")

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(pd::storage::Migrations)
};

// The schema steps are laid out as SQL reads, not as clang-format would indent the lists holding them.
// clang-format off
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

    // Version 2: deal registrations with their products, protection extensions and feedback, and a
    // trigram index for substring search (Cyrillic included) over a million deals.
    steps.append(Migration{2, {
        QStringLiteral(R"(CREATE TABLE deals (
            id TEXT PRIMARY KEY NOT NULL,
            partner_id TEXT NOT NULL REFERENCES partners (id),
            partner_name TEXT NOT NULL,
            partner_inn TEXT NOT NULL DEFAULT '',
            reply_contact TEXT NOT NULL DEFAULT '{}',
            partner_account_manager TEXT NOT NULL DEFAULT '',
            customer_name TEXT NOT NULL,
            customer_inn TEXT NOT NULL DEFAULT '',
            customer_contact TEXT NOT NULL DEFAULT '{}',
            customer_project_ids TEXT NOT NULL DEFAULT '[]',
            amount_minor INTEGER NOT NULL DEFAULT 0,
            currency TEXT NOT NULL DEFAULT 'RUB',
            expected_year INTEGER NOT NULL,
            expected_quarter INTEGER NOT NULL CHECK (expected_quarter BETWEEN 1 AND 4),
            expected_consumption_minor INTEGER NOT NULL DEFAULT 0,
            products TEXT NOT NULL DEFAULT '[]',
            description TEXT NOT NULL DEFAULT '',
            state TEXT NOT NULL CHECK (state IN ('new', 'awaiting_review', 'in_progress', 'confirmation',
                                                 'registered', 'rejected', 'returned')),
            state_comment TEXT NOT NULL DEFAULT '',
            filed_at TEXT NOT NULL,
            registered_at TEXT,
            protection_days INTEGER NOT NULL DEFAULT 0,
            outcome TEXT NOT NULL DEFAULT 'in_progress' CHECK (outcome IN ('in_progress', 'won', 'lost')),
            closed_at TEXT,
            -- Derived from the fields above and kept with them, so that SQLite can filter and sort
            -- a million deals by index: customer keys for conflict checks, case-folded names for sorting
            -- (SQLite's NOCASE folds ASCII only), the protection's end and the next feedback due date.
            customer_name_norm TEXT NOT NULL DEFAULT '',
            customer_sort TEXT NOT NULL DEFAULT '',
            partner_sort TEXT NOT NULL DEFAULT '',
            customer_email_domain TEXT NOT NULL DEFAULT '',
            protection_ends_at TEXT,
            feedback_due_at TEXT,
            created_at TEXT NOT NULL,
            updated_at TEXT NOT NULL,
            version INTEGER NOT NULL DEFAULT 0
        ))"),
        QStringLiteral("CREATE INDEX deals_partner ON deals (partner_id)"),
        QStringLiteral("CREATE INDEX deals_state_filed ON deals (state, filed_at)"),
        QStringLiteral("CREATE INDEX deals_filed ON deals (filed_at)"),
        QStringLiteral("CREATE INDEX deals_customer_sort ON deals (customer_sort)"),
        QStringLiteral("CREATE INDEX deals_partner_sort ON deals (partner_sort)"),
        QStringLiteral("CREATE INDEX deals_expected ON deals (expected_year, expected_quarter)"),
        QStringLiteral("CREATE INDEX deals_amount ON deals (amount_minor)"),
        QStringLiteral("CREATE INDEX deals_protection_end ON deals (protection_ends_at)"),
        QStringLiteral("CREATE INDEX deals_feedback_due ON deals (feedback_due_at)"),
        QStringLiteral("CREATE INDEX deals_customer_inn ON deals (customer_inn) WHERE customer_inn <> ''"),
        QStringLiteral("CREATE INDEX deals_customer_norm ON deals (customer_name_norm) WHERE customer_name_norm <> ''"),
        QStringLiteral("CREATE INDEX deals_customer_domain ON deals (customer_email_domain) WHERE customer_email_domain <> ''"),
        QStringLiteral(R"(CREATE TABLE deal_products (
            deal_id TEXT NOT NULL REFERENCES deals (id) ON DELETE CASCADE,
            product TEXT NOT NULL,
            PRIMARY KEY (deal_id, product)
        ) WITHOUT ROWID)"),
        QStringLiteral("CREATE INDEX deal_products_product ON deal_products (product)"),
        QStringLiteral(R"(CREATE TABLE deal_extensions (
            id TEXT PRIMARY KEY NOT NULL,
            deal_id TEXT NOT NULL REFERENCES deals (id),
            requested_at TEXT NOT NULL,
            reason TEXT NOT NULL,
            decision TEXT NOT NULL DEFAULT 'pending' CHECK (decision IN ('pending', 'approved', 'denied')),
            decided_at TEXT,
            decided_by TEXT NOT NULL DEFAULT '',
            days INTEGER NOT NULL DEFAULT 0,
            version INTEGER NOT NULL DEFAULT 0
        ))"),
        QStringLiteral("CREATE INDEX deal_extensions_deal ON deal_extensions (deal_id)"),
        QStringLiteral(R"(CREATE TABLE deal_feedback (
            id TEXT PRIMARY KEY NOT NULL,
            deal_id TEXT NOT NULL REFERENCES deals (id),
            at TEXT NOT NULL,
            type TEXT NOT NULL CHECK (type IN ('monthly_status', 'extension_request', 'closure')),
            category TEXT NOT NULL CHECK (category IN ('pilot_testing', 'implementation', 'awaiting_decision',
                                                       'sold', 'refused')),
            comment TEXT NOT NULL DEFAULT '',
            risks TEXT NOT NULL DEFAULT '[]',
            competitors TEXT NOT NULL DEFAULT '[]',
            version INTEGER NOT NULL DEFAULT 0
        ))"),
        QStringLiteral("CREATE INDEX deal_feedback_deal ON deal_feedback (deal_id, at)"),
        QStringLiteral(R"(CREATE VIRTUAL TABLE deals_fts USING fts5 (
            customer_name, customer_inn, partner_name, products,
            content = 'deals', content_rowid = 'rowid', tokenize = 'trigram'
        ))"),
        QStringLiteral(R"(CREATE TRIGGER deals_fts_insert AFTER INSERT ON deals BEGIN
            INSERT INTO deals_fts (rowid, customer_name, customer_inn, partner_name, products)
            VALUES (new.rowid, new.customer_name, new.customer_inn, new.partner_name, new.products);
        END)"),
        QStringLiteral(R"(CREATE TRIGGER deals_fts_delete AFTER DELETE ON deals BEGIN
            INSERT INTO deals_fts (deals_fts, rowid, customer_name, customer_inn, partner_name, products)
            VALUES ('delete', old.rowid, old.customer_name, old.customer_inn, old.partner_name, old.products);
        END)"),
        QStringLiteral(R"(CREATE TRIGGER deals_fts_update AFTER UPDATE OF customer_name, customer_inn, partner_name,
                products ON deals BEGIN
            INSERT INTO deals_fts (deals_fts, rowid, customer_name, customer_inn, partner_name, products)
            VALUES ('delete', old.rowid, old.customer_name, old.customer_inn, old.partner_name, old.products);
            INSERT INTO deals_fts (rowid, customer_name, customer_inn, partner_name, products)
            VALUES (new.rowid, new.customer_name, new.customer_inn, new.partner_name, new.products);
        END)"),
    }});

    // Version 3: training (courses, enrolments, certificates), the software compatibility track,
    // effective-dated program rules.
    steps.append(Migration{3, {
        QStringLiteral(R"(CREATE TABLE courses (
            id TEXT PRIMARY KEY NOT NULL,
            title TEXT NOT NULL,
            kind TEXT NOT NULL CHECK (kind IN ('product', 'technical', 'sales')),
            format TEXT NOT NULL CHECK (format IN ('lecture', 'demo', 'lab')),
            hours INTEGER NOT NULL DEFAULT 0,
            description TEXT NOT NULL DEFAULT '',
            created_at TEXT NOT NULL,
            updated_at TEXT NOT NULL,
            version INTEGER NOT NULL DEFAULT 0
        ))"),
        QStringLiteral(R"(CREATE TABLE enrollments (
            id TEXT PRIMARY KEY NOT NULL,
            person_id TEXT NOT NULL REFERENCES people (id),
            course_id TEXT NOT NULL REFERENCES courses (id),
            enrolled_on TEXT NOT NULL,
            progress_pct INTEGER NOT NULL DEFAULT 0 CHECK (progress_pct BETWEEN 0 AND 100),
            completed_on TEXT,
            created_at TEXT NOT NULL,
            updated_at TEXT NOT NULL,
            version INTEGER NOT NULL DEFAULT 0,
            UNIQUE (person_id, course_id)
        ))"),
        QStringLiteral("CREATE INDEX enrollments_course ON enrollments (course_id)"),
        QStringLiteral(R"(CREATE TABLE certificates (
            id TEXT PRIMARY KEY NOT NULL,
            person_id TEXT NOT NULL REFERENCES people (id),
            partner_id TEXT NOT NULL REFERENCES partners (id),
            competence TEXT NOT NULL CHECK (competence IN ('sale', 'pre_sale')),
            number TEXT NOT NULL DEFAULT '',
            issued_on TEXT NOT NULL,
            expires_on TEXT NOT NULL,
            created_at TEXT NOT NULL,
            updated_at TEXT NOT NULL,
            version INTEGER NOT NULL DEFAULT 0
        ))"),
        QStringLiteral("CREATE INDEX certificates_partner ON certificates (partner_id, expires_on)"),
        QStringLiteral("CREATE INDEX certificates_person ON certificates (person_id)"),
        QStringLiteral("CREATE INDEX certificates_expiry ON certificates (expires_on)"),
        QStringLiteral(R"(CREATE TABLE compat_certifications (
            id TEXT PRIMARY KEY NOT NULL,
            partner_id TEXT NOT NULL REFERENCES partners (id),
            product_name TEXT NOT NULL,
            product_version TEXT NOT NULL,
            service TEXT NOT NULL,
            vendor TEXT NOT NULL DEFAULT '',
            test_project_id TEXT NOT NULL DEFAULT '',
            steps TEXT NOT NULL DEFAULT '[]',
            outcome TEXT NOT NULL DEFAULT 'in_progress' CHECK (outcome IN ('in_progress', 'certified', 'failed', 'withdrawn')),
            certificate_number TEXT NOT NULL DEFAULT '',
            issuer TEXT NOT NULL DEFAULT '',
            issued_on TEXT,
            expires_on TEXT,
            created_at TEXT NOT NULL,
            updated_at TEXT NOT NULL,
            version INTEGER NOT NULL DEFAULT 0
        ))"),
        QStringLiteral("CREATE INDEX compat_partner ON compat_certifications (partner_id)"),
        QStringLiteral(R"(CREATE TABLE program_rules (
            effective_from TEXT PRIMARY KEY NOT NULL,
            rules TEXT NOT NULL,
            example_defaults INTEGER NOT NULL DEFAULT 1,
            created_at TEXT NOT NULL,
            updated_at TEXT NOT NULL,
            version INTEGER NOT NULL DEFAULT 0
        ))"),
        QStringLiteral("CREATE INDEX deals_partner_closed ON deals (partner_id, outcome, closed_at)"),
    }});

    // Version 4: what a million deals need to filter fast. Competing registrations are stored as pairs
    // (both directions) with the end of their overlap, kept by every deal write; partial indexes serve
    // the protection and feedback filters of deals still in progress.
    steps.append(Migration{4, {
        QStringLiteral(R"(CREATE TABLE deal_conflicts (
            deal_id TEXT NOT NULL,
            other_id TEXT NOT NULL,
            until TEXT NOT NULL,
            PRIMARY KEY (deal_id, other_id)
        ) WITHOUT ROWID)"),
        QStringLiteral("CREATE INDEX deal_conflicts_other ON deal_conflicts (other_id)"),
        QStringLiteral("CREATE INDEX deal_conflicts_until ON deal_conflicts (until, deal_id)"),
        QStringLiteral("CREATE INDEX deals_open_protection ON deals (protection_ends_at, feedback_due_at) "
                       "WHERE outcome = 'in_progress'"),
        QStringLiteral("CREATE INDEX deals_open_feedback ON deals (feedback_due_at, protection_ends_at) "
                       "WHERE outcome = 'in_progress'"),
    }});

    // Version 5: commission. Monthly consumption (the provider's billing data, excluding VAT) with its
    // natural key for idempotent re-import; monthly exchange rates as exact integers; settlement
    // periods; the priced lines with everything that priced them, kept unchanged once their period is
    // closed; per-partner totals for charts; closed months touched after closing, for corrections;
    // won deals with technical pre-sale (an Agent's reward).
    steps.append(Migration{5, {
        QStringLiteral(R"(CREATE TABLE consumption (
            id TEXT PRIMARY KEY NOT NULL,
            partner_id TEXT NOT NULL REFERENCES partners (id),
            customer_name TEXT NOT NULL DEFAULT '',
            customer_inn TEXT NOT NULL,
            month TEXT NOT NULL CHECK (month GLOB '[0-9][0-9][0-9][0-9]-[0-1][0-9]-01'),
            category TEXT NOT NULL CHECK (category IN ('compute', 'storage', 'network', 'databases', 'containers',
                'ai_ml', 'other', 'bonus_rubles', 'marketplace', 'third_party_licenses', 'admin_services')),
            project TEXT NOT NULL DEFAULT '',
            amount_minor INTEGER NOT NULL,
            currency TEXT NOT NULL DEFAULT 'RUB' CHECK (length(currency) = 3),
            created_at TEXT NOT NULL,
            updated_at TEXT NOT NULL,
            UNIQUE (customer_inn, month, category, project)
        ))"),
        QStringLiteral("CREATE INDEX consumption_month_partner ON consumption (month, partner_id)"),
        QStringLiteral(R"(CREATE TABLE currency_rates (
            month TEXT NOT NULL,
            currency TEXT NOT NULL CHECK (length(currency) = 3 AND currency <> 'RUB'),
            rub_per_unit_micro INTEGER NOT NULL CHECK (rub_per_unit_micro > 0),
            created_at TEXT NOT NULL,
            updated_at TEXT NOT NULL,
            PRIMARY KEY (month, currency)
        ) WITHOUT ROWID)"),
        QStringLiteral(R"(CREATE TABLE settlement_periods (
            month TEXT PRIMARY KEY NOT NULL,
            state TEXT NOT NULL DEFAULT 'open' CHECK (state IN ('open', 'closed')),
            computed_at TEXT,
            closed_at TEXT,
            closed_by TEXT NOT NULL DEFAULT '',
            total_minor INTEGER NOT NULL DEFAULT 0,
            line_count INTEGER NOT NULL DEFAULT 0
        ) WITHOUT ROWID)"),
        QStringLiteral(R"(CREATE TABLE commission_lines (
            id INTEGER PRIMARY KEY,
            period TEXT NOT NULL,
            partner_id TEXT NOT NULL,
            kind TEXT NOT NULL CHECK (kind IN ('base_discount', 'registration_discount', 'agent_percentage',
                'presale_reward', 'clawback', 'top_up')),
            role TEXT NOT NULL,
            tier TEXT NOT NULL,
            rule_from TEXT NOT NULL DEFAULT '',
            consumption_id TEXT,
            deal_id TEXT,
            category TEXT,
            basis_minor INTEGER NOT NULL,
            rate_bp INTEGER NOT NULL DEFAULT 0,
            amount_minor INTEGER NOT NULL,
            currency TEXT NOT NULL DEFAULT 'RUB',
            source_minor INTEGER,
            source_currency TEXT,
            fx_rate_micro INTEGER,
            corrects_period TEXT
        ))"),
        QStringLiteral("CREATE INDEX commission_lines_period ON commission_lines (period, partner_id)"),
        QStringLiteral(R"(CREATE TABLE commission_totals (
            period TEXT NOT NULL,
            partner_id TEXT NOT NULL,
            category TEXT NOT NULL,
            kind TEXT NOT NULL,
            tier TEXT NOT NULL,
            role TEXT NOT NULL,
            amount_minor INTEGER NOT NULL,
            line_count INTEGER NOT NULL,
            PRIMARY KEY (period, partner_id, category, kind)
        ) WITHOUT ROWID)"),
        QStringLiteral("CREATE INDEX commission_totals_partner ON commission_totals (partner_id, period)"),
        QStringLiteral(R"(CREATE TABLE commission_dirty (
            period TEXT NOT NULL,
            partner_id TEXT NOT NULL,
            PRIMARY KEY (period, partner_id)
        ) WITHOUT ROWID)"),
        QStringLiteral(R"(CREATE TRIGGER consumption_closed_insert AFTER INSERT ON consumption
            WHEN EXISTS (SELECT 1 FROM settlement_periods WHERE month = new.month AND state = 'closed') BEGIN
            INSERT OR IGNORE INTO commission_dirty (period, partner_id) VALUES (new.month, new.partner_id);
        END)"),
        QStringLiteral(R"(CREATE TRIGGER consumption_closed_delete AFTER DELETE ON consumption
            WHEN EXISTS (SELECT 1 FROM settlement_periods WHERE month = old.month AND state = 'closed') BEGIN
            INSERT OR IGNORE INTO commission_dirty (period, partner_id) VALUES (old.month, old.partner_id);
        END)"),
        QStringLiteral(R"(CREATE TRIGGER consumption_closed_update AFTER UPDATE ON consumption BEGIN
            INSERT OR IGNORE INTO commission_dirty (period, partner_id)
                SELECT old.month, old.partner_id WHERE EXISTS (SELECT 1 FROM settlement_periods
                    WHERE month = old.month AND state = 'closed')
                UNION SELECT new.month, new.partner_id WHERE EXISTS (SELECT 1 FROM settlement_periods
                    WHERE month = new.month AND state = 'closed');
        END)"),
        QStringLiteral(R"(CREATE TRIGGER currency_rates_closed_change AFTER UPDATE ON currency_rates BEGIN
            INSERT OR IGNORE INTO commission_dirty (period, partner_id)
                SELECT DISTINCT month, partner_id FROM consumption WHERE month = new.month
                    AND currency = new.currency AND EXISTS (SELECT 1 FROM settlement_periods
                        WHERE month = new.month AND state = 'closed');
        END)"),
        QStringLiteral(R"(CREATE TABLE deal_presales (
            deal_id TEXT PRIMARY KEY NOT NULL REFERENCES deals (id) ON DELETE CASCADE,
            engineer TEXT NOT NULL DEFAULT '',
            noted_at TEXT NOT NULL
        ) WITHOUT ROWID)"),
        // Which deal of a partner registered a customer (by INN): probed once per customer and month.
        QStringLiteral("CREATE INDEX deals_registered_customer ON deals (customer_inn, partner_id, registered_at, "
                       "outcome, closed_at, id) WHERE state = 'registered' AND customer_inn <> ''"),
    }});

    // Version 6: the client side of sync. The server's last known state of every synced record (the
    // base of the next edit and of a conflict), pulled records held back (pending local edits, parent
    // not yet here), conflicts kept with both values until the user resolves them, and the records
    // seen during a full resync.
    steps.append(Migration{6, {
        QStringLiteral(R"(CREATE TABLE sync_shadow (
            entity TEXT NOT NULL,
            id TEXT NOT NULL,
            version INTEGER NOT NULL,
            deleted INTEGER NOT NULL DEFAULT 0,
            fields TEXT NOT NULL DEFAULT '{}',
            PRIMARY KEY (entity, id)
        ) WITHOUT ROWID)"),
        QStringLiteral(R"(CREATE TABLE sync_parked (
            entity TEXT NOT NULL,
            id TEXT NOT NULL,
            version INTEGER NOT NULL,
            deleted INTEGER NOT NULL DEFAULT 0,
            fields TEXT NOT NULL DEFAULT '{}',
            reason TEXT NOT NULL CHECK (reason IN ('pending', 'parent', 'error')),
            detail TEXT NOT NULL DEFAULT '',
            PRIMARY KEY (entity, id)
        ) WITHOUT ROWID)"),
        QStringLiteral(R"(CREATE TABLE sync_conflicts (
            id INTEGER PRIMARY KEY AUTOINCREMENT,
            entity TEXT NOT NULL,
            entity_id TEXT NOT NULL,
            field TEXT NOT NULL,
            mine TEXT NOT NULL,
            theirs TEXT NOT NULL,
            base TEXT NOT NULL,
            server_version INTEGER NOT NULL,
            server_deleted INTEGER NOT NULL DEFAULT 0,
            mutation_id TEXT NOT NULL,
            detected_at TEXT NOT NULL,
            resolved_at TEXT,
            resolution TEXT CHECK (resolution IN ('mine', 'theirs', 'edited'))
        ))"),
        QStringLiteral("CREATE INDEX sync_conflicts_open ON sync_conflicts (entity, entity_id) WHERE resolved_at IS NULL"),
        QStringLiteral(R"(CREATE TABLE sync_resync_seen (
            entity TEXT NOT NULL,
            id TEXT NOT NULL,
            PRIMARY KEY (entity, id)
        ) WITHOUT ROWID)"),
        QStringLiteral("CREATE INDEX outbox_record ON outbox (entity, entity_id, state)"),
    }});

    // Version 7: the tier of every partner on a date (TierService, run for each commission recompute) reads
    // the won registered deals of the last 12 months and a grace period from this covering partial index
    // instead of visiting every registered deal.
    steps.append(Migration{7, {
        // state and outcome lead so that SQLite prefers it to deals_state_filed without statistics.
        QStringLiteral("CREATE INDEX deals_won_closed ON deals (state, outcome, closed_at, partner_id, amount_minor) "
                       "WHERE state = 'registered' AND outcome = 'won'"),
    }});

    // Version 8: the commission recompute streams a month's consumption in partner order from one covering
    // index instead of fetching every record from the table by rowid (random reads over the whole file).
    steps.append(Migration{8, {
        QStringLiteral("CREATE INDEX consumption_month_cover ON consumption (month, partner_id, customer_inn, category, "
                       "amount_minor, currency, id)"),
    }});

    // Version 9: commission. A digest of each partner's lines of a period, so that a recompute rewrites only
    // the partners whose lines changed. A change to a registered deal (state, outcome, dates, customer INN,
    // partner) or to a deal's pre-sale mark can change what a closed month is worth, like a consumption change:
    // it marks the closed months with consumption of that customer (and the month the deal was won, for a
    // pre-sale reward) for a correction in the next open period. The index of won deals also holds their ids,
    // and the index of registered deals leads with the partner, as a month's consumption is read.
    steps.append(Migration{9, {
        // The won deals of a month with their ids, for the pre-sale rewards (TierService reads the same index).
        QStringLiteral("DROP INDEX IF EXISTS deals_won_closed"),
        QStringLiteral("CREATE INDEX deals_won_closed ON deals (state, outcome, closed_at, partner_id, amount_minor, id) "
                       "WHERE state = 'registered' AND outcome = 'won'"),
        // The registered deals in the order of a month's consumption (partner, customer INN), read alongside it.
        QStringLiteral("DROP INDEX IF EXISTS deals_registered_customer"),
        QStringLiteral("CREATE INDEX deals_registered_partner ON deals (partner_id, customer_inn, registered_at, outcome, "
                       "closed_at, id) WHERE state = 'registered' AND customer_inn <> ''"),
        QStringLiteral(R"(CREATE TABLE commission_digests (
            period TEXT NOT NULL,
            partner_id TEXT NOT NULL,
            digest TEXT NOT NULL,
            PRIMARY KEY (period, partner_id)
        ) WITHOUT ROWID)"),
        QStringLiteral(R"(CREATE TRIGGER deals_closed_commission_update
            AFTER UPDATE OF partner_id, customer_inn, state, outcome, registered_at, closed_at ON deals
            WHEN (old.state = 'registered' OR new.state = 'registered')
                AND (old.state IS NOT new.state OR old.outcome IS NOT new.outcome
                     OR old.registered_at IS NOT new.registered_at OR old.closed_at IS NOT new.closed_at
                     OR old.customer_inn IS NOT new.customer_inn OR old.partner_id IS NOT new.partner_id)
                AND EXISTS (SELECT 1 FROM settlement_periods WHERE state = 'closed') BEGIN
            INSERT OR IGNORE INTO commission_dirty (period, partner_id)
                SELECT DISTINCT c.month, c.partner_id FROM consumption c
                JOIN settlement_periods s ON s.month = c.month AND s.state = 'closed'
                WHERE c.customer_inn IN (old.customer_inn, new.customer_inn) AND c.customer_inn <> ''
                    AND c.partner_id IN (old.partner_id, new.partner_id);
            INSERT OR IGNORE INTO commission_dirty (period, partner_id)
                SELECT s.month, w.partner_id FROM settlement_periods s
                JOIN (SELECT old.partner_id AS partner_id, old.closed_at AS closed_at
                      UNION SELECT new.partner_id, new.closed_at) w
                    ON s.month = substr(w.closed_at, 1, 7) || '-01'
                WHERE s.state = 'closed' AND EXISTS (SELECT 1 FROM deal_presales WHERE deal_id = new.id);
        END)"),
        QStringLiteral(R"(CREATE TRIGGER deals_closed_commission_insert AFTER INSERT ON deals
            WHEN new.state = 'registered' AND EXISTS (SELECT 1 FROM settlement_periods WHERE state = 'closed') BEGIN
            INSERT OR IGNORE INTO commission_dirty (period, partner_id)
                SELECT DISTINCT c.month, c.partner_id FROM consumption c
                JOIN settlement_periods s ON s.month = c.month AND s.state = 'closed'
                WHERE c.customer_inn = new.customer_inn AND c.customer_inn <> '' AND c.partner_id = new.partner_id;
        END)"),
        QStringLiteral(R"(CREATE TRIGGER deals_closed_commission_delete AFTER DELETE ON deals
            WHEN old.state = 'registered' AND EXISTS (SELECT 1 FROM settlement_periods WHERE state = 'closed') BEGIN
            INSERT OR IGNORE INTO commission_dirty (period, partner_id)
                SELECT DISTINCT c.month, c.partner_id FROM consumption c
                JOIN settlement_periods s ON s.month = c.month AND s.state = 'closed'
                WHERE c.customer_inn = old.customer_inn AND c.customer_inn <> '' AND c.partner_id = old.partner_id;
            INSERT OR IGNORE INTO commission_dirty (period, partner_id)
                SELECT s.month, old.partner_id FROM settlement_periods s
                WHERE s.state = 'closed' AND s.month = substr(old.closed_at, 1, 7) || '-01' AND old.outcome = 'won';
        END)"),
        QStringLiteral(R"(CREATE TRIGGER deal_presales_closed_insert AFTER INSERT ON deal_presales BEGIN
            INSERT OR IGNORE INTO commission_dirty (period, partner_id)
                SELECT s.month, d.partner_id FROM deals d
                JOIN settlement_periods s ON s.month = substr(d.closed_at, 1, 7) || '-01' AND s.state = 'closed'
                WHERE d.id = new.deal_id AND d.state = 'registered' AND d.outcome = 'won';
        END)"),
        QStringLiteral(R"(CREATE TRIGGER deal_presales_closed_delete AFTER DELETE ON deal_presales BEGIN
            INSERT OR IGNORE INTO commission_dirty (period, partner_id)
                SELECT s.month, d.partner_id FROM deals d
                JOIN settlement_periods s ON s.month = substr(d.closed_at, 1, 7) || '-01' AND s.state = 'closed'
                WHERE d.id = old.deal_id AND d.state = 'registered' AND d.outcome = 'won';
        END)"),
    }});

    // Version 10: consumption_month_cover (v8) leads with the same (month, partner_id) and serves every query
    // the v5 index served (a month, a month and partner, a month and currency); one index fewer to update
    // for each imported consumption row.
    steps.append(Migration{10, {
        QStringLiteral("DROP INDEX IF EXISTS consumption_month_partner"),
    }});

    // Version 11: the Deals page over a million deals. Its page query reads rowids first and then only
    // the page's rows, so an index that holds the filter's and the sort's columns answers the page alone:
    // deals in progress by protection end with every sort key (the protection filter re-sorted by any
    // column), and a state with the customer sort (a text search narrowed to a state, by customer).
    steps.append(Migration{11, {
        QStringLiteral("DROP INDEX IF EXISTS deals_open_protection"), // v4's (protection end, feedback due): superseded
        QStringLiteral("CREATE INDEX IF NOT EXISTS deals_open_protection_sort ON deals (protection_ends_at, filed_at, "
                       "customer_sort, partner_sort, amount_minor, state, expected_year, expected_quarter) "
                       "WHERE outcome = 'in_progress'"),
        QStringLiteral("CREATE INDEX IF NOT EXISTS deals_state_customer ON deals (state, customer_sort)"),
    }});

    // Version 13: consumption without constraints that only a row-by-row insert can maintain. The natural key
    // (customer INN, month, category, project) and the id were an inline UNIQUE and a TEXT PRIMARY KEY, whose
    // automatic indexes cannot be dropped; they are now named unique indexes with the same columns, so a bulk
    // import into an empty table inserts the rows first and sorts each index once at the end (ConsumptionWriter),
    // inside the same transaction. Same columns, values, rowids, CHECKs, foreign key, triggers and
    // consumption_month_cover. The copy keeps the rowids; the old table's indexes and triggers go with it.
    // Triggers of other tables read consumption by name (currency_rates_closed_change, the deals' closed-period
    // triggers): the rename runs in legacy mode so that SQLite leaves them as they are instead of refusing the
    // rename while no table of that name exists; they resolve to the new table afterwards.
    steps.append(Migration{13, {
        QStringLiteral(R"(CREATE TABLE consumption_v13 (
            id TEXT NOT NULL,
            partner_id TEXT NOT NULL REFERENCES partners (id),
            customer_name TEXT NOT NULL DEFAULT '',
            customer_inn TEXT NOT NULL,
            month TEXT NOT NULL CHECK (month GLOB '[0-9][0-9][0-9][0-9]-[0-1][0-9]-01'),
            category TEXT NOT NULL CHECK (category IN ('compute', 'storage', 'network', 'databases', 'containers',
                'ai_ml', 'other', 'bonus_rubles', 'marketplace', 'third_party_licenses', 'admin_services')),
            project TEXT NOT NULL DEFAULT '',
            amount_minor INTEGER NOT NULL,
            currency TEXT NOT NULL DEFAULT 'RUB' CHECK (length(currency) = 3),
            created_at TEXT NOT NULL,
            updated_at TEXT NOT NULL
        ))"),
        QStringLiteral("INSERT INTO consumption_v13 (rowid, id, partner_id, customer_name, customer_inn, month, category, project, "
                       "amount_minor, currency, created_at, updated_at) SELECT rowid, id, partner_id, customer_name, customer_inn, "
                       "month, category, project, amount_minor, currency, created_at, updated_at FROM consumption ORDER BY rowid"),
        QStringLiteral("DROP TABLE consumption"),
        QStringLiteral("PRAGMA legacy_alter_table = ON"),
        QStringLiteral("ALTER TABLE consumption_v13 RENAME TO consumption"),
        QStringLiteral("PRAGMA legacy_alter_table = OFF"),
        QStringLiteral("CREATE UNIQUE INDEX consumption_id ON consumption (id)"),
        QStringLiteral("CREATE UNIQUE INDEX consumption_natural_key ON consumption (customer_inn, month, category, project)"),
        QStringLiteral("CREATE INDEX consumption_month_cover ON consumption (month, partner_id, customer_inn, category, "
                       "amount_minor, currency, id)"),
        QStringLiteral(R"(CREATE TRIGGER consumption_closed_insert AFTER INSERT ON consumption
            WHEN EXISTS (SELECT 1 FROM settlement_periods WHERE month = new.month AND state = 'closed') BEGIN
            INSERT OR IGNORE INTO commission_dirty (period, partner_id) VALUES (new.month, new.partner_id);
        END)"),
        QStringLiteral(R"(CREATE TRIGGER consumption_closed_delete AFTER DELETE ON consumption
            WHEN EXISTS (SELECT 1 FROM settlement_periods WHERE month = old.month AND state = 'closed') BEGIN
            INSERT OR IGNORE INTO commission_dirty (period, partner_id) VALUES (old.month, old.partner_id);
        END)"),
        QStringLiteral(R"(CREATE TRIGGER consumption_closed_update AFTER UPDATE ON consumption BEGIN
            INSERT OR IGNORE INTO commission_dirty (period, partner_id)
                SELECT old.month, old.partner_id WHERE EXISTS (SELECT 1 FROM settlement_periods
                    WHERE month = old.month AND state = 'closed')
                UNION SELECT new.month, new.partner_id WHERE EXISTS (SELECT 1 FROM settlement_periods
                    WHERE month = new.month AND state = 'closed');
        END)"),
    }});

    // Version 14: the correction lines (clawbacks and top-ups) of a period by their own small index, so that a
    // recompute, which gives a partner's new lines the ids of its previous ones, finds the few it must leave
    // alone without reading every line of the period, and the corrections' sums per partner need no scan.
    steps.append(Migration{14, {
        QStringLiteral("CREATE INDEX commission_lines_corrections ON commission_lines (period, partner_id, corrects_period) "
                       "WHERE corrects_period IS NOT NULL"),
    }});

    // Version 15: a Partner's or White Label's base discount row also carries the registration discount of the
    // same consumption record (its rate and amount; deal_id names the registered deal), so that a record priced
    // both ways is one row and one index entry, not two: a month's first pricing stores about 40 % fewer rows.
    // Readers still see two lines (CommissionReports); rows stored before stay as they are, valid as they are.
    steps.append(Migration{15, {
        QStringLiteral("ALTER TABLE commission_lines ADD COLUMN reg_rate_bp INTEGER"),
        QStringLiteral("ALTER TABLE commission_lines ADD COLUMN reg_amount_minor INTEGER"),
    }});

    // Version 16: the deals' full-text index holds its text with «ё» read as «е» (DealQuery folds the search
    // text the same way), so that «надежное» finds «Надёжное»; the trigram tokenizer folds case itself. The
    // index reads its content through a view of the folded columns, so that its triggers, a 'rebuild' and an
    // 'integrity-check' all see the same text. Rather than tokenizing a million deals again, the step keeps the
    // index as it was (its shadow tables' rows are copied into the new table's, which has the same columns and
    // tokenizer) and re-indexes only the deals whose text has a «ё», typically a few per cent.
    steps.append(Migration{16, [] {
        using domain::searchtext::sqlFoldYo;
        const QString columns = QStringLiteral("customer_name, customer_inn, partner_name, products");
        const auto folded = [](const QString &row) {
            QStringList values;
            for (const char *column : {"customer_name", "customer_inn", "partner_name", "products"})
                values.append(sqlFoldYo(row + QLatin1String(column)));
            return values.join(QLatin1String(", "));
        };
        const QString hasYo = QStringLiteral("(customer_name || customer_inn || partner_name || products) GLOB "
                                             "'*[\u0451\u0401]*'");
        QStringList statements{
            QStringLiteral("DROP TRIGGER deals_fts_insert"),
            QStringLiteral("DROP TRIGGER deals_fts_delete"),
            QStringLiteral("DROP TRIGGER deals_fts_update"),
            QStringLiteral("ALTER TABLE deals_fts RENAME TO deals_fts_v15"),
            QStringLiteral("CREATE VIEW deals_search_text (deal_rowid, %1) AS SELECT rowid, %2 FROM deals")
                .arg(columns, folded(QString())),
            QStringLiteral("CREATE VIRTUAL TABLE deals_fts USING fts5 (%1, content = 'deals_search_text', "
                           "content_rowid = 'deal_rowid', tokenize = 'trigram')")
                .arg(columns),
        };
        for (const char *shadow : {"data", "idx", "docsize", "config"}) {
            statements.append(QStringLiteral("DELETE FROM deals_fts_%1").arg(QLatin1String(shadow)));
            statements.append(QStringLiteral("INSERT INTO deals_fts_%1 SELECT * FROM deals_fts_v15_%1").arg(QLatin1String(shadow)));
        }
        statements << QStringLiteral("DROP TABLE deals_fts_v15")
                   // The deals with a «ё»: their entries, made from the text as stored, go; folded ones come.
                   << QStringLiteral("INSERT INTO deals_fts (deals_fts, rowid, %1) SELECT 'delete', rowid, %1 FROM deals "
                                     "WHERE %2").arg(columns, hasYo)
                   << QStringLiteral("INSERT INTO deals_fts (rowid, %1) SELECT rowid, %2 FROM deals WHERE %3")
                          .arg(columns, folded(QString()), hasYo)
                   << QStringLiteral(R"(CREATE TRIGGER deals_fts_insert AFTER INSERT ON deals BEGIN
            INSERT INTO deals_fts (rowid, %1) VALUES (new.rowid, %2);
        END)").arg(columns, folded(QStringLiteral("new.")))
                   << QStringLiteral(R"(CREATE TRIGGER deals_fts_delete AFTER DELETE ON deals BEGIN
            INSERT INTO deals_fts (deals_fts, rowid, %1) VALUES ('delete', old.rowid, %2);
        END)").arg(columns, folded(QStringLiteral("old.")))
                   << QStringLiteral(R"(CREATE TRIGGER deals_fts_update AFTER UPDATE OF %1 ON deals BEGIN
            INSERT INTO deals_fts (deals_fts, rowid, %1) VALUES ('delete', old.rowid, %2);
            INSERT INTO deals_fts (rowid, %1) VALUES (new.rowid, %3);
        END)").arg(columns, folded(QStringLiteral("old.")), folded(QStringLiteral("new.")));
        return statements;
    }()});

    // Version 17: what sync keeps for people to read and act on. Records that stay on this computer (the
    // demo's, and whatever is added under them) are never uploaded; every sync run is logged; a conflict
    // names who changed the server's side, when and from which device; a refused change keeps the server's
    // reason as a code and its arguments, so that it can be told in the interface's language.
    QStringList underDemo; // what belongs to those records, children after their parents
    for (const auto &[entity, table, parentColumn, parentEntity] :
         {std::tuple{"deal", "deals", "partner_id", "partner"}, std::tuple{"person", "people", "partner_id", "partner"},
          std::tuple{"compat_certification", "compat_certifications", "partner_id", "partner"},
          std::tuple{"certificate", "certificates", "partner_id", "partner"},
          std::tuple{"deal_extension", "deal_extensions", "deal_id", "deal"},
          std::tuple{"deal_feedback", "deal_feedback", "deal_id", "deal"},
          std::tuple{"enrollment", "enrollments", "person_id", "person"}})
        underDemo << QStringLiteral("INSERT OR IGNORE INTO local_only (id, entity) SELECT t.id, '%1' FROM %2 t WHERE t.%3 IN "
                                    "(SELECT id FROM local_only WHERE entity = '%4') AND NOT EXISTS (SELECT 1 FROM sync_shadow s "
                                    "WHERE s.entity = '%1' AND s.id = t.id)")
                         .arg(QLatin1String(entity), QLatin1String(table), QLatin1String(parentColumn), QLatin1String(parentEntity));
    steps.append(Migration{17, QStringList{
        QStringLiteral(R"(CREATE TABLE local_only (
            id TEXT NOT NULL,
            entity TEXT NOT NULL,
            PRIMARY KEY (id, entity)
        ) WITHOUT ROWID)"),
        // A demo made before this version: what the demo created (its audit entries, actor "demo") and never
        // synced, and everything under those partners, deals and people.
        QStringLiteral("INSERT OR IGNORE INTO local_only (id, entity) SELECT a.entity_id, a.entity FROM audit_log a "
                       "WHERE a.actor = 'demo' AND a.action = 'create' AND NOT EXISTS (SELECT 1 FROM sync_shadow s "
                       "WHERE s.entity = a.entity AND s.id = a.entity_id)"),
        QStringLiteral(R"(CREATE TABLE sync_log (
            id INTEGER PRIMARY KEY AUTOINCREMENT,
            started_at TEXT NOT NULL,
            finished_at TEXT NOT NULL,
            server TEXT NOT NULL DEFAULT '',
            outcome TEXT NOT NULL,
            pushed INTEGER NOT NULL DEFAULT 0,
            pulled INTEGER NOT NULL DEFAULT 0,
            merged INTEGER NOT NULL DEFAULT 0,
            conflicts INTEGER NOT NULL DEFAULT 0,
            rejected INTEGER NOT NULL DEFAULT 0,
            kept_local INTEGER NOT NULL DEFAULT 0,
            message TEXT NOT NULL DEFAULT ''
        ))"),
        QStringLiteral("CREATE INDEX sync_log_finished ON sync_log (finished_at)"),
        QStringLiteral("ALTER TABLE sync_conflicts ADD COLUMN their_user TEXT NOT NULL DEFAULT ''"),
        QStringLiteral("ALTER TABLE sync_conflicts ADD COLUMN their_at TEXT NOT NULL DEFAULT ''"),
        QStringLiteral("ALTER TABLE sync_conflicts ADD COLUMN their_device TEXT NOT NULL DEFAULT ''"),
        QStringLiteral("ALTER TABLE outbox ADD COLUMN reject_code TEXT NOT NULL DEFAULT ''"),
        QStringLiteral("ALTER TABLE outbox ADD COLUMN reject_args TEXT NOT NULL DEFAULT '{}'"),
    } + underDemo});
    return steps;
}
// clang-format on

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
    // An unfinished statement keeps a read lock on the schema, and a later DROP fails with "table is locked".
    current.value().finish();
    // A file that holds data from an older version is copied first: an upgrade is one-way. A new file
    // (version 0) has nothing to lose. A backup that cannot be made does not keep the user from their work.
    if (from > 0 && from < latestVersion()) {
        if (auto backup = backups::makeBefore(db, backups::Reason::Upgrade); !backup)
            qCWarning(lcMigrations) << "no backup before the upgrade from version" << from << ":"
                                    << backup.error().text();
    }
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
