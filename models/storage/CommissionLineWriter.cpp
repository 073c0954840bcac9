#include "CommissionLineWriter.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QSet>

#include <algorithm>
#include <cstring>
#include <iterator>
#include <memory>

#include <sqlite3.h>

namespace pd::storage {

using namespace pd::domain;

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(pd::storage::CommissionLineWriter)
};

constexpr int kCategoryCount = static_cast<int>(ServiceCategory::AdminServices) + 1;
constexpr int kKindCount = static_cast<int>(LineKind::TopUp) + 1;

} // namespace

// Stores priced lines with prepared statements that carry many rows each (a statement's own overhead was most
// of a row's cost); the period and the rule's date are bound once. A record's base discount and its registration
// discount (they come one after the other, see CommissionPricer) are one row: the registration part's rate and
// amount in reg_rate_bp and reg_amount_minor, its deal in deal_id. A partner's new rows take the ids of its
// previous rows of the period, in order, as far as they go: those rows are updated in place (an upsert by id),
// which leaves the (period, partner_id) index alone, where a delete and an insert change two B-trees twice.
// Rows beyond the previous count are inserted with new ids, previous rows beyond the new count deleted.
class LineStore final
{
public:
    explicit LineStore(sqlite3 *db) : m_db(db), m_deleteAfter(db) {}

    Status prepare(const QByteArray &period, const QByteArray &ruleFrom)
    {
        m_period = period;
        m_ruleFrom = ruleFrom;
        const QString what = Tr::tr("store commission lines");
        for (size_t i = 0; i < std::size(kRows); ++i) {
            QByteArray sql = "INSERT INTO commission_lines (period, partner_id, rule_from, id, kind, role, tier, "
                             "consumption_id, deal_id, category, basis_minor, rate_bp, amount_minor, source_minor, "
                             "source_currency, fx_rate_micro, reg_rate_bp, reg_amount_minor) VALUES ";
            for (int r = 0; r < kRows[i]; ++r) {
                sql += r ? ", (?1, ?2, ?3" : "(?1, ?2, ?3";
                for (int c = 0; c < kRowParameters; ++c)
                    sql += ", ?" + QByteArray::number(kSharedParameters + 1 + r * kRowParameters + c);
                sql += ')';
            }
            // A correction line (corrects_period set) is never overwritten; replace() checks that every row was
            // stored, so such an id among `previous` would be an error, not a silent loss.
            sql +=
                " ON CONFLICT (id) DO UPDATE SET kind = excluded.kind, role = excluded.role, tier = excluded.tier, "
                "rule_from = excluded.rule_from, consumption_id = excluded.consumption_id, deal_id = excluded.deal_id, "
                "category = excluded.category, basis_minor = excluded.basis_minor, rate_bp = excluded.rate_bp, "
                "amount_minor = excluded.amount_minor, currency = 'RUB', source_minor = excluded.source_minor, "
                "source_currency = excluded.source_currency, fx_rate_micro = excluded.fx_rate_micro, "
                "reg_rate_bp = excluded.reg_rate_bp, reg_amount_minor = excluded.reg_amount_minor "
                "WHERE corrects_period IS NULL";
            m_upserts[i] = std::make_unique<SqliteStatement>(m_db);
            if (Status s = m_upserts[i]->prepare(sql.constData(), what); !s)
                return s;
            m_upserts[i]->bind(1, m_period);
            m_upserts[i]->bind(3, m_ruleFrom);
        }
        if (Status s = m_deleteAfter.prepare("DELETE FROM commission_lines WHERE period = ?1 AND partner_id = ?2 AND "
                                             "id > ?3 AND corrects_period IS NULL",
                                             what);
            !s)
            return s;
        m_deleteAfter.bind(1, m_period);
        for (int k = 0; k < kKindCount; ++k)
            m_kinds[k] = toKey(static_cast<LineKind>(k)).toUtf8();
        for (Role r : allValues<Role>())
            m_roles[static_cast<int>(r)] = toKey(r).toUtf8();
        for (Tier t : allValues<Tier>())
            m_tiers[static_cast<int>(t)] = toKey(t).toUtf8();
        return {};
    }

