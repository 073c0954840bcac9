#include "PulledPage.h"

#include "SqlUtil.h"
#include "SqliteStatement.h"
#include "SyncTables.h"
#include "TableChecks.h"

#include <QDateTime>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>

#include <cctype>
#include <cstring>
#include <memory>
#include <optional>
#include <vector>

namespace pd::sync::client {
namespace {

using storage::SqliteStatement;

// A JSON value's bytes in the body.
struct Slice
{
    const char *begin = nullptr;
    const char *end = nullptr;
    bool escaped = false; // a string with escapes (must be decoded)
    QByteArray bytes() const { return QByteArray(begin, end - begin); }
};

// RFC 8259 JSON read in place: values are checked and skipped, strings found without copying.
class JsonScan final
{
public:
    JsonScan(const char *begin, const char *end) : m_p(begin), m_end(end) {}

    bool atEnd()
    {
        skipSpace();
        return m_p == m_end;
    }
    bool next(char c)
    {
        skipSpace();
        if (m_p == m_end || *m_p != c)
            return false;
        ++m_p;
        return true;
    }
    char peek()
    {
        skipSpace();
        return m_p == m_end ? '\0' : *m_p;
    }
    // A string's contents (between the quotes).
    bool string(Slice &s)
    {
        if (!next('"'))
            return false;
        s.begin = m_p;
        s.escaped = false;
        while (m_p < m_end) {
            const auto c = static_cast<unsigned char>(*m_p);
            if (c == '"') {
                s.end = m_p++;
                return true;
            }
            if (c < 0x20)
                return false;
            if (c == '\\') {
                s.escaped = true;
                if (++m_p == m_end)
                    return false;
                if (*m_p == 'u') {
                    if (m_end - m_p < 5)
                        return false;
                    for (int i = 1; i <= 4; ++i) {
                        if (!std::isxdigit(static_cast<unsigned char>(m_p[i])))
                            return false;
                    }
                    m_p += 5;
                    continue;
                }
                if (!std::strchr("\"\\/bfnrt", *m_p))
                    return false;
            }
            ++m_p;
        }
        return false;
    }
    // Any value; `s` covers it (a string's slice is its contents).
    bool value(Slice &s, int depth = 0)
    {
        const char c = peek();
        if (c == '"')
            return string(s);
        s.begin = m_p;
        s.escaped = false;
        if (c == '{' || c == '[') {
            if (depth > 64)
                return false;
            const char close = c == '{' ? '}' : ']';
            ++m_p;
            if (!next(close)) {
                do {
                    Slice key, inner;
                    if (c == '{' && (!string(key) || !next(':')))
                        return false;
                    if (!value(inner, depth + 1))
                        return false;
                } while (next(','));
                if (!next(close))
                    return false;
            }
        } else if (c == 't' || c == 'f' || c == 'n') {
            const char *word = c == 't' ? "true" : c == 'f' ? "false" : "null";
            const auto n = qsizetype(std::strlen(word));
            if (m_end - m_p < n || std::memcmp(m_p, word, size_t(n)) != 0)
                return false;
            m_p += n;
        } else {
            if (m_p < m_end && *m_p == '-')
                ++m_p;
            const char *digits = m_p;
            while (m_p < m_end
                   && (std::isdigit(static_cast<unsigned char>(*m_p)) || *m_p == '.' || *m_p == 'e' || *m_p == 'E'
                       || *m_p == '+' || *m_p == '-'))
                ++m_p;
            if (m_p == digits)
                return false;
        }
        s.end = m_p;
        return true;
    }

private:
    void skipSpace()
    {
        while (m_p < m_end && (*m_p == ' ' || *m_p == '\n' || *m_p == '\r' || *m_p == '\t'))
            ++m_p;
    }

