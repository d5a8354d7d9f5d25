#!/usr/bin/env bash
# journeymap benchmark: builds generated content folders of several sizes and compares
# journeymap with a floor (the cmark CLI over the same Markdown bodies, plus cp -r of the
# content folder) and with Hugo building the same bodies as plain pages; then times the template
# engine alone (journeymap-bench-templates) next to swift-mustache's figures before the switch.
#
# Usage: scripts/bench.sh [NOTES ...]        default: 100 1000 10000 stage notes
#   BENCH_DIR  where corpora are generated   (default /tmp/journeymap-bench)
#   BENCH_OUT  where sites are written       (default /dev/shm/journeymap-bench, tmpfs; set a disk path to compare)
set -euo pipefail

root=$(cd "$(dirname "$0")/.." && pwd)
work=${BENCH_DIR:-/tmp/journeymap-bench}
out=${BENCH_OUT:-/dev/shm/journeymap-bench}
sizes=${*:-100 1000 10000}

sh "$root/scripts/install-missing.sh" cmark=cmark hugo=hugo /usr/bin/time=time
sh "$root/scripts/setup.sh"
(cd "$root" && swift build -c release --product journeymap >/dev/null)
jm="$root/.build/release/journeymap"

# seconds and peak RSS (MB) of a command: prints "SECONDS RSS_MB"
measure() {
  /usr/bin/time -f "%e %M" -o "$work/time.txt" "$@" >/dev/null 2>&1
  awk '{ printf "%.2f %.0f\n", $1, $2 / 1024 }' "$work/time.txt"
}

ratio() { awk -v a="$1" -v b="$2" 'BEGIN { if (b > 0) printf "%.2f", a / b; else print "-" }'; }

mkdir -p "$work" "$out"
printf '%s\n' "machine: $(nproc) cores, $(free -g | awk '/Mem:/ { print $2 }') GiB; output on $(df -P "$out" | awk 'NR == 2 { print $1 }')"
printf '%-7s %8s %8s %8s %9s %8s %9s %8s %8s %8s %8s %9s %9s\n' notes cold noop note templ diff diff/noop rss_MB pages/s floor hugo cold/floor cold/hugo

for notes in $sizes; do
  journeys=$(( notes >= 10 ? notes / 10 : 1 ))
  content="$work/content-$notes" site="$out/site-$notes"
  rm -rf "$content" "$site" "$work/templates" "$work/floor" "$work/hugo-$notes" "$out/hugo-$notes" "$out/copy-$notes"
  "$jm" sample --journeys "$journeys" --stages 10 --personas 12 --survey-rows $(( notes * 2 )) --to "$content" >/dev/null
  cp -r "$root/Templates" "$work/templates"

  read -r cold rss < <(measure "$jm" build --content "$content" --templates "$work/templates" --output "$site" -q)
  read -r noop _ < <(measure "$jm" build --content "$content" --templates "$work/templates" --output "$site" -q)
  git -C "$content" init -q && git -C "$content" add -A
  git -C "$content" -c user.name=bench -c user.email=bench@example.com commit -q -m "before the edit"
  # awk reads to the end: with 'head', sort could die of SIGPIPE, which pipefail turns into a failure.
  note=$(find "$content/journeys" -name '05-*.md' | sort | awk 'NR == 1')
  printf '\nOne more finding from the latest interviews.\n' >> "$note"
  read -r changed _ < <(measure "$jm" build --content "$content" --templates "$work/templates" --output "$site" -q)
  # diff: two revisions that differ by that one note, as the issue names it (only its journey is read).
  git -C "$content" -c user.name=bench -c user.email=bench@example.com commit -q -a -m "one note edited"
  read -r diff _ < <(measure "$jm" diff --content "$content" --templates "$work/templates" --output "$site" --base HEAD~1 --head HEAD)
  printf '\n{{! benchmark edit }}\n' >> "$work/templates/stage.mustache"
  read -r template _ < <(measure "$jm" build --content "$content" --templates "$work/templates" --output "$site" -q)
  pages=$(find "$site" -name '*.html' | wc -l)

  # The floor: every body through cmark (one process, bodies concatenated), and every file read and written once.
  mkdir -p "$work/floor"
  find "$content" -name '*.md' -print0 | sort -z | xargs -0 awk 'FNR == 1 { n = 0 } n >= 2 { print } /^---/ { n++ }' > "$work/floor/bodies.md"
  read -r floor_cmark _ < <(measure sh -c "cmark '$work/floor/bodies.md' > '$work/floor/bodies.html'")
  read -r floor_copy _ < <(measure cp -r "$content" "$out/copy-$notes")
  floor=$(awk -v a="$floor_cmark" -v b="$floor_copy" 'BEGIN { printf "%.2f", a + b }')

  # Hugo: the same bodies as plain pages with a trivial layout.
  hugo_site="$work/hugo-$notes"
  mkdir -p "$hugo_site/content" "$hugo_site/layouts/_default"
  printf 'baseURL = "http://example.org/"\ntitle = "bench"\ndisableKinds = ["taxonomy", "term", "RSS", "sitemap"]\n' > "$hugo_site/hugo.toml"
  printf '<html><body>{{ .Content }}</body></html>\n' > "$hugo_site/layouts/_default/single.html"
  printf '<html><body>{{ range .Pages }}<a href="{{ .RelPermalink }}">{{ .Title }}</a>{{ end }}</body></html>\n' > "$hugo_site/layouts/_default/list.html"
  find "$content/journeys" -name '*.md' | sort | while read -r file; do
    target="$hugo_site/content/${file#"$content/journeys/"}"
    mkdir -p "$(dirname "$target")"
    { printf -- '---\ntitle: "%s"\n---\n' "$(basename "$file" .md)"; awk 'n >= 2 { print } /^---/ { n++ }' "$file"; } > "$target"
  done
  read -r hugo _ < <(measure hugo --quiet --source "$hugo_site" --destination "$out/hugo-$notes")

  printf '%-7s %8s %8s %8s %9s %8s %9s %8s %8s %8s %8s %9s %9s\n' "$notes" "$cold" "$noop" "$changed" "$template" "$diff" "$(ratio "$diff" "$noop")" "$rss" \
    "$(awk -v p="$pages" -v s="$cold" 'BEGIN { printf "%.0f", p / s }')" "$floor" "$hugo" "$(ratio "$cold" "$floor")" "$(ratio "$cold" "$hugo")"