    // Replaces the partner's rows of the period with those of `lines`; `previous` are the ids of its rows so far
    // (correction lines left out), ascending.
    Status replace(const QByteArray &partnerId, const std::vector<PricedLine> &lines,
                   const std::vector<qint64> &previous)
    {
        m_rows.clear();
        for (size_t i = 0; i < lines.size(); ++i) {
            const bool paired = i + 1 < lines.size() && oneRow(lines[i], lines[i + 1]);
            m_rows.push_back({&lines[i], paired ? &lines[i + 1] : nullptr});
            i += paired ? 1 : 0;
        }
        size_t next = 0;
        for (size_t i = 0; i < std::size(kRows); ++i) {
            SqliteStatement &upsert = *m_upserts[i];
            const size_t rows = size_t(kRows[i]);
            upsert.bind(2, partnerId);
            for (; next + rows <= m_rows.size(); next += rows) {
                for (size_t r = 0; r < rows; ++r)
                    bindRow(upsert, int(r), m_rows[next + r], next + r < previous.size() ? previous[next + r] : 0);
                if (Status s = upsert.run(); !s)
                    return s;
                if (upsert.changes() != qint64(rows))
                    return Error{Tr::tr("Could not store the commission lines of partner %1: a line of the period is "
                                        "a correction and was left as it was.")
                                     .arg(QString::fromUtf8(partnerId)),
                                 {},
                                 {}};
            }
        }
        // Previous rows beyond the new ones: their ids come after the last one reused.
        if (previous.size() > m_rows.size()) {
            m_deleteAfter.bind(2, partnerId);
            m_deleteAfter.bind(3, m_rows.empty() ? qint64(0) : previous[m_rows.size() - 1]);
            if (Status s = m_deleteAfter.run(); !s)
                return s;
        }
        return {};
    }

private:
    static constexpr int kRows[] = {32, 8, 1};  // rows per statement, largest first
    static constexpr int kSharedParameters = 3; // period, partner, rule date
    static constexpr int kRowParameters = 15;

    // A stored row: a line, and the registration part of the same record when the line is its base discount.
    struct Row
    {
        const PricedLine *line;
        const PricedLine *registration;
    };

    // Whether `registration` is the registration part of the record whose base discount is `base`: everything
    // but the kind, rate, amount and deal is the same, so one row holds both.
    static bool oneRow(const PricedLine &base, const PricedLine &registration)
    {
        return base.kind == LineKind::BaseDiscount && registration.kind == LineKind::RegistrationDiscount
               && !base.consumptionId.isEmpty() && base.consumptionId == registration.consumptionId
               && base.dealId.isEmpty() && base.role == registration.role && base.tier == registration.tier
               && base.categoryIndex == registration.categoryIndex && base.basisMinor == registration.basisMinor
               && base.sourceMinor == registration.sourceMinor && base.sourceCurrency == registration.sourceCurrency
               && base.fxRateMicro == registration.fxRateMicro;
    }

    // Row `r` of an upsert; `id` 0 for a new row (NULL: SQLite picks the next id).
    void bindRow(SqliteStatement &statement, int r, const Row &row, qint64 id)
    {
        const PricedLine &l = *row.line;
        const int b = kSharedParameters + 1 + r * kRowParameters;
        if (id)
            statement.bind(b, id);
        else
            statement.bindNull(b);
        statement.bind(b + 1, m_kinds[static_cast<int>(l.kind)]);
        statement.bind(b + 2, m_roles[static_cast<int>(l.role)]);
        statement.bind(b + 3, m_tiers[static_cast<int>(l.tier)]);
        bindText(statement, b + 4, l.consumptionId);
        bindText(statement, b + 5, row.registration ? row.registration->dealId : l.dealId);
        bindText(statement, b + 6, l.category);
        statement.bind(b + 7, l.basisMinor);
        statement.bind(b + 8, qint64(l.rateBp));
        statement.bind(b + 9, l.amountMinor);
        statement.bind(b + 10, l.sourceMinor);
        bindText(statement, b + 11, l.sourceCurrency);
        if (l.fxRateMicro)
            statement.bind(b + 12, l.fxRateMicro);
        else
            statement.bindNull(b + 12);
        if (row.registration) {
            statement.bind(b + 13, qint64(row.registration->rateBp));
            statement.bind(b + 14, row.registration->amountMinor);
        } else {
            statement.bindNull(b + 13);
            statement.bindNull(b + 14);
        }
    }

