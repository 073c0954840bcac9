#include "DealCommands.h"

#include "DealService.h"

#include <QCoreApplication>

namespace pd::views {
namespace {

QString commandText(domain::ApplicationState to, const QList<storage::DealRepository::Decision> &decisions)
{
    using S = domain::ApplicationState;
    const int n = static_cast<int>(decisions.size());
    if (n == 1) {
        const QString name = decisions.first().after.customerName;
        switch (to) {
        case S::Registered:
            return QCoreApplication::translate("DealCommands", "Approve %1").arg(name);
        case S::Rejected:
            return QCoreApplication::translate("DealCommands", "Reject %1").arg(name);
        case S::Returned:
            return QCoreApplication::translate("DealCommands", "Return %1").arg(name);
        case S::InProgress:
            return QCoreApplication::translate("DealCommands", "Take %1 into review").arg(name);
        default:
            return QCoreApplication::translate("DealCommands", "Request confirmation of %1").arg(name);
        }
    }
    switch (to) {
    case S::Registered:
        return QCoreApplication::translate("DealCommands", "Approve %n registration(s)", nullptr, n);
    case S::Rejected:
        return QCoreApplication::translate("DealCommands", "Reject %n registration(s)", nullptr, n);
    case S::Returned:
        return QCoreApplication::translate("DealCommands", "Return %n registration(s)", nullptr, n);
    case S::InProgress:
        return QCoreApplication::translate("DealCommands", "Take %n registration(s) into review", nullptr, n);
    default:
        return QCoreApplication::translate("DealCommands", "Request confirmation of %n registration(s)", nullptr, n);
    }
}

} // namespace

DecisionCommand::DecisionCommand(DealService &service, QList<storage::DealRepository::Decision> decisions,
                                 domain::ApplicationState to, QString comment)
    : m_service(service), m_decisions(std::move(decisions)), m_to(to), m_comment(std::move(comment))
{
    setText(commandText(m_to, m_decisions));
}

void DecisionCommand::undo()
{
    QStringList refusals;
    QStringList back;
    for (auto it = m_decisions.rbegin(); it != m_decisions.rend(); ++it) {
        auto restored = m_service.takeBackDirect(*it);
        if (restored)
            back.append(it->after.id);
        else
            refusals.append(restored.error().text());
    }
    if (!back.isEmpty())
        emit m_service.decisionsTakenBack(back);
    if (!refusals.isEmpty()) {
        // What could not be taken back stays decided; the step cannot be redone as a whole.
        setObsolete(true);
        emit m_service.failed(
            refusals.size() == m_decisions.size()
                ? QCoreApplication::translate("DealCommands", "The decision cannot be undone.")
                : QCoreApplication::translate("DealCommands", "%1 of %2 decisions were undone; the others cannot be.")
                      .arg(back.size())
                      .arg(m_decisions.size()),
            refusals.join(QLatin1Char('\n')));
    }
}

void DecisionCommand::redo()
{
    if (std::exchange(m_firstRedo, false))
        return;
    QStringList refusals;
    for (storage::DealRepository::Decision &d : m_decisions) {
        auto again = m_service.decideDirect(d.before.id, m_to, m_comment);
        if (again)
            d = again.value();
        else
            refusals.append(QStringLiteral("%1: %2").arg(d.before.customerName, again.error().text()));
    }
    if (!refusals.isEmpty()) {
        setObsolete(true);
        emit m_service.failed(QCoreApplication::translate("DealCommands", "The decision cannot be made again."),
                              refusals.join(QLatin1Char('\n')));
    }
}

} // namespace pd::views
