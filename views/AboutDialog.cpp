#include "AboutDialog.h"

#include "Version.h"

#include <QDialogButtonBox>
#include <QDir>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QIcon>
#include <QLabel>
#include <QVBoxLayout>

namespace pd::views {

AboutDialog::AboutDialog(const QString &databasePath, QWidget *parent) : QDialog(parent)
{
    setObjectName(QStringLiteral("aboutDialog"));
    setWindowTitle(tr("About %1").arg(QLatin1String(version::productName)));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(28, 24, 28, 18);
    layout->setSpacing(12);

    auto *top = new QHBoxLayout;
    auto *logo = new QLabel(this);
    logo->setPixmap(QIcon(QStringLiteral(":/icons/partnerdesk.svg")).pixmap(64, 64));
    top->addWidget(logo, 0, Qt::AlignTop);
    auto *texts = new QVBoxLayout;
    auto *name = new QLabel(QLatin1String(version::productName), this);
    name->setObjectName(QStringLiteral("pageTitle"));
    auto *ver = new QLabel(tr("Version %1").arg(QLatin1String(version::version)), this);
    ver->setObjectName(QStringLiteral("aboutVersionLabel"));
    auto *what = new QLabel(tr("The desktop workplace of partner managers: partners, deal registration, "
                               "training, tiers and commission, offline first."),
                            this);
    what->setWordWrap(true);
    texts->addWidget(name);
    texts->addWidget(ver);
    texts->addSpacing(6);
    texts->addWidget(what);
    top->addSpacing(10);
    top->addLayout(texts, 1);
    layout->addLayout(top);

    auto *facts = new QFormLayout;
    facts->setLabelAlignment(Qt::AlignRight);
    auto *db =
        new QLabel(databasePath.isEmpty() ? tr("No database is open") : QDir::toNativeSeparators(databasePath), this);
    db->setObjectName(QStringLiteral("aboutDatabaseLabel"));
    db->setTextInteractionFlags(Qt::TextSelectableByMouse);
    db->setWordWrap(true);
    facts->addRow(tr("Database:"), db);
    facts->addRow(
        tr("Qt:"),
        new QLabel(tr("%1 (built with %2)").arg(QLatin1String(qVersion()), QLatin1String(QT_VERSION_STR)), this));
    layout->addLayout(facts);
    auto *copyright = new QLabel(QString::fromUtf8(version::copyright), this);
    copyright->setObjectName(QStringLiteral("pageSubtitle"));
    layout->addWidget(copyright);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    setMinimumWidth(480);
}

} // namespace pd::views