    static void bindText(SqliteStatement &statement, int index, const QByteArray &text)
    {
        if (text.isEmpty())
            statement.bindNull(index);
        else
            statement.bind(index, text);
    }

    sqlite3 *m_db;
    std::vector<Row> m_rows; // of the partner being stored
    std::unique_ptr<SqliteStatement> m_upserts[std::size(kRows)];
    SqliteStatement m_deleteAfter;
    QByteArray m_period;
    QByteArray m_ruleFrom;
    QByteArray m_kinds[kKindCount];
    QByteArray m_roles[3];
    QByteArray m_tiers[4];
};

// Sums the lines of one partner at a time by (category, kind) for commission_totals; lines arrive grouped
// by partner, so one small table per partner is enough.
class TotalsStore final
{
public:
    explicit TotalsStore(sqlite3 *db) : m_insert(db) {}

    Status prepare(const QByteArray &period)
    {
        m_period = period;
        if (Status s =
                m_insert.prepare("INSERT INTO commission_totals (period, partner_id, category, kind, tier, role, "
                                 "amount_minor, line_count) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8) "
                                 "ON CONFLICT (period, partner_id, category, kind) DO UPDATE SET "
                                 "amount_minor = amount_minor + excluded.amount_minor, "
                                 "line_count = line_count + excluded.line_count",
                                 Tr::tr("store commission totals"));
            !s)
            return s;
        m_insert.bind(1, m_period);
        for (int c = 0; c < kCategoryCount; ++c)
            m_categoryKeys[c] = toKey(static_cast<ServiceCategory>(c)).toUtf8();
        m_categoryKeys[kCategoryCount] = QByteArray("");
        for (int k = 0; k < kKindCount; ++k)
            m_kindKeys[k] = toKey(static_cast<LineKind>(k)).toUtf8();
        for (Role r : allValues<Role>())
            m_roleKeys[static_cast<int>(r)] = toKey(r).toUtf8();
        for (Tier t : allValues<Tier>())
            m_tierKeys[static_cast<int>(t)] = toKey(t).toUtf8();
        return {};
    }

    Status add(const PricedLine &l)
    {
        if (l.partnerId != m_partner) {
            if (Status s = flush(); !s)
                return s;
            m_partner = l.partnerId;
            m_tier = l.tier;
            m_role = l.role;
        }
        const int c = l.categoryIndex < 0 ? kCategoryCount : l.categoryIndex;
        Cell &cell = m_cells[c][static_cast<int>(l.kind)];
        cell.amount += l.amountMinor;
        ++cell.count;
        m_total += l.amountMinor;
        ++m_lines;
        return {};
    }

    Status flush()
    {
        if (m_partner.isEmpty())
            return {};
        ++m_partners;
        for (int c = 0; c <= kCategoryCount; ++c) {
            for (int k = 0; k < kKindCount; ++k) {
                Cell &cell = m_cells[c][k];
                if (cell.count == 0)
                    continue;
                m_insert.bind(2, m_partner);
                m_insert.bind(3, m_categoryKeys[c]);
                m_insert.bind(4, m_kindKeys[k]);
                m_insert.bind(5, m_tierKeys[static_cast<int>(m_tier)]);
                m_insert.bind(6, m_roleKeys[static_cast<int>(m_role)]);
                m_insert.bind(7, cell.amount);
                m_insert.bind(8, qint64(cell.count));
                if (Status s = m_insert.run(); !s)
                    return s;
                cell = {};
            }
        }
        m_partner.clear();
        return {};
    }

