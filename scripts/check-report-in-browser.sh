#!/usr/bin/env bash
# Opens the HTML report in headless Chromium (Debian's package; installed when missing): the
# page must render with no console message, a substance named <script>alert(1)</script> must
# show as text, and screenshots are kept at 1280 and 400 px wide. At both widths the page must
# not scroll sideways and no chart text may render below 10 px (measured by a copy of the page
# with a small script added). Then `nmstat report -o report.pdf` prints it: the PDF must be A4,
# show the numbers (printed open), and every chart must sit on one page with its title and
# caption (checked with poppler-utils, installed when missing).
# Usage: scripts/check-report-in-browser.sh [OUTDIR]
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
out="${1:-$root/target/browser-check}"
mkdir -p "$out"

# Installs Debian's package $2 when command $1 is missing.
need() {
  if command -v "$1" >/dev/null 2>&1; then
    return
  fi
  echo "check-report: installing Debian's $2 ..." >&2
  if [[ $(id -u) -ne 0 ]]; then
    echo "check-report: $1 is missing and installing $2 needs root" >&2
    exit 1
  fi
  { apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "$2"; } \
    >"$out/apt-$2.log" 2>&1 || { cat "$out/apt-$2.log" >&2; exit 1; }
}
need chromium chromium
need pdftotext poppler-utils

# The sample, plus one case whose text tries to inject markup.
cases="$out/cases.csv"
cp "$root/data/cases-sample.csv" "$cases"
printf '%s\n' 'ID2099_001,<script>alert(1)</script>,<b>Bold</b>,Indikasjon,Onkologi,,no,yes,no,,2023-01-02,2023-01-16,2023-02-01,,,,,,,' >>"$cases"
report=("$root/scripts/nmstat" report "$cases" --wait "$root/data/wait-panel-sample.csv"
  --as-of 2025-10-31)
"${report[@]}" -o "$out/report.html"

flags=(--headless --no-sandbox --disable-gpu --disable-quic --no-first-run
  --disable-background-networking --disable-component-update --disable-sync
  --hide-scrollbars --user-data-dir="$out/profile" --enable-logging=stderr --v=0)
url="file://$out/report.html"
timeout 120 chromium "${flags[@]}" --dump-dom "$url" >"$out/dom.html" 2>"$out/chromium.log"
timeout 120 chromium "${flags[@]}" --window-size=1280,3000 --screenshot="$out/report.png" \
  "$url" >/dev/null 2>>"$out/chromium.log"
timeout 120 chromium "${flags[@]}" --window-size=400,3000 --screenshot="$out/report-400.png" \
  "$url" >/dev/null 2>>"$out/chromium.log"

fail=0
if grep -q 'CONSOLE' "$out/chromium.log"; then
  echo "check-report: console messages:" >&2
  grep 'CONSOLE' "$out/chromium.log" >&2
  fail=1
fi
if grep -qi '<script' "$out/dom.html"; then
  echo "check-report: a <script> element reached the rendered page" >&2
  fail=1
fi
if ! grep -q '&lt;script&gt;alert(1)&lt;/script&gt;' "$out/dom.html"; then
  echo "check-report: the injected substance is not shown as text" >&2
  fail=1
fi
sections=$(grep -o '<section id="[a-z]*"' "$out/dom.html" | wc -l)
charts=$(grep -o '<figure' "$out/dom.html" | wc -l)
drawings=$(grep -o '<svg' "$out/dom.html" | wc -l)
# Seven sections (headline figures, days per year, trend, actors, backlog, open cases, W.A.I.T.)
# and twelve charts: three box plots, the trend, the actors, the backlog, one per open state
# (five) and the availability rate; each drawn twice, for wide and narrow screens.
if [[ $sections -ne 7 || $charts -ne 12 || $drawings -ne 24 ]]; then
  echo "check-report: expected 7 sections and 12 charts drawn twice (wide and narrow)," \
    "rendered $sections, $charts and $drawings" >&2
  fail=1
fi
for png in report.png report-400.png; do
  size=$(stat -c %s "$out/$png" 2>/dev/null || echo 0)
  if [[ $size -lt 20000 ]]; then
    echo "check-report: the screenshot $png is missing or blank ($size bytes)" >&2
    fail=1
  fi
done

# The page measured by a script in a page around it (headless Chromium's window is at least
# 500 px wide, so the page goes into a frame of the width checked): the page's width against the
# frame's, the smallest chart text as rendered (font size times the chart's scale), and each
# chart's title, caption and x-axis title (its lowest text) for the PDF check below.
page_text="$(sed 's/&/\&amp;/g; s/"/\&quot;/g' "$out/report.html")"
for width in 1280 400; do
  cat >"$out/probe-$width.html" <<PROBE
