#include "TextFilterProxy.h"

#include "SearchText.h"

namespace pd::items {

TextFilterProxy::TextFilterProxy(QObject *parent) : QSortFilterProxyModel(parent)
{}

void TextFilterProxy::setSearchColumns(const QList<int> &columns)
{
    m_columns = columns;
    invalidateFilter();
}

void TextFilterProxy::setSearchText(const QString &text)
{
    const QString simplified = text.simplified();
    if (simplified == m_text)
        return;
    m_text = simplified;
    invalidateFilter();
}

bool TextFilterProxy::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    if (m_text.isEmpty())
        return true;
    QString haystack;
    for (int column : m_columns) {
        haystack += sourceModel()->index(sourceRow, column, sourceParent).data(Qt::DisplayRole).toString();
        haystack += QLatin1Char('\n');
    }
    return domain::searchtext::containsAllWords(haystack, m_text);
}

} // namespace pd::items
