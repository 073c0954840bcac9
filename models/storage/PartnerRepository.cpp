#include "PartnerRepository.h"

#include "AuditLog.h"
#include "ChangeRecorder.h"
#include "Database.h"
#include "Outbox.h"
#include "SqlUtil.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlRecord>

namespace pd::storage {

using namespace pd::domain;

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(pd::storage::PartnerRepository)
};

const QString kPartner = QStringLiteral("partner");
const QString kPerson = QStringLiteral("person");

// Partner fields in column order; the keys are also the column names.
const QList<QLatin1String> kPartnerColumns{fields::name,       fields::legalForm,
                                           fields::inn,        fields::registeredOn,
                                           fields::role,       fields::tier,
                                           fields::stage,      fields::manager,
                                           fields::region,     fields::notes,
                                           fields::wlBrand,    fields::wlPaymentModel,
                                           fields::wlMarkupBp, fields::wlRestrictedServices};
const QList<QLatin1String> kPersonColumns{fields::personName, fields::personPosition, fields::personEmail,
                                          fields::personPhone};

QList<FieldChange> allAs(const QJsonObject &fields, bool created)
{
    return created ? ChangeRecorder::created(fields) : ChangeRecorder::deleted(fields);
}

QString placeholders(qsizetype n)
{
    QStringList marks;
    for (qsizetype i = 0; i < n; ++i)
        marks.append(QStringLiteral("?"));
    return marks.join(QLatin1String(", "));
}

QStringList columnNames(const QList<QLatin1String> &columns)
{
    QStringList names;
    for (QLatin1String c : columns)
        names.append(c);
    return names;
}

QJsonObject personFieldsWithParent(const Person &person, int sortOrder)
{
    QJsonObject f = PartnerRepository::toFields(person);
    f.insert(QStringLiteral("partner_id"), person.partnerId);
    f.insert(QStringLiteral("sort_order"), sortOrder);
    return f;
}

Partner partnerFromRow(const QSqlQuery &r)
{
    // Column order: id, then kPartnerColumns, then created_at, updated_at, version.
    Partner p;
    p.id = r.value(0).toString();
    p.name = r.value(1).toString();
    p.legalForm = legalFormFromKey(r.value(2).toString()).value_or(LegalForm::LegalEntity);
    p.inn = r.value(3).toString();
    p.registeredOn = sql::dateFromStored(r.value(4).toString());
    p.role = roleFromKey(r.value(5).toString()).value_or(Role::Partner);
    p.tier = tierFromKey(r.value(6).toString()).value_or(Tier::None);
    p.stage = stageFromKey(r.value(7).toString()).value_or(OnboardingStage::Application);
    p.manager = r.value(8).toString();
    p.region = r.value(9).toString();
    p.notes = r.value(10).toString();
    p.whiteLabel.brandName = r.value(11).toString();
    p.whiteLabel.clientPaymentModel = paymentModelFromKey(r.value(12).toString()).value_or(PaymentModel::Prepaid);
    p.whiteLabel.priceMarkupBp = r.value(13).toInt();
    const QJsonArray services = QJsonDocument::fromJson(r.value(14).toString().toUtf8()).array();
    for (const QJsonValue &s : services)
        p.whiteLabel.restrictedServices.append(s.toString());
    p.createdAt = sql::dateTimeFromStored(r.value(15).toString());
    p.updatedAt = sql::dateTimeFromStored(r.value(16).toString());
    p.version = r.value(17).toLongLong();
    return p;
}

Status insertPerson(const QSqlDatabase &db, const Person &person, int sortOrder, const QDateTime &now,
                    ChangeRecorder &writer)
{
    const QJsonObject f = personFieldsWithParent(person, sortOrder);
    auto q = sql::exec(db,
                       QStringLiteral("INSERT INTO people (id, partner_id, name, position, email, phone, sort_order, "
                                      "created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"),
                       {person.id, person.partnerId, person.name, person.position, person.email, person.phone,
                        sortOrder, sql::toStored(now), sql::toStored(now)});
    if (!q)
        return q.error();
    return writer.record(kPerson, person.id, person.partnerId, ChangeAction::Create, 0, f, allAs(f, true));
}

