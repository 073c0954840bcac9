#include "DealsModel.h"

#include "DealRules.h"
#include "ThemeColor.h"

#include <QBrush>
#include <QGuiApplication>
#include <QColor>
#include <QLocale>

namespace pd::items {

using namespace pd::domain;
using storage::DealRow;
using storage::DealSort;

DealsModel::DealsModel(QObject *parent) : QAbstractTableModel(parent)
{}

void DealsModel::reset(qint64 rowCount, PageSource source, const QDateTime &now)
{
    beginResetModel();
    m_rowCount = rowCount;
    m_source = std::move(source);
    m_now = now;
    m_pages.clear();
    m_recent.clear();
    m_pagesRead = 0;
    endResetModel();
}

void DealsModel::refresh(qint64 rowCount)
{
    if (rowCount != m_rowCount) {
        beginResetModel();
        m_rowCount = rowCount;
        m_pages.clear();
        m_recent.clear();
        endResetModel();
        return;
    }
    m_pages.clear();
    m_recent.clear();
    if (m_rowCount > 0)
        emit dataChanged(index(0, 0), index(static_cast<int>(m_rowCount) - 1, ColumnCount - 1));
}

int DealsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(std::min<qint64>(m_rowCount, std::numeric_limits<int>::max()));
}

int DealsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

const QList<DealRow> *DealsModel::pageFor(int row) const
{
    const qint64 page = row / kPageSize;
    auto it = m_pages.find(page);
    if (it == m_pages.end()) {
        if (!m_source)
            return nullptr;
        auto rows = m_source(page * kPageSize, kPageSize);
        ++m_pagesRead;
        if (!rows) {
            emit readFailed(rows.error().text());
            return nullptr;
        }
        if (m_pages.size() >= kMaxCachedPages && !m_recent.isEmpty())
            m_pages.remove(m_recent.takeFirst());
        it = m_pages.insert(page, std::move(rows).value());
    } else {
        m_recent.removeOne(page);
    }
    m_recent.append(page);
    return &it.value();
}

const DealRow *DealsModel::rowAt(int row) const
{
    if (row < 0 || row >= m_rowCount)
        return nullptr;
    const QList<DealRow> *page = pageFor(row);
    const int offset = row % kPageSize;
    if (!page || offset >= page->size())
        return nullptr;
    return &page->at(offset);
}

QVariant DealsModel::display(const DealRow &r, int column) const
{
    const QLocale locale;
    switch (column) {
    case Customer:
        return r.customerName;
    case CustomerInn:
        return r.customerInn;
    case Partner:
        return r.partnerName;
    case Products:
        return r.products.join(QLatin1String(", "));
    case Amount:
        return r.amount.toString(locale);
    case State:
        if (r.state == ApplicationState::Registered && r.outcome != DealOutcome::InProgress)
            return displayName(r.outcome);
        return displayName(r.state);
    case ProtectionEnds:
        return r.protectionEndsAt.isValid()
                   ? locale.toString(r.protectionEndsAt.toLocalTime().date(), QLocale::ShortFormat)
                   : QString();
    case Expected:
        return tr("Q%1 %2").arg(r.expectedQuarter).arg(r.expectedYear);
    case Filed:
        return locale.toString(r.filedAt.toLocalTime(), QLocale::ShortFormat);
    default:
        return {};
    }
}

QVariant DealsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole && role != Qt::TextAlignmentRole && role != IdRole
        && role != StateRole && role != OutcomeRole && role != ProtectionEndsRole && role != FeedbackOverdueRole
        && role != Qt::ForegroundRole)
        return {};
    if (role == Qt::TextAlignmentRole)
        return index.column() == Amount ? QVariant(Qt::AlignRight | Qt::AlignVCenter) : QVariant();
    const DealRow *r = rowAt(index.row());
    if (!r)
        return role == Qt::DisplayRole && index.column() == Customer ? QVariant(tr("…")) : QVariant();
    const bool protectedNow =
        r->protectionEndsAt.isValid() && m_now < r->protectionEndsAt && r->outcome == DealOutcome::InProgress;
    const bool overdue = protectedNow && r->feedbackDueAt.isValid() && r->feedbackDueAt < m_now;
    switch (role) {
    case Qt::DisplayRole:
        return display(*r, index.column());
    case Qt::ToolTipRole:
        if (index.column() == ProtectionEnds && overdue)
            return tr("Monthly feedback is overdue since %1.")
                .arg(QLocale().toString(r->feedbackDueAt.toLocalTime().date(), QLocale::ShortFormat));
        if (index.column() == Products)
            return r->products.join(QLatin1Char('\n'));
        if (index.column() == Customer || index.column() == Partner)
            return display(*r, index.column()); // whole, where a narrow column elides it
        return {};
    case Qt::ForegroundRole:
        if (index.column() == ProtectionEnds && r->protectionEndsAt.isValid() && !protectedNow
            && r->outcome == DealOutcome::InProgress)
            return QBrush(QColor(0x9a, 0x9a, 0x9a)); // lapsed
        if (index.column() == ProtectionEnds && overdue)
            return QBrush(textOnBase(QColor(0xb4, 0x53, 0x09), QGuiApplication::palette()));
        return {};
    case IdRole:
        return r->id;
    case StateRole:
        return static_cast<int>(r->state);
    case OutcomeRole:
        return static_cast<int>(r->outcome);
    case ProtectionEndsRole:
        return r->protectionEndsAt;
    case FeedbackOverdueRole:
        return overdue;
    default:
        return {};
    }
}

QVariant DealsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Customer:
        return tr("Customer");
    case CustomerInn:
        return tr("Customer INN");
    case Partner:
        return tr("Partner");
    case Products:
        return tr("Products");
    case Amount:
        return tr("Amount excl. VAT");
    case State:
        return tr("State");
    case ProtectionEnds:
        return tr("Protected until");
    case Expected:
        return tr("Expected");
    case Filed:
        return tr("Filed");
    default:
        return {};
    }
}

DealSort DealsModel::sortFor(int column)
{
    switch (column) {
    case Customer:
        return DealSort::Customer;
    case Partner:
        return DealSort::Partner;
    case Amount:
        return DealSort::Amount;
    case State:
        return DealSort::State;
    case ProtectionEnds:
        return DealSort::ProtectionEnd;
    case Expected:
        return DealSort::ExpectedPeriod;
    default:
        return DealSort::FiledAt;
    }
}

bool DealsModel::isSortable(int column)
{
    return column != CustomerInn && column != Products;
}

void DealsModel::sort(int column, Qt::SortOrder order)
{
    if (column < 0 || column >= ColumnCount)
        return;
    emit sortRequested(sortFor(column), order);
}

} // namespace pd::items
