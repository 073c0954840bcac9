#include "Protocol.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonParseError>
#include <QSet>

#include "EntitySchema.h"

namespace pd::sync {
namespace {

QString s(const char *latin1)
{
    return QString::fromLatin1(latin1);
}

bool isInteger(const QJsonValue &v)
{
    if (!v.isDouble())
        return false;
    const double d = v.toDouble();
    return d == double(qint64(d)) && d >= 0 && d <= 9.0e15;
}

std::optional<QJsonObject> parseObject(const QByteArray &body, QString *error)
{
    QJsonParseError pe{};
    const QJsonDocument doc = QJsonDocument::fromJson(body, &pe);
    if (pe.error != QJsonParseError::NoError) {
        *error = QStringLiteral("the body is not valid JSON: %1 at offset %2").arg(pe.errorString()).arg(pe.offset);
        return std::nullopt;
    }
    if (!doc.isObject()) {
        *error = QStringLiteral("the body must be a JSON object");
        return std::nullopt;
    }
    return doc.object();
}

QString checkId(const QJsonValue &v, const QString &where)
{
    if (!v.isString() || v.toString().isEmpty())
        return QStringLiteral("%1 must be a non-empty string").arg(where);
    if (v.toString().size() > kMaxIdLength)
        return QStringLiteral("%1 is longer than %2 characters").arg(where).arg(kMaxIdLength);
    return {};
}

} // namespace

QJsonObject Mutation::toJson() const
{
    return {{s("mutation_id"), mutationId},   {s("entity"), entity}, {s("id"), id}, {s("op"), op},
            {s("base_version"), baseVersion}, {s("fields"), fields}};
}

QByteArray Mutation::payloadDigest() const
{
    QJsonObject o = toJson();
    o.remove(s("mutation_id"));
    // QJsonObject keeps keys sorted, so the compact form is canonical.
    return QCryptographicHash::hash(QJsonDocument(o).toJson(QJsonDocument::Compact), QCryptographicHash::Sha256)
        .toHex();
}

QJsonObject PushRequest::toJson() const
{
    QJsonArray list;
    for (const Mutation &m : mutations)
        list.append(m.toJson());
    QJsonObject o{{s("client_id"), clientId}, {s("mutations"), list}};
    if (!device.isEmpty())
        o.insert(s("device"), device);
    return o;
}

QJsonObject MutationResult::toJson() const
{
    QJsonObject o{{s("mutation_id"), mutationId}, {s("status"), status}, {s("version"), version}};
    if (!reason.isEmpty())
        o.insert(s("reason"), reason);
    if (!code.isEmpty())
        o.insert(s("code"), code);
    if (!args.isEmpty())
        o.insert(s("args"), args);
    if (!serverAuthors.isEmpty())
        o.insert(s("server_authors"), serverAuthors);
    if (status == QLatin1String("conflict")) {
        o.insert(s("server_fields"), serverFields);
        o.insert(s("conflicting_fields"), QJsonArray::fromStringList(conflictingFields));
        o.insert(s("server_deleted"), serverDeleted);
    } else if (!serverFields.isEmpty()) {
        o.insert(s("server_fields"), serverFields); // merged (or stamped by the server): the record after the write
    }
    return o;
}

std::optional<MutationResult> MutationResult::fromJson(const QJsonObject &o)
{
    if (!o.value(s("mutation_id")).isString() || !o.value(s("status")).isString())
        return std::nullopt;
    MutationResult r;
    r.mutationId = o.value(s("mutation_id")).toString();
    r.status = o.value(s("status")).toString();
    r.version = o.value(s("version")).toInteger();
    r.reason = o.value(s("reason")).toString();
    r.serverFields = o.value(s("server_fields")).toObject();
    for (const QJsonValue &f : o.value(s("conflicting_fields")).toArray())
        r.conflictingFields.append(f.toString());
    r.serverDeleted = o.value(s("server_deleted")).toBool();
    r.code = o.value(s("code")).toString();
    r.args = o.value(s("args")).toObject();
    r.serverAuthors = o.value(s("server_authors")).toObject();
    return r;
}

QJsonObject Change::toJson() const
{
    return {{s("seq"), seq},         {s("entity"), entity},   {s("id"), id},
            {s("version"), version}, {s("deleted"), deleted}, {s("fields"), fields}};
}

QJsonObject ChangesPage::toJson() const
{
    QJsonArray list;
    for (const Change &c : changes) {
        QJsonObject o = c.toJson();
        if (!c.fieldsJson.isEmpty())
            o.insert(s("fields"), QJsonDocument::fromJson(c.fieldsJson).object());
        list.append(o);
    }
    return {{s("epoch"), epoch}, {s("changes"), list}, {s("last_seq"), lastSeq}, {s("has_more"), hasMore}};
}

namespace {

// A JSON string literal of `text` (RFC 8259 escapes; everything else as UTF-8).
void appendJsonString(QByteArray &out, const QString &text)
{
    out += '"';
    const QByteArray utf8 = text.toUtf8();
    for (const char ch : utf8) {
        const auto c = static_cast<unsigned char>(ch);
        if (c == '"' || c == '\\') {
            out += '\\';
            out += ch;
        } else if (c < 0x20) {
            static const char hex[] = "0123456789abcdef";
            out += "\\u00";
            out += hex[c >> 4];
            out += hex[c & 0xF];
        } else {
            out += ch;
        }
    }
    out += '"';
}

} // namespace

QByteArray ChangesPage::toJsonText() const
{
    QByteArray out;
    qsizetype size = 96;
    for (const Change &c : changes)
        size += c.fieldsJson.size() + c.id.size() + 96;
    out.reserve(size);
    out += "{\"changes\":[";
    for (qsizetype i = 0; i < changes.size(); ++i) {
        const Change &c = changes.at(i);
        if (i > 0)
            out += ',';
        out += "{\"deleted\":";
        out += c.deleted ? "true" : "false";
        out += ",\"entity\":";
        appendJsonString(out, c.entity);
        out += ",\"fields\":";
        out += c.fieldsJson.isEmpty() ? QJsonDocument(c.fields).toJson(QJsonDocument::Compact) : c.fieldsJson;
        out += ",\"id\":";
        appendJsonString(out, c.id);
        out += ",\"seq\":";
        out += QByteArray::number(c.seq);
        out += ",\"version\":";
        out += QByteArray::number(c.version);
        out += '}';
    }
    out += "],\"epoch\":";
    appendJsonString(out, epoch);
    out += ",\"has_more\":";
    out += hasMore ? "true" : "false";
    out += ",\"last_seq\":";
    out += QByteArray::number(lastSeq);
    out += '}';
    return out;
}

namespace protocol {

std::variant<PushRequest, ShapeError> parsePush(const QByteArray &body)
{
    QString error;
    const auto root = parseObject(body, &error);
    if (!root)
        return ShapeError{error};
    PushRequest req;
    if (QString e = checkId(root->value(s("client_id")), s("client_id")); !e.isEmpty())
        return ShapeError{e};
    req.clientId = root->value(s("client_id")).toString();
    if (const QJsonValue device = root->value(s("device")); !device.isUndefined()) {
        if (!device.isString() || device.toString().size() > kMaxIdLength)
            return ShapeError{QStringLiteral("device must be a string of at most %1 characters").arg(kMaxIdLength)};
        req.device = device.toString();
    }
    const QJsonValue list = root->value(s("mutations"));
    if (!list.isArray())
        return ShapeError{s("mutations must be an array")};
    const QJsonArray array = list.toArray();
    if (array.size() > kMaxMutationsPerPush)
        return ShapeError{
            QStringLiteral("at most %1 mutations per push, got %2").arg(kMaxMutationsPerPush).arg(array.size())};
    QSet<QString> seen;
    for (qsizetype i = 0; i < array.size(); ++i) {
        const QString where = QStringLiteral("mutations[%1]").arg(i);
        if (!array.at(i).isObject())
            return ShapeError{where + s(" must be an object")};
        const QJsonObject o = array.at(i).toObject();
        for (auto it = o.begin(); it != o.end(); ++it) {
            static const QStringList known{s("mutation_id"), s("entity"),       s("id"),
                                           s("op"),          s("base_version"), s("fields")};
            if (!known.contains(it.key()))
                return ShapeError{QStringLiteral("%1 has an unknown key '%2'").arg(where, it.key())};
        }
        Mutation m;
        if (QString e = checkId(o.value(s("mutation_id")), where + s(".mutation_id")); !e.isEmpty())
            return ShapeError{e};
        m.mutationId = o.value(s("mutation_id")).toString();
        if (seen.contains(m.mutationId))
            return ShapeError{QStringLiteral("%1.mutation_id '%2' appears twice in one push").arg(where, m.mutationId)};
        seen.insert(m.mutationId);
        if (!o.value(s("entity")).isString())
            return ShapeError{where + s(".entity must be a string")};
        m.entity = o.value(s("entity")).toString();
        if (!entitySchema::isEntity(m.entity))
            return ShapeError{QStringLiteral("%1.entity '%2' is unknown; known: %3")
                                  .arg(where, m.entity, entitySchema::entities().join(s(", ")))};
        if (QString e = checkId(o.value(s("id")), where + s(".id")); !e.isEmpty())
            return ShapeError{e};
        m.id = o.value(s("id")).toString();
        m.op = o.value(s("op")).toString();
        if (m.op != QLatin1String("upsert") && m.op != QLatin1String("delete"))
            return ShapeError{where + s(".op must be \"upsert\" or \"delete\"")};
        if (!isInteger(o.value(s("base_version"))))
            return ShapeError{where + s(".base_version must be a non-negative integer")};
        m.baseVersion = o.value(s("base_version")).toInteger();
        const QJsonValue fields = o.value(s("fields"));
        if (!fields.isUndefined() && !fields.isNull() && !fields.isObject())
            return ShapeError{where + s(".fields must be an object")};
        m.fields = fields.toObject();
        for (auto it = m.fields.begin(); it != m.fields.end(); ++it) {
            if (QString e = entitySchema::fieldRefusal(m.entity, it.key(), it.value()); !e.isEmpty())
                return ShapeError{where + s(": ") + e};
        }
        req.mutations.append(m);
    }
    return req;
}

std::variant<TokenRequest, ShapeError> parseTokenRequest(const QByteArray &body)
{
    QString error;
    const auto root = parseObject(body, &error);
    if (!root)
        return ShapeError{error};
    TokenRequest t;
    const QJsonValue grant = root->value(s("grant_type"));
    if (!grant.isUndefined() && !grant.isString())
        return ShapeError{s("grant_type must be a string")};
    t.grantType = grant.isString() ? grant.toString() : s("password");
    if (t.grantType == QLatin1String("password")) {
        if (!root->value(s("user")).isString() || !root->value(s("password")).isString())
            return ShapeError{s("user and password must be strings")};
        t.user = root->value(s("user")).toString();
        t.password = root->value(s("password")).toString();
    } else if (t.grantType == QLatin1String("refresh_token")) {
        if (!root->value(s("refresh_token")).isString())
            return ShapeError{s("refresh_token must be a string")};
        t.refreshToken = root->value(s("refresh_token")).toString();
    } else {
        return ShapeError{s("grant_type must be \"password\" or \"refresh_token\"")};
    }
    return t;
}

QJsonObject errorBody(const QString &code, const QString &message)
{
    return {{s("error"), code}, {s("message"), message}};
}

} // namespace protocol
} // namespace pd::sync
