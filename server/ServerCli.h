#pragma once

#include <QStringList>

#include <memory>

#include "ServerConfig.h"
#include "ServerStore.h"

namespace pd::server {

// partnerdesk-server's commands: init, run, user add|passwd|disable|unlock. Exit codes as the CLI's:
// 0 success, 1 failure, 2 usage error.
class ServerCli final
{
public:
    int run(const QStringList &arguments);

private:
    int init(const QStringList &args);
    int serve(const QStringList &args);
    int user(const QStringList &args);
    int unlock(ServerStore &store, const ServerConfig &config, const QString &name, const QString &address);
    int usage(const QString &message) const;
    static Result<std::unique_ptr<ServerStore>> openStore(const QString &url, const QString &password = {});
};

} // namespace pd::server
