#include "SyncLogView.h"

#include "ListPageParts.h"
#include "SyncLogModel.h"
#include "TextFilterProxy.h"

#include <QComboBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QTableView>
#include <QVBoxLayout>

namespace pd::views {

SyncLogView::SyncLogView(QWidget *parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("syncLogView"));
    m_model = new SyncLogModel(this);
    m_proxy = new items::TextFilterProxy(this);
    m_proxy->setSourceModel(m_model);
    m_proxy->setSearchColumns({SyncLogModel::Finished, SyncLogModel::Outcome, SyncLogModel::Message});
    m_proxy->setSortRole(SyncLogModel::RawValueRole);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    auto *row = new QHBoxLayout;
    auto *title = new QLabel(tr("<b>Sync log</b> — every run on this computer, newest first."), this);
    row->addWidget(title, 1);
    m_which = new QComboBox(this);
    m_which->setObjectName(QStringLiteral("syncLogFilter"));
    m_which->addItem(tr("All runs"), false);
    m_which->addItem(tr("Problems only"), true);
    row->addWidget(m_which);
    m_search = createSearchField(this, QStringLiteral("syncLogSearch"), tr("Search the log"));
    m_search->setMinimumWidth(220);
    row->addWidget(m_search);
    layout->addLayout(row);

    m_table = new QTableView(this);
    m_table->setObjectName(QStringLiteral("syncLogTable"));
    m_table->setModel(m_proxy);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->horizontalHeader()->setSectionsMovable(false);
    layout->addWidget(m_table, 1);
    m_empty = new QLabel(m_table->viewport());
    m_empty->setObjectName(QStringLiteral("syncLogEmptyLabel"));
    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->setWordWrap(true);
    m_empty->setForegroundRole(QPalette::PlaceholderText);
    m_table->viewport()->installEventFilter(this);

    connect(m_which, &QComboBox::currentIndexChanged, this, [this] {
        m_model->setProblemsOnly(m_which->currentData().toBool());
        updateEmptyText();
    });
    connect(m_search, &QLineEdit::textChanged, this, [this](const QString &text) {
        m_proxy->setSearchText(text);
        updateEmptyText();
    });
    fitSectionsToTitles(m_table->horizontalHeader()); // an empty log shows whole titles too
    updateEmptyText();
}

void SyncLogView::setEntries(const QList<sync::client::SyncLogEntry> &entries)
{
    if (!m_model->setEntries(entries))
        return;
    m_table->resizeColumnsToContents();
    const int timeWidth = columnWidthForText(m_table, 17);
    m_table->setColumnWidth(SyncLogModel::Finished, std::max(m_table->columnWidth(SyncLogModel::Finished), timeWidth));
    m_table->setColumnWidth(SyncLogModel::Outcome, std::min(m_table->columnWidth(SyncLogModel::Outcome), 260));
    fitSectionsToTitles(m_table->horizontalHeader());
    updateEmptyText();
}

void SyncLogView::setProblemsOnly(bool problemsOnly)
{
    m_which->setCurrentIndex(problemsOnly ? 1 : 0);
}

void SyncLogView::setSearchText(const QString &text)
{
    m_search->setText(text);
}

int SyncLogView::shownCount() const
{
    return m_proxy->rowCount();
}

void SyncLogView::updateEmptyText()
{
    QString text;
    if (m_model->totalCount() == 0)
        text = tr("No sync has run yet. Each run is listed here with its result, what it sent and received, and "
                  "its error.");
    else if (m_proxy->rowCount() == 0)
        text = m_model->problemsOnly() && m_proxy->searchText().isEmpty() ? tr("No problems: every run synced fully.")
                                                                          : tr("No run matches the filter.");
    m_empty->setText(text);
    m_empty->setVisible(!text.isEmpty());
    m_empty->setGeometry(m_table->viewport()->rect().adjusted(16, 8, -16, -8));
}

bool SyncLogView::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_table->viewport() && event->type() == QEvent::Resize)
        m_empty->setGeometry(m_table->viewport()->rect().adjusted(16, 8, -16, -8));
    return QWidget::eventFilter(watched, event);
}

} // namespace pd::views
