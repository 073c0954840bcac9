#pragma once

#include "Training.h"

#include <QDialog>

class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QSpinBox;

namespace pd::views {

// Adds a course to the program's catalogue: its title, kind, format and length.
class CourseDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CourseDialog)

public:
    explicit CourseDialog(QWidget *parent = nullptr);

    domain::Course course() const;
    void accept() override;

private:
    QLineEdit *m_title = nullptr;
    QComboBox *m_kind = nullptr;
    QComboBox *m_format = nullptr;
    QSpinBox *m_hours = nullptr;
    QPlainTextEdit *m_description = nullptr;
    QLabel *m_error = nullptr;
};

} // namespace pd::views
