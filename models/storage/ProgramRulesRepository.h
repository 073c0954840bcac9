#pragma once

#include "Clock.h"
#include "ProgramRules.h"
#include "Result.h"

#include <QJsonObject>
#include <QSqlDatabase>

namespace pd::storage {

// The program's effective-dated rules. An empty store holds the example defaults from 2000-01-01;
// every saved version is audited and queued for sync like any other record (entity "program_rules",
// id = the effective date).
class ProgramRulesRepository final
{
public:
    ProgramRulesRepository(QSqlDatabase db, const Clock &clock, QString actor);

    Result<domain::RuleBook> load() const;
    Status save(const domain::ProgramRules &rules);

    static QJsonObject toJson(const domain::ProgramRules &rules);
    static domain::ProgramRules fromJson(const QJsonObject &json, const QDate &effectiveFrom);

private:
    QSqlDatabase m_db;
    const Clock &m_clock;
    QString m_actor;
};

} // namespace pd::storage
