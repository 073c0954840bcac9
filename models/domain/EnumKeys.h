#pragma once

#include <QLatin1String>
#include <QList>
#include <QString>

#include <cstddef>
#include <optional>

namespace pd::domain {

// A table of an enum's values and their stable keys (storage, files, the sync protocol).
template <typename E>
struct EnumKey
{
    E value;
    const char *key;
};

template <typename E, std::size_t N>
QString keyOf(E v, const EnumKey<E> (&table)[N])
{
    for (const auto &entry : table) {
        if (entry.value == v)
            return QLatin1String(entry.key);
    }
    return {};
}

template <typename E, std::size_t N>
std::optional<E> valueOfKey(const QString &key, const EnumKey<E> (&table)[N])
{
    for (const auto &entry : table) {
        if (key == QLatin1String(entry.key))
            return entry.value;
    }
    return std::nullopt;
}

template <typename E, std::size_t N>
QList<E> valuesOf(const EnumKey<E> (&table)[N])
{
    QList<E> values;
    for (const auto &entry : table)
        values.append(entry.value);
    return values;
}

// Every value of an enum in its table's order (specialised next to each enum's table).
template <typename E>
QList<E> allValues();

} // namespace pd::domain
