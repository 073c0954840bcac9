#include "DemoRandom.h"

#include <QByteArray>
#include <QUuid>

namespace pd::demo {

int DemoRandom::between(int low, int high)
{
    if (high <= low)
        return low;
    return low + int(m_rng.bounded(quint32(high - low) + 1u));
}

bool DemoRandom::percent(int chance)
{
    return between(1, 100) <= chance;
}

int DemoRandom::weighted(std::initializer_list<int> weights)
{
    int total = 0;
    for (int w : weights)
        total += w;
    int roll = between(0, total - 1);
    int index = 0;
    for (int w : weights) {
        if (roll < w)
            return index;
        roll -= w;
        ++index;
    }
    return index - 1;
}

QStringList DemoRandom::sample(const QStringList &values, int count)
{
    QList<bool> chosen(values.size(), false);
    count = qBound(0, count, int(values.size()));
    for (int made = 0; made < count;) {
        const int i = between(0, int(values.size()) - 1);
        if (!chosen.at(i)) {
            chosen[i] = true;
            ++made;
        }
    }
    QStringList result;
    for (qsizetype i = 0; i < values.size(); ++i) {
        if (chosen.at(i))
            result.append(values.at(i));
    }
    return result;
}

QString DemoRandom::digits(int count)
{
    QString s;
    s.reserve(count);
    for (int i = 0; i < count; ++i)
        s.append(QChar(u'0' + between(0, 9)));
    return s;
}

QDate DemoRandom::dateBetween(const QDate &from, const QDate &to)
{
    const qint64 span = from.daysTo(to);
    if (span <= 0)
        return from;
    return from.addDays(qint64(m_rng.bounded(quint32(span) + 1u)));
}

QString DemoRandom::uuid()
{
    QByteArray bytes(16, Qt::Uninitialized);
    for (int i = 0; i < 16; i += 4) {
        const quint32 word = m_rng.generate();
        for (int b = 0; b < 4; ++b)
            bytes[i + b] = char((word >> (8 * b)) & 0xFF);
    }
    bytes[6] = char((uchar(bytes.at(6)) & 0x0F) | 0x40); // version 4
    bytes[8] = char((uchar(bytes.at(8)) & 0x3F) | 0x80); // RFC 4122 variant
    return QUuid::fromRfc4122(bytes).toString(QUuid::WithoutBraces);
}

} // namespace pd::demo
