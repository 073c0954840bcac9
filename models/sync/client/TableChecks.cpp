#include "TableChecks.h"

#include "SqlUtil.h"

#include <QRegularExpression>
#include <QSqlQuery>

#include <sqlite3.h>

namespace pd::sync::client {
namespace {

// The text between the parenthesis at `open` and its match, quotes respected; empty when unbalanced.
QString parenthesised(const QString &sql, qsizetype open, qsizetype &close)
{
    int depth = 0;
    bool quoted = false;
    for (qsizetype i = open; i < sql.size(); ++i) {
        const QChar c = sql.at(i);
        if (c == QLatin1Char('\'')) {
            quoted = !quoted; // a doubled quote toggles twice
        } else if (!quoted && c == QLatin1Char('(')) {
            ++depth;
        } else if (!quoted && c == QLatin1Char(')') && --depth == 0) {
            close = i;
            return sql.mid(open + 1, i - open - 1);
        }
    }
    close = -1;
    return {};
}

} // namespace

TableChecks::TableChecks(const QSqlDatabase &db, const QString &table, const QStringList &columns)
{
    QSqlQuery q(db);
    q.prepare(QStringLiteral("SELECT sql FROM sqlite_master WHERE type = 'table' AND name = ?"));
    q.addBindValue(table);
    if (q.exec() && q.next())
        *this = fromSql(q.value(0).toString(), columns);
}

TableChecks TableChecks::fromSql(const QString &createSql, const QStringList &columns)
{
    TableChecks checks;
    static const QRegularExpression collate(QStringLiteral("\\bCOLLATE\\b"), QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression check(QStringLiteral("\\bCHECK\\s*\\("), QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression oneOf(
        QStringLiteral(
            "^\\s*([A-Za-z_][A-Za-z0-9_]*)\\s+IN\\s*\\(\\s*('(?:[^']|'')*'(?:\\s*,\\s*'(?:[^']|'')*')*)\\s*\\)\\s*$"),
        QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression between(
        QStringLiteral("^\\s*([A-Za-z_][A-Za-z0-9_]*)\\s+BETWEEN\\s+(-?[0-9]{1,18})\\s+AND\\s+(-?[0-9]{1,18})\\s*$"),
        QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression literal(QStringLiteral("'((?:[^']|'')*)'"));
    if (createSql.isEmpty() || collate.match(createSql).hasMatch())
        return checks;
    qsizetype from = 0;
    while (true) {
        const QRegularExpressionMatch m = check.match(createSql, from);
        if (!m.hasMatch())
            break;
        qsizetype close = -1;
        const QString expr = parenthesised(createSql, m.capturedEnd() - 1, close);
        if (close < 0)
            return checks;
        from = close + 1;
        Rule rule;
        QString column;
        if (const QRegularExpressionMatch in = oneOf.match(expr); in.hasMatch()) {
            column = in.captured(1);
            QList<QByteArray> values;
            auto it = literal.globalMatch(in.captured(2));
            while (it.hasNext())
                values.append(it.next().captured(1).replace(QStringLiteral("''"), QStringLiteral("'")).toUtf8());
            rule.oneOf = values;
        } else if (const QRegularExpressionMatch b = between.match(expr); b.hasMatch()) {
            column = b.captured(1);
            rule.low = b.captured(2).toLongLong();
            rule.high = b.captured(3).toLongLong();
        } else {
            return checks; // a form this class does not know: SQLite keeps checking the table
        }
        const qsizetype index = columns.indexOf(column);
        if (index < 0)
            return checks;
        checks.m_rules[index].append(rule);
    }
    checks.m_usable = true;
    return checks;
}

bool TableChecks::passes(qsizetype column, const Value &value) const
{
    const auto it = m_rules.constFind(column);
    if (it == m_rules.cend() || value.kind == Value::Kind::Null)
        return true; // a CHECK on NULL is NULL, which passes
    for (const Rule &rule : *it) {
        if (rule.oneOf) {
            // A text column: an integer would be compared as its text after affinity; left to SQLite.
            if (value.kind != Value::Kind::Text || !rule.oneOf->contains(value.text))
                return false;
        } else if (value.kind != Value::Kind::Integer || value.integer < rule.low || value.integer > rule.high) {
            return false; // text in an integer column: left to SQLite
        }
    }
    return true;
}

SkippedChecks::SkippedChecks(sqlite3 *db) : m_db(db)
{
    if (!m_db)
        return;
    sqlite3_stmt *q = nullptr;
    bool already = false;
    if (sqlite3_prepare_v2(m_db, "PRAGMA ignore_check_constraints", -1, &q, nullptr) == SQLITE_OK
        && sqlite3_step(q) == SQLITE_ROW)
        already = sqlite3_column_int(q, 0) != 0;
    sqlite3_finalize(q);
    if (!already)
        m_turnedOn = sqlite3_exec(m_db, "PRAGMA ignore_check_constraints = ON", nullptr, nullptr, nullptr) == SQLITE_OK;
}

SkippedChecks::~SkippedChecks()
{
    if (m_turnedOn)
        sqlite3_exec(m_db, "PRAGMA ignore_check_constraints = OFF", nullptr, nullptr, nullptr);
}

} // namespace pd::sync::client
