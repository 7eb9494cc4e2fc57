#!/usr/bin/env bash
# Whole-process benchmark: nmstat against DuckDB (two versions), Miller and pandas on the same
# case files, answering one question (n, mean, median and p90 of the queue per year of
# assignment), with an agreement check of nmstat's figures against each DuckDB's avg and
# quantile_cont and pandas' mean and quantile (to 1e-9).
# Usage: scripts/bench.sh            sizes 1k, 100k, 1M; 3 runs each, the best wall time kept
#        BENCH_SIZES="1000 100000" BENCH_RUNS=5 scripts/bench.sh
#        BENCH_FILES="/tmp/other.csv" scripts/bench.sh   also files of another shape (they need
#                                       documentation_received and assigned as ISO dates)
#        BENCH_DUCKDB="1.1.3 1.4.4.0"   the DuckDB JDBC versions to run (default both of these)
#        BENCH_10M=1 scripts/bench.sh   also 10M cases with nmstat alone (default heap), and
#                                       with NMSTAT_JAVA_OPTS=-Xmx1g
# Installs what it needs: Debian's miller, time and python3-pandas (as root; pandas is left out
# when it cannot be installed), DuckDB's JDBC drivers via Maven.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
out="$root/target/bench"
mkdir -p "$out"
sizes="${BENCH_SIZES:-1000 100000 1000000}"
runs="${BENCH_RUNS:-3}"
duckdbs="${BENCH_DUCKDB:-1.1.3 1.4.4.0}"
# Debian's python3, whose pandas apt installs (a pyenv python3 on the PATH would not see it).
py=/usr/bin/python3

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
pandas=yes
if ! "$py" -c 'import pandas' 2>/dev/null; then
  if [[ $(id -u) -eq 0 ]] && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq python3-pandas \
      >"$out/apt.log" 2>&1 && "$py" -c 'import pandas' 2>/dev/null; then
    :
  else
    echo "bench: pandas not available (apt-get install python3-pandas); left out" >&2
    pandas=no
  fi
fi
echo "bench: building nmstat and the DuckDB peer ..." >&2
"$root/scripts/nmstat" --version >/dev/null
(cd "$root" && mvn -B -q -Pbench -DskipTests package >"$out/build.log" 2>&1) \
  || { cat "$out/build.log" >&2; exit 1; }
# Each DuckDB version on its own class path beside the benchmark classes (the same query).
for v in $duckdbs; do
  [[ -s "$out/duckdb-$v/duckdb_jdbc-$v.jar" ]] || mvn -B -q dependency:copy \
    -Dartifact="org.duckdb:duckdb_jdbc:$v" -DoutputDirectory="$out/duckdb-$v" >"$out/dep.log" 2>&1 \
    || { cat "$out/dep.log" >&2; exit 1; }
done
classes="$root/target/bench-build/classes"

# The question in pandas: its quantile interpolates linearly (R type 7), as nmstat and DuckDB.
pandas_py='
import sys, pandas as pd
d = pd.read_csv(sys.argv[1], usecols=["documentation_received", "assigned"],
                parse_dates=["documentation_received", "assigned"])
d = d.dropna()
q = (d["assigned"] - d["documentation_received"]).dt.days
g = q.groupby(d["assigned"].dt.year)
r = pd.DataFrame({"n": g.count(), "mean": g.mean(), "median": g.quantile(0.5),
                  "p90": g.quantile(0.9)})
print("year,n,mean,median,p90")
for y, row in r.iterrows():
    print("%d,%d,%r,%r,%r" % (y, row["n"], float(row["mean"]), float(row["median"]),
                              float(row["p90"])))
'

