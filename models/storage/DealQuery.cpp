#include "DealQuery.h"

#include "Conflicts.h"
#include "SearchText.h"
#include "SqlUtil.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>

namespace pd::storage {

using namespace pd::domain;

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(pd::storage::DealQuery)
};

// The text as an FTS5 string literal: quotes doubled, so that any input is a phrase, never syntax. «ё» is
// read as «е», as the index stores it (schema 16); the trigram tokenizer folds case on both sides.
QString ftsPhrase(const QString &text)
{
    QString escaped = searchtext::foldYo(text);
    escaped.replace(QLatin1Char('"'), QStringLiteral("\"\""));
    return QLatin1Char('"') + escaped + QLatin1Char('"');
}

} // namespace

DealQuery::DealQuery(QSqlDatabase db, DealFilter filter, DealSort sort, Qt::SortOrder order, QDateTime now)
    : m_db(std::move(db)), m_filter(std::move(filter)), m_sort(sort), m_order(order), m_now(std::move(now))
{}

QString DealQuery::whereClause(QVariantList &values, Purpose purpose) const
{
    QStringList conditions;
    const QString now = sql::toStored(m_now);
    const QString text = m_filter.text.trimmed();
    if (text.size() >= 3) {
        conditions.append(QStringLiteral("d.rowid IN (SELECT rowid FROM deals_fts WHERE deals_fts MATCH ?)"));
        values.append(ftsPhrase(text));
    } else if (!text.isEmpty()) {
        // Trigrams need three characters; a shorter text is matched by a scan. GLOB, because SQLite's LIKE folds
        // the case of ASCII letters only: the pattern spells out each letter's forms («ё» and «е» alike).
        conditions.append(QStringLiteral("(d.customer_name GLOB ? OR d.partner_name GLOB ? OR d.customer_inn GLOB ?)"));
        const QString pattern = searchtext::sqlGlobContaining(text);
        values << pattern << pattern << pattern;
    }
    if (!m_filter.partnerId.isEmpty()) {
        conditions.append(QStringLiteral("d.partner_id = ?"));
        values.append(m_filter.partnerId);
    }
    if (m_filter.state) {
        conditions.append(QStringLiteral("d.state = ?"));
        values.append(toKey(*m_filter.state));
    }
    if (m_filter.outcome) {
        conditions.append(QStringLiteral("d.state = 'registered' AND d.outcome = ?"));
        values.append(toKey(*m_filter.outcome));
    }
    if (m_filter.reviewQueue)
        conditions.append(QStringLiteral("d.state IN ('awaiting_review', 'in_progress', 'confirmation')"));
    if (!m_filter.product.trimmed().isEmpty()) {
        // Counting, SQLite reads the product's deals from its index; for a page, it walks the sort's index
        // and probes each deal's products until the page is full.
        conditions.append(
            purpose == Purpose::Count
                ? QStringLiteral("d.id IN (SELECT deal_id FROM deal_products WHERE product = ?)")
                : QStringLiteral("EXISTS (SELECT 1 FROM deal_products p WHERE p.deal_id = d.id AND p.product = ?)"));
        values.append(customers::normalizeProduct(m_filter.product));
    }
    if (m_filter.protectionEndingWithinDays >= 0) {
        // Counted from the partial index of deals in progress, which also holds every sort key, so a page
        // in any order is found in that index alone (schema 11).
        conditions.append(
            QStringLiteral("d.outcome = 'in_progress' AND d.protection_ends_at > ? AND d.protection_ends_at <= ?"));
        values << now << sql::toStored(m_now.addDays(m_filter.protectionEndingWithinDays));
    }
    if (m_filter.feedbackOverdue) {
        // Counting, the partial feedback index answers alone. For a page, the rowid subquery keeps the planner on
        // that index rather than walking the sort's index over every deal.
        conditions.append(
            purpose == Purpose::Count
                ? QStringLiteral("d.outcome = 'in_progress' AND d.feedback_due_at < ? AND d.protection_ends_at > ?")
                : QStringLiteral("d.rowid IN (SELECT rowid FROM deals WHERE outcome = 'in_progress' AND "
                                 "feedback_due_at < ? AND protection_ends_at > ?)"));
        values << now << now;
    }
    if (m_filter.hasConflicts) {
        // Competing registrations are stored with the end of their overlap (DealRepository keeps them).
        conditions.append(QStringLiteral("d.id IN (SELECT deal_id FROM deal_conflicts WHERE until > ?)"));
        values << now;
    }
    return conditions.isEmpty() ? QString() : QStringLiteral(" WHERE ") + conditions.join(QLatin1String(" AND "));
}

