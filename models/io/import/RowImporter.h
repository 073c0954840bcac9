#pragma once

#include "Clock.h"
#include "ImportRow.h"
#include "Result.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QSqlDatabase>
#include <QString>
#include <QVariant>

namespace pd::io {

// Validates and writes the rows of one table, inside the transaction that Importer holds for the whole
// file. A row breaking a rule gets issues on its ImportRow and is not written; an Error means the
// database itself failed and stops the import.
class RowImporter
{
    Q_DECLARE_TR_FUNCTIONS(pd::io::RowImporter)

public:
    // Queued: valid and handed to a writer that works on (see drain()).
    enum class Outcome
    {
        Created,
        Updated,
        Unchanged,
        Invalid,
        Queued
    };
    struct Counts
    {
        qint64 created = 0;
        qint64 updated = 0;
        qint64 unchanged = 0;
    };

    RowImporter(QSqlDatabase db, const Clock &clock, QString actor)
        : m_db(std::move(db)), m_clock(clock), m_actor(std::move(actor))
    {}
    virtual ~RowImporter() = default;
    RowImporter(const RowImporter &) = delete;
    RowImporter &operator=(const RowImporter &) = delete;

    // The size of the file being imported (0 when unknown), so that an importer can prepare for its bulk.
    void setInputBytes(qint64 bytes) { m_inputBytes = bytes; }

    // Called inside the transaction before the first row.
    virtual Status begin() { return {}; }
    virtual Result<Outcome> importRow(ImportRow &row) = 0;
    // Called inside the transaction after the last row, when every row was valid.
    virtual Status finish() { return {}; }
    // True once a writer working on its own failed; reading the rest of the file is pointless then.
    virtual bool stopped() const { return false; }
    // Waits until every Queued row is written and says what became of them; an Error (the database failed)
    // comes with the line of the row that failed in `failedLine`.
    virtual Result<Counts> drain(qint64 &failedLine)
    {
        failedLine = 0;
        return Counts{};
    }

protected:
    QSqlDatabase m_db;
    const Clock &m_clock;
    QString m_actor;
    qint64 m_inputBytes = 0;
};

} // namespace pd::io
