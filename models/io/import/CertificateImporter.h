#pragma once

#include "ChangeRecorder.h"
#include "RowImporter.h"

#include <QHash>

#include <optional>

namespace pd::io {

// Sale and Pre-Sale certificates by their natural key: the partner's INN, the person's name, the
// competence and the issue date. A missing expiry date follows the program rule's validity.
class CertificateImporter final : public RowImporter
{
    Q_DECLARE_TR_FUNCTIONS(pd::io::CertificateImporter)

public:
    using RowImporter::RowImporter;

    Status begin() override;
    Result<Outcome> importRow(ImportRow &row) override;

private:
    std::optional<storage::ChangeRecorder> m_recorder;
    QHash<QString, qint64> m_lineOfKey;
    int m_validityMonths = 24;
};

} // namespace pd::io
