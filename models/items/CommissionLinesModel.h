#pragma once

#include "CommissionReports.h"

#include <QAbstractTableModel>
#include <QList>

namespace pd::items {

// The commission lines of one partner in one period: what priced each (customer, category, kind, the
// rule version's date, tier, basis, rate) and the amount. Clawbacks are red, top-ups green, both bold
// and flagged by CorrectionRole. RawValueRole is the value a proxy sorts on. No I/O.
class CommissionLinesModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CommissionLinesModel)

public:
    enum Column
    {
        Customer,
        Category,
        Kind,
        Rule,
        Tier,
        Basis,
        Rate,
        Amount,
        ColumnCount
    };
    Q_ENUM(Column)

    enum ItemRole
    {
        RawValueRole = Qt::UserRole + 1, // the value behind the text: sorting uses it
        LineIdRole,                      // the stored line's id (qint64), in every column
        CorrectionRole,                  // true for clawback and top-up lines, in every column
    };

    explicit CommissionLinesModel(QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    void setLines(QList<storage::StoredLine> lines);
    const storage::StoredLine &lineAt(int row) const { return m_lines.at(row); }
    int rowOfLine(qint64 lineId) const;
    qint64 totalMinor() const;

    static bool isCorrection(domain::LineKind kind);
    // "August 2026" / "Август 2026": a settlement month as a person names it (standalone month name).
    static QString monthText(const QDate &month);
    // "1 Jan 2026": a rule version's date with a four-digit year.
    static QString dateText(const QDate &date);

private:
    QVariant displayValue(const storage::StoredLine &l, int column) const;
    QVariant rawValue(const storage::StoredLine &l, int column) const;

    QList<storage::StoredLine> m_lines;
};

} // namespace pd::items
