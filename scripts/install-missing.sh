#!/bin/sh
# Installs, with apt-get, the Debian package of each command that is missing.
# Usage: scripts/install-missing.sh COMMAND=PACKAGE...   e.g. chromium=chromium pdftotext=poppler-utils
set -eu
missing=""
for pair in "$@"; do
  command -v "${pair%%=*}" >/dev/null 2>&1 || missing="$missing ${pair#*=}"
done
[ -n "$missing" ] || exit 0
SUDO=""; [ "$(id -u)" -eq 0 ] || SUDO=sudo
$SUDO apt-get update -qq
# shellcheck disable=SC2086 # one word per package
DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq $missing >/dev/null
