#pragma once

#include "ChangeRecorder.h"
#include "PartnerRepository.h"
#include "RowImporter.h"

#include <QHash>

#include <optional>

namespace pd::io {

// Partners by their natural key, the INN: a new INN creates a partner, a known one updates the columns
// the file has (audited and queued for sync), an identical row changes nothing.
class PartnerImporter final : public RowImporter
{
    Q_DECLARE_TR_FUNCTIONS(pd::io::PartnerImporter)

public:
    PartnerImporter(QSqlDatabase db, const Clock &clock, QString actor);

    Status begin() override;
    Result<Outcome> importRow(ImportRow &row) override;

private:
    storage::PartnerRepository m_repository;
    std::optional<storage::ChangeRecorder> m_recorder;
    QHash<QString, qint64> m_lineOfInn;
};

} // namespace pd::io