    const char *m_p;
    const char *m_end;
};

bool isNumber(const Slice &s)
{
    return s.begin < s.end && (*s.begin == '-' || std::isdigit(static_cast<unsigned char>(*s.begin)));
}

qint64 integer(const Slice &s)
{
    const QByteArray text = QByteArray::fromRawData(s.begin, s.end - s.begin);
    bool ok = false;
    const qint64 v = text.toLongLong(&ok);
    return ok ? v : qint64(text.toDouble());
}

// A string slice as text (escapes decoded through Qt's own JSON reader, which is rare: ids and names
// without quotes, backslashes or control characters have none).
QString decoded(const Slice &s)
{
    if (!s.escaped)
        return QString::fromUtf8(s.begin, s.end - s.begin);
    const QByteArray wrapped = '[' + QByteArray(s.begin - 1, s.end - s.begin + 2) + ']';
    return QJsonDocument::fromJson(wrapped).array().at(0).toString();
}

bool keyIs(const Slice &key, const char *name)
{
    const auto n = std::strlen(name);
    return !key.escaped && size_t(key.end - key.begin) == n && std::memcmp(key.begin, name, n) == 0;
}

} // namespace

PulledPage::PulledPage(QSqlDatabase db, const QByteArray &body) : m_db(db), m_body(body)
{}

QJsonObject PulledPage::Entry::fields() const
{
    return QJsonDocument::fromJson(fieldsText).object();
}

PulledPage::Shape PulledPage::read()
{
    m_entries.clear();
    JsonScan scan(m_body.constData(), m_body.constData() + m_body.size());
    bool epoch = false, lastSeq = false, hasMore = false, changes = false, protocol = true;
    if (!scan.next('{'))
        return Shape::NotJson;
    if (!scan.next('}')) {
        do {
            Slice key, v;
            if (!scan.string(key) || !scan.next(':'))
                return Shape::NotJson;
            if (keyIs(key, "changes") && scan.peek() == '[') {
                changes = true;
                scan.next('[');
                if (!scan.next(']')) {
                    do {
                        if (scan.peek() != '{') {
                            protocol = false;
                            if (!scan.value(v))
                                return Shape::NotJson;
                            continue;
                        }
                        scan.next('{');
                        Entry e;
                        e.fieldsText = QByteArrayLiteral("{}");
                        bool hasEntity = false, hasId = false, hasVersion = false;
                        if (!scan.next('}')) {
                            do {
                                Slice k, f;
                                if (!scan.string(k) || !scan.next(':') || !scan.value(f))
                                    return Shape::NotJson;
                                const bool text = f.begin > m_body.constData() && f.begin[-1] == '"';
                                if (keyIs(k, "entity") && text) {
                                    e.entity = decoded(f);
                                    e.entityUtf8 = f.escaped ? e.entity.toUtf8() : f.bytes();
                                    hasEntity = true;
                                } else if (keyIs(k, "id") && text) {
                                    e.id = decoded(f);
                                    e.idUtf8 = f.escaped ? e.id.toUtf8() : f.bytes();
                                    hasId = true;
                                } else if (keyIs(k, "version") && !text && isNumber(f)) {
                                    e.version = integer(f);
                                    hasVersion = true;
                                } else if (keyIs(k, "deleted")) {
                                    e.deleted = !text && f.end - f.begin == 4 && std::memcmp(f.begin, "true", 4) == 0;
                                } else if (keyIs(k, "fields") && !text && *f.begin == '{') {
                                    e.fieldsText = f.bytes();
                                }
                            } while (scan.next(','));
                            if (!scan.next('}'))
                                return Shape::NotJson;
                        }
                        protocol = protocol && hasEntity && hasId && hasVersion;
                        m_entries.append(std::move(e));
                    } while (scan.next(','));
                    if (!scan.next(']'))
                        return Shape::NotJson;
                }
                continue;
            }
            if (!scan.value(v))
                return Shape::NotJson;
            const bool text = v.begin > m_body.constData() && v.begin[-1] == '"';
            if (keyIs(key, "epoch") && text) {
                m_header.epoch = decoded(v);
                epoch = true;
            } else if (keyIs(key, "last_seq") && !text && isNumber(v)) {
                m_header.lastSeq = integer(v);
                lastSeq = true;
            } else if (keyIs(key, "has_more") && !text && (*v.begin == 't' || *v.begin == 'f')) {
                m_header.hasMore = *v.begin == 't';
                hasMore = true;
            }
        } while (scan.next(','));
        if (!scan.next('}'))
            return Shape::NotJson;
    }
    if (!scan.atEnd())
        return Shape::NotJson;
    return protocol && epoch && lastSeq && hasMore && changes ? Shape::Valid : Shape::NotProtocol;
}

Result<QList<qsizetype>> PulledPage::insertRows(const SyncTables &tables, const QString &entity,
                                                const QList<qsizetype> &rows, QSet<QString> &touchedDeals)
{
    QList<qsizetype> written;
    if (rows.isEmpty())
        return written;
    sqlite3 *handle = SqliteStatement::handleOf(m_db);
    const QList<SyncTables::InsertColumn> columns = tables.insertColumns(entity);
    const bool stamps = tables.hasTimestamps(entity);
    // Column names come from EntitySchema and the table itself, never from input; every value is bound.
    QStringList names{SyncTables::idColumn(entity)};
    for (const SyncTables::InsertColumn &c : columns)
        names.append(c.name);
    if (stamps)
        names << QStringLiteral("created_at") << QStringLiteral("updated_at");
    names << QStringLiteral("version");
    const bool deal = entity == QLatin1String("deal");
    // A deal's derived columns keep their defaults until refreshDeals() computes them.
    const QByteArray sql = QStringLiteral("INSERT INTO %1 (%2) VALUES (%3)")
                               .arg(SyncTables::table(entity), names.join(QLatin1String(", ")),
                                    QStringList(names.size(), QStringLiteral("?")).join(QLatin1String(", ")))
                               .toUtf8();
    // The table's CHECKs are evaluated here (TableChecks) and SQLite's skipped for this statement, which
    // must be prepared while they are skipped; a row not surely passing is left to applyChange().
    QStringList checkedColumns;
    for (const SyncTables::InsertColumn &c : columns)
        checkedColumns.append(c.name);
    const TableChecks checks(m_db, SyncTables::table(entity), checkedColumns);
    std::optional<SkippedChecks> skipped;
    if (checks.usable())
        skipped.emplace(handle);
    SqliteStatement insert(handle);
    if (Status s = insert.prepare(sql.constData(), QStringLiteral("writing pulled records")); !s)
        return s.error();
    const auto parents = SyncTables::parentTables(entity);
    std::vector<std::unique_ptr<SqliteStatement>> parentQueries;
    for (const auto &[field, table] : parents) {
        parentQueries.push_back(std::make_unique<SqliteStatement>(handle));
        const QByteArray q = QStringLiteral("SELECT 1 FROM %1 WHERE id = ?").arg(table).toUtf8();
        if (Status s = parentQueries.back()->prepare(q.constData(), QStringLiteral("looking up a parent record")); !s)
            return s.error();
    }
    QList<QByteArray> parentFields;
    for (const auto &[field, table] : parents)
        parentFields.append(field.toUtf8());
    QList<QByteArray> columnNames;
    for (const SyncTables::InsertColumn &c : columns)
        columnNames.append(c.name.toUtf8());
    const QByteArray now = storage::sql::toStored(QDateTime::currentDateTimeUtc()).toUtf8();
    const bool dealPart = deal || entity == QLatin1String("deal_extension") || entity == QLatin1String("deal_feedback");
    const QByteArray empty("");
    using Value = TableChecks::Value;
    // Column defaults as bound values (as SyncTables::write: a null takes the default of a NOT NULL column,
    // an absent field the column's default).
    std::vector<Value> defaults(size_t(columns.size()));
    for (qsizetype c = 0; c < columns.size(); ++c) {
        const QVariant &d = columns.at(c).defaultValue;
        if (!d.isValid())
            continue;
        defaults[size_t(c)] = d.typeId() == QMetaType::QString ? Value{Value::Kind::Text, 0, d.toString().toUtf8()}
                                                               : Value{Value::Kind::Integer, d.toLongLong(), {}};
    }
    const auto defaultFor = [&](qsizetype c, bool present) {
        const SyncTables::InsertColumn &column = columns.at(c);
        return column.defaultValue.isValid() && (column.notNull || !present) ? defaults[size_t(c)] : Value{};
    };
    std::vector<Value> values(size_t(columns.size()));

    for (const qsizetype row : rows) {
        const Entry &e = m_entries.at(row);
        // The record's fields: key and value slices, found by comparing bytes (no allocation per field).
        std::vector<std::pair<Slice, Slice>> fields;
        fields.reserve(24);
        JsonScan scan(e.fieldsText.constData(), e.fieldsText.constData() + e.fieldsText.size());
        scan.next('{');
        if (!scan.next('}')) {
            do {
                Slice k, v;
                if (!scan.string(k) || !scan.next(':') || !scan.value(v))
                    break;
                fields.emplace_back(k, v);
            } while (scan.next(','));
        }
        const auto find = [&](const QByteArray &name) -> const Slice * {
            for (const auto &[k, v] : fields) {
                if (k.escaped ? decoded(k).toUtf8() == name
                              : (k.end - k.begin == name.size()
                                 && std::memcmp(k.begin, name.constData(), size_t(name.size())) == 0))
                    return &v;
            }
            return nullptr;
        };
        const auto isText = [&](const Slice &v) {
            return v.begin > e.fieldsText.constData() && v.begin[-1] == '"';
        };
        bool parentsHere = true;
        for (qsizetype i = 0; i < parents.size() && parentsHere; ++i) {
            const Slice *it = find(parentFields.at(i));
            if (!it || !isText(*it))
                continue; // no parent named: as write(), the record keeps none
            SqliteStatement &q = *parentQueries.at(size_t(i));
            const QByteArray id = it->escaped ? decoded(*it).toUtf8() : it->bytes();
            q.bind(1, id);
            auto found = q.step();
            q.reset();
            if (!found)
                return found.error();
            parentsHere = found.value();
        }
        if (!parentsHere)
            continue; // held back by applyChange() until its parent arrives
        bool valid = true;
        for (qsizetype c = 0; c < columns.size() && valid; ++c) {
            Value &value = values[size_t(c)];
            const Slice *it = find(columnNames.at(c));
            if (!it) {
                value = defaultFor(c, false);
            } else if (isText(*it)) {
                value.kind = Value::Kind::Text;
                // Decoded text lives in `values` until the row is inserted; e.fieldsText outlives the row.
                value.text =
                    it->escaped ? decoded(*it).toUtf8() : QByteArray::fromRawData(it->begin, it->end - it->begin);
            } else if (*it->begin == '{' || *it->begin == '[') {
                value.kind = Value::Kind::Text; // stored as JSON text
                value.text = QByteArray::fromRawData(it->begin, it->end - it->begin);
            } else if (isNumber(*it)) {
                value.kind = Value::Kind::Integer;
                value.integer = integer(*it);
            } else if (*it->begin == 'n') {
                value = defaultFor(c, true);
            } else {
                value.kind = Value::Kind::Text; // a boolean where text is stored: as QJsonValue::toString()
                value.text = empty;
            }
            valid = !checks.usable() || checks.passes(c, value);
        }
        if (!valid)
            continue; // not surely within the table's CHECKs: applyChange() writes it with SQLite's checks or holds it
                      // back
        int index = 1;
        insert.bind(index++, e.idUtf8);
        for (qsizetype c = 0; c < columns.size(); ++c, ++index) {
            const Value &value = values[size_t(c)];
            if (value.kind == Value::Kind::Text)
                insert.bind(index, value.text);
            else if (value.kind == Value::Kind::Integer)
                insert.bind(index, value.integer);
            else
                insert.bindNull(index);
        }
        if (stamps) {
            insert.bind(index++, now);
            insert.bind(index++, now);
        }
        insert.bind(index++, e.version);
        if (Status s = insert.run(); !s)
            continue; // a rule of the table refuses it: applyChange() holds it back with the reason
        written.append(row);
        if (dealPart) {
            const Slice *it = find(QByteArrayLiteral("deal_id"));
            touchedDeals.insert(deal ? e.id : it && isText(*it) ? decoded(*it) : QString());
        }
    }
    return written;
}

Status PulledPage::storeShadows(const QList<qsizetype> &rows)
{
    if (rows.isEmpty())
        return {};
    // Rows go kShadowBatch to a statement (one statement run costs about as much as a row's B-tree work),
    // the rest one at a time.
    constexpr qsizetype kShadowBatch = 50;
    const auto statement = [](qsizetype n) {
        QByteArray sql("INSERT OR REPLACE INTO sync_shadow (entity, id, version, deleted, fields) VALUES ");
        for (qsizetype i = 0; i < n; ++i)
            sql += i == 0 ? "(?, ?, ?, ?, ?)" : ", (?, ?, ?, ?, ?)";
        return sql;
    };
    sqlite3 *handle = SqliteStatement::handleOf(m_db);
    SqliteStatement one(handle);
    if (Status s = one.prepare(statement(1).constData(), QStringLiteral("recording the server's records")); !s)
        return s;
    std::unique_ptr<SqliteStatement> many;
    if (rows.size() >= kShadowBatch) {
        many = std::make_unique<SqliteStatement>(handle);
        if (Status s =
                many->prepare(statement(kShadowBatch).constData(), QStringLiteral("recording the server's records"));
            !s)
            return s;
    }
    static const QByteArray none("{}");
    const auto bindRow = [&](SqliteStatement &q, int base, const Entry &e) {
        q.bind(base + 1, e.entityUtf8);
        q.bind(base + 2, e.idUtf8);
        q.bind(base + 3, e.version);
        q.bind(base + 4, qint64(e.deleted ? 1 : 0));
        q.bind(base + 5, e.deleted ? none : e.fieldsText);
    };
    qsizetype at = 0;
    for (; many && rows.size() - at >= kShadowBatch; at += kShadowBatch) {
        for (qsizetype i = 0; i < kShadowBatch; ++i)
            bindRow(*many, int(i * 5), m_entries.at(rows.at(at + i)));
        if (Status s = many->run(); !s)
            return s;
    }
    for (; at < rows.size(); ++at) {
        bindRow(one, 0, m_entries.at(rows.at(at)));
        if (Status s = one.run(); !s)
            return s;
    }
    return {};
}

Status PulledPage::markSeen()
{
    SqliteStatement q(SqliteStatement::handleOf(m_db));
    if (Status s = q.prepare("INSERT OR IGNORE INTO sync_resync_seen (entity, id) VALUES (?, ?)",
                             QStringLiteral("recording a full resync"));
        !s)
        return s;
    for (const Entry &e : m_entries) {
        q.bind(1, e.entityUtf8);
        q.bind(2, e.idUtf8);
        if (Status s = q.run(); !s)
            return s;
    }
    return {};
}

} // namespace pd::sync::client
