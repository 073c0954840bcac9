#include "SignInThrottle.h"

#include <QHostAddress>

#include <cstdio>

namespace pd::server {
namespace {

// A counter's key is at most this long: a guesser sending megabyte-long user names stores no more than this.
constexpr qsizetype kMaxKeyLength = 200;
// How much of a user name a log line shows.
constexpr qsizetype kMaxLoggedLength = 64;
// Failures older than this, with no lock running, no longer count.
constexpr qint64 kIdleSeconds = 24 * 3600;

// The text with control characters escaped and its length bounded, so that a user name cannot forge or
// flood log lines.
QString printable(const QString &text)
{
    QString out;
    const QString shown = text.left(kMaxLoggedLength);
    for (const QChar c : shown) {
        if (c == QLatin1Char('"') || c == QLatin1Char('\\'))
            out += QLatin1Char('\\') + c;
        else if (c.unicode() < 0x20 || c.unicode() == 0x7f || c.category() == QChar::Separator_Line
                 || c.category() == QChar::Separator_Paragraph)
            out += QStringLiteral("\\u%1").arg(c.unicode(), 4, 16, QLatin1Char('0'));
        else
            out += c;
    }
    return shown.size() < text.size() ? out + QStringLiteral("...") : out;
}

QString quoted(const QString &user)
{
    return QLatin1Char('"') + printable(user) + QLatin1Char('"');
}

// An IPv4 address, also when it came as IPv4-mapped IPv6; an IPv6 address counts with its /64 network,
// the least a single subscriber is usually given.
QString addressKey(const QString &address)
{
    const QHostAddress a(address);
    if (a.isNull())
        return address.left(kMaxKeyLength);
    bool v4 = false;
    const quint32 ipv4 = a.toIPv4Address(&v4);
    if (v4)
        return QHostAddress(ipv4).toString();
    Q_IPV6ADDR bytes = a.toIPv6Address();
    for (int i = 8; i < 16; ++i)
        bytes[i] = 0;
    return QHostAddress(bytes).toString() + QStringLiteral("/64");
}

int secondsUntil(const QDateTime &now, const QDateTime &until)
{
    return int(std::max<qint64>(1, (now.msecsTo(until) + 999) / 1000));
}

bool lockRuns(const SignInFailures &f, const QDateTime &now)
{
    return f.lockedUntil.isValid() && now < f.lockedUntil;
}

QString whose(SignInKind kind)
{
    return kind == SignInKind::User ? QStringLiteral("the user") : QStringLiteral("the address");
}

} // namespace

SignInThrottle::SignInThrottle(ServerStore &store, const SignInLimits &limits, std::function<QDateTime()> clock,
                               std::function<void(const QString &)> log)
    : m_store(store), m_limits(limits),
      m_clock(clock ? std::move(clock) : [] { return QDateTime::currentDateTimeUtc(); }),
      m_log(log ? std::move(log) : [](const QString &line) {
          std::fputs(qPrintable(line + QLatin1Char('\n')), stderr);
          std::fflush(stderr);
      })
{}

int SignInThrottle::delaySeconds(int failures, int delayAfter, int maxSeconds)
{
    if (delayAfter <= 0 || failures < delayAfter)
        return 0;
    const int doublings = failures - delayAfter;
    return doublings >= 30 ? maxSeconds : std::min(1 << doublings, maxSeconds);
}

std::optional<SignInThrottle::Counter> SignInThrottle::counter(SignInKind kind, const QString &name) const
{
    if (kind == SignInKind::User) {
        if (m_limits.userDelayAfter <= 0 && m_limits.userLockAfter <= 0)
            return std::nullopt;
        return Counter{kind, name.left(kMaxKeyLength), m_limits.userDelayAfter, m_limits.userLockAfter};
    }
    if (name.isEmpty() || (m_limits.addressDelayAfter <= 0 && m_limits.addressLockAfter <= 0))
        return std::nullopt;
    return Counter{kind, addressKey(name), m_limits.addressDelayAfter, m_limits.addressLockAfter};
}

Result<SignInFailures> SignInThrottle::current(const Counter &c, const QDateTime &now)
{
    auto f = m_store.signInFailures(c.kind, c.key);
    if (!f)
        return f.error();
    if (f.value().failures > 0 && !lockRuns(f.value(), now) && f.value().lastFailure.secsTo(now) > kIdleSeconds) {
        if (auto cleared = m_store.clearSignInFailures(c.kind, c.key); !cleared)
            return cleared.error();
        return SignInFailures{};
    }
    return f;
}

Result<std::optional<SignInThrottle::Refusal>> SignInThrottle::admit(const QString &user, const QString &address)
{
    const QDateTime now = m_clock();
    const std::optional<Counter> counters[] = {counter(SignInKind::User, user), counter(SignInKind::Address, address)};
    std::optional<Refusal> refusal;
    SignInKind refusedBy = SignInKind::User;
    for (const std::optional<Counter> &c : counters) {
        if (!c)
            continue;
        auto f = current(*c, now);
        if (!f)
            return f.error();
        Refusal r;
        if (lockRuns(f.value(), now)) {
            r.locked = true;
            r.retryAfterSeconds = secondsUntil(now, f.value().lockedUntil);
        } else {
            const int delay = delaySeconds(f.value().failures, c->delayAfter, m_limits.maxDelaySeconds);
            const QDateTime until = f.value().lastFailure.addSecs(delay);
            if (delay <= 0 || now >= until)
                continue;
            r.retryAfterSeconds = secondsUntil(now, until);
        }
        if (!refusal || (r.locked && !refusal->locked) || r.retryAfterSeconds > refusal->retryAfterSeconds) {
            refusal = r;
            refusedBy = c->kind;
        }
    }
    if (refusal) {
        log(QStringLiteral("sign-in refused: user %1 from %2: %3 (%4), retry in %5 s")
                .arg(quoted(user), printable(address),
                     refusal->locked ? QStringLiteral("locked") : QStringLiteral("throttled"), whose(refusedBy))
                .arg(refusal->retryAfterSeconds));
        return refusal;
    }
    for (const std::optional<Counter> &c : counters) {
        if (!c)
            continue;
        if (auto added = m_store.addSignInFailure(c->kind, c->key, now); !added)
            return added.error();
    }
    return std::optional<Refusal>();
}

Status SignInThrottle::failed(const QString &user, const QString &address, const QString &reason)
{
    const QDateTime now = m_clock();
    log(QStringLiteral("sign-in failed: user %1 from %2: %3").arg(quoted(user), printable(address), reason));
    for (const std::optional<Counter> &c : {counter(SignInKind::User, user), counter(SignInKind::Address, address)}) {
        if (!c)
            continue;
        if (Status st = lockIfDue(*c, now); !st)
            return st;
    }
    return {};
}

Status SignInThrottle::lockIfDue(const Counter &c, const QDateTime &now)
{
    if (c.lockAfter <= 0)
        return {};
    auto f = m_store.signInFailures(c.kind, c.key);
    if (!f)
        return f.error();
    if (f.value().failures < c.lockAfter || lockRuns(f.value(), now))
        return {};
    const QDateTime until = now.addSecs(m_limits.lockSeconds);
    if (Status st = m_store.lockSignIn(c.kind, c.key, until); !st)
        return st;
    log(QStringLiteral("sign-in lock: %1 %2 locked until %3 after %4 failed sign-ins in a row")
            .arg(c.kind == SignInKind::User ? QStringLiteral("user") : QStringLiteral("address"),
                 c.kind == SignInKind::User ? quoted(c.key) : printable(c.key), until.toUTC().toString(Qt::ISODate))
            .arg(f.value().failures));
    return {};
}

Status SignInThrottle::succeeded(const QString &user, const QString &address)
{
    for (const std::optional<Counter> &c : {counter(SignInKind::User, user), counter(SignInKind::Address, address)}) {
        if (!c)
            continue;
        if (auto cleared = m_store.clearSignInFailures(c->kind, c->key); !cleared)
            return cleared.error();
    }
    return {};
}

Result<bool> SignInThrottle::unlockUser(const QString &user)
{
    return m_store.clearSignInFailures(SignInKind::User, user.left(kMaxKeyLength));
}

Result<bool> SignInThrottle::unlockAddress(const QString &address)
{
    return m_store.clearSignInFailures(SignInKind::Address, addressKey(address));
}

Status SignInThrottle::forgetIdle()
{
    return m_store.forgetSignInFailures(m_clock().addSecs(-kIdleSeconds));
}

void SignInThrottle::log(const QString &line) const
{
    m_log(m_clock().toUTC().toString(Qt::ISODateWithMs) + QLatin1Char(' ') + line);
}

} // namespace pd::server
