#!/usr/bin/env bash
# Make sure Python >= 3.11 with venv support exists; install Debian's python3-venv when missing (as root).
set -euo pipefail
PYTHON="${1:-python3}"
say() { printf 'ensure-python: %s\n' "$*" >&2; }
as_root() { if [ "$(id -u)" -eq 0 ]; then "$@"; else return 1; fi; }

if ! command -v "$PYTHON" >/dev/null 2>&1; then
  if command -v apt-get >/dev/null 2>&1 && [ "$(id -u)" -eq 0 ]; then
    say "installing python3 with apt-get"
    apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq python3 python3-venv >/dev/null
  else
    say "$PYTHON not found: install Python 3.11 or newer (Debian/Ubuntu: sudo apt-get install python3 python3-venv)"
    exit 1
  fi
fi
if ! "$PYTHON" -c 'import sys; sys.exit(sys.version_info < (3, 11))'; then
  say "$("$PYTHON" --version 2>&1) is too old: the service needs Python 3.11 or newer"
  exit 1
fi
if ! "$PYTHON" -c 'import venv, ensurepip' >/dev/null 2>&1; then
  version=$("$PYTHON" -c 'import sys; print(f"{sys.version_info[0]}.{sys.version_info[1]}")')
  if command -v apt-get >/dev/null 2>&1 && as_root true; then
    say "installing python${version}-venv with apt-get"
    apt-get update -qq
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "python${version}-venv" >/dev/null \
      || DEBIAN_FRONTEND=noninteractive apt-get install -y -qq python3-venv >/dev/null
  else
    say "Python's venv module is missing: run 'sudo apt-get install python${version}-venv' and try again"
    exit 1
  fi
fi
