#!/bin/sh
# Installs what a fresh machine lacks to build journeymap: pkg-config and libcmark.
# Does nothing when they are already there.
set -eu

if command -v pkg-config >/dev/null 2>&1 && pkg-config --exists libcmark; then
  exit 0
fi

if command -v apt-get >/dev/null 2>&1; then
  SUDO=""
  if [ "$(id -u)" -ne 0 ]; then SUDO="sudo"; fi
  echo "journeymap: installing libcmark-dev and pkg-config with apt-get" >&2
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq libcmark-dev pkg-config >/dev/null
elif command -v brew >/dev/null 2>&1; then
  echo "journeymap: installing cmark and pkg-config with Homebrew" >&2
  brew install cmark pkg-config
else
  echo "journeymap: libcmark is missing; install it (Debian: libcmark-dev, Homebrew: cmark) and pkg-config" >&2
  exit 1
fi

pkg-config --exists libcmark || { echo "journeymap: libcmark still not found by pkg-config" >&2; exit 1; }
