#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QString>

#include <optional>
#include <variant>

namespace pd::sync {

// Limits the server enforces and the client respects.
inline constexpr int kMaxMutationsPerPush = 500;
inline constexpr int kDefaultPageSize = 500;
inline constexpr int kMaxPageSize = 5000; // about 2.5 MB of JSON: a page per transaction of the client
inline constexpr int kMaxIdLength = 128;

// One change a client asks the server to make (docs/architecture.md, "Sync protocol v1").
struct Mutation
{
    QString mutationId;
    QString entity;
    QString id;
    QString op; // "upsert" or "delete"
    qint64 baseVersion = 0;
    QJsonObject fields;

    bool isDelete() const { return op == QLatin1String("delete"); }
    QJsonObject toJson() const;
    // A stable digest of the payload: a retried mutation id must carry the same one.
    QByteArray payloadDigest() const;
};

struct PushRequest
{
    QString clientId;
    QString device; // the computer's name, for people reading the server's history and conflicts
    QList<Mutation> mutations;
    QJsonObject toJson() const;
};

// What became of one mutation.
struct MutationResult
{
    QString mutationId;
    QString status;                // applied | merged | conflict | rejected
    qint64 version = 0;            // the record's version after the write, or the server's on conflict
    QString reason;                // rejected: why
    QJsonObject serverFields;      // conflict: the server's values; merged (or a write the server stamped,
                                   // a new deal's filed_at): the record after the write; else empty
    QStringList conflictingFields; // conflict: the fields both sides changed
    bool serverDeleted = false;    // conflict: the server's record is a tombstone
    QString code;                  // rejected: what kind of refusal (docs/sync-api.md lists them)
    QJsonObject args;              // rejected: the refusal's particulars (record ids, names, dates)
    // conflict: for each conflicting field, who stored the server's value: {"user", "at", "device"}
    QJsonObject serverAuthors;

    QJsonObject toJson() const;
    static std::optional<MutationResult> fromJson(const QJsonObject &o);
};

struct Change
{
    qint64 seq = 0;
    QString entity;
    QString id;
    qint64 version = 0;
    bool deleted = false;
    QJsonObject fields;
    QByteArray fieldsJson; // the fields as the store keeps them (a JSON object's text), sent as is; empty: `fields`
    QJsonObject toJson() const;
};

struct ChangesPage
{
    QString epoch;
    QList<Change> changes;
    qint64 lastSeq = 0;
    bool hasMore = false;
    QJsonObject toJson() const;
    // The same page as compact JSON text, each change's stored fields text copied in unparsed.
    QByteArray toJsonText() const;
};

struct TokenRequest
{
    QString grantType; // "password" or "refresh_token"
    QString user;
    QString password;
    QString refreshToken;
};

// A request that is not what the protocol says, and what is wrong with it.
struct ShapeError
{
    QString message;
};

namespace protocol {

// Parses the body of POST /api/v1/push: JSON syntax, shape, types, entities and fields.
std::variant<PushRequest, ShapeError> parsePush(const QByteArray &body);
std::variant<TokenRequest, ShapeError> parseTokenRequest(const QByteArray &body);
QJsonObject errorBody(const QString &code, const QString &message);

} // namespace protocol
} // namespace pd::sync