// Deletes the records that belong to a person (enrolments, certificates), each audited and queued.
Status deletePersonRecords(const QSqlDatabase &db, const Person &person, ChangeRecorder &writer)
{
    struct Child
    {
        const char *table;
        const char *entity;
    };
    for (const Child &child : {Child{"enrollments", "enrollment"}, Child{"certificates", "certificate"}}) {
        auto rows = sql::exec(
            db, QStringLiteral("SELECT * FROM %1 WHERE person_id = ?").arg(QLatin1String(child.table)), {person.id});
        if (!rows)
            return rows.error();
        QList<std::pair<QString, QList<FieldChange>>> doomed;
        while (rows.value().next()) {
            const QSqlRecord record = rows.value().record();
            QList<FieldChange> old;
            for (int i = 0; i < record.count(); ++i)
                old.append({record.fieldName(i), record.value(i), QVariant()});
            doomed.append({record.value(QStringLiteral("id")).toString(), old});
        }
        for (const auto &[id, old] : doomed) {
            auto del =
                sql::exec(db, QStringLiteral("DELETE FROM %1 WHERE id = ?").arg(QLatin1String(child.table)), {id});
            if (!del)
                return del.error();
            if (Status s =
                    writer.record(QLatin1String(child.entity), id, person.partnerId, ChangeAction::Delete, 0, {}, old);
                !s)
                return s;
        }
    }
    return {};
}

Status deletePerson(const QSqlDatabase &db, const Person &person, int sortOrder, ChangeRecorder &writer)
{
    if (Status s = deletePersonRecords(db, person, writer); !s)
        return s;
    auto q = sql::exec(db, QStringLiteral("DELETE FROM people WHERE id = ?"), {person.id});
    if (!q)
        return q.error();
    return writer.record(kPerson, person.id, person.partnerId, ChangeAction::Delete, 0, {},
                         allAs(personFieldsWithParent(person, sortOrder), false));
}

} // namespace

PartnerRepository::PartnerRepository(QSqlDatabase db, const Clock &clock, QString actor)
    : m_db(std::move(db)), m_clock(clock), m_actor(std::move(actor))
{}

QJsonObject PartnerRepository::toFields(const Partner &p)
{
    QJsonArray services;
    for (const QString &s : p.whiteLabel.restrictedServices)
        services.append(s);
    return QJsonObject{
        {fields::name, p.name},
        {fields::legalForm, toKey(p.legalForm)},
        {fields::inn, p.inn},
        {fields::registeredOn, sql::toStored(p.registeredOn)},
        {fields::role, toKey(p.role)},
        {fields::tier, toKey(p.tier)},
        {fields::stage, toKey(p.stage)},
        {fields::manager, p.manager},
        {fields::region, p.region},
        {fields::notes, p.notes},
        {fields::wlBrand, p.whiteLabel.brandName},
        {fields::wlPaymentModel, toKey(p.whiteLabel.clientPaymentModel)},
        {fields::wlMarkupBp, p.whiteLabel.priceMarkupBp},
        {fields::wlRestrictedServices, services},
    };
}

QJsonObject PartnerRepository::toFields(const Person &person)
{
    return QJsonObject{
        {fields::personName, person.name},
        {fields::personPosition, person.position},
        {fields::personEmail, person.email},
        {fields::personPhone, person.phone},
    };
}