    qint64 total() const { return m_total; }
    int lines() const { return m_lines; }
    int partners() const { return m_partners; }

private:
    struct Cell
    {
        qint64 amount = 0;
        int count = 0;
    };

    SqliteStatement m_insert;
    QByteArray m_period;
    QByteArray m_categoryKeys[kCategoryCount + 1]; // the last one for lines without a category
    QByteArray m_kindKeys[kKindCount];
    QByteArray m_roleKeys[3];
    QByteArray m_tierKeys[4];
    QByteArray m_partner;
    Tier m_tier = Tier::None;
    Role m_role = Role::Partner;
    Cell m_cells[kCategoryCount + 1][kKindCount] = {};
    qint64 m_total = 0;
    int m_lines = 0;
    int m_partners = 0;
};

namespace {

// Appends raw bytes to a buffer that only grows (a partner's digest input, its texts): one copy, no
// per-call checks beyond the capacity.
char *grow(QByteArray &out, qsizetype n)
{
    const qsizetype at = out.size();
    if (out.capacity() < at + n)
        out.reserve(std::max<qsizetype>(2 * out.capacity(), at + n));
    out.resize(at + n);
    return out.data() + at;
}

void appendText(QByteArray &out, QByteArrayView text)
{
    char *to = grow(out, qsizetype(sizeof(qint64)) + text.size());
    const qint64 size = text.size();
    std::memcpy(to, &size, sizeof size);
    if (!text.isEmpty())
        std::memcpy(to + sizeof size, text.data(), size_t(text.size()));
}

} // namespace

CommissionLineWriter::CommissionLineWriter(sqlite3 *db)
    : m_db(db), m_lines(std::make_unique<LineStore>(db)), m_totals(std::make_unique<TotalsStore>(db)),
      m_deleteLines(db), m_deleteTotals(db), m_deleteDigest(db), m_storeDigest(db)
{}

CommissionLineWriter::~CommissionLineWriter() = default;

