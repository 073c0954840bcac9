#include <QEventLoop>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QSslConfiguration>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

#include "PgCluster.h"
#include "ServerProcess.h"

namespace {

QString s(const char *latin1)
{
    return QString::fromLatin1(latin1);
}

struct Reply
{
    int status = 0;
    QJsonObject body;
    QJsonObject result() const { return body.value(s("results")).toArray().at(0).toObject(); }
};

// A record of each entity with every value a client can store, for one field to be spoiled at a time.
QJsonObject validFields(const QString &entity)
{
    if (entity == QLatin1String("partner"))
        return {{s("name"), s("Romashka")},     {s("legal_form"), s("legal_entity")},
                {s("inn"), s("7707083893")},    {s("registered_on"), s("2024-05-17")},
                {s("role"), s("partner")},      {s("tier"), s("none")},
                {s("stage"), s("application")}, {s("manager"), s("root")}};
    if (entity == QLatin1String("person"))
        return {{s("partner_id"), s("p-any")}, {s("name"), s("Anna")}, {s("sort_order"), 0}};
    if (entity == QLatin1String("deal"))
        return {{s("partner_id"), s("p-any")},
                {s("partner_name"), s("Romashka")},
                {s("customer_name"), s("Lutik")},
                {s("customer_inn"), s("7728168971")},
                {s("expected_year"), 2025},
                {s("expected_quarter"), 2},
                {s("state"), s("new")},
                {s("filed_at"), s("2024-05-17T09:30:00.000Z")},
                {s("reply_contact"), QJsonObject{{s("name"), s("Anna")}}}};
    if (entity == QLatin1String("deal_extension"))
        return {{s("deal_id"), s("d-any")},
                {s("requested_at"), s("2024-05-17T09:30:00.000Z")},
                {s("reason"), s("pilot")},
                {s("decision"), s("pending")}};
    if (entity == QLatin1String("deal_feedback"))
        return {{s("deal_id"), s("d-any")},
                {s("at"), s("2024-05-17T09:30:00.000Z")},
                {s("type"), s("monthly_status")},
                {s("category"), s("pilot_testing")}};
    if (entity == QLatin1String("course"))
        return {
            {s("title"), s("Cloud basics")}, {s("kind"), s("product")}, {s("format"), s("lecture")}, {s("hours"), 4}};
    if (entity == QLatin1String("enrollment"))
        return {{s("person_id"), s("pe-any")},
                {s("course_id"), s("c-any")},
                {s("enrolled_on"), s("2024-05-17")},
                {s("progress_pct"), 50}};
    if (entity == QLatin1String("certificate"))
        return {{s("person_id"), s("pe-any")},
                {s("partner_id"), s("p-any")},
                {s("competence"), s("sale")},
                {s("issued_on"), s("2024-05-17")},
                {s("expires_on"), s("2026-05-17")}};
    if (entity == QLatin1String("compat_certification"))
        return {{s("partner_id"), s("p-any")},
                {s("product_name"), s("Base")},
                {s("product_version"), s("1.0")},
                {s("service"), s("Cloud Servers")},
                {s("outcome"), s("in_progress")}};
    return {};
}

} // namespace

// What the server takes: every field of every synced entity checked as the client's local tables check it
// (one definition, EntitySchema), refused per mutation with invalid_field and nothing stored; a write that
// changes nothing keeps the record's version and adds nothing to the feed. A real partnerdesk-server on
// loopback over TLS, on SQLite, or on a throw-away PostgreSQL with PD_TEST_STORE=postgresql.
class TestServerValidation final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void validRecordsAreTaken_data();
    void validRecordsAreTaken();
    void invalidValueRefused_data();
    void invalidValueRefused();
    void forbiddenCharactersRefused_data();
    void forbiddenCharactersRefused();
    void unchangedWriteKeepsVersionAndFeed();

private:
    Reply send(const QByteArray &path, const QByteArray &body = {});
    Reply push(const QString &mutationId, const QString &entity, const QString &id, qint64 base,
               const QJsonObject &fields);
    Reply pushRaw(const QByteArray &body);
    qint64 feedEnd();
    bool inFeed(const QString &entity, const QString &id);
    void verifyRefused(const Reply &r, const QString &entity, const QString &id, const QString &field);

    QTemporaryDir m_dir;
    pd::server::PgCluster m_pg{s(PD_PG_FIXTURE)};
    pd::server::ServerProcess m_server;
    QNetworkAccessManager m_nam;
    QSslConfiguration m_tls;
    QString m_token;
    int m_counter = 0;
};

