#!/usr/bin/env bash
# Throwaway PostgreSQL cluster for the tests (a CTest fixture starts and stops it).
#
#   pg-cluster.sh start STATEFILE PORT   initdb + start in a new /tmp/guichet-pg.XXXXXX; its path
#                                        goes into STATEFILE
#   pg-cluster.sh stop  STATEFILE [PORT] stop it and remove it (quietly does nothing if none)
#   pg-cluster.sh halt  STATEFILE        stop the server at once, keeping its data (a crash, for
#                                        the tests of a lost server)
#   pg-cluster.sh resume STATEFILE PORT  start the halted server again on its data
#
# Tests connect with host=127.0.0.1 port=PORT user=postgres dbname=postgres, no password.
set -euo pipefail

usage() { echo "usage: $0 start|stop|halt|resume STATEFILE PORT" >&2; exit 2; }
die() { echo "pg-cluster: $*" >&2; exit 1; }

[ $# -ge 2 ] || usage
action=$1 state=$2 port=${3:-}

# Newest installed server version (Debian: /usr/lib/postgresql/<major>/bin).
bindir=$(printf '%s\n' /usr/lib/postgresql/*/bin | sort -V | tail -n 1)
[ -x "$bindir/pg_ctl" ] || die "no PostgreSQL server found under /usr/lib/postgresql (apt-get install postgresql)"

# The server refuses to run as root: as root, run it as the postgres system user.
as_pg() {
    if [ "$(id -u)" -eq 0 ]; then
        (cd / && runuser -u postgres -- "$@")
    else
        "$@"
    fi
}

# Stops and removes the cluster named in STATEFILE, if any.
stop_cluster() {
    [ -f "$state" ] || return 0
    local dir
    dir=$(head -n 1 "$state")
    # Only ever delete a directory this script made.
    if [[ "$dir" == /tmp/guichet-pg.* && -d "$dir" ]]; then
        # status: 0 when running; a server killed hard leaves a stale postmaster.pid behind.
        if as_pg "$bindir/pg_ctl" -D "$dir/data" status >/dev/null 2>&1; then
            as_pg "$bindir/pg_ctl" -D "$dir/data" -m fast -w -t 30 stop >/dev/null 2>&1 ||
                as_pg "$bindir/pg_ctl" -D "$dir/data" -m immediate -w -t 30 stop >/dev/null 2>&1 ||
                echo "pg-cluster: could not stop the server in $dir" >&2
        fi
        rm -rf -- "$dir"
    fi
    rm -f -- "$state"
}

port_in_use() { (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }

server_options() {
    local dir=$1
    local opts="-p $port -k $dir -c listen_addresses=127.0.0.1 -c fsync=off -c synchronous_commit=off"
    # GUICHET_PG_OPTIONS adds server settings (benchmarks: -c shared_buffers=4GB, as a server
    # with the memory of a production one would have).
    printf '%s' "$opts -c full_page_writes=off -c max_connections=200 ${GUICHET_PG_OPTIONS:-}"
}

case $action in
stop)
    stop_cluster
    ;;
halt)
    dir=$(head -n 1 "$state")
    [[ "$dir" == /tmp/guichet-pg.* && -d "$dir" ]] || die "no cluster in $state"
    as_pg "$bindir/pg_ctl" -D "$dir/data" -m immediate -w -t 30 stop >/dev/null
    ;;
resume)
    [[ "$port" =~ ^[0-9]+$ ]] || usage
    dir=$(head -n 1 "$state")
    [[ "$dir" == /tmp/guichet-pg.* && -d "$dir" ]] || die "no cluster in $state"
    as_pg "$bindir/pg_ctl" -D "$dir/data" -l "$dir/log" -w -t 30 -o "$(server_options "$dir")" start >/dev/null ||
        die "the server did not start again on port $port"
    ;;
start)
    [[ "$port" =~ ^[0-9]+$ ]] || usage
    stop_cluster # a cluster left over by an interrupted run
    port_in_use "$port" && die "port $port on 127.0.0.1 is already taken by another program; free it or choose another port"

    mkdir -p "$(dirname "$state")"
    : >"$state" || die "cannot write the state file $state"
    dir=$(mktemp -d /tmp/guichet-pg.XXXXXX)
    printf '%s\n' "$dir" >"$state" # written first, so that stop cleans up even a failed start
    if [ "$(id -u)" -eq 0 ]; then chown postgres: "$dir"; fi

    # -N: no fsync, the cluster is thrown away anyway.
    if ! as_pg "$bindir/initdb" -D "$dir/data" -A trust -U postgres -E UTF8 --locale=C.UTF-8 -N >"$dir/initdb.log" 2>&1; then
        rm -rf -- "$dir/data"
        as_pg "$bindir/initdb" -D "$dir/data" -A trust -U postgres -E UTF8 --locale=C -N >"$dir/initdb.log" 2>&1 || {
            cat "$dir/initdb.log" >&2
            stop_cluster
            die "initdb failed"
        }
    fi

    # The superuser of the tests connects without a password; every other role (the agents' login
    # roles) must give its password, checked with SCRAM-SHA-256 as on a real server.
    cat >"$dir/data/pg_hba.conf" <<'HBA'
local all all                trust
host  all postgres 127.0.0.1/32 trust
host  all all      127.0.0.1/32 scram-sha-256
HBA
    if [ "$(id -u)" -eq 0 ]; then chown postgres: "$dir/data/pg_hba.conf"; fi

    if ! as_pg "$bindir/pg_ctl" -D "$dir/data" -l "$dir/log" -w -t 30 -o "$(server_options "$dir")" start >/dev/null; then
        tail -n 30 "$dir/log" >&2 || true
        stop_cluster
        die "the server did not start on port $port"
    fi
    echo "pg-cluster: PostgreSQL $("$bindir/pg_ctl" --version | awk '{ print $3 }') on 127.0.0.1:$port (data in $dir)"
    ;;
*)
    usage
    ;;
esac