# The three commands for one file, as words /usr/bin/time can run.
commands() {
  nmstat_cmd=("$root/scripts/nmstat" summary "$1" --as-of 2025-10-31 --intervals queue
    --by year --year-of assigned --format csv)
  pandas_cmd=("$py" -c "$pandas_py" "$1")
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

# nmstat's figures against another tool's (year,n,mean,median,p90), to 1e-9: prints "yes" or
# the first difference. nmstat's columns are found by name.
agree() {
  awk -F, 'NR == FNR { if (FNR > 1) d[$1] = $2 "," $3 "," $4 "," $5; next }
    FNR == 1 { for (i = 1; i <= NF; i++) c[$i] = i; next }
    $c["year"] != "" {
      y = $c["year"]; split(d[y], x, ","); seen[y] = 1
      if (!(y in d) || x[1] != $c["n"] || (x[2] - $c["mean"]) ^ 2 > 1e-18 \
          || (x[3] - $c["median"]) ^ 2 > 1e-18 || (x[4] - $c["p90"]) ^ 2 > 1e-18) {
        print "no (year " y ")"; bad = 1; exit
      }
    }
    END { if (!bad) { for (y in d) if (!(y in seen)) { print "no (year " y " missing)"; exit }
          print "yes" } }' "$1" "$2"
}

# One line per tool and file: wall s, its time over nmstat's (above 1: nmstat is faster),
# peak MB, and whether its figures agree with nmstat's.
printf '\n%-12s %-14s %8s %8s %8s %s\n' file tool wall_s /nmstat peak_MB agree
ratio() { awk -v a="$1" -v b="$2" 'BEGIN{printf "%.2f", a/b}'; }
run_size() {
  local name=$1 file=$2 t r v
  commands "$file"
  read -r tn rn < <(measure "${nmstat_cmd[@]}"); cp "$out/last.out" "$out/nmstat-$name.csv"
  printf '%-12s %-14s %8s %8s %8s %s\n' "$name" nmstat "$tn" 1.00 "$rn" -
  for v in $duckdbs; do
    read -r t r < <(measure java -cp "$classes:$out/duckdb-$v/duckdb_jdbc-$v.jar" \
      no.nmstat.bench.DuckDbQueue "$file")
    cp "$out/last.out" "$out/duckdb-$v-$name.csv"
    printf '%-12s %-14s %8s %8s %8s %s\n' "$name" "duckdb-$v" "$t" "$(ratio "$t" "$tn")" "$r" \
      "$(agree "$out/duckdb-$v-$name.csv" "$out/nmstat-$name.csv")"
  done
  read -r t r < <(measure "${mlr_cmd[@]}"); cp "$out/last.out" "$out/mlr-$name.csv"
  printf '%-12s %-14s %8s %8s %8s %s\n' "$name" miller "$t" "$(ratio "$t" "$tn")" "$r" -
  if [[ $pandas == yes ]]; then
    read -r t r < <(measure "${pandas_cmd[@]}"); cp "$out/last.out" "$out/pandas-$name.csv"
    printf '%-12s %-14s %8s %8s %8s %s\n' "$name" pandas "$t" "$(ratio "$t" "$tn")" "$r" \
      "$(agree "$out/pandas-$name.csv" "$out/nmstat-$name.csv")"
  fi
}
run_size sample "$root/data/cases-sample.csv"
for n in $sizes; do
  file="$out/cases-$n.csv"
  [[ -s "$file" ]] || "$root/scripts/nmstat" sample --cases "$n" --seed 7 >"$file"
  run_size "$n" "$file"
done
for file in ${BENCH_FILES:-}; do
  run_size "$(basename "$file" .csv)" "$file"
done
best_of=$runs
if [[ "${BENCH_10M:-0}" == 1 ]]; then
  file="$out/cases-10000000.csv"
  [[ -s "$file" ]] || "$root/scripts/nmstat" sample --cases 10000000 --seed 7 >"$file"
  commands "$file"
  runs=1
  read -r t r < <(measure "${nmstat_cmd[@]}")
  printf '%-12s %-14s %8s %8s %8s %s\n' 10000000 nmstat "$t" - "$r" -
  read -r t r < <(NMSTAT_JAVA_OPTS=-Xmx1g measure "${nmstat_cmd[@]}")
  printf '%-12s %-14s %8s %8s %8s %s\n' 10000000 "nmstat -Xmx1g" "$t" - "$r" -
fi
printf '\n%s; %s; pandas %s; %s, %s cores; %s\n' "$(java -version 2>&1 | head -1)" \
  "$(mlr --version)" "$([[ $pandas == yes ]] && "$py" -c 'import pandas; print(pandas.__version__)' \
  || echo -)" "$(uname -m)" "$(nproc)" "$(date -u +%Y-%m-%d)"
echo "ratios above 1: nmstat is faster. Times: best of $best_of (10M: one run), wall," \
  "including JVM start."
