#include "SyncService.h"

#include <QHash>
#include <QJsonArray>
#include <QLocale>

#include "Conflicts.h"
#include "Crypto.h"
#include "DealRules.h"
#include "EntitySchema.h"

namespace pd::server {
namespace {

using namespace pd::domain;

QString s(const char *latin1)
{
    return QString::fromLatin1(latin1);
}

QDateTime time(const QJsonValue &v)
{
    return QDateTime::fromString(v.toString(), Qt::ISODateWithMs).toUTC();
}

// The fields of a deal as the domain's Registration, for its state machine and conflict rules.
Registration registration(const QString &id, const QJsonObject &f)
{
    Registration r;
    r.id = id;
    r.partnerId = f.value(s("partner_id")).toString();
    r.partnerName = f.value(s("partner_name")).toString();
    r.partnerInn = f.value(s("partner_inn")).toString();
    r.replyContact = contactFromJson(f.value(s("reply_contact")));
    r.partnerAccountManager = f.value(s("partner_account_manager")).toString();
    r.customerName = f.value(s("customer_name")).toString();
    r.customerInn = f.value(s("customer_inn")).toString();
    r.customerContact = contactFromJson(f.value(s("customer_contact")));
    r.customerProjectIds = stringsFromJson(f.value(s("customer_project_ids")));
    const QString currency = f.value(s("currency")).toString(s("RUB"));
    r.amount = Money(f.value(s("amount_minor")).toInteger(), currency);
    r.expectedYear = f.value(s("expected_year")).toInt();
    r.expectedQuarter = f.value(s("expected_quarter")).toInt();
    r.expectedAnnualConsumption = Money(f.value(s("expected_consumption_minor")).toInteger(), currency);
    r.products = stringsFromJson(f.value(s("products")));
    r.description = f.value(s("description")).toString();
    r.state = applicationStateFromKey(f.value(s("state")).toString()).value_or(ApplicationState::New);
    r.stateComment = f.value(s("state_comment")).toString();
    r.filedAt = time(f.value(s("filed_at")));
    r.registeredAt = time(f.value(s("registered_at")));
    r.protectionDays = f.value(s("protection_days")).toInt();
    r.outcome = dealOutcomeFromKey(f.value(s("outcome")).toString()).value_or(DealOutcome::InProgress);
    r.closedAt = time(f.value(s("closed_at")));
    return r;
}

// The store failed under a mutation: push() rolls the whole request back and answers 500.
sync::MutationResult failedWrite(const sync::Mutation &m, const Error &error)
{
    sync::MutationResult r;
    r.mutationId = m.mutationId;
    r.status = s("error");
    r.reason = error.message;
    return r;
}

QString timeText(const QDateTime &t)
{
    return t.toUTC().toString(Qt::ISODateWithMs);
}

} // namespace

SyncService::SyncService(ServerStore &store, const ServerConfig &config, std::function<QDateTime()> clock,
                         std::function<void(const QString &)> log)
    : m_store(store), m_config(config),
      m_clock(clock ? std::move(clock) : [] { return QDateTime::currentDateTimeUtc(); }),
      m_throttle(store, config.signIn, m_clock, std::move(log))
{}

std::variant<TokenPair, ApiError> SyncService::issue(const UserRecord &user)
{
    const QDateTime now = m_clock();
    TokenPair pair{crypto::newToken(), crypto::newToken(), m_config.accessTokenSeconds, user.role};
    if (Status st = m_store.saveToken(crypto::tokenDigest(pair.accessToken),
                                      {user.name, s("access"), now.addSecs(m_config.accessTokenSeconds)});
        !st)
        return ApiError{500, s("internal"), st.error().message};
    if (Status st = m_store.saveToken(crypto::tokenDigest(pair.refreshToken),
                                      {user.name, s("refresh"), now.addSecs(m_config.refreshTokenSeconds)});
        !st)
        return ApiError{500, s("internal"), st.error().message};
    return pair;
}

std::variant<TokenPair, ApiError> SyncService::token(const sync::TokenRequest &request, const QString &peerAddress)
{
    auto begun = beginToken(request, peerAddress);
    if (auto *check = std::get_if<PasswordCheck>(&begun))
        return finishToken(*check, crypto::verifyPassword(check->hash, check->password));
    if (auto *e = std::get_if<ApiError>(&begun))
        return std::move(*e);
    return std::get<TokenPair>(std::move(begun));
}

std::variant<TokenPair, ApiError, PasswordCheck> SyncService::beginToken(const sync::TokenRequest &request,
                                                                         const QString &peerAddress)
{
    if (request.grantType == QLatin1String("refresh_token")) {
        const QString digest = crypto::tokenDigest(request.refreshToken);
        auto t = m_store.token(digest);
        if (!t)
            return ApiError{500, s("internal"), t.error().message};
        if (!t.value() || t.value()->kind != QLatin1String("refresh") || t.value()->expiresAt <= m_clock())
            return ApiError{401, s("invalid_grant"), s("the refresh token is unknown or has expired")};
        auto u = m_store.user(t.value()->user);
        if (!u || !u.value() || u.value()->disabled)
            return ApiError{401, s("invalid_grant"), s("the user is disabled")};
        // A refresh token is used once: the client gets a new pair.
        (void)m_store.deleteToken(digest);
        auto issued = issue(*u.value());
        if (auto *e = std::get_if<ApiError>(&issued))
            return std::move(*e);
        return std::get<TokenPair>(std::move(issued));
    }
    auto refusal = m_throttle.admit(request.user, peerAddress);
    if (!refusal)
        return ApiError{500, s("internal"), refusal.error().message};
    if (const auto &r = refusal.value()) {
        if (r->locked)
            return ApiError{429, s("locked"),
                            QStringLiteral("too many failed sign-ins: locked for %1 s more, or until an administrator "
                                           "unlocks it")
                                .arg(r->retryAfterSeconds),
                            r->retryAfterSeconds};
        return ApiError{429, s("too_many_attempts"),
                        QStringLiteral("too many failed sign-ins: try again in %1 s").arg(r->retryAfterSeconds),
                        r->retryAfterSeconds};
    }
    auto u = m_store.user(request.user);
    if (!u)
        return ApiError{500, s("internal"), u.error().message};
    if (!u.value())
        return PasswordCheck{request.user, crypto::decoyHash(), request.password, peerAddress, false};
    return PasswordCheck{request.user, u.value()->passwordHash, request.password, peerAddress, true};
}

std::variant<TokenPair, ApiError> SyncService::finishToken(const PasswordCheck &check, bool passwordMatches)
{
    const auto refuse = [&](const QString &reason, const ApiError &answer) -> std::variant<TokenPair, ApiError> {
        if (Status st = m_throttle.failed(check.user, check.peer, reason); !st)
            return ApiError{500, s("internal"), st.error().message};
        return answer;
    };
    const ApiError denied{401, s("invalid_grant"), s("wrong user name or password")};
    if (!check.knownUser)
        return refuse(s("unknown user"), denied);
    if (!passwordMatches)
        return refuse(s("wrong password"), denied);
    auto u = m_store.user(check.user);
    if (!u)
        return ApiError{500, s("internal"), u.error().message};
    // The password was checked against this hash: a user removed or given a new password meanwhile is refused.
    if (!u.value() || u.value()->passwordHash != check.hash)
        return refuse(s("password changed during the check"), denied);
    if (u.value()->disabled)
        return refuse(s("user disabled"), ApiError{401, s("user_disabled"), s("the user is disabled")});
    if (Status st = m_throttle.succeeded(check.user, check.peer); !st)
        return ApiError{500, s("internal"), st.error().message};
    return issue(*u.value());
}

Status SyncService::forgetIdleSignInFailures()
{
    return m_throttle.forgetIdle();
}

std::variant<UserRecord, ApiError> SyncService::authenticate(const QByteArray &header)
{
    if (!header.startsWith("Bearer "))
        return ApiError{401, s("unauthorized"), s("an access token is required: Authorization: Bearer TOKEN")};
    const QString tok = QString::fromLatin1(header.mid(7).trimmed());
    auto t = m_store.token(crypto::tokenDigest(tok));
    if (!t)
        return ApiError{500, s("internal"), t.error().message};
    if (!t.value() || t.value()->kind != QLatin1String("access"))
        return ApiError{401, s("invalid_token"), s("the access token is unknown")};
    if (t.value()->expiresAt <= m_clock())
        return ApiError{401, s("token_expired"), s("the access token has expired; refresh it")};
    auto u = m_store.user(t.value()->user);
    if (!u)
        return ApiError{500, s("internal"), u.error().message};
    if (!u.value() || u.value()->disabled)
        return ApiError{401, s("user_disabled"), s("the user is disabled")};
    return *u.value();
}

std::variant<sync::ChangesPage, ApiError> SyncService::changes(qint64 since, int limit, bool fromZero)
{
    auto purged = m_store.purgedUpTo();
    if (!purged)
        return ApiError{500, s("internal"), purged.error().message};
    if (since > 0 && since < purged.value() && !fromZero)
        return ApiError{
            410, s("resync_required"),
            QStringLiteral(
                "deletions before seq %1 have been purged; do a full resync from since=0 (with resync=1 on every page)")
                .arg(purged.value())};
    auto list = m_store.changes(since, limit + 1);
    if (!list)
        return ApiError{500, s("internal"), list.error().message};
    sync::ChangesPage page;
    page.epoch = m_store.epoch();
    page.changes = list.value();
    page.hasMore = page.changes.size() > limit;
    if (page.hasMore)
        page.changes.removeLast();
    page.lastSeq = page.changes.isEmpty() ? since : page.changes.last().seq;
    return page;
}

Result<int> SyncService::purgeTombstones()
{
    if (Status st = m_store.beginWrite(); !st)
        return st.error();
    auto n = m_store.purgeTombstones(m_clock().addDays(-m_config.tombstoneRetentionDays));
    if (!n) {
        m_store.rollback();
        return n.error();
    }
    if (Status st = m_store.commit(); !st)
        return st.error();
    return n;
}

Status SyncService::health()
{
    return m_store.ping();
}

// What one push reads more than once. The live deals as registrations with their customer keys are read
// when the first registration of the push is checked against its competitors, and kept current as the push
// writes deals: a first upload of a register checks hundreds of registered deals against each other.
struct SyncService::PushScope
{
    struct Deal
    {
        Registration registration;
        CustomerKey key;
    };
    std::optional<QHash<QString, Deal>> deals;

