#pragma once

#include <QDateTime>

namespace pd {

// The source of "now" for the engine, so that tests can freeze time.
class Clock
{
public:
    virtual ~Clock() = default;
    virtual QDateTime nowUtc() const = 0;
    QDate todayUtc() const { return nowUtc().date(); }
};

class SystemClock final : public Clock
{
public:
    QDateTime nowUtc() const override;
    static const SystemClock &instance();
};

// A clock that stands still until told to move; used by tests and by the deterministic demo data.
class FixedClock final : public Clock
{
public:
    explicit FixedClock(QDateTime now) : m_now(std::move(now)) {}
    QDateTime nowUtc() const override { return m_now; }
    void set(const QDateTime &now) { m_now = now; }
    void advanceSecs(qint64 secs) { m_now = m_now.addSecs(secs); }

private:
    QDateTime m_now;
};

} // namespace pd
