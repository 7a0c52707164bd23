#!/bin/sh
# One throw-away PostgreSQL cluster for a whole ctest run, as the ctest fixture "pg".
#
#   postgres-test-cluster.sh start STATE_DIR   initdb into a new folder under /tmp, start it on
#                                              127.0.0.1 and a free port, and write the URL to
#                                              STATE_DIR/url and the folder to STATE_DIR/folder
#   postgres-test-cluster.sh stop STATE_DIR    stop that cluster and remove its folder
#
# The cluster lives in a folder made by mktemp under /tmp (the postgres user must be able to
# reach it, which a build tree under /root may not allow). Its socket is in that folder, it
# listens on 127.0.0.1 only, and it trusts local connections: it holds nothing but test data and
# dies with the run. The machine's own cluster (port 5432, /var/lib/postgresql) is never touched.
set -eu

action=${1:-}
state=${2:-}
if [ -z "$action" ] || [ -z "$state" ]; then
    echo "usage: $0 start|stop STATE_DIR" >&2
    exit 2
fi

# The newest installed server's programs; Debian keeps them out of PATH.
bindir=
for candidate in /usr/lib/postgresql/*/bin; do
    [ -x "$candidate/initdb" ] && bindir=$candidate
done
if [ -z "$bindir" ]; then
    bindir=$(dirname "$(command -v initdb 2>/dev/null || echo /nonexistent/initdb)")
fi

# PostgreSQL refuses to run as root, so as root the cluster belongs to the postgres user.
as_owner() {
    if [ "$(id -u)" = 0 ]; then
        runuser -u postgres -- "$@"
    else
        "$@"
    fi
}

stop_cluster() {
    [ -f "$state/folder" ] || return 0
    folder=$(cat "$state/folder")
    case "$folder" in
        /tmp/pc-pgtest.*) ;;
        *) echo "refusing to remove '$folder': not a test cluster folder" >&2; return 1 ;;
    esac
    if [ -f "$folder/data/postmaster.pid" ]; then
        as_owner "$bindir/pg_ctl" stop -D "$folder/data" -m immediate -w >/dev/null 2>&1 || true
    fi
    rm -rf "$folder"
    rm -f "$state/folder" "$state/url"
}

case "$action" in
start)
    if [ ! -x "$bindir/initdb" ]; then
        echo "PostgreSQL's initdb was not found (install the postgresql package)" >&2
        exit 1
    fi
    mkdir -p "$state"
    # Never stop a cluster named here already: another ctest run in this build tree may be
    # using it. One left by a killed run is a folder under /tmp that the next reboot clears.
    folder=$(mktemp -d /tmp/pc-pgtest.XXXXXXXX)
    echo "$folder" >"$state/folder"
    if [ "$(id -u)" = 0 ]; then
        chown postgres "$folder"
    fi
    as_owner "$bindir/initdb" -D "$folder/data" -U postgres --auth=trust --encoding=UTF8 \
        --locale=C.UTF-8 --no-instructions >"$folder/initdb.log" 2>&1 || {
        cat "$folder/initdb.log" >&2
        stop_cluster
        exit 1
    }
    # A port another program takes between the choice and the start makes the start fail;
    # then another port is tried.
    started=
    for attempt in 1 2 3 4 5 6 7 8; do
        port=$(shuf -i 20000-60999 -n 1)
        if ss -ltnH 2>/dev/null | awk '{print $4}' | grep -q ":$port\$"; then
            continue
        fi
        if as_owner "$bindir/pg_ctl" start -D "$folder/data" -w -t 60 -l "$folder/server.log" \
            -o "-p $port -k $folder -c listen_addresses=127.0.0.1 -c fsync=off -c max_connections=200" \
            >/dev/null 2>&1; then
            started=yes
            break
        fi
    done
    if [ -z "$started" ]; then
        cat "$folder/server.log" >&2 2>/dev/null || true
        stop_cluster
        echo "the throw-away PostgreSQL cluster did not start" >&2
        exit 1
    fi
    echo "postgresql://postgres@127.0.0.1:$port/postgres" >"$state/url"
    echo "PostgreSQL test cluster in $folder on 127.0.0.1:$port"
    ;;
stop)
    stop_cluster
    echo "PostgreSQL test cluster stopped and removed"
    ;;
*)
    echo "usage: $0 start|stop STATE_DIR" >&2
    exit 2
    ;;
esac
