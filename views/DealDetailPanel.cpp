#include "DealDetailPanel.h"

#include "DealRules.h"
#include "DealService.h"
#include "DealText.h"
#include "DealTimelineView.h"
#include "FeedbackDialog.h"
#include "FlowLayout.h"
#include "ReasonDialog.h"
#include "RegistrationView.h"
#include "Settings.h"

#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QScrollArea>
#include <QStyle>
#include <QTabWidget>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace pd::views {

using domain::ApplicationState;
using domain::DealOutcome;

DealDetailPanel::DealDetailPanel(QWidget *parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("dealDetailPanel"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(20, 16, 20, 16);
    layout->setSpacing(8);
    m_title = new QLabel(this);
    m_title->setObjectName(QStringLiteral("dealTitleLabel"));
    m_title->setWordWrap(true);
    m_subtitle = new QLabel(this);
    m_subtitle->setObjectName(QStringLiteral("dealSubtitleLabel"));
    m_subtitle->setWordWrap(true);
    m_banner = new QLabel(this);
    m_banner->setObjectName(QStringLiteral("dealBanner"));
    m_banner->setWordWrap(true);
    m_banner->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_banner->hide();
    m_facts = new QLabel(this);
    m_facts->setObjectName(QStringLiteral("dealFactsLabel"));
    m_facts->setTextFormat(Qt::RichText);
    m_facts->setWordWrap(true);
    layout->addWidget(m_title);
    layout->addWidget(m_subtitle);
    layout->addWidget(m_banner);
    layout->addWidget(m_facts);

    // As many buttons in a row as the panel's width holds (the hidden ones take no room).
    auto *actionRow = new QWidget(this);
    auto *actions = new FlowLayout(actionRow);
    auto button = [actionRow](const QString &text, const char *name) {
        auto *b = new QPushButton(text, actionRow);
        b->setObjectName(QLatin1String(name));
        return b;
    };
    m_feedback = button(tr("Add feedback…"), "addFeedbackButton");
    m_feedback->setProperty("primary", true);
    m_won = button(tr("Mark won"), "markWonButton");
    m_lost = button(tr("Mark lost"), "markLostButton");
    m_extend = button(tr("Request extension…"), "requestExtensionButton");
    m_approveExtension = button(tr("Approve extension"), "approveExtensionButton");
    m_denyExtension = button(tr("Deny extension"), "denyExtensionButton");
    for (QPushButton *b : {m_feedback, m_won, m_lost, m_extend, m_approveExtension, m_denyExtension})
        actions->addWidget(b);
    layout->addWidget(actionRow);
    connect(m_won, &QPushButton::clicked, this, [this] { markOutcome(DealOutcome::Won); });
    connect(m_lost, &QPushButton::clicked, this, [this] { markOutcome(DealOutcome::Lost); });
    connect(m_extend, &QPushButton::clicked, this, &DealDetailPanel::requestExtension);
    connect(m_approveExtension, &QPushButton::clicked, this, [this] { decideExtension(true); });
    connect(m_denyExtension, &QPushButton::clicked, this, [this] { decideExtension(false); });
    connect(m_feedback, &QPushButton::clicked, this, &DealDetailPanel::addFeedback);

    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(QStringLiteral("dealTabs"));
    m_tabs->setDocumentMode(true);
    m_timeline = new DealTimelineView(m_tabs);
    m_tabs->addTab(m_timeline, tr("Timeline"));
    auto *scroll = new QScrollArea(m_tabs);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    auto *formPage = new QWidget(scroll);
    formPage->setObjectName(QStringLiteral("detailsPage"));
    auto *formLayout = new QVBoxLayout(formPage);
    formLayout->setContentsMargins(0, 8, 8, 8);
    m_form = new RegistrationView(formPage);
    formLayout->addWidget(m_form);
    formLayout->addStretch(1);
    scroll->setWidget(formPage);
    m_tabs->addTab(scroll, tr("Registration form"));
    layout->addWidget(m_tabs, 1);
}

void DealDetailPanel::setService(DealService *service)
{
    m_service = service;
    m_registration = {};
}

void DealDetailPanel::showDeal(const QString &id)
{
    if (id != m_registration.id)
        m_banner->hide();
    m_registration.id = id;
    refresh();
}

void DealDetailPanel::refresh()
{
    if (!m_service || m_registration.id.isEmpty())
        return;
    auto stored = m_service->get(m_registration.id);
    if (!stored) {
        showBanner(QStringLiteral("error"), stored.error().text());
        return;
    }
    m_registration = stored.value();
    const domain::Registration &r = m_registration;
    const QDateTime now = m_service->now();
    const QLocale locale;
    m_title->setText(r.customerName);
    m_subtitle->setText(tr("%1 · %2").arg(r.partnerName, dealText::stateText(r.state, r.outcome)));

    QStringList facts;
    const auto fact = [&facts](const QString &label, const QString &value) {
        facts
            << QStringLiteral("<span style='color:#64748B'>%1</span>&nbsp;&nbsp;%2").arg(label.toHtmlEscaped(), value);
    };
    fact(tr("Amount excl. VAT"), r.amount.toString(locale).toHtmlEscaped());
    const domain::ProtectionStatus status = domain::dealRules::protectionStatus(r, now);
    const QDateTime end = domain::dealRules::protectionEnd(r);
    if (status == domain::ProtectionStatus::Active) {
        const qint64 left = now.daysTo(end);
        fact(tr("Protection"), (left <= 14 ? QStringLiteral("<b style='color:#B45309'>%1</b>")
                                           : QStringLiteral("<b style='color:#15803D'>%1</b>"))
                                   .arg(tr("until %1 (%2 days left)").arg(dealText::date(end)).arg(left)));
    } else {
        fact(tr("Protection"), domain::displayName(status).toHtmlEscaped());
    }
    if (r.state == ApplicationState::Registered) {
        fact(tr("Extensions"),
             tr("%1 of %2 used").arg(domain::dealRules::approvedExtensions(r)).arg(m_service->policy().maxExtensions));
        const QDateTime last = domain::dealRules::lastFeedbackAt(r);
        const bool overdue = r.outcome == DealOutcome::InProgress && domain::dealRules::isFeedbackOverdue(r, now);
        const QString lastText = last.isValid() ? dealText::date(last) : tr("none yet");
        fact(tr("Last feedback"), overdue ? QStringLiteral("<b style='color:#B91C1C'>%1</b>")
                                                .arg(tr("%1 — overdue").arg(lastText).toHtmlEscaped())
                                          : lastText.toHtmlEscaped());
    }
    if (!r.stateComment.isEmpty())
        fact(r.state == ApplicationState::Rejected ? tr("Reason") : tr("Comment"), r.stateComment.toHtmlEscaped());
    m_facts->setText(facts.join(QStringLiteral("<br>")));

    m_form->setRegistration(r);
    if (auto history = m_service->historyOf(r.id))
        m_timeline->setTimeline(r, history.value());
    updateActions();
}

QString DealDetailPanel::pendingExtensionId() const
{
    for (const domain::ProtectionExtension &e : m_registration.extensions) {
        if (e.decision == domain::ExtensionDecision::Pending)
            return e.id;
    }
    return {};
}

void DealDetailPanel::updateActions()
{
    const domain::Registration &r = m_registration;
    const QDateTime now = m_service ? m_service->now() : QDateTime();
    const bool open = r.state == ApplicationState::Registered && r.outcome == DealOutcome::InProgress;
    const bool protectedNow = domain::dealRules::protectionStatus(r, now) == domain::ProtectionStatus::Active;
    const bool pending = !pendingExtensionId().isEmpty();
    m_won->setEnabled(open);
    m_lost->setEnabled(open);
    m_feedback->setEnabled(open);
    const QString refusal =
        m_service ? domain::dealRules::extensionRequestRefusal(r, m_service->policy(), now) : QString();
    m_extend->setEnabled(open && refusal.isEmpty());
    m_extend->setToolTip(refusal);
    m_approveExtension->setEnabled(pending && protectedNow);
    m_denyExtension->setEnabled(pending && protectedNow);
    const bool registered = r.state == ApplicationState::Registered;
    for (QPushButton *b : {m_won, m_lost, m_feedback, m_extend, m_approveExtension, m_denyExtension})
        b->setVisible(registered);
    m_approveExtension->setVisible(registered && pending);
    m_denyExtension->setVisible(registered && pending);
}

void DealDetailPanel::showBanner(const QString &kind, const QString &text)
{
    m_banner->setProperty("kind", kind);
    m_banner->setText(text);
    m_banner->style()->unpolish(m_banner);
    m_banner->style()->polish(m_banner);
    m_banner->show();
}

void DealDetailPanel::apply(const QString &what, const std::function<bool(QString &)> &write)
{
    QString error;
    if (write(error))
        showBanner(QStringLiteral("success"), what);
    else
        showBanner(QStringLiteral("error"), error);
    refresh();
}

void DealDetailPanel::markOutcome(DealOutcome outcome)
{
    const QString id = m_registration.id;
    apply(outcome == DealOutcome::Won ? tr("The deal is marked won; its protection has ended.")
                                      : tr("The deal is marked lost; its protection has ended."),
          [this, id, outcome](QString &error) {
              auto r = m_service->setOutcome(id, outcome);
              if (!r)
                  error = r.error().text();
              return r.ok();
          });
}

void DealDetailPanel::requestExtension()
{
    const QString reason = ReasonDialog::ask(this, tr("Request a protection extension"),
                                             tr("Why does the partner need more time? A manager approves or denies "
                                                "the request; at most %1 extensions of %2 days are granted.")
                                                 .arg(m_service->policy().maxExtensions)
                                                 .arg(m_service->policy().extensionDays),
                                             tr("Request"));
    if (reason.isEmpty())
        return;
    const QString id = m_registration.id;
    apply(tr("The extension request is recorded and waits for a decision."), [this, id, reason](QString &error) {
        auto r = m_service->requestExtension(id, reason);
        if (!r)
            error = r.error().text();
        return r.ok();
    });
}

void DealDetailPanel::decideExtension(bool approve)
{
    const QString id = m_registration.id;
    const QString extension = pendingExtensionId();
    apply(approve ? tr("Extension approved: %1 more days of protection.").arg(m_service->policy().extensionDays)
                  : tr("Extension denied."),
          [this, id, extension, approve](QString &error) {
              auto r = m_service->decideExtension(id, extension, approve);
              if (!r)
                  error = r.error().text();
              return r.ok();
          });
}

void DealDetailPanel::addFeedback()
{
    FeedbackDialog dialog(this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    const QString id = m_registration.id;
    domain::FeedbackEntry entry = dialog.entry();
    entry.at = m_service->now();
    apply(tr("Feedback recorded."), [this, id, entry](QString &error) {
        auto r = m_service->addFeedback(id, entry);
        if (!r)
            error = r.error().text();
        return r.ok();
    });
}

void DealDetailPanel::saveLayout() const
{
    Settings::saveHeader(m_timeline->tree()->header(), m_timeline->tree()->objectName());
}

void DealDetailPanel::restoreLayout()
{
    Settings::restoreHeader(m_timeline->tree()->header(), m_timeline->tree()->objectName());
}

} // namespace pd::views
