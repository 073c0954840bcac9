#include "DealWriter.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include "ChangeRecorder.h"
#include "DealRepository.h"
#include "SqlUtil.h"

using namespace Qt::StringLiterals;

namespace pd::demo {
namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(pd::demo::DealWriter)
};

QString placeholders(qsizetype n)
{
    QStringList marks(n, u"?"_s);
    return marks.join(u", "_s);
}

QVariant storedTime(const QDateTime &t)
{
    return t.isValid() ? QVariant(storage::sql::toStored(t)) : QVariant();
}

// Risks and competitors as DealRepository stores them: [{"name": ..., "comment": ...}].
QString notesText(const QList<domain::NamedNote> &notes)
{
    QJsonArray a;
    for (const domain::NamedNote &n : notes)
        a.append(QJsonObject{{u"name"_s, n.name}, {u"comment"_s, n.comment}});
    return QString::fromUtf8(QJsonDocument(a).toJson(QJsonDocument::Compact));
}

// A null QString binds as NULL, which NOT NULL text columns refuse (customer_email_domain of a customer
// who writes from a public mail service, decided_by of a pending extension); the value meant is ''.
// Times and other nullable values are invalid QVariants, not strings, and stay NULL.
QVariant textOrValue(const QVariant &v)
{
    if (v.typeId() == QMetaType::QString && v.toString().isNull())
        return QString(u""_s);
    return v;
}

} // namespace

DealWriter::DealWriter(QSqlDatabase db, bool audited)
    : m_db(std::move(db)), m_audited(audited), m_audit(m_db), m_dealInsert(m_db), m_productInsert(m_db),
      m_extensionInsert(m_db), m_feedbackInsert(m_db)
{}

Status DealWriter::prepare()
{
    // The columns come from DealRepository, never from input.
    const QStringList columns = storage::DealRepository::rowColumns();
    const QString dealSql = u"INSERT INTO deals (id, %1, created_at, updated_at, version) VALUES (?, %2, ?, ?, ?)"_s.arg(
        columns.join(u", "_s), placeholders(columns.size()));
    const struct
    {
        QSqlQuery *query;
        QString sql;
    } statements[] = {
        {&m_dealInsert, dealSql},
        {&m_productInsert, u"INSERT INTO deal_products (deal_id, product) VALUES (?, ?)"_s},
        {&m_extensionInsert, u"INSERT INTO deal_extensions (id, deal_id, requested_at, reason, decision, decided_at, "
                             "decided_by, days) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"_s},
        {&m_feedbackInsert, u"INSERT INTO deal_feedback (id, deal_id, at, type, category, comment, risks, competitors) "
                            "VALUES (?, ?, ?, ?, ?, ?, ?, ?)"_s},
    };
    for (const auto &s : statements) {
        if (!s.query->prepare(s.sql))
            return storage::sql::errorOf(*s.query, Tr::tr("prepare the demo deals"));
    }
    return {};
}

Status DealWriter::run(QSqlQuery &query, const QString &what)
{
    if (!query.exec())
        return storage::sql::errorOf(query, what);
    return {};
}

Status DealWriter::write(const domain::Registration &r)
{
    const QString what = Tr::tr("write demo deals");
    const QVariantList values = storage::DealRepository::rowValues(r);
    int i = 0;
    m_dealInsert.bindValue(i++, r.id);
    for (const QVariant &v : values)
        m_dealInsert.bindValue(i++, textOrValue(v));
    m_dealInsert.bindValue(i++, storage::sql::toStored(r.createdAt));
    m_dealInsert.bindValue(i++, storage::sql::toStored(r.updatedAt));
    m_dealInsert.bindValue(i++, r.version);
    if (Status s = run(m_dealInsert, what); !s)
        return s;

    for (const QString &product : storage::DealRepository::productKeys(r)) {
        m_productInsert.bindValue(0, r.id);
        m_productInsert.bindValue(1, product);
        if (Status s = run(m_productInsert, what); !s)
            return s;
    }
    for (const domain::ProtectionExtension &e : r.extensions) {
        const QVariantList row{e.id,        r.id,
                               storedTime(e.requestedAt), e.reason,
                               domain::toKey(e.decision), storedTime(e.decidedAt),
                               e.decidedBy, e.days};
        for (int c = 0; c < row.size(); ++c)
            m_extensionInsert.bindValue(c, textOrValue(row.at(c)));
        if (Status s = run(m_extensionInsert, what); !s)
            return s;
        ++m_extensions;
    }
    for (const domain::FeedbackEntry &f : r.feedback) {
        const QVariantList row{f.id,
                               r.id,
                               storedTime(f.at),
                               domain::toKey(f.type),
                               domain::toKey(f.category),
                               f.comment,
                               notesText(f.risks),
                               notesText(f.competitors)};
        for (int c = 0; c < row.size(); ++c)
            m_feedbackInsert.bindValue(c, textOrValue(row.at(c)));
        if (Status s = run(m_feedbackInsert, what); !s)
            return s;
        ++m_feedback;
    }
    if (m_audited) {
        const QJsonObject fields = storage::DealRepository::toFields(r);
        QList<storage::FieldChange> changes;
        changes.reserve(fields.size());
        for (auto it = fields.begin(); it != fields.end(); ++it)
            changes.append({it.key(), QVariant(), it.value().toVariant()});
        if (Status s = m_audit.append({0, r.createdAt, u"demo"_s, u"deal"_s, r.id, {}, storage::actionText(storage::ChangeAction::Create), {}, changes}); !s)
            return s;
    }
    return {};
}

} // namespace pd::demo
