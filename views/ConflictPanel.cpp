#include "ConflictPanel.h"

#include "Conflicts.h"
#include "DealText.h"

#include <QFrame>
#include <QGridLayout>
#include <QLabel>
#include <QLocale>
#include <QStyle>
#include <QVBoxLayout>

namespace pd::views {
namespace {

QString emailDomainOf(const domain::Registration &r)
{
    for (const QString &email : r.customerContact.emails) {
        if (const QString d = domain::customers::emailDomain(email); !d.isEmpty())
            return d;
    }
    return {};
}

QString productsText(const domain::Registration &r, const QStringList &common)
{
    QStringList keys;
    for (const QString &p : common)
        keys << domain::customers::normalizeProduct(p);
    QStringList parts;
    for (const QString &p : r.products) {
        const bool shared = keys.contains(domain::customers::normalizeProduct(p));
        parts << (shared ? QStringLiteral("<b>%1</b>").arg(p.toHtmlEscaped()) : p.toHtmlEscaped());
    }
    return parts.join(QStringLiteral(", "));
}

} // namespace

ConflictPanel::ConflictPanel(QWidget *parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("conflictPanel"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(10);
    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("conflictSummaryLabel"));
    m_summary->setWordWrap(true);
    m_summary->setMargin(8); // QLabel's own margin: a style-sheet padding is lost on wrapped labels
    layout->addWidget(m_summary);
    m_cards = new QVBoxLayout;
    m_cards->setSpacing(12);
    layout->addLayout(m_cards);
}

void ConflictPanel::clearCards()
{
    while (QLayoutItem *item = m_cards->takeAt(0)) {
        delete item->widget();
        delete item;
    }
    m_count = 0;
}

void ConflictPanel::showError(const QString &message)
{
    clearCards();
    m_summary->setProperty("state", QStringLiteral("error"));
    m_summary->setText(message);
    m_summary->style()->unpolish(m_summary);
    m_summary->style()->polish(m_summary);
}

void ConflictPanel::setConflicts(const domain::Registration &self, const QList<storage::DealConflict> &conflicts,
                                 const QDateTime &now)
{
    clearCards();
    m_count = static_cast<int>(conflicts.size());
    m_summary->setProperty("state", conflicts.isEmpty() ? QStringLiteral("clear") : QStringLiteral("conflict"));
    m_summary->setText(
        conflicts.isEmpty()
            ? tr("No other partner claims this customer and product: nothing stands in the way of "
                 "approval.")
            : tr("%n competing registration(s) claim this customer and product.", nullptr, int(conflicts.size())));
    m_summary->style()->unpolish(m_summary);
    m_summary->style()->polish(m_summary);
    for (const storage::DealConflict &c : conflicts)
        m_cards->addWidget(buildCard(self, c, now));
}

QWidget *ConflictPanel::buildCard(const domain::Registration &self, const storage::DealConflict &c,
                                  const QDateTime &now)
{
    const bool selfFirst = c.first.id == self.id;
    const domain::Registration &other = selfFirst ? c.second : c.first;
    const domain::Registration &mine = selfFirst ? c.first : c.second;
    const auto matched = [&c](domain::MatchedField f) {
        return c.conflict.matched.contains(f);
    };

    auto *card = new QFrame(this);
    card->setObjectName(QStringLiteral("conflictCard"));
    auto *layout = new QVBoxLayout(card);
    layout->setContentsMargins(12, 10, 12, 12);
    layout->setSpacing(8);
    auto *reason = new QLabel(c.reason, card);
    reason->setObjectName(QStringLiteral("conflictReasonLabel"));
    reason->setWordWrap(true);
    reason->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(reason);

    auto *grid = new QGridLayout;
    grid->setHorizontalSpacing(2);
    grid->setVerticalSpacing(2);
    grid->setColumnStretch(1, 1);
    grid->setColumnStretch(2, 1);
    auto header = [&](int column, const QString &title, const QString &note) {
        auto *label = new QLabel(QStringLiteral("<b>%1</b><br><span style='color:#64748B'>%2</span>")
                                     .arg(title.toHtmlEscaped(), note.toHtmlEscaped()),
                                 card);
        label->setProperty("role", QStringLiteral("compareHeader"));
        grid->addWidget(label, 0, column);
    };
    header(1, tr("This registration"), selfFirst ? tr("filed first: has priority") : tr("filed later"));
    header(2, tr("Competing registration"), selfFirst ? tr("filed later") : tr("filed first: has priority"));

    int row = 1;
    auto addRow = [&](const QString &label, const QString &left, const QString &right, bool highlight,
                      bool rich = false) {
        auto *caption = new QLabel(label, card);
        caption->setProperty("role", QStringLiteral("caption"));
        grid->addWidget(caption, row, 0);
        for (int side = 0; side < 2; ++side) {
            auto *value = new QLabel(side == 0 ? left : right, card);
            value->setTextFormat(rich ? Qt::RichText : Qt::PlainText);
            value->setWordWrap(true);
            value->setTextInteractionFlags(Qt::TextSelectableByMouse);
            value->setProperty("role", QStringLiteral("compareCell"));
            value->setProperty("matched", highlight);
            if (highlight)
                value->setToolTip(tr("This field matched: it makes the two registrations one customer."));
            grid->addWidget(value, row, side + 1);
        }
        ++row;
    };
    const auto orDash = [](const QString &s) {
        return s.isEmpty() ? QStringLiteral("—") : s;
    };
    addRow(tr("Partner"), mine.partnerName, other.partnerName, false);
    addRow(tr("Customer"), mine.customerName, other.customerName, matched(domain::MatchedField::Name));
    addRow(tr("INN"), orDash(mine.customerInn), orDash(other.customerInn), matched(domain::MatchedField::Inn));
    addRow(tr("E-mail domain"), orDash(emailDomainOf(mine)), orDash(emailDomainOf(other)),
           matched(domain::MatchedField::EmailDomain));
    addRow(tr("Products"), productsText(mine, c.conflict.commonProducts),
           productsText(other, c.conflict.commonProducts), !c.conflict.commonProducts.isEmpty(), true);
    addRow(tr("Filed"), dealText::dateTime(mine.filedAt), dealText::dateTime(other.filedAt), false);
    addRow(tr("State"), dealText::stateText(mine.state, mine.outcome), dealText::stateText(other.state, other.outcome),
           false);
    const auto protection = [&now](const domain::Registration &r) {
        const QDateTime end = domain::dealRules::protectionEnd(r);
        if (!end.isValid())
            return tr("not registered");
        return domain::dealRules::protectionStatus(r, now) == domain::ProtectionStatus::Active
                   ? tr("until %1").arg(dealText::date(end))
                   : domain::displayName(domain::dealRules::protectionStatus(r, now));
    };
    addRow(tr("Protection"), protection(mine), protection(other), false);
    layout->addLayout(grid);
    return card;
}

} // namespace pd::views
