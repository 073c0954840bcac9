#include "EnumNames.h"

namespace pd::io::enumNames {
namespace {

template <typename E>
EnumName<E> name(E v, const char *english, std::initializer_list<const char *> russian)
{
    QStringList names{domain::toKey(v), QLatin1String(english)};
    for (const char *r : russian)
        names.append(QString::fromUtf8(r));
    names.append(domain::displayName(v));
    return EnumName<E>{v, names};
}

} // namespace

using namespace pd::domain;

QList<EnumName<LegalForm>> legalForms()
{
    return {name(LegalForm::LegalEntity, "Legal entity", {"Юридическое лицо", "Юрлицо", "ЮЛ"}),
            name(LegalForm::SoleProprietor, "Sole proprietor", {"Индивидуальный предприниматель", "ИП"})};
}

QList<EnumName<Role>> roles()
{
    return {
        name(Role::Partner, "Partner", {"Партнер", "Партнёр", "Реселлер"}),
        name(Role::WhiteLabel, "White Label partner", {"Партнер White Label", "Партнёр White Label", "White Label"}),
        name(Role::Agent, "Agent", {"Агент"})};
}

QList<EnumName<Tier>> tiers()
{
    return {name(Tier::None, "No status", {"Нет статуса", "Без статуса", "Нет"}),
            name(Tier::Silver, "Silver", {"Серебряный"}), name(Tier::Gold, "Gold", {"Золотой"}),
            name(Tier::Platinum, "Platinum", {"Платиновый"})};
}

QList<EnumName<OnboardingStage>> stages()
{
    return {name(OnboardingStage::Application, "Application", {"Заявка"}),
            name(OnboardingStage::Contacted, "Contacted", {"Связались", "Контакт установлен"}),
            name(OnboardingStage::ModelAgreed, "Model agreed", {"Модель согласована"}),
            name(OnboardingStage::AgreementSigned, "Agreement signed", {"Договор подписан", "Соглашение подписано"})};
}

QList<EnumName<PaymentModel>> paymentModels()
{
    return {name(PaymentModel::Prepaid, "Prepaid", {"Предоплата"}),
            name(PaymentModel::Postpaid, "Postpaid", {"Постоплата"})};
}

QList<EnumName<Competence>> competences()
{
    return {name(Competence::Sale, "Sale", {"Продажи", "Sales"}),
            name(Competence::PreSale, "Pre-Sale", {"Пресейл", "Пре-сейл", "Presale"})};
}

QList<EnumName<ApplicationState>> applicationStates()
{
    return {name(ApplicationState::New, "New", {"Новая"}),
            name(ApplicationState::AwaitingReview, "Awaiting review", {"Ожидает рассмотрения", "На рассмотрении"}),
            name(ApplicationState::InProgress, "In review", {"В работе", "In progress"}),
            name(ApplicationState::Confirmation, "Confirmation", {"Подтверждение"}),
            name(ApplicationState::Registered, "Registered", {"Зарегистрирована"}),
            name(ApplicationState::Rejected, "Rejected", {"Отклонена"}),
            name(ApplicationState::Returned, "Returned to partner", {"Возвращена партнеру", "Возвращена"})};
}

QList<EnumName<DealOutcome>> outcomes()
{
    return {name(DealOutcome::InProgress, "In progress", {"В работе", "В процессе"}),
            name(DealOutcome::Won, "Won", {"Выиграна", "Успешно закрыта"}),
            name(DealOutcome::Lost, "Lost", {"Проиграна", "Провалена"})};
}

} // namespace pd::io::enumNames
