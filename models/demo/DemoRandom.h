#pragma once

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QRandomGenerator>
#include <QString>

#include <initializer_list>

namespace pd::demo {

// The one source of chance in demo data: a seeded QRandomGenerator (Mersenne Twister, the same
// sequence on every platform) with the helpers the factories need. Never touches the wall clock.
class DemoRandom final
{
public:
    explicit DemoRandom(quint32 seed) : m_rng(seed) {}

    // A number in [low, high], both included.
    int between(int low, int high);
    // True with the given chance in percent.
    bool percent(int chance);
    // An index into `weights`, chosen with probability proportional to its weight.
    int weighted(std::initializer_list<int> weights);
    template <typename T>
    const T &pick(const QList<T> &values)
    {
        return values.at(between(0, int(values.size()) - 1));
    }
    // `count` distinct values of `values`, in their original order.
    QStringList sample(const QStringList &values, int count);
    QString digits(int count);
    // A day in [from, to], both included.
    QDate dateBetween(const QDate &from, const QDate &to);
    // A UUID v4 (random version, RFC 4122 variant) made from this generator, without braces.
    QString uuid();

private:
    QRandomGenerator m_rng;
};

} // namespace pd::demo
