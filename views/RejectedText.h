#pragma once

#include "SyncJournal.h"

#include <QString>

#include <functional>

namespace pd::views::rejectedText {

// A change the server refused, told to a person in the interface language: what was refused (the record
// by its name and the change by its field labels), why (from the refusal's code and particulars) and
// what to do about it. A refusal without a code, or with one this version does not know, reads as the
// server gave it.
struct Explanation
{
    QString what;
    QString why;
    QString todo;
};

// The name of a record named by id in a refusal (a partner, a deal's customer); the id when unknown.
using NameOf = std::function<QString(const QString &entity, const QString &id)>;

Explanation explain(const sync::client::OutboxEntry &change, const NameOf &nameOf);

// A server role ("viewer") as a person says it.
QString roleName(const QString &role);

} // namespace pd::views::rejectedText
