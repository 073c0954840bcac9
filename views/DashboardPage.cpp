#include "DashboardPage.h"

#include "Clock.h"
#include "CommissionLinesModel.h"
#include "DashboardCard.h"
#include "DashboardLoader.h"
#include "EmptyState.h"
#include "PageHeader.h"

#include <QGridLayout>
#include <QPushButton>
#include <QStackedWidget>
#include <QThread>
#include <QTimer>
#include <QVBoxLayout>

namespace pd::views {

using items::DashboardFigures;

namespace {

// Figures older than this are read again when the page is shown: protection windows move with time.
constexpr qint64 kMaxAgeSecs = 60;

} // namespace

DashboardPage::DashboardPage(QWidget *parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("dashboardPage"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(24, 20, 24, 16);
    layout->setSpacing(14);
    m_header = new PageHeader(tr("Dashboard"), QString(), this);
    m_refreshButton = new QPushButton(tr("Refresh"), this);
    m_refreshButton->setObjectName(QStringLiteral("dashboardRefreshButton"));
    m_header->addWidget(m_refreshButton);
    layout->addWidget(m_header);

    m_stack = new QStackedWidget(this);
    m_noDatabase = new EmptyState(QStringLiteral(":/icons/database.svg"), tr("No database is open"),
                                  tr("Open a PartnerDesk database to see what needs your attention today."), m_stack);
    m_stack->addWidget(m_noDatabase);
    m_content = new QWidget(m_stack);
    auto *grid = new QGridLayout(m_content);
    grid->setContentsMargins(0, 0, 0, 0);
    grid->setSpacing(16);
    m_stack->addWidget(m_content);
    layout->addWidget(m_stack, 1);

    addCard(Card::AwaitingReview, QStringLiteral("reviewCard"), QStringLiteral(":/icons/review.svg"),
            tr("Registrations awaiting review"), tr("Open the review queue"));
    addCard(Card::ProtectionEnding, QStringLiteral("protectionCard"), QStringLiteral(":/icons/deals.svg"),
            tr("Protection ending soon"), tr("Show these deals"));
    addCard(Card::FeedbackOverdue, QStringLiteral("feedbackCard"), QStringLiteral(":/icons/timeline.svg"),
            tr("Overdue feedback"), tr("Show these deals"));
    addCard(Card::TierChanges, QStringLiteral("tierCard"), QStringLiteral(":/icons/partners.svg"),
            tr("Tier changes pending"), tr("Open tier candidates"));
    addCard(Card::CertificatesExpiring, QStringLiteral("certificatesCard"), QStringLiteral(":/icons/training.svg"),
            tr("Certificates expiring"), tr("Open expiring certificates"));
    addCard(Card::Commission, QStringLiteral("commissionCard"), QStringLiteral(":/icons/commissions.svg"),
            tr("Commission this month"), tr("Open commissions"));
    for (int i = 0; i < m_cards.size(); ++i)
        grid->addWidget(m_cards.at(i), i / 3, i % 3);
    for (int column = 0; column < 3; ++column)
        grid->setColumnStretch(column, 1);
    grid->setRowStretch(2, 1);

    m_debounce = new QTimer(this);
    m_debounce->setSingleShot(true);
    m_debounce->setInterval(400);
    connect(m_debounce, &QTimer::timeout, this, &DashboardPage::refresh);
    connect(m_refreshButton, &QPushButton::clicked, this, &DashboardPage::refresh);

    m_thread = new QThread; // not a child: it is stopped and deleted by hand after its last answer
    m_thread->setObjectName(QStringLiteral("dashboardLoader"));
    m_loader = new items::DashboardLoader;
    m_loader->moveToThread(m_thread);
    connect(m_thread, &QThread::finished, m_loader, &QObject::deleteLater);
    connect(m_loader, &items::DashboardLoader::figuresReady, this, &DashboardPage::showFigures);
    connect(m_loader, &items::DashboardLoader::failed, this, &DashboardPage::showFailure);
    m_thread->start(QThread::LowPriority);
    setDatabase({}, nullptr);
}

DashboardPage::~DashboardPage()
{
    // Waits at most for the read in progress; its answer goes nowhere.
    m_thread->quit();
    m_thread->wait();
    delete m_thread;
}

DashboardCard *DashboardPage::addCard(Card card, const QString &objectName, const QString &icon, const QString &title,
                                      const QString &link)
{
    auto *c = new DashboardCard(objectName, icon, title, link, m_content);
    connect(c, &DashboardCard::clicked, this, [this, card] { emit cardActivated(card); });
    m_cards.append(c);
    return c;
}

DashboardCard *DashboardPage::card(Card card) const
{
    return m_cards.value(static_cast<int>(card));
}

void DashboardPage::setDatabase(const QString &path, const Clock *clock)
{
    m_clock = clock;
    if (path != m_path) {
        m_path = path;
        ++m_request; // an answer about the previous file is ignored
        m_inFlight = m_pending = false;
        m_figures = {};
        m_error.clear();
        if (path.isEmpty())
            QMetaObject::invokeMethod(m_loader, &items::DashboardLoader::close, Qt::QueuedConnection);
    }
    m_refreshButton->setEnabled(!m_path.isEmpty());
    m_stack->setCurrentWidget(m_path.isEmpty() ? static_cast<QWidget *>(m_noDatabase) : m_content);
    for (DashboardCard *c : std::as_const(m_cards)) {
        c->setValue(QStringLiteral("…"));
        c->setCaption({});
    }
    updateSubtitle();
    if (!m_path.isEmpty())
        refresh();
}

void DashboardPage::refresh()
{
    m_debounce->stop();
    if (m_path.isEmpty() || !m_clock)
        return;
    if (m_inFlight) {
        m_pending = true; // one more read once this one is done
        return;
    }
    m_inFlight = true;
    m_stale = false;
    const quint64 request = ++m_request;
    const QString path = m_path;
    const QDateTime now = m_clock->nowUtc();
    items::DashboardLoader *loader = m_loader;
    QMetaObject::invokeMethod(
        m_loader, [loader, request, path, now] { loader->load(request, path, now); }, Qt::QueuedConnection);
    updateSubtitle();
}

void DashboardPage::scheduleRefresh()
{
    if (m_path.isEmpty())
        return;
    if (isVisible())
        m_debounce->start();
    else
        m_stale = true;
}

void DashboardPage::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    const bool old = m_figures.asOf.isValid() && m_clock && m_figures.asOf.secsTo(m_clock->nowUtc()) > kMaxAgeSecs;
    if (m_stale || old)
        refresh();
}

void DashboardPage::showFigures(quint64 request, const DashboardFigures &f)
{
    if (request != m_request)
        return;
    m_figures = f;
    m_error.clear();
    const QLocale locale;
    using Tone = DashboardCard::Tone;
    auto count = [&locale](qint64 n) {
        return locale.toString(n);
    };
    auto attentionIf = [](qint64 n) {
        return n > 0 ? Tone::Attention : Tone::Good;
    };

    card(Card::AwaitingReview)->setValue(count(f.awaitingReview), attentionIf(f.awaitingReview));
    card(Card::AwaitingReview)->setCaption(tr("Awaiting review, in review or waiting for confirmation"));
    card(Card::ProtectionEnding)->setValue(count(f.protectionEndingSoon), attentionIf(f.protectionEndingSoon));
    card(Card::ProtectionEnding)
        ->setCaption(
            tr("Registered deals whose protection ends within %1 days").arg(DashboardFigures::kProtectionDays));
    card(Card::FeedbackOverdue)->setValue(count(f.feedbackOverdue), attentionIf(f.feedbackOverdue));
    card(Card::FeedbackOverdue)->setCaption(tr("Protected deals with no monthly feedback for more than a month"));
    card(Card::CertificatesExpiring)->setValue(count(f.certificatesExpiring), attentionIf(f.certificatesExpiring));
    card(Card::CertificatesExpiring)
        ->setCaption(tr("Sale and Pre-Sale certificates expiring within %1 days; a lapse can cost a tier")
                         .arg(DashboardFigures::kCertificateDays));
    if (f.tiersReady) {
        card(Card::TierChanges)->setValue(count(f.tierChangesPending()), attentionIf(f.tierChangesPending()));
        card(Card::TierChanges)
            ->setCaption(tr("%1 upgrades · %2 downgrades · %3 kept in the grace period")
                             .arg(count(f.upgrades), count(f.downgrades), count(f.inGrace)));
    } else {
        card(Card::TierChanges)->setValue(QStringLiteral("…"));
        card(Card::TierChanges)->setCaption(tr("Evaluating every partner's tier…"));
    }
    const QDate thisMonth(f.asOf.date().year(), f.asOf.date().month(), 1);
    card(Card::Commission)
        ->setTitle(!f.commissionThisMonth || f.commissionMonth == thisMonth
                       ? tr("Commission this month")
                       : tr("Commission, %1").arg(items::CommissionLinesModel::monthText(f.commissionMonth)));
    if (!f.commissionReady) {
        card(Card::Commission)->setValue(QStringLiteral("…"));
        card(Card::Commission)->setCaption(tr("Adding up this month's commission…"));
    } else if (!f.commissionThisMonth) {
        card(Card::Commission)->setValue(QStringLiteral("—"));
        card(Card::Commission)->setCaption(tr("No commission has been computed for this month yet"));
    } else {
        const domain::Money &now = *f.commissionThisMonth;
        card(Card::Commission)->setValue(now.toString(locale));
        if (f.commissionLastMonth && f.commissionLastMonth->currency() == now.currency()) {
            const qint64 before = f.commissionLastMonth->minorUnits();
            QString change;
            if (before != 0) {
                const double percent = 100.0 * double(now.minorUnits() - before) / double(std::abs(before));
                change = tr(" (%1%2 %)")
                             .arg(percent >= 0 ? QStringLiteral("+") : QString(),
                                  locale.toString(percent, 'f', std::abs(percent) < 10 ? 1 : 0));
            }
            card(Card::Commission)
                ->setCaption(tr("%1: %2%3")
                                 .arg(items::CommissionLinesModel::monthText(f.commissionPreviousMonth),
                                      f.commissionLastMonth->toString(locale), change));
        } else {
            card(Card::Commission)
                ->setCaption(tr("Nothing computed for %1")
                                 .arg(items::CommissionLinesModel::monthText(f.commissionPreviousMonth)));
        }
    }
    if (f.tiersReady && f.commissionReady)
        finishRequest();
    updateSubtitle();
    emit figuresChanged();
}

void DashboardPage::showFailure(quint64 request, const QString &message)
{
    if (request != m_request)
        return;
    m_error = message;
    finishRequest();
    updateSubtitle();
    emit figuresChanged();
}

void DashboardPage::finishRequest()
{
    m_inFlight = false;
    if (m_pending) {
        m_pending = false;
        QTimer::singleShot(0, this, &DashboardPage::refresh);
    }
}

void DashboardPage::updateSubtitle()
{
    if (m_path.isEmpty()) {
        m_header->setSubtitle(tr("No database is open"));
        return;
    }
    if (!m_error.isEmpty()) {
        m_header->setSubtitle(tr("The figures could not be read: %1").arg(m_error));
        return;
    }
    if (!m_figures.asOf.isValid()) {
        m_header->setSubtitle(tr("Reading the figures…"));
        return;
    }
    const QString when = QLocale().toString(m_figures.asOf.toLocalTime(), QLocale::ShortFormat);
    m_header->setSubtitle(m_inFlight ? tr("What needs your attention today · as of %1 · updating…").arg(when)
                                     : tr("What needs your attention today · as of %1").arg(when));
}

} // namespace pd::views
