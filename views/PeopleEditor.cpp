#include "PeopleEditor.h"

#include "FormParts.h"
#include "ListPageParts.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QIcon>
#include <QLabel>
#include <QPushButton>
#include <QRegularExpression>
#include <QTableWidget>
#include <QVBoxLayout>

namespace pd::views {
namespace {

enum PeopleColumn
{
    NameCol,
    PositionCol,
    EmailCol,
    PhoneCol,
    PeopleColumnCount
};

int columnOfField(const QString &field)
{
    using namespace domain::fields;
    if (field == personName)
        return NameCol;
    if (field == personPosition)
        return PositionCol;
    if (field == personEmail)
        return EmailCol;
    if (field == personPhone)
        return PhoneCol;
    return -1;
}

} // namespace

PeopleEditor::PeopleEditor(QWidget *parent) : QWidget(parent)
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 8, 0, 0);
    m_table = new QTableWidget(0, PeopleColumnCount, this);
    m_table->setObjectName(QStringLiteral("peopleTable"));
    // A contact's name is required: its column carries the same marker as the form's required fields.
    m_table->setHorizontalHeaderLabels({tr("Name") + requiredMarker(), tr("Position"), tr("E-mail"), tr("Phone")});
    m_table->horizontalHeaderItem(NameCol)->setToolTip(tr("Required"));
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->horizontalHeader()->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    m_table->verticalHeader()->hide();
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setAlternatingRowColors(true);
    m_table->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed
                             | QAbstractItemView::AnyKeyPressed);
    m_table->setColumnWidth(NameCol, 170);
    m_table->setColumnWidth(PositionCol, 130);
    m_table->setColumnWidth(EmailCol, 170);
    fitSectionsToTitles(m_table->horizontalHeader());
    layout->addWidget(m_table, 1);

    auto *buttons = new QHBoxLayout;
    m_add = new QPushButton(QIcon(QStringLiteral(":/icons/person-add.svg")), tr("Add contact"), this);
    m_add->setObjectName(QStringLiteral("addPersonButton"));
    m_remove = new QPushButton(QIcon(QStringLiteral(":/icons/person-remove.svg")), tr("Remove"), this);
    m_remove->setObjectName(QStringLiteral("removePersonButton"));
    buttons->addWidget(m_add);
    buttons->addWidget(m_remove);
    buttons->addStretch();
    layout->addLayout(buttons);

    // Under the buttons: a message appearing shortens the table, it never moves the buttons.
    m_issues = new QLabel(this);
    m_issues->setObjectName(QStringLiteral("peopleIssuesLabel"));
    m_issues->setProperty("role", QStringLiteral("error"));
    m_issues->setWordWrap(true);
    m_issues->hide();
    layout->addWidget(m_issues);

    connect(m_add, &QPushButton::clicked, this, &PeopleEditor::addPerson);
    connect(m_remove, &QPushButton::clicked, this, &PeopleEditor::removeSelected);
    connect(m_table, &QTableWidget::itemChanged, this, [this] {
        if (!m_loading)
            emit changed();
    });
    connect(m_table, &QTableWidget::itemSelectionChanged, this, &PeopleEditor::updateButtons);
    updateButtons();
}

void PeopleEditor::setPeople(const QList<domain::Person> &people)
{
    m_loading = true;
    m_table->setRowCount(0);
    m_table->setRowCount(static_cast<int>(people.size()));
    for (int row = 0; row < people.size(); ++row) {
        const domain::Person &p = people.at(row);
        auto *name = new QTableWidgetItem(p.name);
        name->setData(Qt::UserRole, p.id);
        name->setData(Qt::UserRole + 1, p.partnerId);
        m_table->setItem(row, NameCol, name);
        m_table->setItem(row, PositionCol, new QTableWidgetItem(p.position));
        m_table->setItem(row, EmailCol, new QTableWidgetItem(p.email));
        m_table->setItem(row, PhoneCol, new QTableWidgetItem(p.phone));
    }
    m_loading = false;
    showIssues({});
    updateButtons();
}

QList<domain::Person> PeopleEditor::people() const
{
    QList<domain::Person> result;
    for (int row = 0; row < m_table->rowCount(); ++row) {
        auto text = [&](int column) {
            const QTableWidgetItem *item = m_table->item(row, column);
            return item ? item->text().trimmed() : QString();
        };
        domain::Person p;
        if (const QTableWidgetItem *name = m_table->item(row, NameCol)) {
            p.id = name->data(Qt::UserRole).toString();
            p.partnerId = name->data(Qt::UserRole + 1).toString();
        }
        p.name = text(NameCol);
        p.position = text(PositionCol);
        p.email = text(EmailCol);
        p.phone = text(PhoneCol);
        result.append(p);
    }
    return result;
}

void PeopleEditor::showIssues(const QList<domain::FieldIssue> &issues)
{
    static const QRegularExpression re(QStringLiteral(R"(^people\[(\d+)\]\.(\w+)$)"));
    m_loading = true;
    for (int row = 0; row < m_table->rowCount(); ++row) {
        for (int column = 0; column < PeopleColumnCount; ++column) {
            if (QTableWidgetItem *item = m_table->item(row, column)) {
                item->setData(Qt::BackgroundRole, QVariant());
                item->setToolTip({});
            }
        }
    }
    QStringList lines;
    for (const domain::FieldIssue &issue : issues) {
        const QRegularExpressionMatch m = re.match(issue.field);
        if (!m.hasMatch())
            continue;
        const int row = m.captured(1).toInt();
        const int column = columnOfField(m.captured(2));
        if (column >= 0 && row < m_table->rowCount()) {
            QTableWidgetItem *item = m_table->item(row, column);
            if (!item) {
                item = new QTableWidgetItem;
                m_table->setItem(row, column, item);
            }
            item->setBackground(QColor(0xFD, 0xE8, 0xE8));
            item->setToolTip(issue.message);
        }
        lines.append(tr("Contact %1: %2").arg(row + 1).arg(issue.message));
    }
    m_loading = false;
    m_issues->setText(lines.join(QLatin1Char('\n')));
    m_issues->setVisible(!lines.isEmpty());
}

void PeopleEditor::setReadOnly(bool readOnly)
{
    m_table->setEditTriggers(readOnly ? QAbstractItemView::NoEditTriggers
                                      : QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed
                                            | QAbstractItemView::AnyKeyPressed);
    m_add->setEnabled(!readOnly);
    updateButtons();
}

void PeopleEditor::addPerson()
{
    const int row = m_table->rowCount();
    m_loading = true;
    m_table->insertRow(row);
    for (int column = 0; column < PeopleColumnCount; ++column)
        m_table->setItem(row, column, new QTableWidgetItem);
    m_loading = false;
    m_table->setCurrentCell(row, NameCol);
    m_table->editItem(m_table->item(row, NameCol));
    emit changed();
}

void PeopleEditor::removeSelected()
{
    QList<int> rows;
    for (const QModelIndex &index : m_table->selectionModel()->selectedRows())
        rows.append(index.row());
    std::sort(rows.begin(), rows.end(), std::greater<>());
    for (int row : rows)
        m_table->removeRow(row);
    if (!rows.isEmpty())
        emit changed();
}

void PeopleEditor::updateButtons()
{
    m_remove->setEnabled(m_add->isEnabled() && !m_table->selectionModel()->selectedRows().isEmpty());
}

} // namespace pd::views
