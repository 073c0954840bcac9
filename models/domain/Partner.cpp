#include "Partner.h"

#include "EnumKeys.h"

#include <QCoreApplication>
#include <QUuid>

namespace pd::domain {
namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(pd::domain::Partner)
};

constexpr EnumKey<LegalForm> kLegalForms[] = {{LegalForm::LegalEntity, "legal_entity"},
                                              {LegalForm::SoleProprietor, "sole_proprietor"}};
constexpr EnumKey<Role> kRoles[] = {
    {Role::Partner, "partner"}, {Role::WhiteLabel, "white_label"}, {Role::Agent, "agent"}};
constexpr EnumKey<Tier> kTiers[] = {
    {Tier::None, "none"}, {Tier::Silver, "silver"}, {Tier::Gold, "gold"}, {Tier::Platinum, "platinum"}};
constexpr EnumKey<OnboardingStage> kStages[] = {{OnboardingStage::Application, "application"},
                                                {OnboardingStage::Contacted, "contacted"},
                                                {OnboardingStage::ModelAgreed, "model_agreed"},
                                                {OnboardingStage::AgreementSigned, "agreement_signed"}};
constexpr EnumKey<PaymentModel> kPaymentModels[] = {{PaymentModel::Prepaid, "prepaid"},
                                                    {PaymentModel::Postpaid, "postpaid"}};

} // namespace

QString toKey(LegalForm v)
{
    return keyOf(v, kLegalForms);
}
QString toKey(Role v)
{
    return keyOf(v, kRoles);
}
QString toKey(Tier v)
{
    return keyOf(v, kTiers);
}
QString toKey(OnboardingStage v)
{
    return keyOf(v, kStages);
}
QString toKey(PaymentModel v)
{
    return keyOf(v, kPaymentModels);
}

std::optional<LegalForm> legalFormFromKey(const QString &key)
{
    return valueOfKey(key, kLegalForms);
}
std::optional<Role> roleFromKey(const QString &key)
{
    return valueOfKey(key, kRoles);
}
std::optional<Tier> tierFromKey(const QString &key)
{
    return valueOfKey(key, kTiers);
}
std::optional<OnboardingStage> stageFromKey(const QString &key)
{
    return valueOfKey(key, kStages);
}
std::optional<PaymentModel> paymentModelFromKey(const QString &key)
{
    return valueOfKey(key, kPaymentModels);
}

template <>
QList<LegalForm> allValues<LegalForm>()
{
    return valuesOf(kLegalForms);
}
template <>
QList<Role> allValues<Role>()
{
    return valuesOf(kRoles);
}
template <>
QList<Tier> allValues<Tier>()
{
    return valuesOf(kTiers);
}
template <>
QList<OnboardingStage> allValues<OnboardingStage>()
{
    return valuesOf(kStages);
}
template <>
QList<PaymentModel> allValues<PaymentModel>()
{
    return valuesOf(kPaymentModels);
}

QString displayName(LegalForm v)
{
    switch (v) {
    case LegalForm::LegalEntity:
        return Tr::tr("Legal entity");
    case LegalForm::SoleProprietor:
        return Tr::tr("Sole proprietor");
    }
    return {};
}

QString displayName(Role v)
{
    switch (v) {
    case Role::Partner:
        return Tr::tr("Partner");
    case Role::WhiteLabel:
        return Tr::tr("White Label partner");
    case Role::Agent:
        return Tr::tr("Agent");
    }
    return {};
}

QString displayName(Tier v)
{
    switch (v) {
    case Tier::None:
        return Tr::tr("No status");
    case Tier::Silver:
        return Tr::tr("Silver");
    case Tier::Gold:
        return Tr::tr("Gold");
    case Tier::Platinum:
        return Tr::tr("Platinum");
    }
    return {};
}

QString displayName(OnboardingStage v)
{
    switch (v) {
    case OnboardingStage::Application:
        return Tr::tr("Application");
    case OnboardingStage::Contacted:
        return Tr::tr("Contacted");
    case OnboardingStage::ModelAgreed:
        return Tr::tr("Model agreed");
    case OnboardingStage::AgreementSigned:
        return Tr::tr("Agreement signed");
    }
    return {};
}

QString displayName(PaymentModel v)
{
    switch (v) {
    case PaymentModel::Prepaid:
        return Tr::tr("Prepaid");
    case PaymentModel::Postpaid:
        return Tr::tr("Postpaid");
    }
    return {};
}

QString newId()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

} // namespace pd::domain
