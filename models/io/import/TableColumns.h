#pragma once

#include "ImportTypes.h"

#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

namespace pd::io {

// One column of a table's CSV form: its key, its header in English (shown translated into the interface
// language), the Russian headers that are accepted whatever the language, and whether a row needs it.
struct ColumnSpec
{
    QString key;
    const char *english = "";
    QStringList russian;
    bool required = false;

    QString header() const; // in the interface language
};

// The CSV columns of each table: export writes them in this order, import accepts them in any order.
class TableColumns final
{
    Q_DECLARE_TR_FUNCTIONS(pd::io::TableColumns)

public:
    static const QList<ColumnSpec> &of(DataTable table);
    static QStringList headers(DataTable table);
    // A header reduced to what matching compares: case-folded, '_' and '-' as spaces, 'ё' as 'е', one space.
    static QString normalized(const QString &header);
};

// Which column of a file holds which of the table's columns, found from the file's header row.
class HeaderMatch final
{
    Q_DECLARE_TR_FUNCTIONS(pd::io::HeaderMatch)

public:
    HeaderMatch(DataTable table, const QStringList &header);

    // Empty when every required column is present and no column appears twice; else what is wrong.
    QString problem() const { return m_problem; }
    const QStringList &unknownColumns() const { return m_unknown; }
    // The file's column of `key`, -1 when the file has none.
    int indexOf(const QString &key) const { return m_index.value(key, -1); }
    // The header of `key` as written in the file (its English header when absent).
    QString headerOf(const QString &key) const;
    int columnCount() const { return int(m_header.size()); }

private:
    DataTable m_table;
    QStringList m_header;
    QHash<QString, int> m_index;
    QStringList m_unknown;
    QString m_problem;
};

} // namespace pd::io
