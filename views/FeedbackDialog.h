#pragma once

#include "Deal.h"

#include <QDialog>

class QComboBox;
class QPlainTextEdit;
class QPushButton;

namespace pd::views {

// The partner's monthly report on a registered deal: type, category, comment, risks and competitors.
class FeedbackDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FeedbackDialog)

public:
    explicit FeedbackDialog(QWidget *parent = nullptr);

    domain::FeedbackEntry entry() const;
    // "Name — comment" per line; the dash (or a colon) separates the comment.
    static QList<domain::NamedNote> parseNotes(const QString &text);

private:
    QComboBox *m_type = nullptr;
    QComboBox *m_category = nullptr;
    QPlainTextEdit *m_comment = nullptr;
    QPlainTextEdit *m_risks = nullptr;
    QPlainTextEdit *m_competitors = nullptr;
    QPushButton *m_ok = nullptr;
};

} // namespace pd::views
