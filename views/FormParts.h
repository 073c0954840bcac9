#pragma once

#include <QDate>
#include <QLabel>
#include <QString>

#include <functional>

class QAbstractButton;
class QDateEdit;
class QShortcut;
class QWidget;

namespace pd::views {

// The pieces every editing form uses the same way, so that required fields, messages and Ctrl+S look
// and behave alike in every editor.

// A message line under a field (or beside a form's buttons). It always takes one line of height,
// shown or not, so a message appearing never moves the fields below it; a message longer than the
// line is cut with "…" and shown whole in the tooltip. text() is always the whole message.
class FormMessageLabel final : public QLabel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FormMessageLabel)

public:
    explicit FormMessageLabel(QWidget *parent = nullptr);

    void setMessage(const QString &message);
    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

protected:
    void paintEvent(QPaintEvent *event) override;
};

// A form label for a field that must be filled: the text with the same red "*" in every form.
QLabel *createRequiredLabel(const QString &text, QWidget *parent);
// The marker alone (for column headers and lists of fields): " *".
QString requiredMarker();

// Marks a field as failing validation (the style sheet draws it red).
void setFieldInvalid(QWidget *field, bool invalid);

// A date field that may be empty: its minimum date stands for "not set" and shows `emptyText`; its
// calendar opens at the current month while it is empty (not at the minimum date's month).
void setUpOptionalDate(QDateEdit *edit, const QDate &noDate, const QString &emptyText);

// Ctrl+S (the platform's Save key) anywhere inside `scope` clicks `save` when it is enabled; when it
// is not, `blocked` (if given) is called so the form can say why.
QShortcut *addSaveShortcut(QWidget *scope, QAbstractButton *save, std::function<void()> blocked = {});

} // namespace pd::views
