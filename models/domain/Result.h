#pragma once

#include <QString>

#include <optional>
#include <utility>
#include <variant>

namespace pd {

// An error a person can read: what failed and, where it helps, what to do about it.
struct Error
{
    QString message; // what failed, in a sentence a person can read
    QString detail;  // where, or what to do about it
    QString field;   // the field at fault, for validation errors; empty otherwise

    QString text() const { return detail.isEmpty() ? message : message + QLatin1Char('\n') + detail; }
};

// The value of an operation at an edge (storage, files, network), or the error that stopped it.
template <typename T>
class [[nodiscard]] Result
{
public:
    Result(T value) : m_data(std::move(value)) {}
    Result(Error error) : m_data(std::move(error)) {}

    bool ok() const { return std::holds_alternative<T>(m_data); }
    explicit operator bool() const { return ok(); }
    const T &value() const & { return std::get<T>(m_data); }
    T &value() & { return std::get<T>(m_data); }
    // A temporary's value is moved out, never referred to: `for (x : load().value())` stays valid after
    // the Result it came from is gone.
    T value() && { return std::get<T>(std::move(m_data)); }
    const Error &error() const { return std::get<Error>(m_data); }

private:
    std::variant<T, Error> m_data;
};

// Result of an operation that gives nothing back but may fail.
class [[nodiscard]] Status
{
public:
    Status() = default;
    Status(Error error) : m_error(std::move(error)) {}

    bool ok() const { return !m_error.has_value(); }
    explicit operator bool() const { return ok(); }
    const Error &error() const { return *m_error; }

private:
    std::optional<Error> m_error;
};

} // namespace pd