Result<QList<PartnerSummary>> PartnerRepository::list() const
{
    auto q = sql::exec(
        m_db,
        QStringLiteral(
            "SELECT p.id, p.name, p.inn, p.legal_form, p.role, p.tier, p.stage, p.manager, p.region, p.registered_on, "
            "p.updated_at, (SELECT count(*) FROM people WHERE partner_id = p.id) "
            "FROM partners p ORDER BY p.name COLLATE NOCASE, p.id"));
    if (!q)
        return q.error();
    QList<PartnerSummary> rows;
    QSqlQuery &r = q.value();
    while (r.next()) {
        PartnerSummary s;
        s.id = r.value(0).toString();
        s.name = r.value(1).toString();
        s.inn = r.value(2).toString();
        s.legalForm = legalFormFromKey(r.value(3).toString()).value_or(LegalForm::LegalEntity);
        s.role = roleFromKey(r.value(4).toString()).value_or(Role::Partner);
        s.tier = tierFromKey(r.value(5).toString()).value_or(Tier::None);
        s.stage = stageFromKey(r.value(6).toString()).value_or(OnboardingStage::Application);
        s.manager = r.value(7).toString();
        s.region = r.value(8).toString();
        s.registeredOn = sql::dateFromStored(r.value(9).toString());
        s.updatedAt = sql::dateTimeFromStored(r.value(10).toString());
        s.peopleCount = r.value(11).toInt();
        rows.append(std::move(s));
    }
    return rows;
}

Result<PartnerSummary> PartnerRepository::summary(const QString &id) const
{
    auto partner = get(id);
    if (!partner)
        return partner.error();
    const Partner &p = partner.value();
    return PartnerSummary{p.id,
                          p.name,
                          p.inn,
                          p.legalForm,
                          p.role,
                          p.tier,
                          p.stage,
                          p.manager,
                          p.region,
                          p.registeredOn,
                          static_cast<int>(p.people.size()),
                          p.updatedAt};
}

Result<domain::Partner> PartnerRepository::get(const QString &id) const
{
    auto q = sql::exec(m_db,
                       QStringLiteral("SELECT id, %1, created_at, updated_at, version FROM partners WHERE id = ?")
                           .arg(columnNames(kPartnerColumns).join(QLatin1String(", "))),
                       {id});
    if (!q)
        return q.error();
    if (!q.value().next())
        return Error{Tr::tr("The partner %1 does not exist (it may have been deleted).").arg(id), {}, {}};
    Partner p = partnerFromRow(q.value());

    auto people = sql::exec(m_db,
                            QStringLiteral("SELECT id, partner_id, name, position, email, phone FROM people "
                                           "WHERE partner_id = ? ORDER BY sort_order, id"),
                            {id});
    if (!people)
        return people.error();
    while (people.value().next()) {
        const QSqlQuery &r = people.value();
        p.people.append(Person{r.value(0).toString(), r.value(1).toString(), r.value(2).toString(),
                               r.value(3).toString(), r.value(4).toString(), r.value(5).toString()});
    }
    return p;
}

Result<qint64> PartnerRepository::count() const
{
    auto q = sql::exec(m_db, QStringLiteral("SELECT count(*) FROM partners"));
    if (!q)
        return q.error();
    return q.value().next() ? q.value().value(0).toLongLong() : 0;
}

Result<QString> PartnerRepository::partnerIdWithInn(const QString &inn, const QString &exceptId) const
{
    auto q = sql::exec(m_db, QStringLiteral("SELECT id FROM partners WHERE inn = ? AND id <> ?"), {inn, exceptId});
    if (!q)
        return q.error();
    return q.value().next() ? q.value().value(0).toString() : QString();
}

Status PartnerRepository::checkRules(const Partner &partner) const
{
    const QList<FieldIssue> issues = partnerRules::validate(partner, m_clock.todayUtc());
    if (!issues.isEmpty()) {
        QStringList lines;
        for (const FieldIssue &i : issues)
            lines.append(i.field + QStringLiteral(": ") + i.message);
        return Error{issues.first().message, lines.join(QLatin1Char('\n')), issues.first().field};
    }
    auto holder = partnerIdWithInn(partner.inn, partner.id);
    if (!holder)
        return holder.error();
    if (!holder.value().isEmpty()) {
        auto other = get(holder.value());
        const QString otherName = other ? other.value().name : holder.value();
        return Error{Tr::tr("INN %1 already belongs to the partner «%2»; each partner has its own INN.")
                         .arg(partner.inn, otherName),
                     {},
                     QString(fields::inn)};
    }
    return {};
}