Status CommissionLineWriter::begin(const QByteArray &period, const QByteArray &ruleFrom, const QString &monthText)
{
    m_period = period;
    m_ruleFrom = ruleFrom;
    const QString what = Tr::tr("replace the lines of %1").arg(monthText);

    // The stored digests, and the partners that have lines (their non-correction totals).
    SqliteStatement digests(m_db);
    if (Status s = digests.prepare("SELECT partner_id, digest FROM commission_digests WHERE period = ?1", what); !s)
        return s;
    digests.bind(1, m_period);
    if (Status s = digests.eachRow([&] { m_stored.insert(digests.text(0), digests.text(1)); }); !s)
        return s;
    SqliteStatement partners(m_db);
    if (Status s = partners.prepare("SELECT DISTINCT partner_id FROM commission_totals WHERE period = ?1 AND "
                                    "kind NOT IN ('clawback', 'top_up')",
                                    what);
        !s)
        return s;
    partners.bind(1, m_period);
    qsizetype withLines = 0;
    bool described = true;
    while (described) {
        auto row = partners.step();
        if (!row)
            return row.error();
        if (!row.value())
            break;
        ++withLines;
        described = m_stored.contains(partners.rawText(0));
    }
    // The period's correction lines (clawbacks and top-ups posted into it), from their partial index: the lines
    // rewritten below never take their ids.
    QSet<qint64> corrections;
    SqliteStatement correctionIds(m_db);
    if (Status s = correctionIds.prepare(
            "SELECT id FROM commission_lines WHERE period = ?1 AND corrects_period IS NOT NULL", what);
        !s)
        return s;
    correctionIds.bind(1, m_period);
    if (Status s = correctionIds.eachRow([&] { corrections.insert(correctionIds.integer(0)); }); !s)
        return s;
    // The ids of every other line of the period by partner, from the (period, partner_id) index alone, read once
    // (while the pricing evaluates the tiers) rather than per partner as its lines are rewritten.
    SqliteStatement ids(m_db);
    if (Status s =
            ids.prepare("SELECT partner_id, id FROM commission_lines WHERE period = ?1 ORDER BY partner_id, id", what);
        !s)
        return s;
    ids.bind(1, m_period);
    std::vector<qint64> *partnerIds = nullptr;
    QByteArray idsPartner;
    if (Status s = ids.eachRow([&] {
            const qint64 id = ids.integer(1);
            if (corrections.contains(id))
                return;
            if (!partnerIds || ids.textView(0) != QByteArrayView(idsPartner)) {
                idsPartner = ids.text(0);
                partnerIds = &m_previousIds[idsPartner];
            }
            partnerIds->push_back(id);
        });
        !s)
        return s;
    if (!described || withLines != m_stored.size()) {
        // Digests that do not describe the stored lines: replace the whole period. Every partner with lines
        // counts as changed (an empty digest matches none), so its lines are replaced in place and those of a
        // partner without lines now are deleted at the end.
        m_stored.clear();
        for (const char *sql :
             {"DELETE FROM commission_totals WHERE period = ?1 AND kind NOT IN ('clawback', 'top_up')",
              "DELETE FROM commission_digests WHERE period = ?1"}) {
            SqliteStatement clear(m_db);
            if (Status s = clear.prepare(sql, what); !s)
                return s;
            clear.bind(1, m_period);
            if (Status s = clear.run(); !s)
                return s;
        }
        for (auto it = m_previousIds.cbegin(); it != m_previousIds.cend(); ++it)
            m_stored.insert(it.key(), QByteArray());
    }

    if (Status s = m_deleteLines.prepare("DELETE FROM commission_lines WHERE period = ?1 AND partner_id = ?2 AND "
                                         "corrects_period IS NULL",
                                         what);
        !s)
        return s;
    if (Status s = m_deleteTotals.prepare("DELETE FROM commission_totals WHERE period = ?1 AND partner_id = ?2 AND "
                                          "kind NOT IN ('clawback', 'top_up')",
                                          what);
        !s)
        return s;
    if (Status s = m_deleteDigest.prepare("DELETE FROM commission_digests WHERE period = ?1 AND partner_id = ?2", what);
        !s)
        return s;
    if (Status s =
            m_storeDigest.prepare("INSERT INTO commission_digests (period, partner_id, digest) VALUES (?1, ?2, ?3) "
                                  "ON CONFLICT (period, partner_id) DO UPDATE SET digest = excluded.digest",
                                  what);
        !s)
        return s;
    for (SqliteStatement *statement : {&m_deleteLines, &m_deleteTotals, &m_deleteDigest, &m_storeDigest})
        statement->bind(1, m_period);
    if (Status s = m_lines->prepare(m_period, m_ruleFrom); !s)
        return s;
    return m_totals->prepare(m_period);
}

CommissionLineWriter::Collector::Collector(QByteArray ruleFrom, Sink sink)
    : m_ruleFrom(std::move(ruleFrom)), m_sink(std::move(sink))
{}

Status CommissionLineWriter::Collector::add(const PricedLine &line)
{
    if (line.partnerId != m_current.partnerId) {
        if (Status s = flush(); !s)
            return s;
        m_current.partnerId = line.partnerId;
        m_digestInput.resize(0);
        appendText(m_digestInput, m_ruleFrom);
        appendText(m_digestInput, m_current.partnerId);
    }
    digestLine(line);
    // The texts that point into SQLite's row buffers are copied into the partner's one buffer; the line takes
    // views of them once the partner is complete (the buffer may still move while it grows).
    PricedLine &owned = m_current.lines.emplace_back(line);
    owned.consumptionId = QByteArray();
    owned.sourceCurrency = QByteArray();
    m_textAt.push_back(m_current.texts.size());
    std::memcpy(grow(m_current.texts, line.consumptionId.size()), line.consumptionId.constData(),
                size_t(line.consumptionId.size()));
    std::memcpy(grow(m_current.texts, line.sourceCurrency.size()), line.sourceCurrency.constData(),
                size_t(line.sourceCurrency.size()));
    m_textSizes.push_back({line.consumptionId.size(), line.sourceCurrency.size()});
    return {};
}

