#pragma once

#include "ConsumptionRepository.h"
#include "ConsumptionWriteThread.h"
#include "RowImporter.h"

#include <memory>

#include <QHash>
#include "Commission.h"

namespace pd::io {

// Monthly consumption (billing data) by its natural key: customer INN, month, service category and
// project. Checked by ConsumptionRepository's rules plus the partner's INN; an identical row changes
// nothing, a changed one is replaced (keeping its id). Consumption is not synced: no outbox, no audit
// per row. Built for a million rows: statements prepared once, partners looked up once, and the valid rows
// written on a second thread (ConsumptionWriteThread) while the next ones are read and checked.
class ConsumptionImporter final : public RowImporter
{
    Q_DECLARE_TR_FUNCTIONS(pd::io::ConsumptionImporter)

public:
    using RowImporter::RowImporter;

    Status begin() override;
    Result<Outcome> importRow(ImportRow &row) override;
    Status finish() override;
    bool stopped() const override;
    Result<Counts> drain(qint64 &failedLine) override;

private:
    QHash<QString, QString> m_partnerOfInn;
    QHash<QString, qint64> m_lineOfKey;
    std::unique_ptr<storage::ConsumptionWriter> m_writer;
    std::unique_ptr<ConsumptionWriteThread> m_thread;          // declared after the writer: stopped before it goes
    QHash<QString, domain::ServiceCategory> m_categories;      // every accepted name, normalised
    QHash<QString, domain::ServiceCategory> m_exactCategories; // every accepted name as written
    QString m_categoryNames;
};

} // namespace pd::io
