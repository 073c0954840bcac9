#pragma once

#include "ImportTypes.h"
#include "Money.h"
#include "TableColumns.h"

#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace pd::io {

// A name that an enumeration's value answers to in a file: its key, its English and Russian names.
template <typename E>
struct EnumName
{
    E value;
    QStringList names;
};

// One data row of an import file as its table's columns, with the parsers every importer shares. Each
// parser reports what is wrong as an issue on this row's line and column and returns nullopt.
class ImportRow final
{
    Q_DECLARE_TR_FUNCTIONS(pd::io::ImportRow)

public:
    ImportRow(const HeaderMatch &match, const QStringList &fields, qint64 line, QList<ImportIssue> &issues);

    qint64 line() const { return m_line; }
    bool has(const QString &key) const { return m_match.indexOf(key) >= 0; }
    // The cell, trimmed; a formula neutralised on export ('=…) loses its apostrophe again.
    QString text(const QString &key) const;
    void issue(const QString &key, const QString &message);
    bool hasIssues() const { return m_issues.size() > m_firstIssue; }

    // A required cell's text; an issue when it is empty.
    std::optional<QString> required(const QString &key);
    // 2026-03-31 or 31.03.2026; an empty cell is an invalid date (no issue) unless required.
    std::optional<QDate> date(const QString &key, bool isRequired);
    // 2026-03-31T12:00:00Z (or a date: midnight UTC); an empty cell is an invalid time.
    std::optional<QDateTime> dateTime(const QString &key);
    std::optional<qint64> integer(const QString &key, qint64 min, qint64 max);
    std::optional<domain::Money> money(const QString &key, const QString &currency);
    // A list cell: items separated by ',' or ';' (or line breaks), trimmed, empty items dropped.
    QStringList list(const QString &key) const;

    template <typename E>
    std::optional<E> enumeration(const QString &key, const QList<EnumName<E>> &names)
    {
        const QString t = text(key);
        if (t.isEmpty())
            return std::nullopt;
        const QString norm = TableColumns::normalized(t);
        QStringList accepted;
        for (const EnumName<E> &n : names) {
            for (const QString &name : n.names) {
                if (TableColumns::normalized(name) == norm)
                    return n.value;
            }
            accepted.append(n.names.value(1));
        }
        issue(key, tr("«%1» is not one of: %2.").arg(t, accepted.join(QStringLiteral(", "))));
        return std::nullopt;
    }

    static QString unneutralized(const QString &cell);

private:
    const HeaderMatch &m_match;
    const QStringList &m_fields;
    qint64 m_line;
    QList<ImportIssue> &m_issues;
    qsizetype m_firstIssue;
};

} // namespace pd::io
