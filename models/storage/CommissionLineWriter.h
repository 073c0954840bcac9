#pragma once

#include "CommissionPricer.h"
#include "Result.h"
#include "SqliteStatement.h"

#include <QByteArray>
#include <QHash>
#include <QString>

#include <functional>
#include <memory>
#include <utility>
#include <vector>

struct sqlite3;

namespace pd::storage {

class LineStore;
class TotalsStore;

// One partner's priced lines of a period with the digest of everything they hold.
struct PartnerLines
{
    QByteArray partnerId;
    std::vector<PricedLine> lines; // their consumption ids and currencies are views into `texts`
    QByteArray texts;
    QByteArray digest; // BLAKE2b-160, hex
};

// Stores the priced lines of an open period partner by partner (they arrive grouped by partner, see
// CommissionPricer) and rewrites only the partners whose lines changed. Each partner's lines of a period have a
// BLAKE2b-160 digest in commission_digests over everything a stored line holds (kind, role, tier, rule date,
// consumption record, deal, category, amounts, currency, rate); a partner whose new digest equals the stored one
// keeps its lines and totals as they are, any other partner's lines and totals are replaced, and a partner left
// with no lines loses them. When the stored digests do not describe the stored lines exactly (a database from
// before digests existed), the whole period is replaced. Correction lines (clawback, top-up) are never touched.
// A record's base and registration discounts are stored as one row (schema 15); a digest describes lines, not
// rows, so a partner whose lines are unchanged keeps its rows in whichever form they were stored.
// Runs inside the caller's transaction.
class CommissionLineWriter final
{
public:
    explicit CommissionLineWriter(sqlite3 *db);
    ~CommissionLineWriter();
    CommissionLineWriter(const CommissionLineWriter &) = delete;
    CommissionLineWriter &operator=(const CommissionLineWriter &) = delete;

    // Groups the lines that CommissionPricer sends (partner by partner) into PartnerLines with their digest.
    // Touches no database, so it can run on the thread that prices.
    class Collector final
    {
    public:
        using Sink = std::function<Status(PartnerLines &&)>;
        Collector(QByteArray ruleFrom, Sink sink);
        Status add(const PricedLine &line);
        // Hands over the last partner's lines.
        Status flush();

    private:
        void digestLine(const PricedLine &line);

        QByteArray m_ruleFrom;
        Sink m_sink;
        PartnerLines m_current;
        QByteArray m_digestInput;
        std::vector<qsizetype> m_textAt;                          // each line's texts in m_current.texts
        std::vector<std::pair<qsizetype, qsizetype>> m_textSizes; // and their sizes (consumption id, currency)
    };

    Status begin(const QByteArray &period, const QByteArray &ruleFrom, const QString &monthText);
    // Either line by line (grouped and digested here) ...
    Status add(const PricedLine &line);
    // ... or one whole partner at a time, grouped by a Collector elsewhere; partners in id order.
    Status write(PartnerLines &&partner);
    Status finish();

    int partners() const { return m_partners; }   // partners with at least one line
    int rewritten() const { return m_rewritten; } // partners whose lines were (re)written
    int removed() const { return m_removed; }     // partners whose lines were removed

private:
    Status removePartner(const QByteArray &partnerId);
    Status run(SqliteStatement &statement, const QByteArray &partnerId);

    sqlite3 *m_db;
    QByteArray m_period;
    QByteArray m_ruleFrom;
    std::unique_ptr<LineStore> m_lines;
    std::unique_ptr<TotalsStore> m_totals;
    SqliteStatement m_deleteLines;
    SqliteStatement m_deleteTotals;
    SqliteStatement m_deleteDigest;
    SqliteStatement m_storeDigest;
    QHash<QByteArray, QByteArray> m_stored;               // partner id → digest, of partners not yet seen in this run
    QHash<QByteArray, std::vector<qint64>> m_previousIds; // partner id → the ids of its rows of the period, ascending
    std::unique_ptr<Collector> m_collector;               // for add()
    int m_partners = 0;
    int m_rewritten = 0;
    int m_removed = 0;
};

} // namespace pd::storage
