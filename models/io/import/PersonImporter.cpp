#include "PersonImporter.h"

#include "PartnerRepository.h"
#include "PartnerRules.h"
#include "SqlUtil.h"

#include <QUuid>

namespace pd::io {

using namespace pd::domain;
namespace sql = pd::storage::sql;

namespace {

QJsonObject personFields(const Person &p, int sortOrder)
{
    QJsonObject f = storage::PartnerRepository::toFields(p);
    f.insert(QStringLiteral("partner_id"), p.partnerId);
    f.insert(QStringLiteral("sort_order"), sortOrder);
    return f;
}

} // namespace

Result<QString> PersonImporter::partnerIdOf(const QSqlDatabase &db, const QString &inn)
{
    auto q = sql::exec(db, QStringLiteral("SELECT id FROM partners WHERE inn = ?"), {inn});
    if (!q)
        return q.error();
    return q.value().next() ? q.value().value(0).toString() : QString();
}

Status PersonImporter::begin()
{
    m_recorder.emplace(m_db, m_clock.nowUtc(), m_actor);
    return {};
}

Result<RowImporter::Outcome> PersonImporter::importRow(ImportRow &row)
{
    const auto inn = row.required(QStringLiteral("partner_inn"));
    const auto name = row.required(QStringLiteral("name"));
    QString id = row.text(QStringLiteral("id"));
    if (!id.isEmpty()) {
        const QUuid uuid = QUuid::fromString(id);
        if (uuid.isNull())
            row.issue(QStringLiteral("id"),
                      tr("«%1» is not a person id (a UUID); leave it empty for a new one.").arg(id));
        id = uuid.toString(QUuid::WithoutBraces);
    }
    if (!inn || !name || row.hasIssues())
        return Outcome::Invalid;
    auto partnerId = partnerIdOf(m_db, *inn);
    if (!partnerId)
        return partnerId.error();
    if (partnerId.value().isEmpty()) {
        row.issue(QStringLiteral("partner_inn"), tr("No partner has INN %1; import the partner first.").arg(*inn));
        return Outcome::Invalid;
    }

    // A row names its person by id when it has one (two people of one partner may share a name), else by name.
    auto stored = sql::exec(m_db,
                            QStringLiteral("SELECT id, name, position, email, phone, sort_order FROM people "
                                           "WHERE partner_id = ? ORDER BY sort_order, id"),
                            {partnerId.value()});
    if (!stored)
        return stored.error();
    std::optional<Person> before;
    int matches = 0;
    int sortOrder = 0;
    int maxOrder = -1;
    while (stored.value().next()) {
        const QSqlQuery &r = stored.value();
        maxOrder = qMax(maxOrder, r.value(5).toInt());
        const bool match =
            id.isEmpty() ? r.value(1).toString().toCaseFolded() == name->toCaseFolded() : r.value(0).toString() == id;
        if (!match)
            continue;
        if (!before) {
            before = Person{r.value(0).toString(), partnerId.value(),     r.value(1).toString(),
                            r.value(2).toString(), r.value(3).toString(), r.value(4).toString()};
            sortOrder = r.value(5).toInt();
        }
        ++matches;
    }
    if (matches > 1) {
        row.issue(QStringLiteral("name"), tr("The partner with INN %1 has more than one person called %2; fill in the "
                                             "ID column to say which.")
                                              .arg(*inn, *name));
        return Outcome::Invalid;
    }
    if (!id.isEmpty() && !before) {
        auto elsewhere = sql::exec(m_db, QStringLiteral("SELECT 1 FROM people WHERE id = ?"), {id});
        if (!elsewhere)
            return elsewhere.error();
        if (elsewhere.value().next()) {
            row.issue(QStringLiteral("id"), tr("The person with ID %1 belongs to another partner.").arg(id));
            return Outcome::Invalid;
        }
    }
    const QString key = before ? before->id : !id.isEmpty() ? id : *inn + QLatin1Char('\n') + name->toCaseFolded();
    if (const auto seen = m_lineOfKey.constFind(key); seen != m_lineOfKey.constEnd()) {
        row.issue(QStringLiteral("name"), tr("%1 of this partner is also on line %2.").arg(*name).arg(*seen));
        return Outcome::Invalid;
    }
    m_lineOfKey.insert(key, row.line());

    Person p = before.value_or(Person{{}, partnerId.value(), *name, {}, {}, {}});
    p.name = *name;
    for (const auto &[column, target] :
         {std::pair{QStringLiteral("position"), &p.position}, std::pair{QStringLiteral("email"), &p.email},
          std::pair{QStringLiteral("phone"), &p.phone}}) {
        if (row.has(column))
            *target = row.text(column);
    }
    for (const FieldIssue &i : partnerRules::validatePerson(p, 0)) {
        const QString field = i.field.section(QLatin1Char('.'), -1);
        row.issue(row.has(field) ? field : QString(), i.message);
    }
    if (row.hasIssues())
        return Outcome::Invalid;

    const QString now = sql::toStored(m_recorder->now());
    if (!before) {
        p.id = id.isEmpty() ? newId() : id;
        sortOrder = maxOrder + 1;
        auto q =
            sql::exec(m_db,
                      QStringLiteral("INSERT INTO people (id, partner_id, name, position, email, phone, sort_order, "
                                     "created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"),
                      {p.id, p.partnerId, p.name, p.position, p.email, p.phone, sortOrder, now, now});
        if (!q)
            return q.error();
        const QJsonObject f = personFields(p, sortOrder);
        if (Status s = m_recorder->record(QStringLiteral("person"), p.id, p.partnerId, storage::ChangeAction::Create, 0,
                                          f, storage::ChangeRecorder::created(f));
            !s)
            return s.error();
    } else {
        const QList<storage::FieldChange> changes =
            storage::ChangeRecorder::diff(personFields(*before, sortOrder), personFields(p, sortOrder));
        if (changes.isEmpty())
            return Outcome::Unchanged;
        auto q =
            sql::exec(m_db,
                      QStringLiteral("UPDATE people SET name = ?, position = ?, email = ?, phone = ?, updated_at = ? "
                                     "WHERE id = ?"),
                      {p.name, p.position, p.email, p.phone, now, p.id});
        if (!q)
            return q.error();
        QJsonObject outboxFields;
        for (const storage::FieldChange &c : changes)
            outboxFields.insert(c.field, QJsonValue::fromVariant(c.newValue));
        if (Status s = m_recorder->record(QStringLiteral("person"), p.id, p.partnerId, storage::ChangeAction::Update, 0,
                                          outboxFields, changes);
            !s)
            return s.error();
    }
    // The partner's row records when it (or one of its people) last changed, as the repository does.
    auto touch = sql::exec(m_db, QStringLiteral("UPDATE partners SET updated_at = ? WHERE id = ?"), {now, p.partnerId});
    if (!touch)
        return touch.error();
    return before ? Outcome::Updated : Outcome::Created;
}

} // namespace pd::io
