#include "CertificateImporter.h"

#include "EnumNames.h"
#include "PersonImporter.h"
#include "ProgramRulesRepository.h"
#include "SqlUtil.h"

namespace pd::io {

using namespace pd::domain;
namespace sql = pd::storage::sql;

namespace {

QJsonObject certificateFields(const Certificate &c)
{
    auto date = [](const QDate &d) {
        return d.isValid() ? QJsonValue(sql::toStored(d)) : QJsonValue(QJsonValue::Null);
    };
    return {{QStringLiteral("person_id"), c.personId},           {QStringLiteral("partner_id"), c.partnerId},
            {QStringLiteral("competence"), toKey(c.competence)}, {QStringLiteral("number"), c.number},
            {QStringLiteral("issued_on"), date(c.issuedOn)},     {QStringLiteral("expires_on"), date(c.expiresOn)}};
}

} // namespace

Status CertificateImporter::begin()
{
    m_recorder.emplace(m_db, m_clock.nowUtc(), m_actor);
    auto rules = storage::ProgramRulesRepository(m_db, m_clock, m_actor).load();
    if (!rules)
        return rules.error();
    m_validityMonths = rules.value().at(m_clock.todayUtc()).certificateValidityMonths;
    return {};
}

Result<RowImporter::Outcome> CertificateImporter::importRow(ImportRow &row)
{
    const auto inn = row.required(QStringLiteral("partner_inn"));
    const auto person = row.required(QStringLiteral("person"));
    const auto competenceText = row.required(QStringLiteral("competence"));
    std::optional<Competence> competence;
    if (competenceText)
        competence = row.enumeration(QStringLiteral("competence"), enumNames::competences());
    const auto issued = row.date(QStringLiteral("issued_on"), true);
    const auto expires = row.date(QStringLiteral("expires_on"), false);
    if (row.hasIssues() || !inn || !person || !competence || !issued || !expires)
        return Outcome::Invalid;

    auto partnerId = PersonImporter::partnerIdOf(m_db, *inn);
    if (!partnerId)
        return partnerId.error();
    if (partnerId.value().isEmpty()) {
        row.issue(QStringLiteral("partner_inn"), tr("No partner has INN %1; import the partner first.").arg(*inn));
        return Outcome::Invalid;
    }
    auto people =
        sql::exec(m_db, QStringLiteral("SELECT id, name FROM people WHERE partner_id = ? ORDER BY sort_order, id"),
                  {partnerId.value()});
    if (!people)
        return people.error();
    QString personId;
    while (people.value().next()) {
        if (people.value().value(1).toString().toCaseFolded() == person->toCaseFolded()) {
            personId = people.value().value(0).toString();
            break;
        }
    }
    if (personId.isEmpty()) {
        row.issue(QStringLiteral("person"),
                  tr("The partner with INN %1 has nobody called %2; import the person first.").arg(*inn, *person));
        return Outcome::Invalid;
    }
    Certificate c;
    c.personId = personId;
    c.partnerId = partnerId.value();
    c.competence = *competence;
    c.number = row.text(QStringLiteral("number"));
    c.issuedOn = *issued;
    c.expiresOn = expires->isValid() ? *expires : issued->addMonths(m_validityMonths);
    if (c.issuedOn > m_clock.todayUtc())
        row.issue(QStringLiteral("issued_on"), tr("A certificate cannot be issued in the future."));
    if (c.expiresOn <= c.issuedOn)
        row.issue(QStringLiteral("expires_on"), tr("A certificate expires after it is issued."));
    const QString key =
        personId + QLatin1Char('\n') + toKey(c.competence) + QLatin1Char('\n') + sql::toStored(c.issuedOn);
    if (const auto seen = m_lineOfKey.constFind(key); seen != m_lineOfKey.constEnd())
        row.issue(QString(),
                  tr("The same certificate (person, competence, issue date) is also on line %1.").arg(*seen));
    if (row.hasIssues())
        return Outcome::Invalid;
    m_lineOfKey.insert(key, row.line());

    auto existing = sql::exec(m_db,
                              QStringLiteral("SELECT id, number, expires_on FROM certificates "
                                             "WHERE person_id = ? AND competence = ? AND issued_on = ?"),
                              {personId, toKey(c.competence), sql::toStored(c.issuedOn)});
    if (!existing)
        return existing.error();
    const QString now = sql::toStored(m_recorder->now());
    const QJsonObject after = certificateFields(c);
    if (existing.value().next()) {
        Certificate before = c;
        before.id = existing.value().value(0).toString();
        before.number = existing.value().value(1).toString();
        before.expiresOn = sql::dateFromStored(existing.value().value(2).toString());
        const QList<storage::FieldChange> changes = storage::ChangeRecorder::diff(certificateFields(before), after);
        if (changes.isEmpty())
            return Outcome::Unchanged;
        auto q = sql::exec(
            m_db, QStringLiteral("UPDATE certificates SET number = ?, expires_on = ?, updated_at = ? WHERE id = ?"),
            {c.number, sql::toStored(c.expiresOn), now, before.id});
        if (!q)
            return q.error();
        QJsonObject outboxFields;
        for (const storage::FieldChange &ch : changes)
            outboxFields.insert(ch.field, after.value(ch.field));
        if (Status s = m_recorder->record(QStringLiteral("certificate"), before.id, c.partnerId,
                                          storage::ChangeAction::Update, 0, outboxFields, changes);
            !s)
            return s.error();
        return Outcome::Updated;
    }
    c.id = newId();
    auto q =
        sql::exec(m_db,
                  QStringLiteral("INSERT INTO certificates (id, person_id, partner_id, competence, number, issued_on, "
                                 "expires_on, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"),
                  {c.id, c.personId, c.partnerId, toKey(c.competence), c.number, sql::toStored(c.issuedOn),
                   sql::toStored(c.expiresOn), now, now});
    if (!q)
        return q.error();
    if (Status s = m_recorder->record(QStringLiteral("certificate"), c.id, c.partnerId, storage::ChangeAction::Create,
                                      0, after, storage::ChangeRecorder::created(after));
        !s)
        return s.error();
    return Outcome::Created;
}

} // namespace pd::io
