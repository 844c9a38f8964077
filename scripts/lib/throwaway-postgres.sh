# A throwaway PostgreSQL server for the test suite: a new cluster in a temporary
# folder, listening on 127.0.0.1 only, removed again on exit. Sourced, not run.
# Sets STATIONDESK_TEST_PG to its admin URL.

sd_pg_bindir() {
  ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1
}

sd_pg_run() { # runs a PostgreSQL tool as the cluster's owner
  if [ "$(id -u)" -eq 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi
}

sd_free_port() { # the first port from 55440 on that nothing listens on
  local port
  for port in $(seq 55440 55540); do
    (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null || { echo "$port"; return 0; }
  done
  echo "no free port between 55440 and 55540" >&2
  return 1
}

sd_start_throwaway_postgres() {
  local bindir
  bindir=$(sd_pg_bindir)
  [ -x "$bindir/initdb" ] || { echo "PostgreSQL server binaries not found" >&2; return 1; }
  SD_PG_DIR=$(mktemp -d /tmp/stationdesk-pg.XXXXXX)
  chmod 755 "$SD_PG_DIR"
  [ "$(id -u)" -eq 0 ] && chown postgres "$SD_PG_DIR"
  SD_PG_PORT=$(sd_free_port)
  sd_log "Starting a throwaway PostgreSQL on 127.0.0.1:$SD_PG_PORT"
  sd_pg_run "$bindir/initdb" -D "$SD_PG_DIR/data" -A trust -U postgres -E UTF8 >/dev/null
  # fsync off: the cluster is thrown away, durability is not what these tests measure.
  sd_pg_run "$bindir/pg_ctl" -D "$SD_PG_DIR/data" -l "$SD_PG_DIR/server.log" -w \
    -o "-p $SD_PG_PORT -k $SD_PG_DIR -c listen_addresses=127.0.0.1 -c fsync=off -c max_connections=200" \
    start >/dev/null
  export STATIONDESK_TEST_PG="postgresql://postgres@127.0.0.1:$SD_PG_PORT/postgres"
  trap sd_stop_throwaway_postgres EXIT
}

sd_stop_throwaway_postgres() {
  [ -n "${SD_PG_DIR:-}" ] || return 0
  sd_pg_run "$(sd_pg_bindir)/pg_ctl" -D "$SD_PG_DIR/data" -m immediate stop >/dev/null 2>&1 || true
  rm -rf "$SD_PG_DIR"
  SD_PG_DIR=
}