void CommissionLineWriter::Collector::digestLine(const PricedLine &l)
{
    // The category key follows from its index; each text is preceded by its length.
    const char small[4] = {char(l.kind), char(l.role), char(l.tier), char(l.categoryIndex)};
    std::memcpy(grow(m_digestInput, sizeof small), small, sizeof small);
    appendText(m_digestInput, l.consumptionId);
    appendText(m_digestInput, l.dealId);
    appendText(m_digestInput, l.sourceCurrency);
    const qint64 numbers[5] = {l.basisMinor, l.rateBp, l.amountMinor, l.sourceMinor, l.fxRateMicro};
    std::memcpy(grow(m_digestInput, sizeof numbers), numbers, sizeof numbers);
}

Status CommissionLineWriter::Collector::flush()
{
    if (m_current.partnerId.isEmpty())
        return {};
    m_current.digest = QCryptographicHash::hash(m_digestInput, QCryptographicHash::Blake2b_160).toHex();
    const char *texts = m_current.texts.constData();
    for (size_t i = 0; i < m_current.lines.size(); ++i) {
        PricedLine &l = m_current.lines[i];
        const auto [idSize, currencySize] = m_textSizes[i];
        l.consumptionId = QByteArray::fromRawData(texts + m_textAt[i], idSize);
        l.sourceCurrency = QByteArray::fromRawData(texts + m_textAt[i] + idSize, currencySize);
    }
    m_textAt.clear();
    m_textSizes.clear();
    PartnerLines done = std::move(m_current);
    m_current = {};
    return m_sink(std::move(done));
}

Status CommissionLineWriter::add(const PricedLine &line)
{
    if (!m_collector)
        m_collector = std::make_unique<Collector>(m_ruleFrom, [this](PartnerLines &&p) { return write(std::move(p)); });
    return m_collector->add(line);
}

Status CommissionLineWriter::run(SqliteStatement &statement, const QByteArray &partnerId)
{
    statement.bind(2, partnerId);
    return statement.run();
}

Status CommissionLineWriter::write(PartnerLines &&partner)
{
    if (partner.partnerId.isEmpty())
        return {};
    ++m_partners;
    const auto stored = m_stored.constFind(partner.partnerId);
    const bool known = stored != m_stored.cend();
    const bool same = known && *stored == partner.digest;
    if (known)
        m_stored.erase(stored);
    if (same)
        return {};
    if (known) {
        if (Status s = run(m_deleteTotals, partner.partnerId); !s)
            return s;
    }
    static const std::vector<qint64> kNone;
    const auto previous = m_previousIds.constFind(partner.partnerId);
    if (Status s = m_lines->replace(partner.partnerId, partner.lines,
                                    known && previous != m_previousIds.cend() ? *previous : kNone);
        !s)
        return s;
    for (const PricedLine &l : partner.lines) {
        if (Status s = m_totals->add(l); !s)
            return s;
    }
    if (Status s = m_totals->flush(); !s)
        return s;
    m_storeDigest.bind(2, partner.partnerId);
    m_storeDigest.bind(3, partner.digest);
    if (Status s = m_storeDigest.run(); !s)
        return s;
    ++m_rewritten;
    return {};
}

Status CommissionLineWriter::removePartner(const QByteArray &partnerId)
{
    for (SqliteStatement *statement : {&m_deleteLines, &m_deleteTotals, &m_deleteDigest}) {
        if (Status s = run(*statement, partnerId); !s)
            return s;
    }
    ++m_removed;
    return {};
}

Status CommissionLineWriter::finish()
{
    if (m_collector) {
        if (Status s = m_collector->flush(); !s)
            return s;
    }
    // Partners that had lines in this period and have none now.
    const QList<QByteArray> gone = m_stored.keys();
    m_stored.clear();
    for (const QByteArray &partnerId : gone) {
        if (Status s = removePartner(partnerId); !s)
            return s;
    }
    return {};
}

} // namespace pd::storage