Result<domain::Partner> PartnerRepository::create(domain::Partner p)
{
    if (p.id.isEmpty())
        p.id = newId();
    for (Person &person : p.people) {
        if (person.id.isEmpty())
            person.id = newId();
        person.partnerId = p.id;
    }
    p.name = p.name.trimmed();
    if (Status s = checkRules(p); !s)
        return s.error();

    const QDateTime now = m_clock.nowUtc();
    if (!p.createdAt.isValid())
        p.createdAt = now;
    Transaction tx(m_db);
    if (!tx.isActive())
        return Error{Tr::tr("Could not save the partner: the database is busy or read-only."), {}, {}};

    const QJsonObject f = toFields(p);
    QVariantList values{p.id};
    for (QLatin1String c : kPartnerColumns)
        values.append(sql::bound(f.value(c)));
    values << sql::toStored(p.createdAt) << sql::toStored(now) << p.version;
    auto q = sql::exec(
        m_db,
        QStringLiteral("INSERT INTO partners (id, %1, created_at, updated_at, version) VALUES (?, %2, ?, ?, ?)")
            .arg(columnNames(kPartnerColumns).join(QLatin1String(", ")), placeholders(kPartnerColumns.size())),
        values);
    if (!q)
        return q.error();
    ChangeRecorder writer(m_db, now, m_actor);
    if (Status s = writer.record(kPartner, p.id, {}, ChangeAction::Create, p.version, f, allAs(f, true)); !s)
        return s.error();
    for (int i = 0; i < p.people.size(); ++i) {
        if (Status s = insertPerson(m_db, p.people.at(i), i, now, writer); !s)
            return s.error();
    }
    if (Status s = tx.commit(); !s)
        return s.error();
    return get(p.id);
}

