#include "SyncFixture.h"

#include <QEventLoop>
#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcessEnvironment>
#include <QSslConfiguration>

#include "Inn.h"
#include "PartnerRepository.h"
#include "SyncTables.h"

using namespace pd;

namespace {

QJsonObject request(const SyncServer &server, const QString &path, const QJsonObject *post, const QString &token)
{
    QNetworkAccessManager nam;
    QNetworkRequest req(QUrl(server.url() + path));
    QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
    tls.addCaCertificates(server.certificate());
    req.setSslConfiguration(tls);
    req.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    if (!token.isEmpty())
        req.setRawHeader("Authorization", "Bearer " + token.toLatin1());
    QNetworkReply *reply = post ? nam.post(req, QJsonDocument(*post).toJson()) : nam.get(req);
    QEventLoop loop;
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    if (!reply->isFinished())
        loop.exec();
    const QJsonObject o = QJsonDocument::fromJson(reply->readAll()).object();
    reply->deleteLater();
    return o;
}

template <typename Visit>
void walkFeed(const SyncServer &server, Visit visit)
{
    const QJsonObject login{{QStringLiteral("user"), QStringLiteral("root")},
                            {QStringLiteral("password"), QStringLiteral("rootpw")}};
    const QString token = request(server, QStringLiteral("/api/v1/auth/token"), &login, {})
                              .value(QStringLiteral("access_token"))
                              .toString();
    qint64 since = 0;
    while (true) {
        const QJsonObject page =
            request(server, QStringLiteral("/api/v1/changes?since=%1&limit=1000").arg(since), nullptr, token);
        for (const QJsonValue &v : page.value(QStringLiteral("changes")).toArray())
            visit(v.toObject());
        since = page.value(QStringLiteral("last_seq")).toInteger();
        if (!page.value(QStringLiteral("has_more")).toBool())
            return;
    }
}

} // namespace

SyncServer::~SyncServer()
{
    stop();
}

bool SyncServer::init(const QString &dataDir)
{
    m_data = dataDir;
    const QString error = server::ServerProcess::init(QStringLiteral(PD_SERVER_PATH), m_data, QStringLiteral("root"),
                                                      QStringLiteral("rootpw"));
    if (!error.isEmpty())
        qWarning("partnerdesk-server init: %s", qPrintable(error));
    return error.isEmpty();
}

// The same port again after a restart: the clients keep their server address.
bool SyncServer::start()
{
    if (!m_process.start(QStringLiteral(PD_SERVER_PATH), m_data, m_process.port())) {
        qWarning("partnerdesk-server run: %s", qPrintable(m_process.errorOutput()));
        return false;
    }
    return true;
}

void SyncServer::stop()
{
    m_process.stop();
}

Records SyncServer::records() const
{
    Records all;
    walkFeed(*this, [&all](const QJsonObject &c) {
        if (c.value(QStringLiteral("deleted")).toBool())
            all[c.value(QStringLiteral("entity")).toString()].remove(c.value(QStringLiteral("id")).toString());
        else
            all[c.value(QStringLiteral("entity")).toString()].insert(c.value(QStringLiteral("id")).toString(),
                                                                     c.value(QStringLiteral("fields")).toObject());
    });
    return all;
}

QHash<QString, qint64> SyncServer::versions() const
{
    QHash<QString, qint64> all;
    walkFeed(*this, [&all](const QJsonObject &c) {
        all.insert(c.value(QStringLiteral("entity")).toString() + QLatin1Char('/')
                       + c.value(QStringLiteral("id")).toString(),
                   c.value(QStringLiteral("version")).toInteger());
    });
    return all;
}

SyncClient::SyncClient(const QString &path, const QString &caFile, const QString &server)
    : m_path(path), m_server(server)
{
    auto db = storage::Database::open(path);
    if (db)
        m_db = std::move(db).value();
    m_nam = std::make_unique<QNetworkAccessManager>();
    m_tls = std::make_unique<sync::client::FileTlsPolicy>(caFile);
    m_engine = std::make_unique<sync::client::SyncEngine>(m_db->connection(), *m_nam, *m_tls, m_credentials);
}

SyncClient::~SyncClient() = default;

sync::client::SyncReport SyncClient::sync(bool allowMassDelete)
{
    sync::client::SyncOptions options;
    options.server = QUrl(m_server);
    options.allowMassDelete = allowMassDelete;
    options.timeoutMs = 20000;
    return m_engine->run(options);
}

