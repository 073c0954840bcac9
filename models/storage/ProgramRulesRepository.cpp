#include "ProgramRulesRepository.h"

#include "ChangeRecorder.h"
#include "Database.h"
#include "SqlUtil.h"

#include <QCoreApplication>
#include <QJsonDocument>

namespace pd::storage {

using namespace pd::domain;

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(pd::storage::ProgramRulesRepository)
};

QJsonObject criteriaToJson(const TierCriteria &c)
{
    return {{QStringLiteral("min_sales_minor"), c.minSalesMinor},
            {QStringLiteral("min_certified"), c.minCertifiedSpecialists},
            {QStringLiteral("min_presale"), c.minPreSaleSpecialists},
            {QStringLiteral("min_won_deals"), c.minRegisteredDealsWon}};
}

TierCriteria criteriaFromJson(const QJsonObject &o, const TierCriteria &fallback)
{
    return {o.value(QStringLiteral("min_sales_minor")).toInteger(fallback.minSalesMinor),
            o.value(QStringLiteral("min_certified")).toInt(fallback.minCertifiedSpecialists),
            o.value(QStringLiteral("min_presale")).toInt(fallback.minPreSaleSpecialists),
            o.value(QStringLiteral("min_won_deals")).toInt(fallback.minRegisteredDealsWon)};
}

QString validate(const ProgramRules &r)
{
    if (!r.effectiveFrom.isValid())
        return Tr::tr("The rules need the date they take effect from.");
    for (const TierCriteria *c : {&r.gold, &r.platinum}) {
        if (c->minSalesMinor < 0 || c->minCertifiedSpecialists < 0 || c->minPreSaleSpecialists < 0
            || c->minRegisteredDealsWon < 0)
            return Tr::tr("Tier thresholds cannot be negative.");
    }
    if (r.platinum.minSalesMinor < r.gold.minSalesMinor)
        return Tr::tr("Platinum cannot require less sales than Gold.");
    if (r.graceDays < 0 || r.certificateValidityMonths <= 0 || r.protection.protectionDays <= 0
        || r.protection.extensionDays <= 0 || r.protection.maxExtensions < 0)
        return Tr::tr("Periods must be positive and the number of extensions cannot be negative.");
    if (r.presaleRewardMinor < 0)
        return Tr::tr("The pre-sale reward cannot be negative.");
    for (int bp :
         {r.baseDiscountBp, r.registrationBpSilver, r.registrationBpGold, r.registrationBpPlatinum, r.agentPercentBp}) {
        if (bp < 0 || bp > 10000)
            return Tr::tr("Discounts are between 0 % and 100 %.");
    }
    return {};
}

} // namespace

ProgramRulesRepository::ProgramRulesRepository(QSqlDatabase db, const Clock &clock, QString actor)
    : m_db(std::move(db)), m_clock(clock), m_actor(std::move(actor))
{}

QJsonObject ProgramRulesRepository::toJson(const ProgramRules &r)
{
    return {{QStringLiteral("example_defaults"), r.exampleDefaults},
            {QStringLiteral("gold"), criteriaToJson(r.gold)},
            {QStringLiteral("platinum"), criteriaToJson(r.platinum)},
            {QStringLiteral("grace_days"), r.graceDays},
            {QStringLiteral("certificate_validity_months"), r.certificateValidityMonths},
            {QStringLiteral("protection_days"), r.protection.protectionDays},
            {QStringLiteral("extension_days"), r.protection.extensionDays},
            {QStringLiteral("max_extensions"), r.protection.maxExtensions},
            {QStringLiteral("base_discount_bp"), r.baseDiscountBp},
            {QStringLiteral("registration_bp_silver"), r.registrationBpSilver},
            {QStringLiteral("registration_bp_gold"), r.registrationBpGold},
            {QStringLiteral("registration_bp_platinum"), r.registrationBpPlatinum},
            {QStringLiteral("agent_percent_bp"), r.agentPercentBp},
            {QStringLiteral("presale_reward_minor"), r.presaleRewardMinor}};
}

