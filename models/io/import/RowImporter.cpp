#include "RowImporter.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace pd::io {

QVariant RowImporter::bound(const QJsonValue &v)
{
    if (v.isArray())
        return QString::fromUtf8(QJsonDocument(v.toArray()).toJson(QJsonDocument::Compact));
    if (v.isObject())
        return QString::fromUtf8(QJsonDocument(v.toObject()).toJson(QJsonDocument::Compact));
    if (v.isDouble())
        return v.toInteger();
    if (v.isNull() || v.isUndefined())
        return QVariant();
    if (v.isString())
        return v.toString().isNull() ? QStringLiteral("") : v.toString();
    return v.toVariant();
}

} // namespace pd::io
