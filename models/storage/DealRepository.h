#pragma once

#include "ChangeRecorder.h"
#include "Clock.h"
#include "Conflicts.h"
#include "Deal.h"
#include "DealRows.h"
#include "DealRules.h"
#include "Result.h"

#include <QJsonObject>
#include <QList>
#include <QSqlDatabase>
#include <QString>

namespace pd::storage {

// Reads and writes deal registrations, their extensions and feedback. Every write is one
// transaction with its audit entries and outbox mutations; a write that breaks a rule of the program
// (an illegal transition, an approval against a registered competitor) changes nothing and says why.
class DealRepository final
{
public:
    DealRepository(QSqlDatabase db, const Clock &clock, QString actor,
                   domain::ProtectionPolicy policy = domain::ProtectionPolicy{});

    const domain::ProtectionPolicy &policy() const { return m_policy; }

    Result<domain::Registration> get(const QString &id) const;
    Result<qint64> count() const;

    // Files a registration: an empty id is generated, filedAt defaults to now, the partner's name and
    // INN are taken from the partner. Returns the stored record.
    Result<domain::Registration> create(domain::Registration registration);
    // Edits the form's fields (not the state) of a registration under review or returned.
    Result<domain::Registration> updateForm(const domain::Registration &registration);
    // Moves the registration to `to`; approving (to Registered) is checked against competitors.
    Result<domain::Registration> transition(const QString &id, domain::ApplicationState to,
                                            const QString &comment = {});
    // A state change as undo needs it: the record before and after, and the queued sync change that carries it.
    struct Decision
    {
        domain::Registration before;
        domain::Registration after;
        QString mutationId;
    };
    // transition(), and which queued change carries it, so that it can be taken back while it is unsent.
    Result<Decision> decide(const QString &id, domain::ApplicationState to, const QString &comment = {});
    // Takes a decision back while the server has not seen it: the record gets its earlier state, comment
    // and protection back, the queued change is withdrawn (never sent) and the audit log records the undo.
    // Refused, with the reason, when the change has been sent or the record has changed since.
    Result<domain::Registration> takeBack(const Decision &decision);
    Result<domain::Registration> setOutcome(const QString &id, domain::DealOutcome outcome);
    Result<domain::Registration> requestExtension(const QString &id, const QString &reason);
    Result<domain::Registration> decideExtension(const QString &id, const QString &extensionId, bool approve);
    Result<domain::Registration> addFeedback(const QString &id, domain::FeedbackEntry entry);

    // Registrations of other partners that could claim the same customer (by INN, name or domain).
    Result<QList<domain::Registration>> competitorsOf(const domain::Registration &r) const;
    // The conflicts of one registration at now.
    Result<QList<DealConflict>> conflictsOf(const domain::Registration &r, const QLocale &locale) const;
    // Every current conflict in the store, each pair once, ordered by customer.
    Result<QList<DealConflict>> allConflicts(const QLocale &locale) const;

    // Recomputes the stored competing pairs of every deal (after a bulk load that bypassed write()),
    // in a transaction of its own or inside the caller's (so a bulk load commits rows and pairs together).
    enum class TransactionScope
    {
        Own,
        Callers
    };
    Status rebuildConflicts(TransactionScope scope = TransactionScope::Own);

    // Replaces the stored competing pairs of one registration with its conflicts at now, inside the
    // caller's transaction (after its row was written other than by write(): sync).
    Status storeConflicts(const domain::Registration &r);

    static QString validateForm(const domain::Registration &r);

private:
    // `withdrawMutation`: instead of queueing a change, withdraw that unsent one (taking back a decision).
    Result<domain::Registration> write(const domain::Registration &before, const domain::Registration &after,
                                       ChangeAction action, const QString &withdrawMutation = {});

    QSqlDatabase m_db;
    const Clock &m_clock;
    QString m_actor;
    domain::ProtectionPolicy m_policy;
};

} // namespace pd::storage