ProgramRules ProgramRulesRepository::fromJson(const QJsonObject &o, const QDate &effectiveFrom)
{
    // Missing keys take the example defaults, so that rules saved by an older version still load.
    const ProgramRules d = ProgramRules::exampleDefaultsFrom(effectiveFrom);
    ProgramRules r = d;
    r.exampleDefaults = o.value(QStringLiteral("example_defaults")).toBool(d.exampleDefaults);
    r.gold = criteriaFromJson(o.value(QStringLiteral("gold")).toObject(), d.gold);
    r.platinum = criteriaFromJson(o.value(QStringLiteral("platinum")).toObject(), d.platinum);
    r.graceDays = o.value(QStringLiteral("grace_days")).toInt(d.graceDays);
    r.certificateValidityMonths =
        o.value(QStringLiteral("certificate_validity_months")).toInt(d.certificateValidityMonths);
    r.protection.protectionDays = o.value(QStringLiteral("protection_days")).toInt(d.protection.protectionDays);
    r.protection.extensionDays = o.value(QStringLiteral("extension_days")).toInt(d.protection.extensionDays);
    r.protection.maxExtensions = o.value(QStringLiteral("max_extensions")).toInt(d.protection.maxExtensions);
    r.baseDiscountBp = o.value(QStringLiteral("base_discount_bp")).toInt(d.baseDiscountBp);
    r.registrationBpSilver = o.value(QStringLiteral("registration_bp_silver")).toInt(d.registrationBpSilver);
    r.registrationBpGold = o.value(QStringLiteral("registration_bp_gold")).toInt(d.registrationBpGold);
    r.registrationBpPlatinum = o.value(QStringLiteral("registration_bp_platinum")).toInt(d.registrationBpPlatinum);
    r.agentPercentBp = o.value(QStringLiteral("agent_percent_bp")).toInt(d.agentPercentBp);
    r.presaleRewardMinor = o.value(QStringLiteral("presale_reward_minor")).toInteger(d.presaleRewardMinor);
    return r;
}

Result<RuleBook> ProgramRulesRepository::load() const
{
    auto q = sql::exec(m_db, QStringLiteral("SELECT effective_from, rules FROM program_rules ORDER BY effective_from"));
    if (!q)
        return q.error();
    QList<ProgramRules> versions;
    while (q.value().next()) {
        const QDate from = sql::dateFromStored(q.value().value(0).toString());
        versions.append(fromJson(QJsonDocument::fromJson(q.value().value(1).toString().toUtf8()).object(), from));
    }
    // Before the first stored version, the example defaults apply.
    const QDate origin(2000, 1, 1);
    if (versions.isEmpty() || versions.first().effectiveFrom > origin)
        versions.prepend(ProgramRules::exampleDefaultsFrom(origin));
    return RuleBook(versions);
}

Status ProgramRulesRepository::save(const ProgramRules &rules)
{
    if (const QString e = validate(rules); !e.isEmpty())
        return Error{e, {}, {}};
    const QString id = sql::toStored(rules.effectiveFrom);
    auto existing =
        sql::exec(m_db, QStringLiteral("SELECT rules, version FROM program_rules WHERE effective_from = ?"), {id});
    if (!existing)
        return existing.error();
    const bool found = existing.value().next();
    const QJsonObject before =
        found ? QJsonDocument::fromJson(existing.value().value(0).toString().toUtf8()).object() : QJsonObject();
    const qint64 version = found ? existing.value().value(1).toLongLong() : 0;
    const QJsonObject after = toJson(rules);
    if (found && before == after)
        return {};

    const QList<FieldChange> changes = found ? ChangeRecorder::diff(before, after) : ChangeRecorder::created(after);
    const QDateTime now = m_clock.nowUtc();
    Transaction tx(m_db);
    if (!tx.isActive())
        return Error{Tr::tr("Could not save the program rules: the database is busy or read-only."), {}, {}};
    const QString json = QString::fromUtf8(QJsonDocument(after).toJson(QJsonDocument::Compact));
    auto q = found
                 ? sql::exec(m_db,
                             QStringLiteral("UPDATE program_rules SET rules = ?, example_defaults = ?, updated_at = ? "
                                            "WHERE effective_from = ?"),
                             {json, rules.exampleDefaults ? 1 : 0, sql::toStored(now), id})
                 : sql::exec(m_db,
                             QStringLiteral("INSERT INTO program_rules (effective_from, rules, example_defaults, "
                                            "created_at, updated_at) VALUES (?, ?, ?, ?, ?)"),
                             {id, json, rules.exampleDefaults ? 1 : 0, sql::toStored(now), sql::toStored(now)});
    if (!q)
        return q.error();
    ChangeRecorder recorder(m_db, now, m_actor);
    if (Status s = recorder.record(QStringLiteral("program_rules"), id, {},
                                   found ? ChangeAction::Update : ChangeAction::Create, version,
                                   QJsonObject{{QStringLiteral("rules"), after}}, changes);
        !s)
        return s;
    return tx.commit();
}

} // namespace pd::storage
