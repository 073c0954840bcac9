#pragma once

#include <QDateTime>
#include <QString>

#include <functional>
#include <optional>

#include "ServerConfig.h"
#include "ServerStore.h"

namespace pd::server {

// Slows password guessing down and then locks it, per user name and per client address, and logs every
// failed sign-in (never the password). The counters live in the store, so every server sharing a database
// agrees and `partnerdesk-server user unlock` can lift a lock. An attempt is counted when it is admitted,
// before its password is checked: parallel guesses cannot all slip in before the first of them fails.
// A success clears the user's and the address's counts.
class SignInThrottle final
{
public:
    // Why an attempt is refused before its password is checked.
    struct Refusal
    {
        bool locked = false; // a lock; otherwise the growing delay
        int retryAfterSeconds = 0;
    };

    // `log` takes each line, its time first (stderr by default).
    SignInThrottle(ServerStore &store, const SignInLimits &limits, std::function<QDateTime()> clock = {},
                   std::function<void(const QString &)> log = {});

    // Before the password is checked: a refusal (logged) when the user or the address must wait or is
    // locked; otherwise the attempt is counted as failed until succeeded() clears it.
    Result<std::optional<Refusal>> admit(const QString &user, const QString &address);
    // An admitted attempt failed; `reason` is for the log ("wrong password", "unknown user" ...). Locks the
    // user or the address when its count reaches the limit.
    Status failed(const QString &user, const QString &address, const QString &reason);
    Status succeeded(const QString &user, const QString &address);

    // The administrator's way out: the lock is lifted and the failures forgotten; false when there were none.
    Result<bool> unlockUser(const QString &user);
    Result<bool> unlockAddress(const QString &address);
    // Counters left alone for a day count as zero; this removes them from the store.
    Status forgetIdle();

    // The delay before the attempt after `failures` consecutive failures: none below `delayAfter`, then 1, 2,
    // 4 ... seconds up to `maxSeconds`.
    static int delaySeconds(int failures, int delayAfter, int maxSeconds);

private:
    struct Counter
    {
        SignInKind kind;
        QString key;
        int delayAfter = 0;
        int lockAfter = 0;
    };
    std::optional<Counter> counter(SignInKind kind, const QString &name) const;
    Result<SignInFailures> current(const Counter &c, const QDateTime &now);
    Status lockIfDue(const Counter &c, const QDateTime &now);
    void log(const QString &line) const;

    ServerStore &m_store;
    SignInLimits m_limits;
    std::function<QDateTime()> m_clock;
    std::function<void(const QString &)> m_log;
};

} // namespace pd::server
