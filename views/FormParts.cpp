#include "FormParts.h"

#include <QAbstractButton>
#include <QApplication>
#include <QCalendarWidget>
#include <QDateEdit>
#include <QEvent>
#include <QPainter>
#include <QPointer>
#include <QShortcut>
#include <QStyle>
#include <QStyleOption>

namespace pd::views {
namespace {

// Turns the calendar of an empty date field to today's month each time it opens.
class CalendarToToday final : public QObject
{
public:
    CalendarToToday(QDateEdit *edit, QDate noDate) : QObject(edit), m_edit(edit), m_noDate(noDate) {}

    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::Show && m_edit->date() == m_noDate) {
            if (auto *calendar = qobject_cast<QCalendarWidget *>(watched)) {
                const QDate today = QDate::currentDate();
                calendar->setCurrentPage(today.year(), today.month());
            }
        }
        return QObject::eventFilter(watched, event);
    }

private:
    QDateEdit *m_edit;
    QDate m_noDate;
};

} // namespace

FormMessageLabel::FormMessageLabel(QWidget *parent) : QLabel(parent)
{
    setWordWrap(false);
    QSizePolicy policy(QSizePolicy::Ignored, QSizePolicy::Fixed);
    policy.setRetainSizeWhenHidden(true);
    setSizePolicy(policy);
}

void FormMessageLabel::setMessage(const QString &message)
{
    setText(message);
    setToolTip(message);
}

QSize FormMessageLabel::sizeHint() const
{
    const QMargins m = contentsMargins();
    return {fontMetrics().horizontalAdvance(text()) + m.left() + m.right(),
            fontMetrics().height() + m.top() + m.bottom()};
}

QSize FormMessageLabel::minimumSizeHint() const
{
    const QMargins m = contentsMargins();
    return {0, fontMetrics().height() + m.top() + m.bottom()};
}

void FormMessageLabel::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    QStyleOption option;
    option.initFrom(this);
    style()->drawPrimitive(QStyle::PE_Widget, &option, &painter, this);
    const QRect area = contentsRect();
    const QString shown = fontMetrics().elidedText(text(), Qt::ElideRight, area.width());
    style()->drawItemText(&painter, area, int(alignment()), palette(), isEnabled(), shown, foregroundRole());
}

QString requiredMarker()
{
    return QStringLiteral(" *");
}

QLabel *createRequiredLabel(const QString &text, QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setTextFormat(Qt::RichText);
    label->setText(text.toHtmlEscaped() + QStringLiteral("<span style=\"color:#DC2626;\">&nbsp;*</span>"));
    label->setToolTip(FormMessageLabel::tr("Required"));
    label->setProperty("required", true);
    return label;
}

void setFieldInvalid(QWidget *field, bool invalid)
{
    if (field->property("invalid").toBool() == invalid)
        return;
    field->setProperty("invalid", invalid);
    field->style()->unpolish(field);
    field->style()->polish(field);
}

void setUpOptionalDate(QDateEdit *edit, const QDate &noDate, const QString &emptyText)
{
    edit->setCalendarPopup(true);
    edit->setMinimumDate(noDate);
    edit->setSpecialValueText(emptyText);
    if (QCalendarWidget *calendar = edit->calendarWidget())
        calendar->installEventFilter(new CalendarToToday(edit, noDate));
}

QShortcut *addSaveShortcut(QWidget *scope, QAbstractButton *save, std::function<void()> blocked)
{
    auto *shortcut = new QShortcut(QKeySequence::Save, scope);
    shortcut->setContext(Qt::WidgetWithChildrenShortcut);
    QObject::connect(shortcut, &QShortcut::activated, save, [scope, save, blocked = std::move(blocked)] {
        // A cell or field still being edited hands its text over first (an item editor commits on
        // losing focus), so what is saved is what is on screen.
        QPointer<QWidget> focused = QApplication::focusWidget();
        if (focused && scope->isAncestorOf(focused)) {
            focused->clearFocus();
            if (focused && focused->isVisible())
                focused->setFocus(Qt::ShortcutFocusReason);
        }
        if (save->isEnabled() && save->isVisible())
            save->click();
        else if (blocked)
            blocked();
    });
    return shortcut;
}

} // namespace pd::views