void TestServerValidation::initTestCase()
{
    QVERIFY(m_dir.isValid());
    const QString data = m_dir.filePath(s("data"));
    if (qEnvironmentVariable("PD_TEST_STORE") == QLatin1String("postgresql"))
        QVERIFY2(m_pg.start(), qPrintable(m_pg.error()));
    const QString initError = pd::server::ServerProcess::init(s(PD_SERVER_PATH), data, s("root"), s("rootpw"),
                                                              m_pg.isRunning() ? m_pg.url() : QString());
    QVERIFY2(initError.isEmpty(), qPrintable(initError));
    QVERIFY2(m_server.start(s(PD_SERVER_PATH), data), qPrintable(m_server.errorOutput()));
    m_tls = QSslConfiguration::defaultConfiguration();
    m_tls.addCaCertificates(data + s("/cert.pem"));
    const Reply login = send("/api/v1/auth/token", R"({"user":"root","password":"rootpw"})");
    QCOMPARE(login.status, 200);
    m_token = login.body.value(s("access_token")).toString();
}

void TestServerValidation::cleanupTestCase()
{
    m_server.stop();
    m_pg.stop();
}

Reply TestServerValidation::send(const QByteArray &path, const QByteArray &body)
{
    QNetworkRequest req(QUrl(QStringLiteral("https://localhost:%1").arg(m_server.port()) + QString::fromLatin1(path)));
    req.setSslConfiguration(m_tls);
    req.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    if (!m_token.isEmpty())
        req.setRawHeader("Authorization", "Bearer " + m_token.toLatin1());
    QNetworkReply *reply = body.isEmpty() ? m_nam.get(req) : m_nam.post(req, body);
    QEventLoop loop;
    connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    if (!reply->isFinished())
        loop.exec();
    Reply r;
    r.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    r.body = QJsonDocument::fromJson(reply->readAll()).object();
    reply->deleteLater();
    return r;
}

Reply TestServerValidation::push(const QString &mutationId, const QString &entity, const QString &id, qint64 base,
                                 const QJsonObject &fields)
{
    const QJsonObject m{{s("mutation_id"), mutationId}, {s("entity"), entity},     {s("id"), id},
                        {s("op"), s("upsert")},         {s("base_version"), base}, {s("fields"), fields}};
    return pushRaw(QJsonDocument(QJsonObject{{s("client_id"), s("validation")}, {s("mutations"), QJsonArray{m}}})
                       .toJson(QJsonDocument::Compact));
}

Reply TestServerValidation::pushRaw(const QByteArray &body)
{
    return send("/api/v1/push", body);
}

qint64 TestServerValidation::feedEnd()
{
    qint64 last = 0;
    while (true) {
        const Reply page = send(QByteArrayLiteral("/api/v1/changes?since=") + QByteArray::number(last) + "&limit=1000");
        last = page.body.value(s("last_seq")).toInteger();
        if (!page.body.value(s("has_more")).toBool())
            return last;
    }
}

bool TestServerValidation::inFeed(const QString &entity, const QString &id)
{
    const Reply page = send("/api/v1/changes?since=0&limit=5000");
    for (const QJsonValue &c : page.body.value(s("changes")).toArray()) {
        if (c.toObject().value(s("entity")).toString() == entity && c.toObject().value(s("id")).toString() == id)
            return true;
    }
    return false;
}

void TestServerValidation::verifyRefused(const Reply &r, const QString &entity, const QString &id, const QString &field)
{
    QCOMPARE(r.status, 200);
    const QJsonObject result = r.result();
    QCOMPARE(result.value(s("status")).toString(), s("rejected"));
    QCOMPARE(result.value(s("code")).toString(), s("invalid_field"));
    const QJsonObject args = result.value(s("args")).toObject();
    QCOMPARE(args.value(s("entity")).toString(), entity);
    QCOMPARE(args.value(s("id")).toString(), id);
    QCOMPARE(args.value(s("field")).toString(), field);
    QVERIFY2(result.value(s("reason")).toString().contains(field), qPrintable(result.value(s("reason")).toString()));
}

void TestServerValidation::validRecordsAreTaken_data()
{
    QTest::addColumn<QString>("entity");
    for (const char *e : {"partner", "person", "deal", "deal_extension", "deal_feedback", "course", "enrollment",
                          "certificate", "compat_certification"})
        QTest::newRow(e) << s(e);
}

