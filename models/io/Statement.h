#pragma once

#include "CommissionReports.h"
#include "CsvWriter.h"
#include "Result.h"

#include <QCoreApplication>
#include <QDate>
#include <QSqlDatabase>
#include <QString>

namespace pd::io {

// A partner's commission statement for one settlement period: the header (partner, INN, role, tier,
// period and its state), every line with its rule, tier, basis, rate and amount, clawbacks and top-ups
// shown as their own lines, and the totals. Written as CSV or PDF in the interface language.
class Statement final
{
    Q_DECLARE_TR_FUNCTIONS(pd::io::Statement)

public:
    // Reads a computed period's lines of one partner; an error when the partner does not exist.
    static Result<Statement> load(const QSqlDatabase &db, const QString &partnerId, const QDate &month);

    // CSV through CsvWriter (QSaveFile: a failure leaves no partial file).
    Status writeCsv(const QString &path, const CsvOptions &options = {}) const;
    // A4 PDF through QPdfWriter.
    Status writePdf(const QString &path) const;

    const storage::PartnerPeriodTotal &total() const { return m_total; }
    const QList<storage::StoredLine> &lines() const { return m_lines; }
    const QDate &month() const { return m_month; }
    bool closed() const { return m_closed; }

    // The column names of the statement's line table, and one line's cells (plain amounts for CSV).
    static QStringList header();
    static QStringList cells(const storage::StoredLine &line, bool forCsv);
    // "Registered deal discount 15.00 %, program rules from 2025-01-01", "Clawback of April 2026".
    static QString ruleText(const storage::StoredLine &line);

private:
    QString html() const;

    storage::PartnerPeriodTotal m_total;
    QList<storage::StoredLine> m_lines;
    QDate m_month;
    bool m_closed = false;
};

} // namespace pd::io
