#include "DealText.h"

#include <QCoreApplication>
#include <QLocale>

namespace pd::views::dealText {
namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(pd::views::DealText)
};

} // namespace

QString dateTime(const QDateTime &utc)
{
    if (!utc.isValid())
        return QStringLiteral("—");
    const QDateTime local = utc.toLocalTime();
    return QLocale().toString(local.date(), QLocale::ShortFormat) + QLatin1Char(' ')
           + local.time().toString(QStringLiteral("HH:mm"));
}

QString date(const QDateTime &utc)
{
    return utc.isValid() ? QLocale().toString(utc.toLocalTime().date(), QLocale::ShortFormat) : QStringLiteral("—");
}

QString stateText(const domain::ApplicationState state, const domain::DealOutcome outcome)
{
    if (state == domain::ApplicationState::Registered && outcome != domain::DealOutcome::InProgress)
        return Tr::tr("%1 · %2").arg(domain::displayName(state), domain::displayName(outcome));
    return domain::displayName(state);
}

QString contactText(const domain::Contact &c)
{
    QStringList parts;
    if (!c.name.isEmpty())
        parts << (c.position.isEmpty() ? c.name : Tr::tr("%1, %2").arg(c.name, c.position));
    parts += c.emails;
    parts += c.phones;
    return parts.isEmpty() ? QStringLiteral("—") : parts.join(QStringLiteral(" · "));
}

QStringList knownProducts()
{
    return {QStringLiteral("Cloud Servers"),
            QStringLiteral("Object Storage"),
            QStringLiteral("Managed Kubernetes"),
            QStringLiteral("Managed PostgreSQL"),
            QStringLiteral("Managed ClickHouse"),
            QStringLiteral("Managed Kafka"),
            QStringLiteral("GPU instances"),
            QStringLiteral("ML Platform"),
            QStringLiteral("CDN"),
            QStringLiteral("DDoS Protection"),
            QStringLiteral("Backup"),
            QStringLiteral("VDI"),
            QStringLiteral("Cloud Desktop for 1C"),
            QStringLiteral("Private Cloud")};
}

QStringList stateColumnTexts()
{
    using domain::ApplicationState;
    using domain::DealOutcome;
    QStringList texts;
    for (auto state : {ApplicationState::New, ApplicationState::AwaitingReview, ApplicationState::InProgress,
                       ApplicationState::Confirmation, ApplicationState::Registered, ApplicationState::Rejected,
                       ApplicationState::Returned})
        texts.append(domain::displayName(state));
    for (auto outcome : {DealOutcome::Won, DealOutcome::Lost})
        texts.append(domain::displayName(outcome));
    return texts;
}

} // namespace pd::views::dealText
