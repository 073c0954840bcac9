#include "HttpApi.h"

#include <QJsonArray>
#include <QUrlQuery>

#include "Version.h"

namespace pd::server {
namespace {

QString s(const char *latin1)
{
    return QString::fromLatin1(latin1);
}

QHttpServerResponse json(const QJsonObject &body, int status = 200)
{
    return QHttpServerResponse(body, static_cast<QHttpServerResponder::StatusCode>(status));
}

QHttpServerResponse error(const ApiError &e)
{
    QJsonObject body = sync::protocol::errorBody(e.code, e.message);
    if (e.retryAfterSeconds > 0)
        body.insert(s("retry_after"), e.retryAfterSeconds);
    QHttpServerResponse response = json(body, e.status);
    if (e.retryAfterSeconds > 0)
        response.setHeader("Retry-After", QByteArray::number(e.retryAfterSeconds));
    return response;
}

QHttpServerResponse badRequest(const QString &message)
{
    return error({400, s("bad_request"), message});
}

QByteArray header(const QHttpServerRequest &request, const QByteArray &name)
{
    const auto headers = request.headers();
    for (const auto &h : headers) {
        if (h.first.compare(name, Qt::CaseInsensitive) == 0)
            return h.second;
    }
    return {};
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

} // namespace

HttpApi::HttpApi(SyncService &service, const ServerConfig &config, QString epoch, QObject *parent)
    : QObject(parent), m_service(service), m_config(config), m_epoch(std::move(epoch))
{
    using Method = QHttpServerRequest::Method;
    m_server.route(s("/api/v1/health"), Method::Get, [this] { return health(); });
    m_server.route(s("/api/v1/auth/token"), Method::Post,
                   [this](const QHttpServerRequest &request) { return token(request); });
    m_server.route(s("/api/v1/changes"), Method::Get,
                   [this](const QHttpServerRequest &request) { return changes(request); });
    m_server.route(s("/api/v1/push"), Method::Post,
                   [this](const QHttpServerRequest &request) { return push(request); });
    m_server.afterRequest([](QHttpServerResponse &&response) {
        response.setHeader("Cache-Control", "no-store");
        response.setHeader("X-Content-Type-Options", "nosniff");
        return std::move(response);
    });
}

QHttpServerResponse HttpApi::health() const
{
    return json({{s("status"), s("ok")}, {s("epoch"), m_epoch}, {s("version"), s(pd::version::version)}, {s("api"), 1}});
}

std::optional<QHttpServerResponse> HttpApi::tooLarge(const QHttpServerRequest &request) const
{
    if (request.body().size() <= m_config.maxBodyBytes)
        return std::nullopt;
    return error({413, s("payload_too_large"),
                  QStringLiteral("the body has %1 bytes; the limit is %2").arg(request.body().size()).arg(m_config.maxBodyBytes)});
}

QHttpServerResponse HttpApi::token(const QHttpServerRequest &request)
{
    if (auto r = tooLarge(request))
        return std::move(*r);
    const auto parsed = sync::protocol::parseTokenRequest(request.body());
    if (const auto *e = std::get_if<sync::ShapeError>(&parsed))
        return badRequest(e->message);
    const auto result = m_service.token(std::get<sync::TokenRequest>(parsed), request.remoteAddress().toString());
    if (const auto *e = std::get_if<ApiError>(&result))
        return error(*e);
    const TokenPair &t = std::get<TokenPair>(result);
    return json({{s("access_token"), t.accessToken},
                 {s("token_type"), s("Bearer")},
                 {s("expires_in"), t.expiresIn},
                 {s("refresh_token"), t.refreshToken},
                 {s("role"), t.role}});
}

QHttpServerResponse HttpApi::changes(const QHttpServerRequest &request)
{
    const auto user = m_service.authenticate(header(request, "Authorization"));
    if (const auto *e = std::get_if<ApiError>(&user))
        return error(*e);
    const QUrlQuery q = request.query();
    const auto since = integerParameter(q, s("since"), 0);
    if (!since)
        return badRequest(s("since must be a non-negative integer"));
    const auto limit = integerParameter(q, s("limit"), sync::kDefaultPageSize);
    if (!limit || *limit == 0)
        return badRequest(s("limit must be a positive integer"));
    if (q.hasQueryItem(s("epoch")) && q.queryItemValue(s("epoch")) != m_epoch)
        return error({410, s("epoch_changed"),
                      QStringLiteral("the server's epoch is %1: it was restored or reset; do a full resync").arg(m_epoch)});
    const QString resync = q.queryItemValue(s("resync"));
    if (!resync.isEmpty() && resync != QLatin1String("1") && resync != QLatin1String("0"))
        return badRequest(s("resync must be 0 or 1"));
    const auto page = m_service.changes(*since, int(std::min<qint64>(*limit, sync::kMaxPageSize)),
                                        resync == QLatin1String("1"));
    if (const auto *e = std::get_if<ApiError>(&page))
        return error(*e);
    // Written as text: each record's stored fields go out as they are, neither parsed nor re-serialised.
    return QHttpServerResponse(QByteArrayLiteral("application/json"), std::get<sync::ChangesPage>(page).toJsonText());
}

QHttpServerResponse HttpApi::push(const QHttpServerRequest &request)
{
    const auto user = m_service.authenticate(header(request, "Authorization"));
    if (const auto *e = std::get_if<ApiError>(&user))
        return error(*e);
    if (auto r = tooLarge(request))
        return std::move(*r);
    const auto parsed = sync::protocol::parsePush(request.body());
    if (const auto *e = std::get_if<sync::ShapeError>(&parsed))
        return badRequest(e->message);
    const auto results = m_service.push(std::get<UserRecord>(user), std::get<sync::PushRequest>(parsed));
    if (const auto *e = std::get_if<ApiError>(&results))
        return error(*e);
    QJsonArray list;
    for (const sync::MutationResult &r : std::get<QList<sync::MutationResult>>(results))
        list.append(r.toJson());
    return json({{s("results"), list}});
}

} // namespace pd::server
