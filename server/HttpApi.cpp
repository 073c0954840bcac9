#include "HttpApi.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QThread>
#include <QUrlQuery>

#include "Crypto.h"
#include "Version.h"

namespace pd::server {
namespace {

QString s(const char *latin1)
{
    return QString::fromLatin1(latin1);
}

HttpResponse json(const QJsonObject &body, int status = 200)
{
    return {
        status, QJsonDocument(body).toJson(QJsonDocument::Compact), QByteArrayLiteral("application/json"), {}, false};
}

HttpResponse apiError(const ApiError &e)
{
    QJsonObject body = sync::protocol::errorBody(e.code, e.message);
    if (e.retryAfterSeconds > 0)
        body.insert(s("retry_after"), e.retryAfterSeconds);
    HttpResponse response = json(body, e.status);
    if (e.retryAfterSeconds > 0)
        response.headers.append({QByteArrayLiteral("Retry-After"), QByteArray::number(e.retryAfterSeconds)});
    return response;
}

HttpResponse tokenJson(const TokenPair &t)
{
    return json({{s("access_token"), t.accessToken},
                 {s("token_type"), s("Bearer")},
                 {s("expires_in"), t.expiresIn},
                 {s("refresh_token"), t.refreshToken},
                 {s("role"), t.role}});
}

std::optional<qint64> integerParameter(const QUrlQuery &q, const QString &name, qint64 fallback)
{
    if (!q.hasQueryItem(name))
        return fallback;
    bool ok = false;
    const qint64 v = q.queryItemValue(name).toLongLong(&ok);
    if (!ok || v < 0)
        return std::nullopt;
    return v;
}

// A sign-in's body is a user name and a password: a few hundred bytes.
constexpr qint64 kTokenBodyLimit = 64 * 1024;

} // namespace

struct HttpApi::Route
{
    QByteArray path;
    QByteArray method;
    bool needsToken = false; // checked from the head, before the body is read
    qint64 maxBody = 0;      // -1: max_body_bytes
    void (HttpApi::*serve)(const HttpRequest &, const Reply &);
};

HttpApi::HttpApi(SyncService &service, const ServerConfig &config, QString epoch, QObject *parent)
    : QObject(parent), m_service(service), m_config(config), m_epoch(std::move(epoch))
{
    // One core stays with the serving thread.
    m_passwordChecks.setMaxThreadCount(std::max(1, QThread::idealThreadCount() - 1));
}

HttpApi::~HttpApi()
{
    m_passwordChecks.waitForDone();
}

const HttpApi::Route *HttpApi::route(const QByteArray &path) const
{
    static const Route routes[] = {
        {QByteArrayLiteral("/api/v1/health"), QByteArrayLiteral("GET"), false, 0, &HttpApi::health},
        {QByteArrayLiteral("/api/v1/auth/token"), QByteArrayLiteral("POST"), false, kTokenBodyLimit, &HttpApi::token},
        {QByteArrayLiteral("/api/v1/changes"), QByteArrayLiteral("GET"), true, 0, &HttpApi::changes},
        {QByteArrayLiteral("/api/v1/push"), QByteArrayLiteral("POST"), true, -1, &HttpApi::push},
    };
    for (const Route &r : routes) {
        if (r.path == path)
            return &r;
    }
    return nullptr;
}

HttpResponse HttpApi::error(int status, const QString &code, const QString &message) const
{
    return json(sync::protocol::errorBody(code, message), status);
}

HttpAdmission HttpApi::admit(const HttpRequest &head)
{
    const Route *r = route(head.path);
    if (!r)
        return {
            error(404, s("not_found"), QStringLiteral("there is no %1 in API v1").arg(QString::fromUtf8(head.path))),
            0,
            {}};
    if (head.method != r->method) {
        HttpResponse refusal = error(
            405, s("method_not_allowed"),
            QStringLiteral("%1 takes %2, not %3")
                .arg(QString::fromUtf8(r->path), QString::fromLatin1(r->method), QString::fromLatin1(head.method)));
        refusal.headers.append({QByteArrayLiteral("Allow"), r->method});
        return {std::move(refusal), 0, {}};
    }
    std::any user;
    if (r->needsToken) {
        auto signedBy = m_service.authenticate(head.header("authorization"));
        if (const auto *e = std::get_if<ApiError>(&signedBy))
            return {apiError(*e), 0, {}};
        user = std::get<UserRecord>(std::move(signedBy));
    }
    return {std::nullopt, r->maxBody < 0 ? m_config.maxBodyBytes : r->maxBody, std::move(user)};
}

void HttpApi::handle(HttpRequest request, Reply reply)
{
    // admit() let through only requests with a route.
    (this->*route(request.path)->serve)(request, reply);
}

void HttpApi::health(const HttpRequest &, const Reply &reply)
{
    QJsonObject body{{s("epoch"), m_epoch}, {s("version"), s(pd::version::version)}, {s("api"), 1}};
    // A monitor reads the status code: 503 while the store does not answer (docs/deploy.md, "Monitoring").
    const Status store = m_service.health();
    if (!store) {
        body.insert(s("status"), s("degraded"));
        body.insert(s("store"), s("unreachable"));
        body.insert(s("message"), store.error().message);
        reply(json(body, 503));
        return;
    }
    body.insert(s("status"), s("ok"));
    body.insert(s("store"), s("ok"));
    reply(json(body));
}

void HttpApi::token(const HttpRequest &request, const Reply &reply)
{
    const auto parsed = sync::protocol::parseTokenRequest(request.body);
    if (const auto *e = std::get_if<sync::ShapeError>(&parsed)) {
        reply(error(400, s("bad_request"), e->message));
        return;
    }
    auto begun = m_service.beginToken(std::get<sync::TokenRequest>(parsed), request.peer.toString());
    if (auto *check = std::get_if<PasswordCheck>(&begun)) {
        // Argon2id takes tens of milliseconds and as much memory: on the pool's threads, a few at a time,
        // while this thread goes on serving everyone else. The answer comes back to this thread.
        m_passwordChecks.start([this, check = std::move(*check), reply]() mutable {
            const bool matches = crypto::verifyPassword(check.hash, check.password);
            QMetaObject::invokeMethod(
                this,
                [this, check = std::move(check), reply, matches] {
                    const auto done = m_service.finishToken(check, matches);
                    const auto *e = std::get_if<ApiError>(&done);
                    reply(e ? apiError(*e) : tokenJson(std::get<TokenPair>(done)));
                },
                Qt::QueuedConnection);
        });
        return;
    }
    const auto *e = std::get_if<ApiError>(&begun);
    reply(e ? apiError(*e) : tokenJson(std::get<TokenPair>(begun)));
}

void HttpApi::changes(const HttpRequest &request, const Reply &reply)
{
    reply(changesPage(request));
}

HttpResponse HttpApi::changesPage(const HttpRequest &request)
{
    const QUrlQuery q(QString::fromUtf8(request.query));
    const auto since = integerParameter(q, s("since"), 0);
    if (!since)
        return error(400, s("bad_request"), s("since must be a non-negative integer"));
    const auto limit = integerParameter(q, s("limit"), sync::kDefaultPageSize);
    if (!limit || *limit == 0)
        return error(400, s("bad_request"), s("limit must be a positive integer"));
    if (q.hasQueryItem(s("epoch")) && q.queryItemValue(s("epoch")) != m_epoch)
        return error(
            410, s("epoch_changed"),
            QStringLiteral("the server's epoch is %1: it was restored or reset; do a full resync").arg(m_epoch));
    const QString resync = q.queryItemValue(s("resync"));
    if (!resync.isEmpty() && resync != QLatin1String("1") && resync != QLatin1String("0"))
        return error(400, s("bad_request"), s("resync must be 0 or 1"));
    const auto page =
        m_service.changes(*since, int(std::min<qint64>(*limit, sync::kMaxPageSize)), resync == QLatin1String("1"));
    if (const auto *e = std::get_if<ApiError>(&page))
        return apiError(*e);
    // Written as text: each record's stored fields go out as they are, neither parsed nor re-serialised.
    return {200, std::get<sync::ChangesPage>(page).toJsonText(), QByteArrayLiteral("application/json"), {}, false};
}

void HttpApi::push(const HttpRequest &request, const Reply &reply)
{
    reply(pushResults(request));
}

HttpResponse HttpApi::pushResults(const HttpRequest &request)
{
    const auto parsed = sync::protocol::parsePush(request.body);
    if (const auto *e = std::get_if<sync::ShapeError>(&parsed))
        return error(400, s("bad_request"), e->message);
    // The user admit() found behind the token, before the body was read.
    const auto results =
        m_service.push(std::any_cast<const UserRecord &>(request.admitted), std::get<sync::PushRequest>(parsed));
    if (const auto *e = std::get_if<ApiError>(&results))
        return apiError(*e);
    QJsonArray list;
    for (const sync::MutationResult &r : std::get<QList<sync::MutationResult>>(results))
        list.append(r.toJson());
    return json({{s("results"), list}});
}

} // namespace pd::server
