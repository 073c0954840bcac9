#include "CompatPanel.h"

#include "CompatStepDialog.h"
#include "ListPageParts.h"
#include "TrainingService.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace pd::views {

using namespace domain;

CompatPanel::CompatPanel(QWidget *parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("compatPanel"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(16, 12, 16, 12);
    layout->setSpacing(8);
    auto *row = new QHBoxLayout;
    row->addWidget(new QLabel(tr("Software"), this));
    m_track = new QComboBox(this);
    m_track->setObjectName(QStringLiteral("compatTrackCombo"));
    m_track->setMinimumContentsLength(30);
    row->addWidget(m_track);
    row->addStretch(1);
    m_new = new QPushButton(QIcon(QStringLiteral(":/icons/add-dark.svg")), tr("New track…"), this);
    m_new->setObjectName(QStringLiteral("compatNewButton"));
    m_advance = new QPushButton(tr("Next step…"), this);
    m_advance->setObjectName(QStringLiteral("compatAdvanceButton"));
    row->addWidget(m_new);
    row->addWidget(m_advance);
    layout->addLayout(row);
    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("compatSummaryLabel"));
    m_summary->setWordWrap(true);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_summary);
    m_steps = new QTableWidget(training::kCompatSteps, 5, this);
    m_steps->setObjectName(QStringLiteral("compatStepsTable"));
    m_steps->setHorizontalHeaderLabels({tr("Step"), tr("Started"), tr("Completed"), tr("State"), tr("Note")});
    m_steps->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_steps->setSelectionMode(QAbstractItemView::NoSelection);
    m_steps->setFocusPolicy(Qt::NoFocus);
    m_steps->setShowGrid(false);
    m_steps->setAlternatingRowColors(true);
    m_steps->verticalHeader()->hide();
    m_steps->verticalHeader()->setDefaultSectionSize(30);
    m_steps->horizontalHeader()->setHighlightSections(false);
    m_steps->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_steps->horizontalHeader()->setStretchLastSection(false);
    for (int column : {1, 2})
        m_steps->horizontalHeader()->resizeSection(column, 100);
    m_steps->horizontalHeader()->resizeSection(3, 110);
    m_steps->horizontalHeader()->resizeSection(4, 200);
    fitSectionsToTitles(m_steps->horizontalHeader());
    layout->addWidget(m_steps, 1);

    connect(m_track, &QComboBox::currentIndexChanged, this, &CompatPanel::showTrack);
    connect(m_new, &QPushButton::clicked, this, &CompatPanel::newTrack);
    connect(m_advance, &QPushButton::clicked, this, &CompatPanel::advance);
    clear();
}

void CompatPanel::clear()
{
    setPartner({}, {}, {});
}

void CompatPanel::setPartner(const QString &partnerId, const QList<CompatCertification> &tracks, const QDate &asOf)
{
    const QString keep = partnerId == m_partnerId ? m_track->currentData().toString() : QString();
    m_partnerId = partnerId;
    m_tracks = tracks;
    m_asOf = asOf;
    {
        const QSignalBlocker block(m_track);
        m_track->clear();
        for (const CompatCertification &c : tracks)
            m_track->addItem(tr("%1 %2 · %3").arg(c.productName, c.productVersion, c.service), c.id);
        m_track->setCurrentIndex(std::max(0, m_track->findData(keep)));
    }
    setEnabled(!partnerId.isEmpty());
    showTrack();
}

void CompatPanel::showTrack()
{
    const int index = m_track->currentIndex();
    const bool has = index >= 0 && index < m_tracks.size();
    m_track->setEnabled(has);
    const CompatCertification c = has ? m_tracks.at(index) : CompatCertification();
    const bool finished = c.outcome != CompatOutcome::InProgress;
    m_advance->setEnabled(has && !finished);
    const QLocale locale;
    if (!has) {
        m_summary->setText(tr("No software certification yet. A track certifies one version of the partner's "
                              "software for one service in eight steps."));
    } else if (c.outcome == CompatOutcome::Certified) {
        m_summary->setText(tr("<b>Certified.</b> Certificate %1 issued by %2 on %3, valid until %4 · %5 %6 (%7) "
                              "for %8")
                               .arg(c.certificateNumber.toHtmlEscaped(), c.issuer.toHtmlEscaped(),
                                    locale.toString(c.issuedOn, QLocale::ShortFormat),
                                    locale.toString(c.expiresOn, QLocale::ShortFormat), c.productName.toHtmlEscaped(),
                                    c.productVersion.toHtmlEscaped(), c.vendor.toHtmlEscaped(),
                                    c.service.toHtmlEscaped()));
    } else {
        m_summary->setText(tr("<b>%1.</b> %2 %3 by %4 for %5 · test project %6")
                               .arg(displayName(c.outcome), c.productName.toHtmlEscaped(),
                                    c.productVersion.toHtmlEscaped(), c.vendor.toHtmlEscaped(),
                                    c.service.toHtmlEscaped(),
                                    c.testProjectId.isEmpty() ? tr("not yet given") : c.testProjectId.toHtmlEscaped()));
    }
    for (int n = 1; n <= training::kCompatSteps; ++n) {
        const CompatStep *step = nullptr;
        for (const CompatStep &s : c.steps) {
            if (s.number == n)
                step = &s;
        }
        QString state = tr("not started");
        QColor colour(0x94, 0xA3, 0xB8);
        if (step && step->completedOn.isValid()) {
            state = tr("✓ done");
            colour = QColor(0x16, 0x65, 0x34);
        } else if (step) {
            state = finished ? displayName(c.outcome) : tr("in progress");
            colour = finished ? QColor(0xB9, 0x1C, 0x1C) : QColor(0x1D, 0x4E, 0xD8);
        }
        const QStringList texts = {
            tr("%1. %2").arg(n).arg(training::compatStepName(n)),
            step ? locale.toString(step->startedOn, QLocale::ShortFormat) : QString(),
            step && step->completedOn.isValid() ? locale.toString(step->completedOn, QLocale::ShortFormat) : QString(),
            state, step ? step->note : QString()};
        for (int column = 0; column < texts.size(); ++column) {
            auto *item = new QTableWidgetItem(texts.at(column));
            item->setToolTip(texts.at(column));
            if (column == 3)
                item->setForeground(colour);
            m_steps->setItem(n - 1, column, item);
        }
    }
}

void CompatPanel::edit(const CompatCertification &certification)
{
    CompatStepDialog dialog(certification, m_asOf.isValid() ? m_asOf : m_service->today(), this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    auto saved = m_service->saveCompat(dialog.certification());
    if (!saved)
        QMessageBox::warning(this, tr("Compatibility certification"), saved.error().text());
}

void CompatPanel::newTrack()
{
    if (!m_service || m_partnerId.isEmpty())
        return;
    CompatCertification c;
    c.partnerId = m_partnerId;
    edit(c);
}

void CompatPanel::advance()
{
    const int index = m_track->currentIndex();
    if (!m_service || index < 0 || index >= m_tracks.size())
        return;
    edit(m_tracks.at(index));
}

} // namespace pd::views
