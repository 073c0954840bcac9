#include "CommissionWhyPanel.h"

#include "CommissionLinesModel.h"
#include "TierColors.h"

#include <QGridLayout>
#include <QLabel>
#include <QLocale>
#include <QVBoxLayout>

namespace pd::views {

using namespace domain;

CommissionWhyPanel::CommissionWhyPanel(QWidget *parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("commissionWhyPanel"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(16, 10, 16, 12);
    layout->setSpacing(6);
    auto *title = new QLabel(tr("Why this amount"), this);
    title->setProperty("role", QStringLiteral("section"));
    layout->addWidget(title);
    m_amount = new QLabel(this);
    m_amount->setObjectName(QStringLiteral("whyAmountLabel"));
    m_amount->setProperty("role", QStringLiteral("heading"));
    m_amount->setWordWrap(true);
    layout->addWidget(m_amount);
    m_rows = new QWidget(this);
    auto *grid = new QGridLayout(m_rows);
    grid->setContentsMargins(0, 0, 0, 0);
    grid->setHorizontalSpacing(14);
    grid->setVerticalSpacing(6);
    grid->setColumnStretch(1, 1);
    layout->addWidget(m_rows);
    m_consumption = addRow(tr("Consumption"), "whyConsumptionLabel");
    m_rule = addRow(tr("Rule"), "whyRuleLabel");
    m_tier = addRow(tr("Tier"), "whyTierLabel");
    m_deal = addRow(tr("Deal"), "whyDealLabel");
    m_steps = addRow(tr("Arithmetic"), "whyStepsLabel");
    layout->addStretch(1);
    clear();
}

QLabel *CommissionWhyPanel::addRow(const QString &caption, const char *objectName)
{
    auto *grid = static_cast<QGridLayout *>(m_rows->layout());
    const int row = grid->rowCount();
    auto *name = new QLabel(caption, m_rows);
    name->setProperty("role", QStringLiteral("caption"));
    auto *value = new QLabel(m_rows);
    value->setObjectName(QLatin1String(objectName));
    value->setWordWrap(true);
    value->setTextInteractionFlags(Qt::TextSelectableByMouse);
    grid->addWidget(name, row, 0, Qt::AlignTop);
    grid->addWidget(value, row, 1);
    return value;
}

void CommissionWhyPanel::clear()
{
    m_amount->setText(tr("Select a line to see how it was computed."));
    m_rows->hide();
}

void CommissionWhyPanel::showError(const QString &message)
{
    m_amount->setText(message);
    m_rows->hide();
}

void CommissionWhyPanel::setExplanation(const storage::LineExplanation &e)
{
    const QLocale locale;
    const CommissionLine &line = e.line.line;
    m_amount->setText(tr("%1 · %2").arg(line.amount.toString(locale), displayName(line.kind)));

    if (line.kind == LineKind::Clawback || line.kind == LineKind::TopUp) {
        m_consumption->setText(tr("A correction of %1, which was closed: what that period is worth now, less what "
                                  "was settled for it.")
                                   .arg(items::CommissionLinesModel::monthText(line.correctsPeriod)));
    } else if (e.consumption) {
        const ConsumptionRecord &c = *e.consumption;
        QString text = tr("%1 (INN %2) · %3 · %4")
                           .arg(c.customerName, c.customerInn, displayName(c.category),
                                items::CommissionLinesModel::monthText(c.month));
        if (!c.project.isEmpty())
            text += tr(" · project %1").arg(c.project);
        text += tr(" · %1 excluding VAT").arg(c.amount.toString(locale));
        if (e.line.fxRateMicro > 0)
            text += tr(" · converted at %1 RUB per %2")
                        .arg(locale.toString(double(e.line.fxRateMicro) / 1e6, 'f', 6), c.amount.currency());
        m_consumption->setText(text);
    } else if (line.kind == LineKind::PresaleReward) {
        m_consumption->setText(tr("None: a fixed reward for a won deal with technical pre-sale."));
    } else {
        m_consumption->setText(tr("The consumption record no longer exists (it was removed after pricing)."));
    }

    if (e.rules) {
        QString text =
            tr("Program rules in force from %1").arg(items::CommissionLinesModel::dateText(e.rules->effectiveFrom));
        if (e.rules->exampleDefaults)
            text += tr(" (example defaults)");
        if (line.rateBp != 0)
            text += tr(" · rate %1").arg(commission::rateText(line.rateBp, QLocale()));
        m_rule->setText(text);
    } else {
        m_rule->setText(line.ruleEffectiveFrom.isValid()
                            ? tr("Program rules in force from %1")
                                  .arg(items::CommissionLinesModel::dateText(line.ruleEffectiveFrom))
                            : tr("No rule: a correction carries the difference only."));
    }

    if (e.line.role == Role::Agent)
        m_tier->setText(tr("None: Agents have no tier"));
    else
        m_tier->setText(line.tier == domain::Tier::None
                            ? tr("No tier")
                            : tr("%1, as evaluated on the last day of the month").arg(displayName(line.tier)));
    m_tier->setStyleSheet(QStringLiteral("color: %1;").arg(items::tierTextColor(line.tier, palette()).name()));

    if (!line.dealId.isEmpty())
        m_deal->setText(e.dealCustomer.isEmpty() ? line.dealId : tr("%1 · %2").arg(e.dealCustomer, e.dealState));
    else
        m_deal->setText(noDealText(line.kind));

    m_steps->setText(e.steps.isEmpty() ? QString() : QStringLiteral("• ") + e.steps.join(QStringLiteral("\n• ")));
    m_rows->show();
}

// What the Deal row says of a line without a deal: a base or an Agent's line never needs one, even when the
// customer has a registered deal (that deal earns its part on a line of its own).
QString CommissionWhyPanel::noDealText(domain::LineKind kind)
{
    switch (kind) {
    case domain::LineKind::BaseDiscount:
        return tr(
            "Not needed: the base discount applies to all of the partner's consumption (a registered deal earns its "
            "part on a line of its own)");
    case domain::LineKind::AgentPercentage:
        return tr("Not needed: an Agent earns its percentage on all that its clients pay");
    case domain::LineKind::Clawback:
    case domain::LineKind::TopUp:
        return tr("None: a correction carries the difference only");
    case domain::LineKind::RegistrationDiscount:
    case domain::LineKind::PresaleReward:
        break;
    }
    return tr("None: the customer has no registered deal behind this line");
}

QString CommissionWhyPanel::ruleText() const
{
    return m_rows->isHidden() ? QString() : m_rule->text();
}

QString CommissionWhyPanel::tierText() const
{
    return m_rows->isHidden() ? QString() : m_tier->text();
}

QString CommissionWhyPanel::stepsText() const
{
    return m_rows->isHidden() ? QString() : m_steps->text();
}

QString CommissionWhyPanel::dealText() const
{
    return m_rows->isHidden() ? QString() : m_deal->text();
}

} // namespace pd::views
