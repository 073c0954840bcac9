#include "Partner.h"

#include <QCoreApplication>
#include <QUuid>

namespace pd::domain {
namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(pd::domain::Partner)
};

template <typename E, std::size_t N>
std::optional<E> fromKey(const QString &key, const E (&values)[N])
{
    for (E v : values) {
        if (toKey(v) == key)
            return v;
    }
    return std::nullopt;
}

constexpr LegalForm kLegalForms[] = {LegalForm::LegalEntity, LegalForm::SoleProprietor};
constexpr Role kRoles[] = {Role::Partner, Role::WhiteLabel, Role::Agent};
constexpr Tier kTiers[] = {Tier::None, Tier::Silver, Tier::Gold, Tier::Platinum};
constexpr OnboardingStage kStages[] = {OnboardingStage::Application, OnboardingStage::Contacted,
                                       OnboardingStage::ModelAgreed, OnboardingStage::AgreementSigned};
constexpr PaymentModel kPaymentModels[] = {PaymentModel::Prepaid, PaymentModel::Postpaid};

template <typename E, std::size_t N>
QList<E> toList(const E (&values)[N])
{
    return QList<E>(std::begin(values), std::end(values));
}

} // namespace

QString toKey(LegalForm v)
{
    switch (v) {
    case LegalForm::LegalEntity: return QStringLiteral("legal_entity");
    case LegalForm::SoleProprietor: return QStringLiteral("sole_proprietor");
    }
    return {};
}

QString toKey(Role v)
{
    switch (v) {
    case Role::Partner: return QStringLiteral("partner");
    case Role::WhiteLabel: return QStringLiteral("white_label");
    case Role::Agent: return QStringLiteral("agent");
    }
    return {};
}

QString toKey(Tier v)
{
    switch (v) {
    case Tier::None: return QStringLiteral("none");
    case Tier::Silver: return QStringLiteral("silver");
    case Tier::Gold: return QStringLiteral("gold");
    case Tier::Platinum: return QStringLiteral("platinum");
    }
    return {};
}

QString toKey(OnboardingStage v)
{
    switch (v) {
    case OnboardingStage::Application: return QStringLiteral("application");
    case OnboardingStage::Contacted: return QStringLiteral("contacted");
    case OnboardingStage::ModelAgreed: return QStringLiteral("model_agreed");
    case OnboardingStage::AgreementSigned: return QStringLiteral("agreement_signed");
    }
    return {};
}

QString toKey(PaymentModel v)
{
    switch (v) {
    case PaymentModel::Prepaid: return QStringLiteral("prepaid");
    case PaymentModel::Postpaid: return QStringLiteral("postpaid");
    }
    return {};
}

std::optional<LegalForm> legalFormFromKey(const QString &key) { return fromKey(key, kLegalForms); }
std::optional<Role> roleFromKey(const QString &key) { return fromKey(key, kRoles); }
std::optional<Tier> tierFromKey(const QString &key) { return fromKey(key, kTiers); }
std::optional<OnboardingStage> stageFromKey(const QString &key) { return fromKey(key, kStages); }
std::optional<PaymentModel> paymentModelFromKey(const QString &key) { return fromKey(key, kPaymentModels); }

template <> QList<LegalForm> allValues<LegalForm>() { return toList(kLegalForms); }
template <> QList<Role> allValues<Role>() { return toList(kRoles); }
template <> QList<Tier> allValues<Tier>() { return toList(kTiers); }
template <> QList<OnboardingStage> allValues<OnboardingStage>() { return toList(kStages); }
template <> QList<PaymentModel> allValues<PaymentModel>() { return toList(kPaymentModels); }

QString displayName(LegalForm v)
{
    switch (v) {
    case LegalForm::LegalEntity: return Tr::tr("Legal entity");
    case LegalForm::SoleProprietor: return Tr::tr("Sole proprietor");
    }
    return {};
}

QString displayName(Role v)
{
    switch (v) {
    case Role::Partner: return Tr::tr("Partner");
    case Role::WhiteLabel: return Tr::tr("White Label partner");
    case Role::Agent: return Tr::tr("Agent");
    }
    return {};
}

QString displayName(Tier v)
{
    switch (v) {
    case Tier::None: return Tr::tr("No status");
    case Tier::Silver: return Tr::tr("Silver");
    case Tier::Gold: return Tr::tr("Gold");
    case Tier::Platinum: return Tr::tr("Platinum");
    }
    return {};
}

QString displayName(OnboardingStage v)
{
    switch (v) {
    case OnboardingStage::Application: return Tr::tr("Application");
    case OnboardingStage::Contacted: return Tr::tr("Contacted");
    case OnboardingStage::ModelAgreed: return Tr::tr("Model agreed");
    case OnboardingStage::AgreementSigned: return Tr::tr("Agreement signed");
    }
    return {};
}

QString displayName(PaymentModel v)
{
    switch (v) {
    case PaymentModel::Prepaid: return Tr::tr("Prepaid");
    case PaymentModel::Postpaid: return Tr::tr("Postpaid");
    }
    return {};
}

QString newId()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

} // namespace pd::domain