void TestServerValidation::validRecordsAreTaken()
{
    // The records the refusals below spoil are themselves taken, so each refusal is the spoiled field's.
    QFETCH(QString, entity);
    const Reply r = push(s("valid-") + entity, entity, s("valid-") + entity, 0, validFields(entity));
    QCOMPARE(r.status, 200);
    QVERIFY2(r.result().value(s("status")).toString() == QLatin1String("applied"),
             QJsonDocument(r.result()).toJson().constData());
}

void TestServerValidation::invalidValueRefused_data()
{
    QTest::addColumn<QString>("entity");
    QTest::addColumn<QString>("field");
    QTest::addColumn<QJsonValue>("value"); // undefined: the field is left out
    const auto row = [](const char *name, const char *entity, const char *field, const QJsonValue &value) {
        QTest::newRow(name) << s(entity) << s(field) << value;
    };
    row("partner stage lead", "partner", "stage", s("lead"));
    row("partner legal form", "partner", "legal_form", s("llc"));
    row("partner role", "partner", "role", s("reseller"));
    row("partner tier", "partner", "tier", s("bronze"));
    row("partner payment model", "partner", "wl_payment_model", s("barter"));
    row("partner registered_on not a date", "partner", "registered_on", s("17.05.2024"));
    row("partner without a name", "partner", "name", QJsonValue(QJsonValue::Undefined));
    row("partner inn null", "partner", "inn", QJsonValue(QJsonValue::Null));
    row("person without a partner", "person", "partner_id", QJsonValue(QJsonValue::Undefined));
    row("deal quarter 5", "deal", "expected_quarter", 5);
    row("deal quarter 0", "deal", "expected_quarter", 0);
    row("deal state won", "deal", "state", s("won"));
    row("deal outcome", "deal", "outcome", s("cancelled"));
    row("deal filed_at not a time", "deal", "filed_at", s("yesterday"));
    row("deal without a year", "deal", "expected_year", QJsonValue(QJsonValue::Undefined));
    row("extension decision", "deal_extension", "decision", s("maybe"));
    row("feedback type", "deal_feedback", "type", s("weekly"));
    row("feedback category", "deal_feedback", "category", s("lost"));
    row("course kind", "course", "kind", s("video"));
    row("course format", "course", "format", s("webinar"));
    row("enrollment progress 101", "enrollment", "progress_pct", 101);
    row("enrollment progress -1", "enrollment", "progress_pct", -1);
    row("enrollment date", "enrollment", "enrolled_on", s("2024-13-01"));
    row("certificate competence", "certificate", "competence", s("ceo"));
    row("compat outcome", "compat_certification", "outcome", s("passed"));
}

void TestServerValidation::invalidValueRefused()
{
    QFETCH(QString, entity);
    QFETCH(QString, field);
    QFETCH(QJsonValue, value);
    QJsonObject fields = validFields(entity);
    if (value.isUndefined())
        fields.remove(field);
    else
        fields.insert(field, value);
    const QString id = QStringLiteral("bad-%1").arg(++m_counter);
    const qint64 before = feedEnd();
    const Reply r = push(id, entity, id, 0, fields);
    verifyRefused(r, entity, id, field);
    if (!value.isUndefined() && !value.isNull())
        QCOMPARE(r.result().value(s("args")).toObject().value(s("value")), value);
    QCOMPARE(feedEnd(), before);
    QVERIFY(!inFeed(entity, id));

    // An update of a stored record is refused the same way, and the record keeps its version and value.
    const QString good = s("good-") + id;
    QCOMPARE(push(good, entity, good, 0, validFields(entity)).result().value(s("status")).toString(), s("applied"));
    const qint64 stored = feedEnd();
    QJsonObject edit{{field, value.isUndefined() ? QJsonValue(QJsonValue::Null) : value}};
    const Reply update = push(good + s("-edit"), entity, good, 1, edit);
    verifyRefused(update, entity, good, field);
    QCOMPARE(update.result().value(s("version")).toInteger(), 1);
    QCOMPARE(feedEnd(), stored);
}

