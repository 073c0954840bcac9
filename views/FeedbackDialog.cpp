#include "FeedbackDialog.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QVBoxLayout>

namespace pd::views {

FeedbackDialog::FeedbackDialog(QWidget *parent) : QDialog(parent)
{
    setObjectName(QStringLiteral("feedbackDialog"));
    setWindowTitle(tr("Add feedback"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(20, 18, 20, 16);
    auto *form = new QFormLayout;
    form->setVerticalSpacing(8);
    m_type = new QComboBox(this);
    m_type->setObjectName(QStringLiteral("feedbackTypeCombo"));
    for (auto t :
         {domain::FeedbackType::MonthlyStatus, domain::FeedbackType::ExtensionRequest, domain::FeedbackType::Closure})
        m_type->addItem(domain::displayName(t), static_cast<int>(t));
    m_category = new QComboBox(this);
    m_category->setObjectName(QStringLiteral("feedbackCategoryCombo"));
    for (auto c : {domain::FeedbackCategory::PilotTesting, domain::FeedbackCategory::Implementation,
                   domain::FeedbackCategory::AwaitingDecision, domain::FeedbackCategory::Sold,
                   domain::FeedbackCategory::Refused})
        m_category->addItem(domain::displayName(c), static_cast<int>(c));
    m_comment = new QPlainTextEdit(this);
    m_comment->setObjectName(QStringLiteral("feedbackCommentEdit"));
    m_comment->setTabChangesFocus(true);
    m_comment->setPlaceholderText(tr("Where the deal stands and what happens next"));
    m_risks = new QPlainTextEdit(this);
    m_risks->setObjectName(QStringLiteral("feedbackRisksEdit"));
    m_risks->setTabChangesFocus(true);
    m_risks->setPlaceholderText(tr("One per line: Budget cut — the CFO wants a cheaper option"));
    m_competitors = new QPlainTextEdit(this);
    m_competitors->setObjectName(QStringLiteral("feedbackCompetitorsEdit"));
    m_competitors->setTabChangesFocus(true);
    m_competitors->setPlaceholderText(tr("One per line: Yandex Cloud — offered a 3-month free pilot"));
    for (QPlainTextEdit *edit : {m_comment, m_risks, m_competitors})
        edit->setFixedHeight(72);
    form->addRow(tr("Type"), m_type);
    form->addRow(tr("Category"), m_category);
    form->addRow(tr("Comment"), m_comment);
    form->addRow(tr("Risks"), m_risks);
    form->addRow(tr("Competitors"), m_competitors);
    layout->addLayout(form);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_ok = buttons->addButton(tr("Add feedback"), QDialogButtonBox::AcceptRole);
    m_ok->setObjectName(QStringLiteral("feedbackOkButton"));
    m_ok->setProperty("primary", true);
    m_ok->setEnabled(false);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_comment, &QPlainTextEdit::textChanged, this,
            [this] { m_ok->setEnabled(!m_comment->toPlainText().trimmed().isEmpty()); });
    resize(520, sizeHint().height());
}

QList<domain::NamedNote> FeedbackDialog::parseNotes(const QString &text)
{
    static const QRegularExpression separator(QStringLiteral("\\s+[—–-]\\s+|:\\s*"));
    QList<domain::NamedNote> notes;
    const QStringList lines = text.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    for (const QString &line : lines) {
        const QString trimmed = line.trimmed();
        if (trimmed.isEmpty())
            continue;
        const QRegularExpressionMatch m = separator.match(trimmed);
        if (m.hasMatch() && m.capturedStart() > 0)
            notes.append({trimmed.left(m.capturedStart()).trimmed(), trimmed.mid(m.capturedEnd()).trimmed()});
        else
            notes.append({trimmed, {}});
    }
    return notes;
}

domain::FeedbackEntry FeedbackDialog::entry() const
{
    domain::FeedbackEntry e;
    e.type = static_cast<domain::FeedbackType>(m_type->currentData().toInt());
    e.category = static_cast<domain::FeedbackCategory>(m_category->currentData().toInt());
    e.comment = m_comment->toPlainText().trimmed();
    e.risks = parseNotes(m_risks->toPlainText());
    e.competitors = parseNotes(m_competitors->toPlainText());
    return e;
}

} // namespace pd::views
