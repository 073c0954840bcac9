#pragma once

#include "Partner.h"
#include "PartnerRules.h"

#include <QWidget>

class QLabel;
class QPushButton;
class QTableWidget;

namespace pd::views {

// The contacts (people) of a partner: a table edited in place, with Add and Remove.
class PeopleEditor final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PeopleEditor)

public:
    explicit PeopleEditor(QWidget *parent = nullptr);

    void setPeople(const QList<domain::Person> &people);
    QList<domain::Person> people() const;
    // Marks the cells named by "people[N].field" issues and lists the messages under the table.
    void showIssues(const QList<domain::FieldIssue> &issues);
    void setReadOnly(bool readOnly);

signals:
    void changed();

private:
    void addPerson();
    void removeSelected();
    void updateButtons();

    QTableWidget *m_table = nullptr;
    QPushButton *m_add = nullptr;
    QPushButton *m_remove = nullptr;
    QLabel *m_issues = nullptr;
    QString m_partnerId;
    bool m_loading = false;
};

} // namespace pd::views
