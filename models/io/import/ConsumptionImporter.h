#pragma once

#include "ConsumptionRepository.h"
#include "RowImporter.h"

#include <memory>

#include <QHash>
#include "Commission.h"

namespace pd::io {

// Monthly consumption (billing data) by its natural key: customer INN, month, service category and
// project. Checked by ConsumptionRepository's rules plus the partner's INN; an identical row changes
// nothing, a changed one is replaced (keeping its id). Consumption is not synced: no outbox, no audit
// per row. Built for a million rows: statements prepared once, partners looked up once.
class ConsumptionImporter final : public RowImporter
{
    Q_DECLARE_TR_FUNCTIONS(pd::io::ConsumptionImporter)

public:
    using RowImporter::RowImporter;

    Status begin() override;
    Result<Outcome> importRow(ImportRow &row) override;
    Status finish() override;

private:
    QHash<QString, QString> m_partnerOfInn;
    QHash<QString, qint64> m_lineOfKey;
    std::unique_ptr<storage::ConsumptionWriter> m_writer;
    QHash<QString, domain::ServiceCategory> m_categories; // every accepted name, normalised
    QString m_categoryNames;
};

} // namespace pd::io
