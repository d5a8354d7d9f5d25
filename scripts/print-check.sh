#!/usr/bin/env bash
# Prints the example site's 7-stage journey page and report with headless Chromium, as a
# stakeholder would, and checks the paper: A3 landscape by default, at most 6 pages, and no page
# that is blank or holds next to nothing (a heading alone); every journey's poster on one A2
# page; then the same report on A4 with 'print: a4' in site.yml. Installs chromium and poppler-utils when they are missing.
# Usage: scripts/print-check.sh   (after a debug build: make print-check)
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
sh "$root/scripts/install-missing.sh" chromium=chromium pdftotext=poppler-utils pdfinfo=poppler-utils
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
jm="$root/.build/debug/journeymap"
failures=0

# print FILE.html NAME PAPER MAX_PAGES
print() {
  local html=$1 name=$2 paper=$3 most=$4 pages size page text
  chromium --headless=new --no-sandbox --disable-gpu --no-pdf-header-footer --print-to-pdf="$work/$name.pdf" "file://$html" 2>/dev/null
  pages=$(pdfinfo "$work/$name.pdf" | awk '/^Pages:/ { print $2 }')
  size=$(pdfinfo "$work/$name.pdf" | awk -F'[()]' '/^Page size:/ { print $2 }')
  echo "$name: $pages pages, $size"
  [ "$size" = "$paper" ] || { echo "  $name prints on $size, not $paper"; failures=$((failures + 1)); }
  [ "$pages" -le "$most" ] || { echo "  $name prints on $pages pages, more than $most"; failures=$((failures + 1)); }
  for page in $(seq 1 "$pages"); do
    text=$(pdftotext -f "$page" -l "$page" -layout "$work/$name.pdf" - | tr -s ' \n' ' ')
    if [ "${#text}" -lt 120 ]; then
      echo "  $name page $page is (nearly) empty: '${text:0:80}'"; failures=$((failures + 1))
    fi
  done
}

"$jm" build --content "$root/Content" --output "$work/site" --quiet
print "$work/site/journeys/cake-order/index.html" journey A3 6
print "$work/site/journeys/cake-order/report.html" report A3 6
for journey in cake-order abonnement-panier cake-order-future; do
  print "$work/site/journeys/$journey/poster.html" "poster-$journey" A2 1
done
cp -r "$root/Content" "$work/content-a4"
printf 'print: a4\n' >> "$work/content-a4/site.yml"
"$jm" build --content "$work/content-a4" --templates "$root/Templates" --output "$work/site-a4" --quiet
print "$work/site-a4/journeys/cake-order/report.html" report-a4 A4 16
[ "$failures" -eq 0 ] || { echo "print-check: $failures problems" >&2; exit 1; }
echo "print-check: every page holds content"