QString DealQuery::orderClause() const
{
    const QString dir = m_order == Qt::AscendingOrder ? QStringLiteral("ASC") : QStringLiteral("DESC");
    QString column;
    switch (m_sort) {
    case DealSort::FiledAt:
        column = QStringLiteral("d.filed_at");
        break;
    case DealSort::Customer:
        column = QStringLiteral("d.customer_sort");
        break;
    case DealSort::Partner:
        column = QStringLiteral("d.partner_sort");
        break;
    case DealSort::Amount:
        column = QStringLiteral("d.amount_minor");
        break;
    case DealSort::State:
        column = QStringLiteral("d.state %1, d.filed_at").arg(dir);
        break; // the (state, filed_at) index
    case DealSort::ProtectionEnd:
        column = QStringLiteral("d.protection_ends_at");
        break;
    case DealSort::ExpectedPeriod:
        column = QStringLiteral("d.expected_year %1, d.expected_quarter").arg(dir);
        break;
    }
    // The rowid makes the order total, so pages never repeat or skip a row.
    return QStringLiteral(" ORDER BY %1 %2, d.rowid %2").arg(column, dir);
}

Result<qint64> DealQuery::count() const
{
    DealFilter productOnly;
    productOnly.product = m_filter.product;
    if (!m_filter.product.trimmed().isEmpty() && m_filter == productOnly) {
        // The product's own index counts its deals without touching them.
        auto q = sql::exec(m_db, QStringLiteral("SELECT count(*) FROM deal_products WHERE product = ?"),
                           {customers::normalizeProduct(m_filter.product)});
        if (!q)
            return q.error();
        return q.value().next() ? q.value().value(0).toLongLong() : 0;
    }
    DealFilter textOnly;
    textOnly.text = m_filter.text;
    if (m_filter.text.trimmed().size() >= 3 && m_filter == textOnly) {
        // The full-text index has one entry per deal (its triggers keep it so): it counts the matches without
        // reading a deal.
        auto q = sql::exec(m_db, QStringLiteral("SELECT count(*) FROM deals_fts WHERE deals_fts MATCH ?"),
                           {ftsPhrase(m_filter.text.trimmed())});
        if (!q)
            return q.error();
        return q.value().next() ? q.value().value(0).toLongLong() : 0;
    }
    QVariantList values;
    const QString where = whereClause(values, Purpose::Count);
    auto q = sql::exec(m_db, QStringLiteral("SELECT count(*) FROM deals d") + where, values);
    if (!q)
        return q.error();
    return q.value().next() ? q.value().value(0).toLongLong() : 0;
}

Result<QList<DealRow>> DealQuery::page(qint64 offset, int limit) const
{
    QVariantList values;
    const QString where = whereClause(values, Purpose::Page);
    values << limit << offset;
    // The page's rowids first, from the filter's and the sort's columns alone (indexes cover them, so
    // rows skipped by the offset or sorted away are never read), then only those rows.
    const QString order = orderClause();
    auto q = sql::exec(
        m_db,
        QStringLiteral("SELECT d.id, d.partner_id, d.partner_name, d.customer_name, d.customer_inn, d.products, "
                       "d.amount_minor, d.currency, d.state, d.outcome, d.filed_at, d.protection_ends_at, "
                       "d.feedback_due_at, d.expected_year, d.expected_quarter FROM deals d "
                       "WHERE d.rowid IN (SELECT d.rowid FROM deals d")
            + where + order + QStringLiteral(" LIMIT ? OFFSET ?)") + order,
        values);
    if (!q)
        return q.error();
    QList<DealRow> rows;
    rows.reserve(limit);
    QSqlQuery &r = q.value();
    while (r.next()) {
        DealRow row;
        row.id = r.value(0).toString();
        row.partnerId = r.value(1).toString();
        row.partnerName = r.value(2).toString();
        row.customerName = r.value(3).toString();
        row.customerInn = r.value(4).toString();
        for (const QJsonValue &p : QJsonDocument::fromJson(r.value(5).toString().toUtf8()).array())
            row.products.append(p.toString());
        row.amount = Money(r.value(6).toLongLong(), r.value(7).toString());
        row.state = applicationStateFromKey(r.value(8).toString()).value_or(ApplicationState::New);
        row.outcome = dealOutcomeFromKey(r.value(9).toString()).value_or(DealOutcome::InProgress);
        row.filedAt = sql::dateTimeFromStored(r.value(10).toString());
        row.protectionEndsAt = sql::dateTimeFromStored(r.value(11).toString());
        row.feedbackDueAt = sql::dateTimeFromStored(r.value(12).toString());
        row.expectedYear = r.value(13).toInt();
        row.expectedQuarter = r.value(14).toInt();
        rows.append(std::move(row));
    }
    return rows;
}

} // namespace pd::storage
