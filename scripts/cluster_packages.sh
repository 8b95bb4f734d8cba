#!/usr/bin/env bash
# Debian's postgresql and redis-server for the cluster mode and its tests, installed when missing
# (as scripts/test.sh installs chromium for the browser test).
set -euo pipefail
missing=()
ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || missing+=(postgresql)
command -v redis-server >/dev/null 2>&1 || missing+=(redis-server)
if [ "${#missing[@]}" -gt 0 ]; then
  echo "cluster: installing Debian ${missing[*]}"
  SUDO=""; [ "$(id -u)" -eq 0 ] || SUDO="sudo"
  $SUDO apt-get update -qq >/dev/null && $SUDO apt-get install -y -qq "${missing[@]}" >/dev/null \
    || echo "cluster: could not install ${missing[*]}; the cluster mode and its tests will fail"
fi
