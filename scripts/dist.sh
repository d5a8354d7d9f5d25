#!/bin/sh
# make dist: dist/journeymap-VERSION-linux-ARCH.tar.gz, one executable with the Swift runtime,
# Foundation and libcmark linked in (it needs only the C and C++ runtime libraries of the
# system), with the README and the licences of everything linked into it.
set -eu
cd "$(dirname "$0")/.."
sh scripts/setup.sh

version=$(sed -n 's/.*static let number = "\(.*\)".*/\1/p' Sources/journeymap/Version.swift)
arch=$(uname -m)
name="journeymap-$version-linux-$arch"

# libcmark.a alone in a folder, and a libcmark.pc that names that folder as the library's: SwiftPM
# then links libcmark.a, where the system's libcmark.pc would have it take libcmark.so.
static_cmark="$(pkg-config --variable=libdir libcmark)/libcmark.a"
[ -f "$static_cmark" ] || { echo "dist.sh: $static_cmark is missing (Debian: apt-get install libcmark-dev)" >&2; exit 1; }
libs="$PWD/.build/static-libs"
mkdir -p "$libs"
ln -sf "$static_cmark" "$libs/libcmark.a"
sed "s|^libdir=.*|libdir=$libs|" "$(pkg-config --variable=pcfiledir libcmark)/libcmark.pc" > "$libs/libcmark.pc"
PKG_CONFIG_PATH="$libs" swift build -c release --product journeymap --static-swift-stdlib
binary="$(swift build -c release --show-bin-path)/journeymap"

stage="dist/$name"
rm -rf "$stage" "dist/$name.tar.gz"
mkdir -p "$stage"
cp "$binary" "$stage/journeymap"
strip "$stage/journeymap"
cp README.md "$stage/README.md"
{
  echo "journeymap $version contains the following software, linked into its executable."
  swift_license="$(dirname "$(dirname "$(command -v swift)")")/share/swift/LICENSE.txt"
  if [ -f "$swift_license" ]; then
    printf '\n==== Swift standard library and Foundation (Apache License 2.0 with Runtime Library Exception)\n\n'
    cat "$swift_license"
  fi
  printf '\n==== ICU, through Foundation: Unicode License v3, https://www.unicode.org/license.txt\n'
  printf '\n==== libcmark\n\n'
  cat /usr/share/doc/libcmark-dev/copyright
  for package in .build/checkouts/*; do
    for license in "$package"/LICENSE*; do
      [ -f "$license" ] || continue
      printf '\n==== %s\n\n' "$(basename "$package")"
      cat "$license"
    done
  done
} > "$stage/THIRD-PARTY-NOTICES"

# The same bytes for the same files: sorted names, no owner, the commit's time.
mtime=$(git log -1 --format=%cI 2>/dev/null || echo 2026-01-01)
tar --sort=name --owner=0 --group=0 --numeric-owner --mtime="$mtime" -C dist -cf - "$name" | gzip -n > "dist/$name.tar.gz"
echo "dist/$name.tar.gz"
