#!/usr/bin/env bash
# Make sure the redis-server and PostgreSQL server binaries exist (the tests start throwaway instances).
# Installs them with apt-get when missing and running as root; says what to do otherwise.
set -euo pipefail
say() { printf 'ensure-servers: %s\n' "$*" >&2; }

missing=()
command -v redis-server >/dev/null 2>&1 || missing+=(redis-server)
ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || command -v initdb >/dev/null 2>&1 || missing+=(postgresql)
[ ${#missing[@]} -eq 0 ] && exit 0

if command -v apt-get >/dev/null 2>&1 && [ "$(id -u)" -eq 0 ]; then
  say "installing ${missing[*]} with apt-get"
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${missing[@]}" >/dev/null
  # Debian starts these services after installing them; the tests need only the binaries.
  exit 0
fi
say "the tests need ${missing[*]}: run 'sudo apt-get install ${missing[*]}' (or run make test as root)"
exit 1
