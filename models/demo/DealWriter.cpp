#include "DealWriter.h"

#include "ChangeRecorder.h"

using namespace Qt::StringLiterals;

namespace pd::demo {

DealWriter::DealWriter(QSqlDatabase db, bool audited) : m_audited(audited), m_audit(db), m_rows(db)
{}

Status DealWriter::write(const domain::Registration &r)
{
    if (Status s = m_rows.insert(r, r.createdAt, r.updatedAt, r.version); !s)
        return s;
    // A new deal: its products, extensions and feedback have no rows to replace.
    if (Status s = m_rows.insertProducts(r); !s)
        return s;
    for (const domain::ProtectionExtension &e : r.extensions) {
        if (Status s = m_rows.insertExtension(r.id, e); !s)
            return s;
        ++m_extensions;
    }
    for (const domain::FeedbackEntry &f : r.feedback) {
        if (Status s = m_rows.insertFeedback(r.id, f); !s)
            return s;
        ++m_feedback;
    }
    if (m_audited) {
        const QList<storage::FieldChange> changes = storage::ChangeRecorder::created(storage::DealRows::fields(r));
        if (Status s = m_audit.append({0,
                                       r.createdAt,
                                       u"demo"_s,
                                       u"deal"_s,
                                       r.id,
                                       {},
                                       storage::actionText(storage::ChangeAction::Create),
                                       {},
                                       changes});
            !s)
            return s;
    }
    return {};
}

} // namespace pd::demo