done
echo
echo "cold: full build into an empty folder; noop: the same build again; note: after changing one stage note;"
echo "templ: after changing one template; diff: journeymap diff between the commit with that note edited and the one before;"
echo "floor: cmark over all bodies + cp -r of the content (seconds)."

# The template engine alone (Tests/TemplateBench): pages/s of the stage and journey templates,
# values made beforehand, only the render timed, one thread; best and median of 3 × 2 s. "old"
# is swift-mustache, measured the same way on a 2-core machine before the switch (commit b4dbd11),
# on the example site and on the 1 000-note corpus made here: content-1000 above has 12 personas
# and survey answers, whose sections make stage pages a fifth larger.
(cd "$root" && swift build -c release --product journeymap-bench-templates >/dev/null)
corpus="$work/template-corpus-1000"
[ -f "$corpus/site.yml" ] || { rm -rf "$corpus"; "$jm" sample --journeys 100 --stages 10 --personas 5 --to "$corpus" >/dev/null; }

# one row per kind: template_bench NAME FOLDER KIND:OLD_BEST:OLD_MEDIAN ...
template_bench() {
  local name=$1 folder=$2 old kind old_best old_median pages best median mbs size
  shift 2
  "$root/.build/release/journeymap-bench-templates" "$folder" --seconds 2 --reps 3 > "$work/templates.txt"
  for old in "$@"; do
    IFS=: read -r kind old_best old_median <<< "$old"
    read -r _ pages best median mbs size < <(awk -v k="$kind" '$1 == k' "$work/templates.txt")
    printf '%-8s %-8s %6s %8.0f %8.0f %7s %7s %8s %8s %8s %8s\n' "$name" "$kind" "$pages" "$best" "$median" "$mbs" "$size" \
      "$old_best" "$old_median" "$(ratio "$best" "$old_best")" "$(ratio "$median" "$old_median")"
  done
}

echo
echo "template engine, one thread (load before: $(cut -d ' ' -f 1-3 /proc/loadavg)):"
printf '%-8s %-8s %6s %8s %8s %7s %7s %8s %8s %8s %8s\n' corpus kind pages best/s median/s MB/s page_B old_best old_med best/old med/old
template_bench example "$root/Content" stage:1200:1110 journey:179:177
template_bench 1000 "$corpus" stage:2630:2596 journey:218:208
echo "(load after: $(cut -d ' ' -f 1-3 /proc/loadavg)) MB/s: 10^6 bytes of HTML, median; page_B: mean page size in bytes;"
echo "old_best, old_med: swift-mustache's pages/s before the switch; best/old, med/old: new over old."
