#pragma once

#include "ChangeRecorder.h"
#include "DealRepository.h"
#include "DealRows.h"
#include "RowImporter.h"

#include <QHash>

#include <optional>

namespace pd::io {

// Deal registrations by their id when the file has one (an exported file), otherwise by the natural
// key: partner INN, customer (INN, or name without one), expected year and quarter, and products. The
// form is checked by the same rules as the registration dialog; the stored competing pairs are rebuilt
// once after the rows, in the same transaction.
class DealImporter final : public RowImporter
{
    Q_DECLARE_TR_FUNCTIONS(pd::io::DealImporter)

public:
    DealImporter(QSqlDatabase db, const Clock &clock, QString actor);

    Status begin() override;
    Result<Outcome> importRow(ImportRow &row) override;
    Status finish() override;

private:
    Result<QString> findExisting(const domain::Registration &r) const;

    storage::DealRepository m_repository;
    storage::DealRows m_rows;
    std::optional<storage::ChangeRecorder> m_recorder;
    QHash<QString, qint64> m_lineOfKey;
    bool m_wrote = false;
};

} // namespace pd::io
