#include "ImportRow.h"

#include <QRegularExpression>

namespace pd::io {

ImportRow::ImportRow(const HeaderMatch &match, const QStringList &fields, qint64 line, QList<ImportIssue> &issues)
    : m_match(match), m_fields(fields), m_line(line), m_issues(issues), m_firstIssue(issues.size())
{}

QString ImportRow::unneutralized(const QString &cell)
{
    if (cell.size() >= 2 && cell.front() == QLatin1Char('\'')) {
        switch (cell.at(1).unicode()) {
        case u'=':
        case u'+':
        case u'-':
        case u'@':
        case u'\t':
        case u'\r':
            return cell.mid(1);
        default:
            break;
        }
    }
    return cell;
}

QString ImportRow::text(const QString &key) const
{
    const int i = m_match.indexOf(key);
    if (i < 0 || i >= m_fields.size())
        return {};
    return unneutralized(m_fields.at(i).trimmed());
}

void ImportRow::issue(const QString &key, const QString &message)
{
    m_issues.append(ImportIssue{m_line, key.isEmpty() ? QString() : m_match.headerOf(key), message});
}

std::optional<QString> ImportRow::required(const QString &key)
{
    const QString t = text(key);
    if (t.isEmpty()) {
        issue(key, tr("Empty; this column is required."));
        return std::nullopt;
    }
    return t;
}

std::optional<QDate> ImportRow::date(const QString &key, bool isRequired)
{
    const QString t = text(key);
    if (t.isEmpty()) {
        if (isRequired) {
            issue(key, tr("Empty; a date is required (YYYY-MM-DD)."));
            return std::nullopt;
        }
        return QDate();
    }
    QDate d = QDate::fromString(t, Qt::ISODate);
    if (!d.isValid())
        d = QDate::fromString(t, QStringLiteral("dd.MM.yyyy"));
    if (!d.isValid() && t.size() > 10 && t.at(10) == QLatin1Char('T'))
        d = QDate::fromString(t.left(10), Qt::ISODate);
    if (!d.isValid()) {
        issue(key, tr("«%1» is not a date; write YYYY-MM-DD (2026-03-31) or DD.MM.YYYY.").arg(t));
        return std::nullopt;
    }
    return d;
}

std::optional<QDateTime> ImportRow::dateTime(const QString &key)
{
    const QString t = text(key);
    if (t.isEmpty())
        return QDateTime();
    QDateTime dt = QDateTime::fromString(t, Qt::ISODateWithMs);
    if (dt.isValid() && dt.timeSpec() == Qt::LocalTime)
        dt.setTimeSpec(Qt::UTC); // times in files are UTC unless they say otherwise
    if (!dt.isValid()) {
        if (const QDate d = QDate::fromString(t, Qt::ISODate); d.isValid())
            dt = QDateTime(d, QTime(0, 0), Qt::UTC);
    }
    if (!dt.isValid()) {
        issue(key, tr("«%1» is not a time; write 2026-03-31T12:00:00Z (UTC) or a date.").arg(t));
        return std::nullopt;
    }
    return dt.toUTC();
}

std::optional<qint64> ImportRow::integer(const QString &key, qint64 min, qint64 max)
{
    const QString t = text(key);
    bool ok = false;
    const qint64 v = t.toLongLong(&ok);
    if (!ok || v < min || v > max) {
        issue(key, t.isEmpty() ? tr("Empty; a whole number from %1 to %2 is required.").arg(min).arg(max)
                               : tr("«%1» is not a whole number from %2 to %3.").arg(t).arg(min).arg(max));
        return std::nullopt;
    }
    return v;
}

std::optional<domain::Money> ImportRow::money(const QString &key, const QString &currency)
{
    const QString t = text(key);
    if (t.isEmpty())
        return domain::Money(0, currency);
    auto m = domain::Money::parse(t, currency);
    if (!m) {
        issue(key, tr("«%1» is not an amount; write 1234.56 or 1 234,56.").arg(t));
        return std::nullopt;
    }
    return m;
}

QStringList ImportRow::list(const QString &key) const
{
    static const QRegularExpression separators(QStringLiteral("[,;\\r\\n]"));
    QStringList items;
    for (const QString &item : text(key).split(separators, Qt::SkipEmptyParts)) {
        const QString trimmed = item.trimmed();
        if (!trimmed.isEmpty())
            items.append(trimmed);
    }
    return items;
}

} // namespace pd::io
