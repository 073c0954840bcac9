#pragma once

#include "Clock.h"
#include "Partner.h"
#include "PartnerRules.h"
#include "Result.h"

#include <QJsonObject>
#include <QList>
#include <QSqlDatabase>
#include <QString>

namespace pd::storage {

// What the partners table shows: one row per partner, without its people.
struct PartnerSummary
{
    QString id;
    QString name;
    QString inn;
    domain::LegalForm legalForm = domain::LegalForm::LegalEntity;
    domain::Role role = domain::Role::Partner;
    domain::Tier tier = domain::Tier::None;
    domain::OnboardingStage stage = domain::OnboardingStage::Application;
    QString manager;
    QString region;
    QDate registeredOn;
    int peopleCount = 0;
    QDateTime updatedAt;
};

// Reads and writes partners and their people. Every write is one transaction holding the rows, an
// audit entry per changed record and an outbox mutation per changed record; a write that breaks a rule
// (the domain's, or the INN's uniqueness) changes nothing and says which field is wrong.
class PartnerRepository final
{
public:
    PartnerRepository(QSqlDatabase db, const Clock &clock, QString actor);

    Result<QList<PartnerSummary>> list() const;
    Result<PartnerSummary> summary(const QString &id) const;
    Result<domain::Partner> get(const QString &id) const;
    Result<qint64> count() const;
    // The partner that already holds this INN, if any (excluding the partner with id exceptId).
    Result<QString> partnerIdWithInn(const QString &inn, const QString &exceptId = {}) const;

    // Creates the partner; an empty id (and empty person ids) are generated. Returns the stored record.
    Result<domain::Partner> create(domain::Partner partner);
    // Writes the fields and people that differ from the stored record; no change writes nothing.
    Result<domain::Partner> update(const domain::Partner &partner);
    Status remove(const QString &id);

    // Validation failures carry the offending field in Error::detail as "field: message" lines.
    static QJsonObject toFields(const domain::Partner &partner);
    static QJsonObject toFields(const domain::Person &person);

private:
    Status checkRules(const domain::Partner &partner) const;

    QSqlDatabase m_db;
    const Clock &m_clock;
    QString m_actor;
};

} // namespace pd::storage