Result<domain::Partner> PartnerRepository::update(const domain::Partner &edited)
{
    auto stored = get(edited.id);
    if (!stored)
        return stored.error();
    const Partner &before = stored.value();
    Partner p = edited;
    p.name = p.name.trimmed();
    for (Person &person : p.people) {
        if (person.id.isEmpty())
            person.id = newId();
        person.partnerId = p.id;
    }
    if (Status s = checkRules(p); !s)
        return s.error();

    const QList<FieldChange> changes = ChangeRecorder::diff(toFields(before), toFields(p));
    QHash<QString, int> oldIndex;
    for (int i = 0; i < before.people.size(); ++i)
        oldIndex.insert(before.people.at(i).id, i);
    QSet<QString> kept;
    for (const Person &person : p.people)
        kept.insert(person.id);

    const QDateTime now = m_clock.nowUtc();
    Transaction tx(m_db);
    if (!tx.isActive())
        return Error{Tr::tr("Could not save the partner: the database is busy or read-only."), {}, {}};
    ChangeRecorder writer(m_db, now, m_actor);
    bool changed = false;

    if (!changes.isEmpty()) {
        changed = true;
        const QJsonObject after = toFields(p);
        QStringList sets;
        QVariantList values;
        QJsonObject outboxFields;
        for (const FieldChange &c : changes) {
            sets.append(c.field + QStringLiteral(" = ?")); // column names come from kPartnerColumns, never input
            values.append(sql::bound(after.value(c.field)));
            outboxFields.insert(c.field, after.value(c.field));
        }
        values << sql::toStored(now) << p.id;
        auto q = sql::exec(
            m_db,
            QStringLiteral("UPDATE partners SET %1, updated_at = ? WHERE id = ?").arg(sets.join(QLatin1String(", "))),
            values);
        if (!q)
            return q.error();
        if (Status s = writer.record(kPartner, p.id, {}, ChangeAction::Update, before.version, outboxFields, changes);
            !s)
            return s.error();
    }

    for (int i = 0; i < before.people.size(); ++i) {
        if (kept.contains(before.people.at(i).id))
            continue;
        changed = true;
        if (Status s = deletePerson(m_db, before.people.at(i), i, writer); !s)
            return s.error();
    }
    for (int i = 0; i < p.people.size(); ++i) {
        const Person &person = p.people.at(i);
        const auto old = oldIndex.constFind(person.id);
        if (old == oldIndex.constEnd()) {
            changed = true;
            if (Status s = insertPerson(m_db, person, i, now, writer); !s)
                return s.error();
            continue;
        }
        const Person &previous = before.people.at(*old);
        const QList<FieldChange> personChanges =
            ChangeRecorder::diff(personFieldsWithParent(previous, *old), personFieldsWithParent(person, i));
        if (personChanges.isEmpty())
            continue;
        changed = true;
        auto q =
            sql::exec(m_db,
                      QStringLiteral("UPDATE people SET name = ?, position = ?, email = ?, phone = ?, "
                                     "sort_order = ?, updated_at = ? WHERE id = ?"),
                      {person.name, person.position, person.email, person.phone, i, sql::toStored(now), person.id});
        if (!q)
            return q.error();
        QJsonObject outboxFields;
        for (const FieldChange &c : personChanges)
            outboxFields.insert(c.field, QJsonValue::fromVariant(c.newValue));
        if (Status s = writer.record(kPerson, person.id, p.id, ChangeAction::Update, 0, outboxFields, personChanges);
            !s)
            return s.error();
    }

    if (!changed)
        return before;
    if (changes.isEmpty()) {
        // Only people changed: the partner's row still records when it last changed.
        auto q = sql::exec(m_db, QStringLiteral("UPDATE partners SET updated_at = ? WHERE id = ?"),
                           {sql::toStored(now), p.id});
        if (!q)
            return q.error();
    }
    if (Status s = tx.commit(); !s)
        return s.error();
    return get(p.id);
}

Status PartnerRepository::remove(const QString &id)
{
    auto stored = get(id);
    if (!stored)
        return stored.error();
    const Partner &p = stored.value();
    auto records = sql::exec(m_db,
                             QStringLiteral("SELECT (SELECT count(*) FROM deals WHERE partner_id = ?), "
                                            "(SELECT count(*) FROM compat_certifications WHERE partner_id = ?)"),
                             {id, id});
    if (!records)
        return records.error();
    const qint64 deals = records.value().next() ? records.value().value(0).toLongLong() : 0;
    const qint64 compat = records.value().isValid() ? records.value().value(1).toLongLong() : 0;
    if (deals > 0 || compat > 0) {
        const QString what = deals > 0 ? Tr::tr("%n deal registration(s)", nullptr, static_cast<int>(deals))
                                       : Tr::tr("%n compatibility certification(s)", nullptr, static_cast<int>(compat));
        return Error{Tr::tr("«%1» cannot be deleted: it has %2 on record.").arg(p.name, what),
                     Tr::tr("Registrations and certifications are the program's record. To stop working with the "
                            "partner, say so in its notes or onboarding stage instead."),
                     {}};
    }
    const QDateTime now = m_clock.nowUtc();
    Transaction tx(m_db);
    if (!tx.isActive())
        return Error{Tr::tr("Could not delete the partner: the database is busy or read-only."), {}, {}};
    ChangeRecorder writer(m_db, now, m_actor);
    for (int i = 0; i < p.people.size(); ++i) {
        if (Status s = deletePerson(m_db, p.people.at(i), i, writer); !s)
            return s;
    }
    auto q = sql::exec(m_db, QStringLiteral("DELETE FROM partners WHERE id = ?"), {id});
    if (!q)
        return q.error();
    if (Status s = writer.record(kPartner, id, {}, ChangeAction::Delete, p.version, {}, allAs(toFields(p), false)); !s)
        return s;
    return tx.commit();
}

} // namespace pd::storage