void TestServerValidation::forbiddenCharactersRefused_data()
{
    // Sent as JSON escapes, as a client's JSON library writes them.
    QTest::addColumn<QString>("entity");
    QTest::addColumn<QString>("field");
    QTest::addColumn<QByteArray>("fieldsJson");
    QTest::newRow("NUL in a partner's name")
        << s("partner") << s("name")
        << QByteArray(
               R"({"name":"Roma\u0000shka","legal_form":"legal_entity","inn":"7707083893","registered_on":"2024-05-17",)"
               R"("role":"partner","stage":"application"})");
    QTest::newRow("lone high surrogate in notes")
        << s("partner") << s("notes")
        << QByteArray(
               R"({"name":"Romashka","legal_form":"legal_entity","inn":"7707083893","registered_on":"2024-05-17",)"
               R"("role":"partner","stage":"application","notes":"a\ud800b"})");
    QTest::newRow("lone low surrogate at the end of a person's name")
        << s("person") << s("name") << QByteArray(R"({"partner_id":"p-any","name":"Anna\udc00"})");
    QTest::newRow("NUL inside a deal's contact")
        << s("deal") << s("reply_contact")
        << QByteArray(R"({"partner_id":"p-any","partner_name":"R","customer_name":"L","expected_year":2025,)"
                      R"("expected_quarter":1,"state":"new","reply_contact":{"name":"An\u0000na"}})");
    QTest::newRow("NUL in a course title")
        << s("course") << s("title") << QByteArray(R"({"title":"\u0000","kind":"product","format":"lab"})");
}

void TestServerValidation::forbiddenCharactersRefused()
{
    QFETCH(QString, entity);
    QFETCH(QString, field);
    QFETCH(QByteArray, fieldsJson);
    const QByteArray id = "chars-" + QByteArray::number(++m_counter);
    const qint64 before = feedEnd();
    const Reply r = pushRaw(R"({"client_id":"validation","mutations":[{"mutation_id":")" + id + R"(","entity":")"
                            + entity.toLatin1() + R"(","id":")" + id + R"(","op":"upsert","base_version":0,"fields":)"
                            + fieldsJson + "}]}");
    verifyRefused(r, entity, QString::fromLatin1(id), field);
    QCOMPARE(feedEnd(), before);
    QVERIFY(!inFeed(entity, QString::fromLatin1(id)));
    // The value is told with the character written out, never as broken text.
    if (field != QLatin1String("reply_contact"))
        QVERIFY2(r.result().value(s("args")).toObject().value(s("value")).toString().contains(s("\\u")),
                 QJsonDocument(r.result()).toJson().constData());

    // The same in a record's id.
    const Reply badId = pushRaw(
        R"({"client_id":"validation","mutations":[{"mutation_id":"id-)" + id + R"(","entity":"course","id":"c\u0000)"
        + id + R"(","op":"upsert","base_version":0,"fields":{"title":"T","kind":"product","format":"lab"}}]})");
    QCOMPARE(badId.result().value(s("code")).toString(), s("invalid_field"));
    QCOMPARE(badId.result().value(s("args")).toObject().value(s("field")).toString(), s("id"));
    QCOMPARE(feedEnd(), before);
}

void TestServerValidation::unchangedWriteKeepsVersionAndFeed()
{
    const QJsonObject fields = validFields(s("partner"));
    Reply r = push(s("same-1"), s("partner"), s("p-same"), 0, fields);
    QCOMPARE(r.result().value(s("status")).toString(), s("applied"));
    QCOMPARE(r.result().value(s("version")).toInteger(), 1);
    const qint64 end = feedEnd();

    // The whole record again, and one field with its own value: applied at the current version, nothing new.
    r = push(s("same-2"), s("partner"), s("p-same"), 1, fields);
    QCOMPARE(r.result().value(s("status")).toString(), s("applied"));
    QCOMPARE(r.result().value(s("version")).toInteger(), 1);
    r = push(s("same-3"), s("partner"), s("p-same"), 1, {{s("stage"), s("application")}});
    QCOMPARE(r.result().value(s("status")).toString(), s("applied"));
    QCOMPARE(r.result().value(s("version")).toInteger(), 1);
    QCOMPARE(feedEnd(), end);

    // A real change still makes a version and a feed entry; repeating it does not.
    r = push(s("same-4"), s("partner"), s("p-same"), 1, {{s("notes"), s("changed")}});
    QCOMPARE(r.result().value(s("version")).toInteger(), 2);
    QCOMPARE(feedEnd(), end + 1);
    r = push(s("same-5"), s("partner"), s("p-same"), 1, {{s("notes"), s("changed")}});
    QCOMPARE(r.result().value(s("status")).toString(), s("merged"));
    QCOMPARE(r.result().value(s("version")).toInteger(), 2);
    QCOMPARE(r.result().value(s("server_fields")).toObject().value(s("notes")).toString(), s("changed"));
    QCOMPARE(feedEnd(), end + 1);
}

QTEST_MAIN(TestServerValidation)
#include "tst_servervalidation.moc"
