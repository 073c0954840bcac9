#include "TableExport.h"

#include "Commission.h"
#include "Deal.h"
#include "Partner.h"
#include "SqliteStatement.h"
#include "TableColumns.h"
#include "TierEngine.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>

namespace pd::io {
namespace {

enum class Kind
{
    Text,
    Enum,
    Money,
    JsonList,
    Integer
};

// How one output column comes from the statement's columns.
struct Cell
{
    Kind kind = Kind::Text;
    int column = 0;                                 // the statement's column
    int currency = -1;                              // for Money: the currency column
    QList<std::pair<QByteArray, QByteArray>> names; // for Enum: key → name in the interface language
};

template <typename E>
QList<std::pair<QByteArray, QByteArray>> namesOf(const QList<E> &values)
{
    QList<std::pair<QByteArray, QByteArray>> names;
    for (E v : values)
        names.append({domain::toKey(v).toUtf8(), domain::displayName(v).toUtf8()});
    return names;
}

template <typename E>
Cell enumCell(int column, const QList<E> &values)
{
    return Cell{Kind::Enum, column, -1, namesOf(values)};
}

Cell text(int column)
{
    return Cell{Kind::Text, column, -1, {}};
}

struct Plan
{
    QString select;
    QString count;
    QList<Cell> cells;
};

Plan planFor(DataTable table)
{
    using namespace pd::domain;
    switch (table) {
    case DataTable::Partners:
        return {
            QStringLiteral("SELECT inn, name, legal_form, registered_on, role, tier, stage, manager, region, notes, "
                           "wl_brand, wl_payment_model FROM partners ORDER BY name COLLATE NOCASE, id"),
            QStringLiteral("SELECT count(*) FROM partners"),
            {text(0), text(1), enumCell(2, allValues<LegalForm>()), text(3), enumCell(4, allValues<Role>()),
             enumCell(5, allValues<Tier>()), enumCell(6, allValues<OnboardingStage>()), text(7), text(8), text(9),
             text(10), enumCell(11, allValues<PaymentModel>())}};
    case DataTable::People:
        return {
            QStringLiteral(
                "SELECT pe.id, p.inn, pe.name, pe.position, pe.email, pe.phone FROM people pe "
                "JOIN partners p ON p.id = pe.partner_id ORDER BY p.name COLLATE NOCASE, p.id, pe.sort_order, pe.id"),
            QStringLiteral("SELECT count(*) FROM people"),
            {text(0), text(1), text(2), text(3), text(4), text(5)}};
    case DataTable::Certificates:
        return {QStringLiteral(
                    "SELECT p.inn, pe.name, c.competence, c.number, c.issued_on, c.expires_on FROM certificates c "
                    "JOIN people pe ON pe.id = c.person_id JOIN partners p ON p.id = c.partner_id "
                    "ORDER BY p.name COLLATE NOCASE, p.id, pe.name, c.issued_on, c.id"),
                QStringLiteral("SELECT count(*) FROM certificates"),
                {text(0), text(1), enumCell(2, QList<Competence>{Competence::Sale, Competence::PreSale}), text(3),
                 text(4), text(5)}};
    case DataTable::Deals:
        // In storage order (rowid): the fastest walk over a million rows.
        return {QStringLiteral("SELECT id, partner_inn, customer_name, customer_inn, customer_project_ids, products, "
                               "amount_minor, currency, expected_year, expected_quarter, expected_consumption_minor, "
                               "description, state, outcome, filed_at, registered_at FROM deals"),
                QStringLiteral("SELECT count(*) FROM deals"),
                {text(0), text(1), text(2), text(3), Cell{Kind::JsonList, 4, -1, {}}, Cell{Kind::JsonList, 5, -1, {}},
                 Cell{Kind::Money, 6, 7, {}}, text(7), Cell{Kind::Integer, 8, -1, {}}, Cell{Kind::Integer, 9, -1, {}},
                 Cell{Kind::Money, 10, 7, {}}, text(11),
                 enumCell(12, QList<ApplicationState>{ApplicationState::New, ApplicationState::AwaitingReview,
                                                      ApplicationState::InProgress, ApplicationState::Confirmation,
                                                      ApplicationState::Registered, ApplicationState::Rejected,
                                                      ApplicationState::Returned}),
                 enumCell(13, QList<DealOutcome>{DealOutcome::InProgress, DealOutcome::Won, DealOutcome::Lost}),
                 text(14), text(15)}};
    case DataTable::Consumption: {
        QList<ServiceCategory> categories;
        for (int i = 0; i <= int(ServiceCategory::AdminServices); ++i)
            categories.append(ServiceCategory(i));
        return {QStringLiteral(
                    "SELECT p.inn, c.customer_inn, c.customer_name, substr(c.month, 1, 7), c.category, c.project, "
                    "c.amount_minor, c.currency FROM consumption c JOIN partners p ON p.id = c.partner_id "
                    "ORDER BY c.month, c.customer_inn, c.category, c.project"),
                QStringLiteral("SELECT count(*) FROM consumption"),
                {text(0), text(1), text(2), text(3), enumCell(4, categories), text(5), Cell{Kind::Money, 6, 7, {}},
                 text(7)}};
    }
    }
    return {};
}

// The decimal digits of `value`, without SQLite's text conversion of the column.
void appendInteger(QByteArray &out, qint64 value)
{
    char digits[24];
    int n = 0;
    quint64 abs = value < 0 ? quint64(0) - quint64(value) : quint64(value);
    do {
        digits[n++] = char('0' + abs % 10);
        abs /= 10;
    } while (abs > 0);
    if (value < 0)
        out += '-';
    while (n > 0)
        out += digits[--n];
}

// 123456 → "1234.56", -5 → "-0.05": whole units and kopecks apart, never through a double.
void appendMoney(QByteArray &out, qint64 minor)
{
    const bool negative = minor < 0;
    const quint64 abs = negative ? quint64(0) - quint64(minor) : quint64(minor);
    if (negative)
        out += '-';
    char digits[24];
    int n = 0;
    quint64 whole = abs / 100;
    do {
        digits[n++] = char('0' + whole % 10);
        whole /= 10;
    } while (whole > 0);
    while (n > 0)
        out += digits[--n];
    out += '.';
    const int cents = int(abs % 100);
    out += char('0' + cents / 10);
    out += char('0' + cents % 10);
}

// ["a","b"] → "a, b" (the list form import reads back).
void appendJsonList(QByteArray &out, QByteArrayView json)
{
    if (json.size() < 2 || json == QByteArrayView("[]"))
        return;
    if (!json.contains('\\')) {
        // No escapes: the strings are the bytes between the quotes.
        bool inside = false;
        bool first = true;
        for (const char c : json) {
            if (c == '"') {
                inside = !inside;
                if (inside && !first)
                    out += ", ";
                first = false;
            } else if (inside) {
                out += c;
            }
        }
        return;
    }
    QStringList items;
    for (const QJsonValue &v : QJsonDocument::fromJson(json.toByteArray()).array())
        items.append(v.toString());
    out += items.join(QStringLiteral(", ")).toUtf8();
}

} // namespace

TableExport::TableExport(QSqlDatabase db) : m_db(std::move(db))
{}

Result<qint64> TableExport::write(DataTable table, CsvWriter &writer, const Progress &progress)
{
    const Plan plan = planFor(table);
    sqlite3 *handle = storage::SqliteStatement::handleOf(m_db);
    const QString what = tr("read the table");
    qint64 total = 0;
    if (progress) {
        // Only progress needs the total; without it the rows are read once.
        storage::SqliteStatement count(handle);
        if (Status s = count.prepare(plan.count, what); !s)
            return s.error();
        auto row = count.step();
        if (!row)
            return row.error();
        total = row.value() ? count.integer(0) : 0;
    }
    if (Status s = writer.writeRow(TableColumns::headers(table)); !s)
        return s.error();
    storage::SqliteStatement rows(handle);
    if (Status s = rows.prepare(plan.select, what); !s)
        return s.error();
    qint64 written = 0;
    QByteArray cell;
    while (true) {
        auto row = rows.step();
        if (!row)
            return row.error();
        if (!row.value())
            break;
        for (const Cell &c : plan.cells) {
            switch (c.kind) {
            case Kind::Text:
                writer.addCell(rows.textView(c.column));
                break;
            case Kind::Enum: {
                const QByteArrayView key = rows.textView(c.column);
                QByteArrayView name = key; // an unknown key is written as stored
                for (const auto &[k, v] : c.names) {
                    if (QByteArrayView(k) == key) {
                        name = v;
                        break;
                    }
                }
                writer.addCell(name);
                break;
            }
            case Kind::Money:
                cell.resize(0);
                appendMoney(cell, rows.integer(c.column));
                writer.addCell(cell);
                break;
            case Kind::JsonList:
                cell.resize(0);
                appendJsonList(cell, rows.textView(c.column));
                writer.addCell(cell);
                break;
            case Kind::Integer:
                cell.resize(0);
                if (!rows.isNull(c.column))
                    appendInteger(cell, rows.integer(c.column));
                writer.addCell(cell);
                break;
            }
        }
        if (Status s = writer.endRow(); !s)
            return s.error();
        ++written;
        if (progress && (written & 0x1FFF) == 0 && !progress(written, qMax(total, written)))
            return Error{tr("The export was cancelled; no file was written."), {}, {}};
    }
    if (progress && !progress(written, written))
        return Error{tr("The export was cancelled; no file was written."), {}, {}};
    return written;
}

Result<qint64> TableExport::toFile(DataTable table, const QString &path, const CsvOptions &options,
                                   const Progress &progress)
{
    CsvWriter writer(options);
    if (Status s = writer.open(path); !s)
        return s.error();
    auto written = write(table, writer, progress);
    if (!written) {
        writer.cancel();
        return written.error();
    }
    if (Status s = writer.commit(); !s)
        return s.error();
    return written;
}

} // namespace pd::io
