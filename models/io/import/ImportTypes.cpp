#include "ImportTypes.h"

namespace pd::io {
namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(pd::io::DataTable)
};

} // namespace

QString toKey(DataTable table)
{
    switch (table) {
    case DataTable::Partners:
        return QStringLiteral("partners");
    case DataTable::People:
        return QStringLiteral("people");
    case DataTable::Certificates:
        return QStringLiteral("certificates");
    case DataTable::Deals:
        return QStringLiteral("deals");
    case DataTable::Consumption:
        return QStringLiteral("consumption");
    }
    return {};
}

std::optional<DataTable> dataTableFromKey(const QString &key)
{
    for (DataTable t : allDataTables()) {
        if (toKey(t) == key)
            return t;
    }
    return std::nullopt;
}

QList<DataTable> allDataTables()
{
    return {DataTable::Partners, DataTable::People, DataTable::Certificates, DataTable::Deals, DataTable::Consumption};
}

QString displayName(DataTable table)
{
    switch (table) {
    case DataTable::Partners:
        return Tr::tr("Partners");
    case DataTable::People:
        return Tr::tr("People");
    case DataTable::Certificates:
        return Tr::tr("Certificates");
    case DataTable::Deals:
        return Tr::tr("Deal registrations");
    case DataTable::Consumption:
        return Tr::tr("Consumption");
    }
    return {};
}

} // namespace pd::io
