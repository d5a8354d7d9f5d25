#!/usr/bin/env bash
# Checks pages of the example site with axe-core (WCAG 2.1 A and AA rules) in headless Chromium,
# at 1280 and 390 px wide: one page of each kind, in English and French. axe-core comes from the
# PyPI package axe-core-python (which ships axe.min.js), installed into a temporary folder;
# chromium is installed when missing.
# Usage: scripts/axe-check.sh   (after a debug build: make axe-check)
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
sh "$root/scripts/install-missing.sh" chromium=chromium
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
python3 -m pip install --quiet --target "$work/axe" axe-core-python==0.1.0
axe="$work/axe/axe_core_python/axe.min.js"
"$root/.build/debug/journeymap" build --content "$root/Content" --output "$work/site" --quiet

pages="index.html journeys/cake-order/index.html journeys/cake-order/purchase.html journeys/cake-order/report.html
journeys/cake-order/poster.html journeys/abonnement-panier/index.html journeys/abonnement-panier/achat.html
personas/claire-martin.html pain-points.html opportunities.html touchpoints.html tags/e-commerce.html solutions.html
solutions/saturday-collect-counter.html 404.html"
failures=0
for page in $pages; do
  # The page with axe run at its end, writing the violations into the page for --dump-dom to print.
  python3 - "$work/site/$page" "$axe" <<'PY'
import sys
page, axe = sys.argv[1], sys.argv[2]
html = open(page, encoding="utf-8").read()
run = ('<script src="file://%s"></script><script>window.addEventListener("load", function () {'
       ' axe.run(document, { runOnly: { type: "tag", values: ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"] } })'
       '.then(function (r) { var p = document.createElement("pre"); p.id = "axe-results";'
       ' p.textContent = JSON.stringify(r.violations.map(function (v) { return { id: v.id, impact: v.impact,'
       ' where: v.nodes.slice(0, 3).map(function (n) { return n.target.join(" "); }) }; })); document.body.appendChild(p); }); });</script>') % axe
open(page + ".axe.html", "w", encoding="utf-8").write(html.replace("</body>", run + "</body>"))
PY
  for width in 1280 390; do
    result=$(chromium --headless=new --no-sandbox --disable-gpu --allow-file-access-from-files --virtual-time-budget=20000 \
      --window-size="$width,900" --dump-dom "file://$work/site/$page.axe.html" 2>/dev/null \
      | sed -n 's:.*<pre id="axe-results">\(.*\)</pre>.*:\1:p')
    if [ "$result" != "[]" ]; then
      echo "$page at $width px: ${result:-axe did not run}"; failures=$((failures + 1))
    fi
  done
done
[ "$failures" -eq 0 ] || { echo "axe-check: $failures pages with violations" >&2; exit 1; }
echo "axe-check: no WCAG 2.1 A/AA violation on $(echo $pages | wc -w) pages at 1280 and 390 px"
