#!/usr/bin/env bash
# The monthly report for a CI job: builds the HTML and Markdown reports and runs the KPI check.
# Usage: scripts/monthly-report.sh CASES.csv [PANEL.csv] [OUTDIR] [AS_OF]
# Writes OUTDIR/report.html, OUTDIR/report.md (report plus the KPI check) and OUTDIR/kpis.csv;
# appends report.md to $GITHUB_STEP_SUMMARY when set. Exits as nmstat check does: 0 when every
# KPI holds, 1 when one fails (the reports are written either way), 65/66 for bad input.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cases="${1:?usage: monthly-report.sh CASES.csv [PANEL.csv] [OUTDIR] [AS_OF]}"
panel="${2:-}"
out="${3:-report}"
as_of=(); [[ -n "${4:-}" ]] && as_of=(--as-of "$4")
wait=(); [[ -n "$panel" ]] && wait=(--wait "$panel")
nmstat="$root/scripts/nmstat"
mkdir -p "$out"

"$nmstat" report "$cases" "${wait[@]}" "${as_of[@]}" -o "$out/report.html"
"$nmstat" report "$cases" "${wait[@]}" "${as_of[@]}" -o "$out/report.md"

status=0
"$nmstat" check "$cases" "${as_of[@]}" --rules "$root/scripts/monthly-kpis.txt" \
  --format csv >"$out/kpis.csv" || status=$?
{
  printf '\n## KPI check\n\n'
  "$nmstat" check "$cases" "${as_of[@]}" --rules "$root/scripts/monthly-kpis.txt" \
    --format markdown 2>/dev/null || true
} >>"$out/report.md"
if [[ $status -gt 1 ]]; then
  exit "$status"
fi
if [[ -n "${GITHUB_STEP_SUMMARY:-}" ]]; then
  cat "$out/report.md" >>"$GITHUB_STEP_SUMMARY"
fi
echo "monthly-report: $out/report.html, $out/report.md, $out/kpis.csv" \
  "(KPI check: $([[ $status -eq 0 ]] && echo passed || echo failed))" >&2
exit "$status"
