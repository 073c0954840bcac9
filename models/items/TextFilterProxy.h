#pragma once

#include <QList>
#include <QSortFilterProxyModel>

namespace pd::items {

// A sort/filter proxy whose text filter compares as every search field does (domain/SearchText): without
// regard to case, with «ё» read as «е», every word of the text found in one of the filter's columns.
class TextFilterProxy final : public QSortFilterProxyModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TextFilterProxy)

public:
    explicit TextFilterProxy(QObject *parent = nullptr);

    // The columns whose display text is searched (by default the first).
    void setSearchColumns(const QList<int> &columns);
    void setSearchText(const QString &text);
    const QString &searchText() const { return m_text; }

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    QList<int> m_columns{0};
    QString m_text;
};

} // namespace pd::items
