#pragma once

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

#include "EnumKeys.h"

namespace pd::domain {

enum class LegalForm
{
    LegalEntity,
    SoleProprietor
};
// Partner (reseller) and Agent are the two cooperation models; White Label is a variant of Partner.
enum class Role
{
    Partner,
    WhiteLabel,
    Agent
};
enum class Tier
{
    None,
    Silver,
    Gold,
    Platinum
};
enum class OnboardingStage
{
    Application,
    Contacted,
    ModelAgreed,
    AgreementSigned
};
enum class PaymentModel
{
    Prepaid,
    Postpaid
};

// Stable keys for storage, files and the sync protocol, and the names a person reads.
QString toKey(LegalForm v);
QString toKey(Role v);
QString toKey(Tier v);
QString toKey(OnboardingStage v);
QString toKey(PaymentModel v);
std::optional<LegalForm> legalFormFromKey(const QString &key);
std::optional<Role> roleFromKey(const QString &key);
std::optional<Tier> tierFromKey(const QString &key);
std::optional<OnboardingStage> stageFromKey(const QString &key);
std::optional<PaymentModel> paymentModelFromKey(const QString &key);

QString displayName(LegalForm v);
QString displayName(Role v);
QString displayName(Tier v);
QString displayName(OnboardingStage v);
QString displayName(PaymentModel v);

template <>
QList<LegalForm> allValues<LegalForm>();
template <>
QList<Role> allValues<Role>();
template <>
QList<Tier> allValues<Tier>();
template <>
QList<OnboardingStage> allValues<OnboardingStage>();
template <>
QList<PaymentModel> allValues<PaymentModel>();

// A person at a partner company: a contact now, later a trainee and a certificate holder.
struct Person
{
    QString id;
    QString partnerId;
    QString name;
    QString position;
    QString email;
    QString phone;

    bool operator==(const Person &) const = default;
};

// What a White Label partner controls for its clients.
struct WhiteLabelSettings
{
    QString brandName;
    PaymentModel clientPaymentModel = PaymentModel::Prepaid;
    int priceMarkupBp = 0; // basis points: 1 250 is 12.5 %
    QStringList restrictedServices;

    bool operator==(const WhiteLabelSettings &) const = default;
};

// A partner company of the program.
struct Partner
{
    QString id; // UUID, made where the record is born
    QString name;
    LegalForm legalForm = LegalForm::LegalEntity;
    QString inn;
    QDate registeredOn; // state registration of the company
    Role role = Role::Partner;
    Tier tier = Tier::None;
    OnboardingStage stage = OnboardingStage::Application;
    QString manager;
    QString region;
    WhiteLabelSettings whiteLabel;
    QString notes;
    QDateTime createdAt;
    QDateTime updatedAt;
    qint64 version = 0; // the server's version this copy is based on; 0 when never synced
    QList<Person> people;

    bool operator==(const Partner &) const = default;
};

// A new UUID as text without braces: the id format of every record.
QString newId();

} // namespace pd::domain
