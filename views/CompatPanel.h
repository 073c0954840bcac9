#pragma once

#include "Training.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QPushButton;
class QTableWidget;

namespace pd::views {

class TrainingService;

// A partner's software compatibility certifications: the eight steps of the chosen track with their
// dates, the outcome and the resulting certificate; start a track or move one on a step.
class CompatPanel final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CompatPanel)

public:
    explicit CompatPanel(QWidget *parent = nullptr);

    void setService(TrainingService *service) { m_service = service; }
    void setPartner(const QString &partnerId, const QList<domain::CompatCertification> &tracks, const QDate &asOf);
    void clear();

    void newTrack();
    void advance();

private:
    void showTrack();
    void edit(const domain::CompatCertification &certification);

    TrainingService *m_service = nullptr;
    QString m_partnerId;
    QList<domain::CompatCertification> m_tracks;
    QDate m_asOf;

    QComboBox *m_track = nullptr;
    QPushButton *m_new = nullptr;
    QPushButton *m_advance = nullptr;
    QLabel *m_summary = nullptr;
    QTableWidget *m_steps = nullptr;
};

} // namespace pd::views