Records SyncClient::records() const
{
    auto snap = sync::client::SyncTables(m_db->connection()).snapshot();
    return snap ? snap.value() : Records();
}

domain::Partner SyncClient::createPartner(const QString &name)
{
    static int counter = 1000;
    domain::Partner p;
    p.name = name;
    p.inn = testInn(++counter + qint64(QDateTime::currentMSecsSinceEpoch() % 100000) * 10);
    p.registeredOn = QDate(2020, 1, 15);
    p.manager = QStringLiteral("root");
    p.region = QStringLiteral("Kazan");
    storage::PartnerRepository repo(m_db->connection(), SystemClock::instance(), QStringLiteral("test"));
    auto made = repo.create(p);
    return made ? made.value() : domain::Partner{};
}

domain::Partner SyncClient::partner(const QString &id) const
{
    storage::PartnerRepository repo(m_db->connection(), SystemClock::instance(), QStringLiteral("test"));
    auto p = repo.get(id);
    return p ? p.value() : domain::Partner{};
}

bool SyncClient::updatePartner(const domain::Partner &p)
{
    storage::PartnerRepository repo(m_db->connection(), SystemClock::instance(), QStringLiteral("test"));
    auto r = repo.update(p);
    if (!r)
        qWarning() << "update failed:" << r.error().text();
    return r.ok();
}

bool SyncClient::removePartner(const QString &id)
{
    storage::PartnerRepository repo(m_db->connection(), SystemClock::instance(), QStringLiteral("test"));
    return repo.remove(id).ok();
}

QStringList SyncClient::partnerIds() const
{
    storage::PartnerRepository repo(m_db->connection(), SystemClock::instance(), QStringLiteral("test"));
    QStringList ids;
    auto list = repo.list();
    if (list) {
        for (const auto &s : list.value())
            ids.append(s.id);
    }
    return ids;
}

QString testInn(int n)
{
    return domain::inn::complete(
        QStringLiteral("%1").arg(100000000 + (n % 800000000), 9, 10, QLatin1Char('0')).right(9));
}

QString difference(const Records &server, const Records &client)
{
    QStringList entities = server.keys() + client.keys();
    entities.removeDuplicates();
    for (const QString &entity : entities) {
        const auto s = server.value(entity);
        const auto c = client.value(entity);
        for (auto it = s.begin(); it != s.end(); ++it) {
            if (!c.contains(it.key()))
                return QStringLiteral("%1 %2 is on the server, not on the client").arg(entity, it.key());
            const QJsonObject mine = c.value(it.key());
            for (auto f = it.value().begin(); f != it.value().end(); ++f) {
                if (mine.value(f.key()) != f.value())
                    return QStringLiteral("%1 %2 field %3: server %4, client %5")
                        .arg(entity, it.key(), f.key(),
                             QString::fromUtf8(QJsonDocument(QJsonArray{f.value()}).toJson(QJsonDocument::Compact)),
                             QString::fromUtf8(
                                 QJsonDocument(QJsonArray{mine.value(f.key())}).toJson(QJsonDocument::Compact)));
            }
        }
        for (auto it = c.begin(); it != c.end(); ++it) {
            if (!s.contains(it.key()))
                return QStringLiteral("%1 %2 is on the client, not on the server").arg(entity, it.key());
        }
    }
    return {};
}

CliResult runCli(const QStringList &args, const QStringList &env, int timeoutMs)
{
    QProcess p;
    QProcessEnvironment e = QProcessEnvironment::systemEnvironment();
    for (const QString &kv : env)
        e.insert(kv.section(QLatin1Char('='), 0, 0), kv.section(QLatin1Char('='), 1));
    p.setProcessEnvironment(e);
    p.start(QStringLiteral(PD_CLI_PATH), args);
    p.closeWriteChannel();
    p.waitForFinished(timeoutMs);
    // Lines as the tests write them: Windows' console programs end theirs with CR LF.
    const auto text = [](const QByteArray &bytes) {
        return QString::fromUtf8(bytes).replace(QLatin1String("\r\n"), QLatin1String("\n"));
    };
    return {p.exitCode(), p.exitStatus(), text(p.readAllStandardOutput()), text(p.readAllStandardError())};
}
