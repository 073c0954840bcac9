#include "DemoWriter.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include "ChangeRecorder.h"
#include "PartnerRepository.h"
#include "SqlUtil.h"

using namespace Qt::StringLiterals;

namespace pd::demo {
namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(pd::demo::DemoWriter)
};

const QString kActor = u"demo"_s;
const QString kCreate = storage::actionText(storage::ChangeAction::Create);
const QString kPartnerColumn = u"partner_id"_s;
const QString kSortOrderColumn = u"sort_order"_s;

QList<storage::FieldChange> created(const QJsonObject &fields)
{
    QList<storage::FieldChange> changes;
    changes.reserve(fields.size());
    for (auto it = fields.begin(); it != fields.end(); ++it)
        changes.append({it.key(), QVariant(), it.value().toVariant()});
    return changes;
}

QString placeholders(qsizetype n)
{
    QStringList marks(n, u"?"_s);
    return marks.join(u", "_s);
}

} // namespace

DemoWriter::DemoWriter(QSqlDatabase db)
    : m_db(std::move(db)), m_audit(m_db), m_partnerInsert(m_db), m_personInsert(m_db)
{
    // The field keys are the column names (PartnerRules.h): the columns come from code, never from input.
    m_partnerColumns = storage::PartnerRepository::toFields(domain::Partner{}).keys();
    m_personColumns = storage::PartnerRepository::toFields(domain::Person{}).keys();
}

Status DemoWriter::prepare()
{
    const QString partnerSql =
        u"INSERT INTO partners (id, %1, created_at, updated_at, version) VALUES (?, %2, ?, ?, ?)"_s.arg(
            m_partnerColumns.join(u", "_s), placeholders(m_partnerColumns.size()));
    const QString personSql =
        u"INSERT INTO people (id, partner_id, sort_order, %1, created_at, updated_at) VALUES (?, ?, ?, %2, ?, ?)"_s.arg(
            m_personColumns.join(u", "_s), placeholders(m_personColumns.size()));
    if (!m_partnerInsert.prepare(partnerSql))
        return storage::sql::errorOf(m_partnerInsert, Tr::tr("prepare the demo partners"));
    if (!m_personInsert.prepare(personSql))
        return storage::sql::errorOf(m_personInsert, Tr::tr("prepare the demo contacts"));
    return {};
}

Status DemoWriter::insert(QSqlQuery &query, const QVariantList &values)
{
    for (qsizetype i = 0; i < values.size(); ++i)
        query.bindValue(int(i), values.at(i));
    if (!query.exec())
        return storage::sql::errorOf(query, Tr::tr("write demo data"));
    return {};
}

Status DemoWriter::write(const domain::Partner &p)
{
    const QString at = storage::sql::toStored(p.createdAt);
    const QJsonObject fields = storage::PartnerRepository::toFields(p);
    QVariantList values{p.id};
    for (const QString &column : std::as_const(m_partnerColumns))
        values.append(storage::sql::bound(fields.value(column)));
    values << at << storage::sql::toStored(p.updatedAt) << p.version;
    if (Status s = insert(m_partnerInsert, values); !s)
        return s;
    if (Status s = m_audit.append({0, p.createdAt, kActor, u"partner"_s, p.id, {}, kCreate, {}, created(fields)}); !s)
        return s;

    for (qsizetype i = 0; i < p.people.size(); ++i) {
        if (Status s = writePerson(p, p.people.at(i), int(i)); !s)
            return s;
    }
    return {};
}

Status DemoWriter::writePerson(const domain::Partner &p, const domain::Person &person, int sortOrder)
{
    const QString at = storage::sql::toStored(p.createdAt);
    QJsonObject personFields = storage::PartnerRepository::toFields(person);
    QVariantList row{person.id, p.id, sortOrder};
    for (const QString &column : std::as_const(m_personColumns))
        row.append(storage::sql::bound(personFields.value(column)));
    row << at << at;
    if (Status s = insert(m_personInsert, row); !s)
        return s;
    personFields.insert(kPartnerColumn, p.id);
    personFields.insert(kSortOrderColumn, sortOrder);
    return m_audit.append({0, p.createdAt, kActor, u"person"_s, person.id, p.id, kCreate, {}, created(personFields)});
}

} // namespace pd::demo
