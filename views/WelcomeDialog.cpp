#include "WelcomeDialog.h"

#include "DemoJob.h"
#include "Version.h"

#include <QCommandLinkButton>
#include <QDialogButtonBox>
#include <QDir>
#include <QHBoxLayout>
#include <QIcon>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QVBoxLayout>

namespace pd::views {

WelcomeDialog::WelcomeDialog(const QString &defaultPath, QWidget *parent) : QDialog(parent)
{
    setObjectName(QStringLiteral("welcomeDialog"));
    setWindowTitle(tr("Welcome to %1").arg(QLatin1String(version::productName)));
    setMinimumWidth(560);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(28, 24, 28, 20);
    layout->setSpacing(10);

    auto *top = new QHBoxLayout;
    auto *logo = new QLabel(this);
    logo->setPixmap(QIcon(QStringLiteral(":/icons/partnerdesk.svg")).pixmap(56, 56));
    top->addWidget(logo, 0, Qt::AlignTop);
    auto *texts = new QVBoxLayout;
    auto *title = new QLabel(tr("Welcome to %1").arg(QLatin1String(version::productName)), this);
    title->setObjectName(QStringLiteral("pageTitle"));
    auto *intro = new QLabel(tr("Your partners, their deals, training and commission live in one database file "
                                "on this computer. How would you like to start?"),
                             this);
    intro->setWordWrap(true);
    texts->addWidget(title);
    texts->addWidget(intro);
    top->addSpacing(8);
    top->addLayout(texts, 1);
    layout->addLayout(top);

    m_notice = new QLabel(this);
    m_notice->setObjectName(QStringLiteral("partnerErrorBanner"));
    m_notice->setWordWrap(true);
    m_notice->hide();
    layout->addWidget(m_notice);
    layout->addSpacing(6);

    const QString where = QDir::toNativeSeparators(defaultPath);
    auto *empty = new QCommandLinkButton(tr("Start with an empty database"),
                                         tr("Create a new database at %1 and add partners yourself.").arg(where), this);
    empty->setObjectName(QStringLiteral("welcomeEmptyButton"));
    empty->setIcon(QIcon(QStringLiteral(":/icons/database-new.svg")));
    const demo::Options demoSet = DemoJob::firstLookOptions();
    auto *demo =
        new QCommandLinkButton(tr("Explore with demo data"),
                               tr("Create the database with %1 fictitious partner companies, their people "
                                  "and training, %2 deal registrations in every state (some awaiting your "
                                  "review) and two years of consumption and commission, to try "
                                  "PartnerDesk out.")
                                   .arg(QLocale().toString(demoSet.partners), QLocale().toString(demoSet.deals)),
                               this);
    demo->setObjectName(QStringLiteral("welcomeDemoButton"));
    demo->setIcon(QIcon(QStringLiteral(":/icons/sparkle.svg")));
    auto *open = new QCommandLinkButton(tr("Open an existing database…"),
                                        tr("Choose a PartnerDesk database file, for example one copied from "
                                           "another computer."),
                                        this);
    open->setObjectName(QStringLiteral("welcomeOpenButton"));
    open->setIcon(QIcon(QStringLiteral(":/icons/open.svg")));
    for (QCommandLinkButton *b : {empty, demo, open}) {
        b->setIconSize(QSize(28, 28));
        layout->addWidget(b);
    }
    connect(empty, &QCommandLinkButton::clicked, this, [this] { choose(Choice::EmptyDatabase); });
    connect(demo, &QCommandLinkButton::clicked, this, [this] { choose(Choice::DemoData); });
    connect(open, &QCommandLinkButton::clicked, this, [this] { choose(Choice::OpenExisting); });

    auto *buttons = new QDialogButtonBox(this);
    buttons->addButton(tr("Not now"), QDialogButtonBox::RejectRole);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addSpacing(6);
    layout->addWidget(buttons);
}

void WelcomeDialog::setNotice(const QString &notice)
{
    m_notice->setText(notice);
    m_notice->setVisible(!notice.isEmpty());
}

void WelcomeDialog::choose(Choice choice)
{
    m_choice = choice;
    accept();
}

} // namespace pd::views
