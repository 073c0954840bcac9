#pragma once

#include <QList>
#include <QString>
#include <QStringList>

// One Qt Linguist .ts file as the translation check sees it: its live messages (not vanished or
// obsolete) with their translations.
class TsFile final
{
public:
    struct Message
    {
        QString context;
        QString source;
        QString comment;
        bool numerus = false;
        bool unfinished = false;
        QString translation; // the singular translation
        QStringList forms;   // the plural forms of a numerus message
        QString key() const { return context + QLatin1Char('\x1f') + source + QLatin1Char('\x1f') + comment; }
        QString describe() const;
    };

    // Reads `path`; error() says what went wrong when it returns false.
    bool read(const QString &path);
    const QString &error() const { return m_error; }
    const QString &language() const { return m_language; }
    const QList<Message> &messages() const { return m_messages; }

private:
    QString m_error;
    QString m_language;
    QList<Message> m_messages;
};