<!DOCTYPE html><html><head><meta charset="utf-8"></head><body style="margin:0">
<iframe id="page" style="width:${width}px;height:3000px;border:0" srcdoc="$page_text"></iframe>
<script>
document.getElementById("page").addEventListener("load", () => {
  const w = document.getElementById("page").contentWindow, d = w.document;
  const shown = [...d.querySelectorAll("svg text")].filter(t => t.getClientRects().length);
  const px = t => parseFloat(w.getComputedStyle(t).fontSize)
    * Math.hypot(t.getScreenCTM().a, t.getScreenCTM().b);
  const lines = ["width " + d.documentElement.scrollWidth + " " + w.innerWidth,
    "font " + Math.min(...shown.map(px)).toFixed(2) + " " + shown.length];
  for (const f of d.querySelectorAll("figure")) {
    const texts = [...f.querySelector("svg.wide").querySelectorAll("text")];
    const low = texts.reduce((a, b) => (+b.getAttribute("y") > +a.getAttribute("y") ? b : a));
    lines.push(["chart", f.querySelector("h3").textContent,
      f.querySelector("figcaption").textContent, low.textContent].join("\\t"));
  }
  const pre = document.createElement("pre");
  pre.id = "verdict";
  pre.textContent = lines.join("\\n");
  document.body.append(pre);
});
</script></body></html>
PROBE
  timeout 120 chromium "${flags[@]}" --dump-dom "file://$out/probe-$width.html" \
    2>>"$out/chromium.log" | sed -n '/<pre id="verdict">/,/<\/pre>/p' \
    | sed 's/<[^>]*>//g; s/&amp;/\&/g' >"$out/verdict-$width.txt"
  read -r _ page window < <(grep '^width ' "$out/verdict-$width.txt" || echo "width ? ?")
  read -r _ font texts < <(grep '^font ' "$out/verdict-$width.txt" || echo "font ? ?")
  if [[ $window != "$width" ]]; then
    echo "check-report: at $width px the page measured a $window px window" >&2
    fail=1
  elif [[ $page -gt $window ]]; then
    echo "check-report: at $width px the page is $page px wide and scrolls sideways" >&2
    fail=1
  fi
  if ! awk -v f="$font" 'BEGIN { exit !(f >= 10) }'; then
    echo "check-report: at $width px the smallest chart text is $font px (below 10 px)" >&2
    fail=1
  fi
  echo "check-report: at $width px: page $page px wide in a $window px window;" \
    "smallest of $texts chart texts $font px" >&2
done

# The PDF as users get it, through nmstat's own -o report.pdf.
"${report[@]}" -o "$out/report.pdf"
pdfinfo "$out/report.pdf" >"$out/pdfinfo.txt"
pages=$(awk '/^Pages:/ { print $2 }' "$out/pdfinfo.txt")
if ! grep -Eq '^Page size: +(594\.9|595\.2)[0-9]* x (841\.8|841\.9)[0-9]* pts \(A4\)' \
  "$out/pdfinfo.txt"; then
  echo "check-report: the PDF is not A4: $(grep '^Page size' "$out/pdfinfo.txt")" >&2
  fail=1
fi
# One line of text per page, whitespace squeezed, so a wrapped title still matches.
for ((p = 1; p <= pages; p++)); do
  pdftotext -f "$p" -l "$p" "$out/report.pdf" - | tr -s ' \n\f' '  '
  echo
done >"$out/pdf-pages.txt"
if ! grep -q '25th percentile' "$out/pdf-pages.txt"; then
  echo "check-report: the PDF lacks the numbers (the tables under 'The numbers')" >&2
  fail=1
fi
while IFS=$'\t' read -r _ title caption axis; do
  page=$(grep -nF -- "$title" "$out/pdf-pages.txt" | head -1 | cut -d: -f1)
  if [[ -z $page ]]; then
    echo "check-report: the PDF lacks the chart '$title'" >&2
    fail=1
  elif ! sed -n "${page}p" "$out/pdf-pages.txt" | grep -qF -- "$axis" \
    || ! sed -n "${page}p" "$out/pdf-pages.txt" | grep -qF -- "$caption"; then
    echo "check-report: the chart '$title' is not on its title's page $page of the PDF" >&2
    fail=1
  fi
done < <(grep '^chart	' "$out/verdict-1280.txt")
pdftoppm -png -r 50 "$out/report.pdf" "$out/report-pdf"

if [[ $fail -ne 0 ]]; then
  exit 1
fi
echo "check-report: ok: $sections sections, $charts charts, no console messages, input escaped;" \
  "no sideways scroll and chart text of 10 px or more at 1280 and 400 px; an A4 PDF of" \
  "$pages pages, each chart with its title; screenshots $out/report.png, $out/report-400.png," \
  "the PDF $out/report.pdf and its pages $out/report-pdf-*.png"
