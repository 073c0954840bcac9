#pragma once

#include "Clock.h"
#include "Result.h"

#include <QSqlDatabase>
#include <QString>

#include <memory>

namespace pd::storage {

// One connection to a PartnerDesk SQLite file. Opening checks the file (quick_check), refuses a
// database written by a newer PartnerDesk or by another program without touching it, copies a
// damaged file aside, and migrates an older schema step by step. Use it on the thread that opened it;
// a worker thread opens its own with openAnother().
class Database final
{
public:
    // PRAGMA application_id of every PartnerDesk database ("PDSK").
    static constexpr qint32 kApplicationId = 0x5044534B;
    static int currentSchemaVersion();

    enum class Mode
    {
        OpenOrCreate,
        OpenExisting
    };
    static Result<std::unique_ptr<Database>> open(const QString &path, Mode mode = Mode::OpenOrCreate);

    ~Database();
    Database(const Database &) = delete;
    Database &operator=(const Database &) = delete;

    Result<std::unique_ptr<Database>> openAnother() const;

    QSqlDatabase connection() const;
    const QString &path() const { return m_path; }
    int schemaVersion() const;

    // A full PRAGMA integrity_check plus the schema version: what `partnerdesk-cli check` reports.
    Status verify() const;

    // Where the default database of this user lives.
    static QString defaultPath();
    // On Windows: whether `path` is longer than Windows and SQLite's files beside it allow (open() refuses it
    // with a message saying so); false elsewhere.
    static bool windowsPathTooLong(const QString &path);

private:
    explicit Database(QString path, QString connectionName);

    QString m_path;
    QString m_connectionName;
};

// A transaction that rolls back unless committed. Nesting is not supported: one write, one transaction.
class Transaction final
{
public:
    explicit Transaction(const QSqlDatabase &db);
    ~Transaction();
    Transaction(const Transaction &) = delete;
    Transaction &operator=(const Transaction &) = delete;

    bool isActive() const { return m_active; }
    Status commit();

private:
    QSqlDatabase m_db;
    bool m_active = false;
};

} // namespace pd::storage
