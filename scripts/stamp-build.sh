#!/bin/sh
# Writes OUT/BuildStamp.swift: the git commit the tool is built from ("" outside a git checkout),
# with "-dirty" when tracked files differ from it. Run by the GenerateSources build plugin on every
# build; the file is replaced only when its text changes.
# Usage: stamp-build.sh PACKAGE OUT
set -eu
package=$1
out=$2
mkdir -p "$out"
commit=""
if git -C "$package" rev-parse --is-inside-work-tree >/dev/null 2>&1 && [ -e "$package/.git" ]; then
  commit=$(git -C "$package" rev-parse --short=12 HEAD 2>/dev/null || true)
  if [ -n "$commit" ] && [ -n "$(git -C "$package" status --porcelain --untracked-files=no 2>/dev/null)" ]; then
    commit="$commit-dirty"
  fi
fi
tmp="$out/BuildStamp.swift.tmp"
printf '// Made by scripts/stamp-build.sh at build time. Do not edit.\n/// The git commit this journeymap was built from, empty outside a git checkout.\nlet buildCommit = "%s"\n' "$commit" > "$tmp"
if cmp -s "$tmp" "$out/BuildStamp.swift"; then rm "$tmp"; else mv "$tmp" "$out/BuildStamp.swift"; fi
