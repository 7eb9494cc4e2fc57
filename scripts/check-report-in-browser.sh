#!/usr/bin/env bash
# Opens the HTML report in headless Chromium (Debian's package; installed when missing): the
# page must render with no console message, a substance named <script>alert(1)</script> must
# show as text, and a screenshot is kept. Usage: scripts/check-report-in-browser.sh [OUTDIR]
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
out="${1:-$root/target/browser-check}"
mkdir -p "$out"

if ! command -v chromium >/dev/null 2>&1; then
  echo "check-report: installing Debian's chromium ..." >&2
  if [[ $(id -u) -ne 0 ]]; then
    echo "check-report: chromium is missing and installing it needs root" >&2
    exit 1
  fi
  apt-get update -qq >&2
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >"$out/apt.log" 2>&1 \
    || { cat "$out/apt.log" >&2; exit 1; }
fi

# The sample, plus one case whose text tries to inject markup.
cases="$out/cases.csv"
cp "$root/data/cases-sample.csv" "$cases"
printf '%s\n' 'ID2099_001,<script>alert(1)</script>,<b>Bold</b>,Indikasjon,Onkologi,,no,yes,no,,2023-01-02,2023-01-16,2023-02-01,,,,,,,' >>"$cases"
"$root/scripts/nmstat" report "$cases" --wait "$root/data/wait-panel-sample.csv" \
  --as-of 2025-10-31 -o "$out/report.html"

flags=(--headless --no-sandbox --disable-gpu --disable-quic --no-first-run
  --disable-background-networking --disable-component-update --disable-sync
  --hide-scrollbars --user-data-dir="$out/profile" --enable-logging=stderr --v=0)
url="file://$out/report.html"
timeout 120 chromium "${flags[@]}" --dump-dom "$url" >"$out/dom.html" 2>"$out/chromium.log"
timeout 120 chromium "${flags[@]}" --window-size=1100,3000 --screenshot="$out/report.png" \
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
charts=$(grep -o '<svg' "$out/dom.html" | wc -l)
if [[ $sections -ne 7 || $charts -ne 7 ]]; then
  echo "check-report: expected 7 sections and 7 charts, rendered $sections and $charts" >&2
  fail=1
fi
size=$(stat -c %s "$out/report.png" 2>/dev/null || echo 0)
if [[ $size -lt 20000 ]]; then
  echo "check-report: the screenshot is missing or blank ($size bytes)" >&2
  fail=1
fi
if [[ $fail -ne 0 ]]; then
  exit 1
fi
echo "check-report: ok: $sections sections, $charts charts, no console messages, input escaped;" \
  "screenshot $out/report.png ($size bytes)"
