#!/bin/sh
# Writes OUT/ThemeFiles.swift: every file of TEMPLATES (hidden files aside), base64-encoded, for
# the BuiltinTheme module. Run by the GenerateSources build plugin on every build; the file is replaced
# only when its text changes, so an unchanged theme compiles nothing.
# Usage: embed-theme.sh TEMPLATES OUT
set -eu
templates=$1
out=$2
mkdir -p "$out"
tmp="$out/ThemeFiles.swift.tmp"
{
  echo "// Made by scripts/embed-theme.sh from Templates/ at build time. Do not edit."
  echo "extension BuiltinTheme {"
  echo "    /// Every file of Templates/, by its path there, as base64."
  echo "    static let encodedFiles: [(path: String, base64: String)] = ["
  (cd "$templates" && find . -type f ! -path '*/.*' | sed 's|^\./||' | LC_ALL=C sort) | while IFS= read -r path; do
    case $path in
      *'"'* | *'\'* ) echo "embed-theme.sh: cannot embed a file whose name has a quote or backslash: $path" >&2; exit 1 ;;
    esac
    printf '        ("%s", "%s"),\n' "$path" "$(base64 -w0 < "$templates/$path")"
  done
  echo "    ]"
  echo "}"
} > "$tmp"
if cmp -s "$tmp" "$out/ThemeFiles.swift"; then rm "$tmp"; else mv "$tmp" "$out/ThemeFiles.swift"; fi
