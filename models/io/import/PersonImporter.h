#pragma once

#include "ChangeRecorder.h"
#include "RowImporter.h"

#include <QHash>
#include <QSqlQuery>

#include <optional>

namespace pd::io {

// People of partner companies by their id when the file has one (as an export writes it), else by the
// partner's INN and the person's name (any case): a new id or name adds a person to the partner (keeping
// the id), a known one updates the columns the file has. Without an id, a name two people of the partner
// share is refused as ambiguous.
class PersonImporter final : public RowImporter
{
    Q_DECLARE_TR_FUNCTIONS(pd::io::PersonImporter)

public:
    using RowImporter::RowImporter;

    Status begin() override;
    Result<Outcome> importRow(ImportRow &row) override;

    // The id of the partner with this INN ("" when none), and the people of a partner by folded name.
    static Result<QString> partnerIdOf(const QSqlDatabase &db, const QString &inn);

private:
    std::optional<storage::ChangeRecorder> m_recorder;
    QHash<QString, qint64> m_lineOfKey;
};

} // namespace pd::io
