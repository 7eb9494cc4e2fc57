#!/usr/bin/env bash
# Whole-process benchmark: nmstat against Miller and DuckDB on the same synthetic case files,
# answering one question (n, mean, median and p90 of the queue per year of assignment), with
# an agreement check of nmstat's figures against DuckDB's avg and quantile_cont (to 1e-9).
# Usage: scripts/bench.sh            sizes 1k, 100k, 1M; 3 runs each, the best wall time kept
#        BENCH_SIZES="1000 100000" BENCH_RUNS=5 scripts/bench.sh
#        BENCH_10M=1 scripts/bench.sh   also 10M cases with nmstat alone (default heap)
# Installs what it needs: Debian's miller and time (as root), DuckDB's JDBC driver via Maven.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
out="$root/target/bench"
mkdir -p "$out"
sizes="${BENCH_SIZES:-1000 100000 1000000}"
runs="${BENCH_RUNS:-3}"

need=()
command -v mlr >/dev/null 2>&1 || need+=(miller)
[[ -x /usr/bin/time ]] || need+=(time)
if [[ ${#need[@]} -gt 0 ]]; then
  if [[ $(id -u) -ne 0 ]]; then
    echo "bench: missing ${need[*]}; install them (apt-get install ${need[*]})" >&2
    exit 1
  fi
  echo "bench: installing ${need[*]} ..." >&2
  apt-get update -qq >&2 && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${need[@]}" >&2
fi
echo "bench: building nmstat and the DuckDB peer ..." >&2
"$root/scripts/nmstat" --version >/dev/null
(cd "$root" && mvn -B -q -Pbench -DskipTests package >"$out/build.log" 2>&1) \
  || { cat "$out/build.log" >&2; exit 1; }
jar="$root/target/bench-build/benchmarks.jar"

# The three commands for one file, as words /usr/bin/time can run.
commands() {
  nmstat_cmd=("$root/scripts/nmstat" summary "$1" --as-of 2025-10-31 --intervals queue
    --by year --year-of assigned --format csv)
  duckdb_cmd=(java -cp "$jar" no.nmstat.bench.DuckDbQueue "$1")
  mlr_cmd=(mlr --icsv --ocsv filter '$documentation_received != "" && $assigned != ""'
    then put '$queue = (strptime($assigned, "%Y-%m-%d")
                        - strptime($documentation_received, "%Y-%m-%d")) / 86400;
              $year = splitax($assigned, "-")[1]'
    then stats1 -a count,mean,p50,p90 -i -f queue -g year then sort -f year "$1")
}

# Runs "$@" $runs times; prints the best wall time (s) and the largest peak RSS (MB).
measure() {
  local best="" rss=0 line t m
  for ((i = 0; i < runs; i++)); do
    /usr/bin/time -o "$out/time.txt" -f "%e %M" "$@" >"$out/last.out" 2>"$out/last.err"
    line=$(tail -1 "$out/time.txt")
    t=${line% *}; m=${line#* }
    if [[ -z "$best" ]] || awk -v a="$t" -v b="$best" 'BEGIN{exit !(a<b)}'; then best=$t; fi
    (( m > rss )) && rss=$m
  done
  echo "$best $((rss / 1024))"
}

# nmstat's figures against DuckDB's, to 1e-9: prints "yes" or the first difference.
agree() {
  awk -F, 'NR == FNR { if (FNR > 1) d[$1] = $2 "," $3 "," $4 "," $5; next }
    FNR > 1 && $2 != "" {
      split(d[$2], x, ","); seen[$2] = 1
      if (!($2 in d) || x[1] != $3 || (x[2] - $5) ^ 2 > 1e-18 || (x[3] - $9) ^ 2 > 1e-18 \
          || (x[4] - $11) ^ 2 > 1e-18) { print "no (year " $2 ")"; bad = 1; exit }
    }
    END { if (!bad) { for (y in d) if (!(y in seen)) { print "no (year " y " missing)"; exit }
          print "yes" } }' "$1" "$2"
}

printf '\n%-9s %9s %9s %9s %10s %10s %9s %9s %s\n' cases nmstat_s duckdb_s mlr_s \
  duck/nmstat mlr/nmstat nmstat_MB duckdb_MB agree
run_size() {
  local name=$1 file=$2
  commands "$file"
  read -r tn rn < <(measure "${nmstat_cmd[@]}"); cp "$out/last.out" "$out/nmstat-$name.csv"
  read -r td rd < <(measure "${duckdb_cmd[@]}"); cp "$out/last.out" "$out/duckdb-$name.csv"
  read -r tm _ < <(measure "${mlr_cmd[@]}"); cp "$out/last.out" "$out/mlr-$name.csv"
  printf '%-9s %9s %9s %9s %10s %10s %9s %9s %s\n' "$name" "$tn" "$td" "$tm" \
    "$(awk -v a="$td" -v b="$tn" 'BEGIN{printf "%.2f", a/b}')" \
    "$(awk -v a="$tm" -v b="$tn" 'BEGIN{printf "%.2f", a/b}')" "$rn" "$rd" \
    "$(agree "$out/duckdb-$name.csv" "$out/nmstat-$name.csv")"
}
run_size sample "$root/data/cases-sample.csv"
for n in $sizes; do
  file="$out/cases-$n.csv"
  [[ -s "$file" ]] || "$root/scripts/nmstat" sample --cases "$n" --seed 7 >"$file"
  run_size "$n" "$file"
done
best_of=$runs
if [[ "${BENCH_10M:-0}" == 1 ]]; then
  file="$out/cases-10000000.csv"
  [[ -s "$file" ]] || "$root/scripts/nmstat" sample --cases 10000000 --seed 7 >"$file"
  commands "$file"
  runs=1
  read -r t r < <(measure "${nmstat_cmd[@]}")
  printf '%-9s %9s %9s %9s %10s %10s %9s\n' 10000000 "$t" - - - - "$r"
fi
printf '\n%s; %s; %s, %s cores; %s\n' "$(java -version 2>&1 | head -1)" \
  "$(mlr --version)" "$(uname -m)" "$(nproc)" "$(date -u +%Y-%m-%d)"
echo "ratios above 1: nmstat is faster. Times: best of $best_of (10M: one run), wall," \
  "including JVM start."
