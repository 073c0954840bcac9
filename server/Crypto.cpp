#include "Crypto.h"

#include <QCryptographicHash>

#include <sodium.h>

namespace pd::server::crypto {

bool init()
{
    return sodium_init() >= 0;
}

QByteArray hashPassword(const QString &password)
{
    const QByteArray utf8 = password.toUtf8();
    QByteArray out(crypto_pwhash_STRBYTES, '\0');
    if (crypto_pwhash_str(out.data(), utf8.constData(), quint64(utf8.size()), crypto_pwhash_OPSLIMIT_INTERACTIVE,
                          crypto_pwhash_MEMLIMIT_INTERACTIVE)
        != 0)
        return {};
    out.truncate(qsizetype(qstrlen(out.constData())));
    return out;
}

bool verifyPassword(const QByteArray &hash, const QString &password)
{
    if (hash.isEmpty())
        return false;
    const QByteArray utf8 = password.toUtf8();
    QByteArray terminated = hash;
    terminated.append('\0');
    return crypto_pwhash_str_verify(terminated.constData(), utf8.constData(), quint64(utf8.size())) == 0;
}

QByteArray decoyHash()
{
    // crypto_pwhash_str of 32 random bytes, forgotten, with OPSLIMIT_INTERACTIVE and MEMLIMIT_INTERACTIVE
    // (t=2, m=64 MiB): keep it in step with hashPassword's limits.
    return QByteArrayLiteral(
        "$argon2id$v=19$m=65536,t=2,p=1$Fbywr4XGuSFRn6yUqwKB/w$Yz3JT0wxTqmJPdaeezgzum8HCUi1bzNZmSRs6HpbFik");
}

QString newToken()
{
    QByteArray bytes(32, '\0');
    randombytes_buf(bytes.data(), size_t(bytes.size()));
    return QString::fromLatin1(bytes.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
}

QString tokenDigest(const QString &token)
{
    return QString::fromLatin1(QCryptographicHash::hash(token.toUtf8(), QCryptographicHash::Sha256).toHex());
}

bool constantTimeEquals(const QByteArray &a, const QByteArray &b)
{
    return a.size() == b.size() && sodium_memcmp(a.constData(), b.constData(), size_t(a.size())) == 0;
}

} // namespace pd::server::crypto
