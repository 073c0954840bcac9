#include "RegistrationView.h"

#include "DealText.h"

#include <QFormLayout>
#include <QLabel>
#include <QLocale>
#include <QVBoxLayout>

namespace pd::views {

RegistrationView::RegistrationView(QWidget *parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("registrationView"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(6);
    // One form for all sections, so that the values line up from top to bottom.
    auto *form = new QFormLayout;
    form->setContentsMargins(0, 0, 0, 0);
    form->setHorizontalSpacing(16);
    form->setVerticalSpacing(5);
    form->setLabelAlignment(Qt::AlignLeft | Qt::AlignTop);
    form->setRowWrapPolicy(QFormLayout::DontWrapRows);
    layout->addLayout(form);
    auto section = [this, form](const QString &title) {
        auto *label = new QLabel(title, this);
        label->setProperty("role", QStringLiteral("section"));
        form->addRow(label);
        return form;
    };
    QFormLayout *partner = section(tr("Partner"));
    m_partner = addRow(partner, tr("Partner"), "formPartnerLabel");
    m_reply = addRow(partner, tr("Reply to"), "formReplyLabel");
    m_accountManager = addRow(partner, tr("Account manager"), "formAccountManagerLabel");
    QFormLayout *customer = section(tr("Customer"));
    m_customer = addRow(customer, tr("Customer"), "formCustomerLabel");
    m_customerInn = addRow(customer, tr("Customer INN"), "formCustomerInnLabel");
    m_decisionMaker = addRow(customer, tr("Decision maker"), "formDecisionMakerLabel");
    m_projects = addRow(customer, tr("Project IDs"), "formProjectsLabel");
    QFormLayout *deal = section(tr("Deal"));
    m_amount = addRow(deal, tr("Amount excl. VAT"), "formAmountLabel");
    m_expected = addRow(deal, tr("Expected"), "formExpectedLabel");
    m_consumption = addRow(deal, tr("Annual consumption"), "formConsumptionLabel");
    m_products = addRow(deal, tr("Products"), "formProductsLabel");
    m_description = addRow(deal, tr("Description"), "formDescriptionLabel");
    m_filed = addRow(deal, tr("Filed"), "formFiledLabel");
    m_state = addRow(deal, tr("State"), "formStateLabel");
}

QLabel *RegistrationView::addRow(QFormLayout *form, const QString &label, const char *objectName)
{
    auto *caption = new QLabel(label, this);
    caption->setProperty("role", QStringLiteral("caption"));
    auto *value = new QLabel(this);
    value->setObjectName(QLatin1String(objectName));
    value->setWordWrap(true);
    value->setTextInteractionFlags(Qt::TextSelectableByMouse);
    // A new size policy drops the height-for-width flag that setWordWrap() set: without it the form gives a long
    // contact or description the height of one line and cuts off the rest.
    QSizePolicy policy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    policy.setHeightForWidth(true);
    value->setSizePolicy(policy);
    form->addRow(caption, value);
    return value;
}

void RegistrationView::setRegistration(const domain::Registration &r)
{
    const QLocale locale;
    const auto orDash = [](const QString &s) {
        return s.trimmed().isEmpty() ? QStringLiteral("—") : s;
    };
    m_partner->setText(r.partnerInn.isEmpty() ? r.partnerName : tr("%1 · INN %2").arg(r.partnerName, r.partnerInn));
    m_reply->setText(dealText::contactText(r.replyContact));
    m_accountManager->setText(orDash(r.partnerAccountManager));
    m_customer->setText(orDash(r.customerName));
    m_customerInn->setText(r.customerInn.isEmpty() ? tr("not given") : r.customerInn);
    m_decisionMaker->setText(dealText::contactText(r.customerContact));
    m_projects->setText(orDash(r.customerProjectIds.join(QStringLiteral(", "))));
    m_amount->setText(r.amount.toString(locale));
    m_expected->setText(r.expectedYear > 0 ? tr("Q%1 %2").arg(r.expectedQuarter).arg(r.expectedYear)
                                           : QStringLiteral("—"));
    m_consumption->setText(r.expectedAnnualConsumption.isZero() ? QStringLiteral("—")
                                                                : r.expectedAnnualConsumption.toString(locale));
    m_products->setText(orDash(r.products.join(QStringLiteral(", "))));
    m_description->setText(orDash(r.description));
    m_filed->setText(dealText::dateTime(r.filedAt));
    QString state = dealText::stateText(r.state, r.outcome);
    if (!r.stateComment.isEmpty())
        state += QStringLiteral(" — ") + r.stateComment;
    m_state->setText(state);
}

} // namespace pd::views
