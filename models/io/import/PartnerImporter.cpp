#include "PartnerImporter.h"

#include "EnumNames.h"
#include "Inn.h"
#include "PartnerRules.h"
#include "SqlUtil.h"

namespace pd::io {

using namespace pd::domain;

PartnerImporter::PartnerImporter(QSqlDatabase db, const Clock &clock, QString actor)
    : RowImporter(db, clock, actor), m_repository(db, clock, actor)
{}

Status PartnerImporter::begin()
{
    m_recorder.emplace(m_db, m_clock.nowUtc(), m_actor);
    return {};
}

Result<RowImporter::Outcome> PartnerImporter::importRow(ImportRow &row)
{
    const auto innText = row.required(QStringLiteral("inn"));
    if (!innText)
        return Outcome::Invalid;
    const QString inn = *innText;
    if (const auto seen = m_lineOfInn.constFind(inn); seen != m_lineOfInn.constEnd()) {
        row.issue(QStringLiteral("inn"), tr("INN %1 is also on line %2; a partner appears once.").arg(inn).arg(*seen));
        return Outcome::Invalid;
    }
    m_lineOfInn.insert(inn, row.line());

    auto holder = m_repository.partnerIdWithInn(inn);
    if (!holder)
        return holder.error();
    const bool exists = !holder.value().isEmpty();
    Partner before;
    if (exists) {
        auto stored = m_repository.get(holder.value());
        if (!stored)
            return stored.error();
        before = std::move(stored).value();
    }
    Partner p = before;
    p.inn = inn;
    if (row.has(QStringLiteral("name")))
        p.name = row.text(QStringLiteral("name"));
    if (row.has(QStringLiteral("legal_form")) && !row.text(QStringLiteral("legal_form")).isEmpty()) {
        if (auto v = row.enumeration(QStringLiteral("legal_form"), enumNames::legalForms()))
            p.legalForm = *v;
    } else if (!exists) {
        p.legalForm = inn.size() == 12 ? LegalForm::SoleProprietor : LegalForm::LegalEntity;
    }
    if (row.has(QStringLiteral("registered_on"))) {
        if (auto d = row.date(QStringLiteral("registered_on"), true))
            p.registeredOn = *d;
    }
    auto setEnum = [&row](const QString &key, auto names, auto &target) {
        if (row.has(key) && !row.text(key).isEmpty()) {
            if (auto v = row.enumeration(key, names))
                target = *v;
        }
    };
    setEnum(QStringLiteral("role"), enumNames::roles(), p.role);
    setEnum(QStringLiteral("tier"), enumNames::tiers(), p.tier);
    setEnum(QStringLiteral("stage"), enumNames::stages(), p.stage);
    setEnum(QStringLiteral("wl_payment_model"), enumNames::paymentModels(), p.whiteLabel.clientPaymentModel);
    for (const auto &[key, target] :
         {std::pair{QStringLiteral("manager"), &p.manager}, std::pair{QStringLiteral("region"), &p.region},
          std::pair{QStringLiteral("notes"), &p.notes},
          std::pair{QStringLiteral("wl_brand"), &p.whiteLabel.brandName}}) {
        if (row.has(key))
            *target = row.text(key);
    }
    if (row.hasIssues())
        return Outcome::Invalid;
    for (const FieldIssue &i : partnerRules::validate(p, m_clock.todayUtc()))
        row.issue(row.has(i.field) ? i.field : QString(), i.message);
    if (row.hasIssues())
        return Outcome::Invalid;

    const QDateTime now = m_recorder->now();
    const QJsonObject after = storage::PartnerRepository::toFields(p);
    const QStringList columns = after.keys(); // the keys are the table's column names, never input
    if (!exists) {
        p.id = newId();
        QVariantList values{p.id};
        QStringList marks{QStringLiteral("?")};
        for (const QString &c : columns) {
            values.append(storage::sql::bound(after.value(c)));
            marks.append(QStringLiteral("?"));
        }
        values << storage::sql::toStored(now) << storage::sql::toStored(now);
        auto q =
            storage::sql::exec(m_db,
                               QStringLiteral("INSERT INTO partners (id, %1, created_at, updated_at) VALUES (%2, ?, ?)")
                                   .arg(columns.join(QStringLiteral(", ")), marks.join(QStringLiteral(", "))),
                               values);
        if (!q)
            return q.error();
        if (Status s = m_recorder->record(QStringLiteral("partner"), p.id, {}, storage::ChangeAction::Create, 0, after,
                                          storage::ChangeRecorder::created(after));
            !s)
            return s.error();
        return Outcome::Created;
    }
    const QList<storage::FieldChange> changes =
        storage::ChangeRecorder::diff(storage::PartnerRepository::toFields(before), after);
    if (changes.isEmpty())
        return Outcome::Unchanged;
    QStringList sets;
    QVariantList values;
    QJsonObject outboxFields;
    for (const storage::FieldChange &c : changes) {
        sets.append(c.field + QStringLiteral(" = ?"));
        values.append(storage::sql::bound(after.value(c.field)));
        outboxFields.insert(c.field, after.value(c.field));
    }
    values << storage::sql::toStored(now) << p.id;
    auto q = storage::sql::exec(
        m_db,
        QStringLiteral("UPDATE partners SET %1, updated_at = ? WHERE id = ?").arg(sets.join(QStringLiteral(", "))),
        values);
    if (!q)
        return q.error();
    if (Status s = m_recorder->record(QStringLiteral("partner"), p.id, {}, storage::ChangeAction::Update,
                                      before.version, outboxFields, changes);
        !s)
        return s.error();
    return Outcome::Updated;
}

} // namespace pd::io
