#!/usr/bin/env bash
# A throw-away PostgreSQL for the server tests and benchmarks: initdb into a temporary directory,
# start it on a free loopback port with its socket in that directory, and stop and remove it after.
#   pg-fixture.sh start [--durable]  -> prints "PORT DIR" (user pd, database partnerdesk, trust auth on loopback)
#   pg-fixture.sh stop DIR
#   pg-fixture.sh restart DIR   restarts the cluster (fast shutdown: open connections are cut) and waits
#   pg-fixture.sh down DIR      stops the cluster and keeps it (its data and port) for `up`
#   pg-fixture.sh up DIR        starts a cluster stopped by `down` again, on the same port, and waits
# PostgreSQL refuses to run as root: as root, the cluster runs as the postgres user.
# --durable keeps fsync on (benchmarks); tests run with fsync off.
set -euo pipefail

die() { printf 'pg-fixture: %s\n' "$*" >&2; exit 3; }

bindir="$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1 || true)"
if [[ -z "$bindir" || ! -x "$bindir/initdb" || ! -x "$bindir/pg_ctl" ]]; then
    die "PostgreSQL's server binaries are missing (/usr/lib/postgresql/*/bin/initdb). Run scripts/setup-debian.sh (it installs the 'postgresql' package), then run the tests again."
fi

as_owner() {
    if [[ "$(id -u)" == "0" ]]; then
        id postgres >/dev/null 2>&1 || die "running as root needs the 'postgres' user (created by the postgresql package); run scripts/setup-debian.sh"
        runuser -u postgres -- "$@"
    else
        "$@"
    fi
}

fixture_dir() {
    local dir="${1:?usage: pg-fixture.sh $2 DIR}"
    [[ "$dir" == /tmp/pd-pg.* && -d "$dir/data" ]] || die "$dir is not a fixture directory"
    printf '%s' "$dir"
}

# Starts the cluster in DIR with the options `start` gave it (kept in DIR/postgres.options).
start_cluster() {
    local dir="$1"
    as_owner "$bindir/pg_ctl" -D "$dir/data" -l "$dir/server.log" -w -t 30 start -o "$(cat "$dir/postgres.options")" >/dev/null 2>&1
}

case "${1:-}" in
start)
    fsync=off
    [[ "${2:-}" == "--durable" ]] && fsync=on
    dir="$(mktemp -d /tmp/pd-pg.XXXXXX)"
    chmod 700 "$dir"
    [[ "$(id -u)" == "0" ]] && chown postgres: "$dir"
    if ! as_owner "$bindir/initdb" -D "$dir/data" -U pd --auth=trust --encoding=UTF8 --locale=C.UTF-8 >"$dir/initdb.log" 2>&1; then
        cat "$dir/initdb.log" >&2
        rm -rf "$dir"
        die "initdb failed"
    fi
    for _ in $(seq 1 20); do
        port=$((20000 + RANDOM % 40000))
        echo "-p $port -k $dir -c listen_addresses=127.0.0.1 -c fsync=$fsync -c max_connections=50" >"$dir/postgres.options"
        if start_cluster "$dir"; then
            if as_owner "$bindir/createdb" -h 127.0.0.1 -p "$port" -U pd partnerdesk >/dev/null 2>&1; then
                echo "$port $dir"
                exit 0
            fi
            as_owner "$bindir/pg_ctl" -D "$dir/data" -m immediate stop >/dev/null 2>&1 || true
        fi
    done
    cat "$dir/server.log" >&2 || true
    rm -rf "$dir"
    die "could not start PostgreSQL on a free loopback port"
    ;;
stop)
    dir="${2:?usage: pg-fixture.sh stop DIR}"
    [[ "$dir" == /tmp/pd-pg.* ]] || die "refusing to remove $dir: not a fixture directory"
    as_owner "$bindir/pg_ctl" -D "$dir/data" -m fast -w stop >/dev/null 2>&1 || true
    rm -rf "$dir"
    ;;
restart)
    dir="$(fixture_dir "${2:-}" restart)"
    as_owner "$bindir/pg_ctl" -D "$dir/data" -l "$dir/server.log" -m fast -w -t 30 restart >/dev/null 2>&1 \
        || { tail -n 20 "$dir/server.log" >&2; die "could not restart PostgreSQL in $dir"; }
    ;;
down)
    dir="$(fixture_dir "${2:-}" down)"
    as_owner "$bindir/pg_ctl" -D "$dir/data" -m fast -w -t 30 stop >/dev/null 2>&1 \
        || { tail -n 20 "$dir/server.log" >&2; die "could not stop PostgreSQL in $dir"; }
    ;;
up)
    dir="$(fixture_dir "${2:-}" up)"
    start_cluster "$dir" || { tail -n 20 "$dir/server.log" >&2; die "could not start PostgreSQL in $dir again"; }
    ;;
*)
    echo "usage: pg-fixture.sh start [--durable] | stop DIR | restart DIR | down DIR | up DIR" >&2
    exit 2
    ;;
esac
