#pragma once

#include "Deal.h"
#include "DemoRandom.h"

#include <QDateTime>
#include <QHash>
#include <QList>
#include <QSet>
#include <QString>
#include <QStringList>

namespace pd::demo {

// A partner that may register deals, with what its registrations copy: its name and INN, the contact
// that receives replies and its account manager.
struct DealPartner
{
    QString id;
    QString name;
    QString inn;
    QDateTime joinedAt; // no registration is filed before the partner joined the program
    int weight = 1;     // how many deals it files, relatively (higher tiers file more)
    domain::Contact replyContact;
    QString accountManager;
};

// Makes believable deal registrations over the two years before the demo's present: customers from a
// growing pool (Russian companies, most with a valid INN, some known only by name or e-mail domain),
// one to three products of a cloud catalogue, every application state and outcome, protection
// extensions, monthly feedback (some of it overdue) and, last, a few deliberate conflicts: another
// partner registering the same customer and product while the first registration is protected or under
// review, often under another spelling of the customer's name. Everything comes from the DemoRandom
// it is given, so the same seed and partners give the same registrations.
class DealFactory final
{
public:
    DealFactory(DemoRandom &random, QDateTime now, QList<DealPartner> partners, qint64 total);

    // How many of the `total` registrations are deliberate conflicts (made last).
    qint64 deliberateConflicts() const { return m_conflicts; }
    domain::Registration next();

private:
    struct Customer
    {
        QString core;   // "Ромашка-Трейд"
        QString form;   // "ООО", "АО", "ПАО"
        QString inn;    // empty for some
        QString domain; // corporate mail domain; empty: the contact writes from a public mail service
        QString latin;  // "romashka treid", for the English spelling of the name
    };

    const DealPartner &drawPartner();
    Customer newCustomer();
    Customer customerFor(int partnerIndex);
    QString customerName(const Customer &c, bool variant);
    domain::Contact customerContact(const Customer &c);
    QString personName();
    QString phone();
    void fillForm(domain::Registration &r, const Customer &c, const QDateTime &filedAt);
    void fillLifecycle(domain::Registration &r);
    void addRegisteredLife(domain::Registration &r);
    domain::FeedbackEntry feedback(const QDateTime &at, domain::FeedbackType type, domain::FeedbackCategory category);
    domain::Registration conflicting();
    bool isActiveAtNow(const domain::Registration &r) const;
    QDateTime timeBetween(const QDateTime &from, const QDateTime &to);

    DemoRandom &m_random;
    QDateTime m_now;
    QDateTime m_start;
    QList<DealPartner> m_partners;
    QList<qint64> m_cumulativeWeights;
    qint64 m_total = 0;
    qint64 m_conflicts = 0;
    qint64 m_made = 0;
    QList<QList<Customer>> m_partnerCustomers; // each partner's recent customers, for repeat business
    QList<domain::Registration> m_victims;     // active registrations that later filings will compete with
    QSet<QString> m_names;                     // normalised customer names in use
    QSet<QString> m_inns;
    QSet<QString> m_domains;
};

} // namespace pd::demo