    static Deal dealOf(const QString &id, const QJsonObject &fields)
    {
        Deal d{registration(id, fields), {}};
        d.key = customers::keyOf(d.registration);
        return d;
    }
};

std::variant<QList<sync::MutationResult>, ApiError> SyncService::push(const UserRecord &user,
                                                                      const sync::PushRequest &request)
{
    if (user.role == QLatin1String("viewer"))
        return ApiError{403, s("forbidden"), s("a viewer may not write")};
    // A mutation id is the protocol's, not data: one no database can keep refuses the whole push. A record
    // id that cannot be kept is refused for its mutation alone (apply), and never goes near the store.
    QList<sync::Mutation> storable;
    for (const sync::Mutation &m : request.mutations) {
        if (sync::entitySchema::hasForbiddenCharacters(m.mutationId))
            return ApiError{400, s("bad_request"),
                            QStringLiteral("mutation_id '%1' holds a NUL character or a lone UTF-16 surrogate")
                                .arg(sync::entitySchema::escapeForbiddenCharacters(m.mutationId))};
        if (!sync::entitySchema::hasForbiddenCharacters(m.id))
            storable.append(m);
    }
    if (Status st = m_store.beginWrite(); !st)
        return ApiError{503, s("busy"), st.error().message};
    if (Status st = m_store.preload(storable); !st) {
        m_store.rollback();
        return ApiError{500, s("internal"), st.error().message};
    }
    const QString device = request.device.isEmpty() ? request.clientId : request.device;
    PushScope scope;
    QList<sync::MutationResult> results;
    for (const sync::Mutation &m : request.mutations) {
        auto stored = m_store.mutation(m.mutationId);
        if (!stored) {
            m_store.rollback();
            return ApiError{500, s("internal"), stored.error().message};
        }
        if (stored.value()) {
            if (stored.value()->digest != m.payloadDigest() || stored.value()->user != user.name) {
                m_store.rollback();
                return ApiError{
                    422, s("mutation_id_reused"),
                    QStringLiteral("mutation_id '%1' was already used with a different payload").arg(m.mutationId)};
            }
            if (auto r = sync::MutationResult::fromJson(stored.value()->result))
                results.append(*r);
            continue;
        }
        sync::MutationResult r = apply(user, device, m, scope);
        if (r.status == QLatin1String("error")) {
            m_store.rollback();
            return ApiError{500, s("internal"), r.reason};
        }
        if (Status st = m_store.saveMutation(m.mutationId, {user.name, m.payloadDigest(), r.toJson()}); !st) {
            m_store.rollback();
            return ApiError{500, s("internal"), st.error().message};
        }
        results.append(r);
    }
    if (Status st = m_store.commit(); !st) {
        m_store.rollback();
        return ApiError{503, s("busy"), st.error().message};
    }
    return results;
}

Result<QJsonObject> SyncService::authorsOf(const StoredRecord &current, const QStringList &fields)
{
    auto history = m_store.history(current.entity, current.id);
    if (!history)
        return history.error();
    QHash<qint64, HistoryEntry> byVersion;
    for (const HistoryEntry &h : history.value())
        byVersion.insert(h.version, h);
    QJsonObject authors;
    for (const QString &field : fields) {
        // A deletion is the record's last version; a field's value was stored by the version that last changed it.
        const qint64 version =
            field == QLatin1String("deleted") ? current.version : current.fieldVersions.value(field).toInteger();
        const auto it = byVersion.constFind(version);
        if (it == byVersion.cend())
            continue; // written before the server kept its history
        authors.insert(field, QJsonObject{{s("user"), it->stamp.user},
                                          {s("at"), timeText(it->at)},
                                          {s("device"), it->stamp.device},
                                          {s("action"), it->stamp.action}});
    }
    return authors;
}

sync::MutationResult SyncService::apply(const UserRecord &user, const QString &device, const sync::Mutation &m,
                                        PushScope &scope)
{
    sync::MutationResult r;
    r.mutationId = m.mutationId;
    qint64 storedVersion = 0; // the version a refusal tells the client
    const auto reject = [&](const Refusal &why) {
        r.status = s("rejected");
        r.reason = why.reason;
        r.code = why.code;
        r.args = why.args;
        r.version = storedVersion;
        return r;
    };
    // An id no database can keep is refused before it is looked up (PostgreSQL cannot even compare it).
    if (sync::entitySchema::hasForbiddenCharacters(m.id))
        return reject(invalidField(m, {}, false));
    auto cur = m_store.record(m.entity, m.id);
    if (!cur)
        return failedWrite(m, cur.error());
    const std::optional<StoredRecord> current = cur.value();
    const bool exists = current && !current->deleted;
    storedVersion = current ? current->version : 0;
    // A value no client could store is refused before it can become a conflict for someone to settle.
    if (!m.isDelete()) {
        if (const Refusal why = invalidField(m, m.fields, false); why.refused())
            return reject(why);
    }

    // Which of the sent fields were changed on the server since the client's base version.
    QStringList conflicting;
    bool othersChanged = false;
    if (current) {
        othersChanged = current->version > m.baseVersion;
        if (m.isDelete() || current->deleted) {
            if (current->version > m.baseVersion && !(m.isDelete() && current->deleted))
                conflicting = QStringList{s("deleted")};
        } else {
            for (auto it = m.fields.begin(); it != m.fields.end(); ++it) {
                if (current->fieldVersions.value(it.key()).toInteger() > m.baseVersion
                    && current->fields.value(it.key()) != it.value())
                    conflicting.append(it.key());
            }
        }
    }
    if (!conflicting.isEmpty()) {
        auto authors = authorsOf(*current, conflicting);
        if (!authors)
            return failedWrite(m, authors.error());
        r.status = s("conflict");
        r.version = current->version;
        r.serverFields = current->fields;
        r.serverDeleted = current->deleted;
        r.conflictingFields = conflicting;
        r.serverAuthors = authors.value();
        return r;
    }
    if (m.isDelete() && !exists) {
        r.status = s("applied");
        r.version = current ? current->version : 0;
        return r;
    }

    StoredRecord next;
    next.entity = m.entity;
    next.id = m.id;
    next.version = (current ? current->version : 0) + 1;
    next.updatedAt = m_clock();
    next.fields = exists ? current->fields : QJsonObject();
    next.fieldVersions = exists ? current->fieldVersions : QJsonObject();
    next.stamp = {m.isDelete() ? s("delete") : current ? s("update") : s("upload"), user.name, device};
    bool stamped = false;
    if (m.isDelete()) {
        next.deleted = true;
        next.fields = current->fields;
    } else {
        for (auto it = m.fields.begin(); it != m.fields.end(); ++it) {
            if (!exists || next.fields.value(it.key()) != it.value()) {
                next.fields.insert(it.key(), it.value());
                next.fieldVersions.insert(it.key(), next.version);
            }
        }
        if (m.entity == QLatin1String("deal") && !exists) {
            // Priority between competing registrations is the server's time of receipt. A registration that
            // arrives already decided (a register kept before joining the team) keeps the filing time it has.
            const QString state = next.fields.value(s("state")).toString(s("new"));
            const bool decided = state != QLatin1String("new") && state != QLatin1String("awaiting_review");
            if (!decided || !time(next.fields.value(s("filed_at"))).isValid()) {
                next.fields.insert(s("filed_at"), timeText(next.updatedAt));
                stamped = true;
            }
        }
    }
    if (!m.isDelete()) {
        // The record as it would be stored: a field it needs may be missing from a first upload. Its values
        // are those just checked and those checked when they were written.
        if (const Refusal why = invalidField(m, next.fields, true); why.refused())
            return reject(why);
    }
    if (const Refusal why = writeRefusal(user, m, exists ? current : std::nullopt, next.fields, scope); why.refused()) {
        if (why.code == QLatin1String("internal"))
            return failedWrite(m, Error{why.reason, {}, {}});
        return reject(why);
    }
    r.status = othersChanged && exists ? s("merged") : s("applied");
    if (exists && !m.isDelete() && next.fields == current->fields) {
        // Nothing changes: no new version, no feed entry; the client learns the version it already has.
        r.version = current->version;
        if (r.status == QLatin1String("merged"))
            r.serverFields = current->fields;
        return r;
    }
    auto seq = m_store.writeRecord(next);
    if (!seq)
        return failedWrite(m, seq.error());
    if (m.entity == QLatin1String("deal") && scope.deals) {
        if (next.deleted)
            scope.deals->remove(next.id);
        else
            scope.deals->insert(next.id, PushScope::dealOf(next.id, next.fields));
    }
    r.version = next.version;
    // The record as it now is, when the client cannot know it from what it sent: others' fields were
    // merged in, or the server set a field itself. The client takes it as its new base at once.
    if (!m.isDelete() && (r.status == QLatin1String("merged") || stamped))
        r.serverFields = next.fields;
    return r;
}

SyncService::Refusal SyncService::invalidField(const sync::Mutation &m, const QJsonObject &fields, bool whole)
{
    std::optional<sync::FieldProblem> problem;
    if (sync::entitySchema::hasForbiddenCharacters(m.id))
        problem = sync::FieldProblem{
            s("id"), sync::entitySchema::escapeForbiddenCharacters(m.id),
            QStringLiteral("the id of %1 may not hold a NUL character or a lone UTF-16 surrogate").arg(m.entity)};
    else
        problem = whole ? sync::entitySchema::missingRequired(m.entity, fields)
                        : sync::entitySchema::recordProblem(m.entity, fields, false);
    if (!problem)
        return {};
    const QString id = sync::entitySchema::escapeForbiddenCharacters(m.id);
    return {s("invalid_field"),
            {{s("entity"), m.entity}, {s("id"), id}, {s("field"), problem->field}, {s("value"), problem->value}},
            QStringLiteral("%1 %2: %3").arg(m.entity, id, problem->reason)};
}

SyncService::Refusal SyncService::writeRefusal(const UserRecord &user, const sync::Mutation &m,
                                               const std::optional<StoredRecord> &current, const QJsonObject &merged,
                                               PushScope &scope)
{
    if (user.role == QLatin1String("manager")) {
        // A manager writes the partners whose manager field is their user name, and everything
        // that belongs to those partners.
        const auto ownsPartner = [&](const QString &partnerId) -> bool {
            auto p = m_store.record(s("partner"), partnerId);
            return p && p.value() && !p.value()->deleted
                   && p.value()->fields.value(s("manager")).toString() == user.name;
        };
        QString partnerId;
        if (m.entity == QLatin1String("partner")) {
            if (current && current->fields.value(s("manager")).toString() != user.name)
                return {s("partner_of_other_manager"),
                        {{s("partner_id"), m.id}},
                        QStringLiteral("partner %1 is assigned to another manager").arg(m.id)};
            if (!m.isDelete() && merged.value(s("manager")).toString() != user.name)
                return {s("manager_field"),
                        {{s("user"), user.name}},
                        QStringLiteral("a manager may only write partners whose manager is '%1'").arg(user.name)};
        } else if (sync::entitySchema::parentEntity(m.entity).isEmpty()) {
            // The course catalogue and the program's rules belong to no partner: administrators keep them.
            return {
                s("admin_only"), {{s("entity"), m.entity}}, QStringLiteral("only an admin may write %1").arg(m.entity)};
        } else {
            QString parentId = merged.value(sync::entitySchema::parentField(m.entity)).toString();
            if (current && current->fields.value(sync::entitySchema::parentField(m.entity)).toString() != parentId)
                return {s("parent_moved"),
                        {{s("entity"), m.entity}, {s("id"), m.id}},
                        QStringLiteral("%1 %2 may not move to another parent").arg(m.entity, m.id)};
            const QString parentEntity = sync::entitySchema::parentEntity(m.entity);
            if (parentEntity == QLatin1String("deal") || parentEntity == QLatin1String("person")) {
                auto parent = m_store.record(parentEntity, parentId);
                if (!parent || !parent.value() || parent.value()->deleted)
                    return {s("parent_missing"),
                            {{s("parent_entity"), parentEntity}, {s("parent_id"), parentId}},
                            QStringLiteral("%1 %2 does not exist").arg(parentEntity, parentId)};
                parentId = parent.value()->fields.value(s("partner_id")).toString();
            }
            if (!ownsPartner(parentId))
                return {s("partner_not_assigned"),
                        {{s("partner_id"), parentId}, {s("user"), user.name}},
                        QStringLiteral("partner %1 is not assigned to '%2'").arg(parentId, user.name)};
        }
    } else if (user.role != QLatin1String("admin")) {
        return {s("role"), {{s("role"), user.role}}, QStringLiteral("the role '%1' may not write").arg(user.role)};
    }
    if (m.entity == QLatin1String("deal") && !m.isDelete())
        return dealRefusal(current, merged, m.id, scope);
    return {};
}

SyncService::Refusal SyncService::dealRefusal(const std::optional<StoredRecord> &current, const QJsonObject &merged,
                                              const QString &id, PushScope &scope)
{
    const QString stateKey = merged.value(s("state")).toString(s("new"));
    const auto state = applicationStateFromKey(stateKey);
    if (!state)
        return {s("unknown_state"), {{s("state"), stateKey}}, QStringLiteral("unknown deal state '%1'").arg(stateKey)};
    const QString outcomeKey = merged.value(s("outcome")).toString(s("in_progress"));
    const auto outcome = dealOutcomeFromKey(outcomeKey);
    if (!outcome)
        return {s("unknown_outcome"),
                {{s("outcome"), outcomeKey}},
                QStringLiteral("unknown deal outcome '%1'").arg(outcomeKey)};
    const Registration after = registration(id, merged);
    // A record the server has never seen is a first upload, not a step of the state machine: it is taken in
    // any state that is valid on its own (a register kept before joining the team holds decided deals).
    const bool upload = !current;
    if (upload) {
        if (*state == ApplicationState::Registered && (!after.registeredAt.isValid() || after.protectionDays <= 0))
            return {s("protection_missing"),
                    {},
                    s("a registered deal needs its registration date (registered_at) and protection period "
                      "(protection_days)")};
        if (*outcome != DealOutcome::InProgress && *state != ApplicationState::Registered)
            return {s("outcome_change"),
                    {{s("from"), toKey(DealOutcome::InProgress)}, {s("to"), outcomeKey}},
                    dealRules::outcomeRefusal(after, *outcome)};
    } else {
        const Registration before = registration(id, current->fields);
        if (before.state != *state) {
            if (QString why = dealRules::transitionRefusal(before, *state, after.stateComment); !why.isEmpty())
                return {s("transition"), {{s("from"), toKey(before.state)}, {s("to"), stateKey}}, why};
        }
        if (before.outcome != *outcome) {
            if (QString why = dealRules::outcomeRefusal(before, *outcome); !why.isEmpty())
                return {s("outcome_change"), {{s("from"), toKey(before.outcome)}, {s("to"), outcomeKey}}, why};
        }
    }
    if (*state != ApplicationState::Registered
        || (!upload && current->fields.value(s("state")) == merged.value(s("state"))))
        return {};
    if (!scope.deals) {
        auto deals = m_store.records(s("deal"));
        if (!deals)
            return {s("internal"), {}, deals.error().message};
        scope.deals.emplace();
        for (const StoredRecord &d : deals.value())
            scope.deals->insert(d.id, PushScope::dealOf(d.id, d.fields));
    }
    // Only registrations of another partner with the same customer can compete (conflicts::find): the
    // customer keys, made once per deal, pick them out before the full comparison.
    const CustomerKey key = customers::keyOf(after);
    QList<Registration> competitors;
    for (const PushScope::Deal &d : std::as_const(*scope.deals)) {
        if (d.registration.id != id && d.registration.partnerId != after.partnerId
            && customers::sameCustomer(key, d.key))
            competitors.append(d.registration);
    }
    const QDateTime now = m_clock();
    const auto blocker = conflicts::approvalBlocker(after, competitors, ProtectionPolicy{}, now, upload);
    if (!blocker)
        return {};
    const Registration &other = blocker->other;
    const QString why = conflicts::approvalRefusal(after, {other}, ProtectionPolicy{}, now);
    QJsonObject args{{s("competitor_id"), other.id},
                     {s("partner"), other.partnerName},
                     {s("customer"), other.customerName},
                     {s("products"), QJsonArray::fromStringList(blocker->conflict.commonProducts)}};
    if (blocker->kind == conflicts::Blocker::Kind::Registered) {
        args.insert(s("until"), dealRules::protectionEnd(other).date().toString(Qt::ISODate));
        return {s("protected_elsewhere"), args, why};
    }
    args.insert(s("filed_at"), other.filedAt.date().toString(Qt::ISODate));
    return {s("earlier_registration"), args, why};
}

} // namespace pd::server
