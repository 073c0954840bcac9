#pragma once

#include <QByteArray>
#include <QString>

namespace pd::server::crypto {

// libsodium must be initialised once before any other call; false when it cannot be.
bool init();
// Argon2id (crypto_pwhash_str) with libsodium's interactive limits; empty on failure (out of memory).
QByteArray hashPassword(const QString &password);
bool verifyPassword(const QByteArray &hash, const QString &password);
// An Argon2id hash of no one's password, made with hashPassword's limits: a password checked against it
// takes as long as against a user's hash, so the time of an answer does not tell whether a user exists.
QByteArray decoyHash();
// A new token: 32 random bytes, base64url without padding.
QString newToken();
// What the store keeps of a token: its SHA-256 in hex. Lookups are by this digest, so the secret
// itself is never compared byte by byte.
QString tokenDigest(const QString &token);
bool constantTimeEquals(const QByteArray &a, const QByteArray &b);

} // namespace pd::server::crypto
