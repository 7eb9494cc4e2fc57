#!/usr/bin/env bash
# Whole-process benchmark: nmstat against DuckDB (two versions), Miller and pandas on the same
# case files, answering one question (n, mean, median and p90 of the queue per year of
# assignment), with an agreement check of nmstat's figures against each DuckDB's avg and
# quantile_cont and pandas' mean and quantile (to 1e-9).
# Usage: scripts/bench.sh            the sample, then 1k, 100k, 1M cases; 5 runs each
#        BENCH_SIZES="1000 100000" BENCH_RUNS=7 scripts/bench.sh
#        BENCH_FILES="/tmp/other.csv" scripts/bench.sh   also files of another shape (they need
#                                       documentation_received and assigned as ISO dates)
#        BENCH_DUCKDB="1.1.3 1.4.4.0"   the DuckDB JDBC versions to run (default both of these)
#        BENCH_10M=1 scripts/bench.sh   also 10M cases with nmstat alone (default heap), and
#                                       with NMSTAT_JAVA_OPTS=-Xmx1g
# The tools run in turns (nmstat, each DuckDB, Miller, pandas, then again), so that a machine
# whose speed drifts slows them alike; each figure is the median of the runs (peak RSS: the
# largest). The last lines say whether issue 14's targets are met in this run.
# Installs what it needs: Debian's miller, time and python3-pandas (as root; pandas is left out
# when it cannot be installed), DuckDB's JDBC drivers via Maven.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
out="$root/target/bench"
mkdir -p "$out"
sizes="${BENCH_SIZES:-1000 100000 1000000}"
runs="${BENCH_RUNS:-5}"
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

# Runs "$@" once, its output kept in $out/last.out; appends its wall time (s) and peak RSS (KB)
# to $out/times-$tool.
measure() {
  local tool=$1
  shift
  /usr/bin/time -o "$out/time.txt" -f "%e %M" "$@" >"$out/last.out" 2>"$out/last.err"
  tail -1 "$out/time.txt" >>"$out/times-$tool"
}

# The median wall time (s) and the largest peak RSS (MB) of a tool's runs.
summarise() {
  sort -n "$out/times-$1" | awk '{ t[NR] = $1; if ($2 > m) m = $2 }
    END { med = NR % 2 ? t[(NR + 1) / 2] : (t[NR / 2] + t[NR / 2 + 1]) / 2
          printf "%.3f %d\n", med, m / 1024 }'
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
tools() {
  echo nmstat
  for v in $duckdbs; do echo "duckdb-$v"; done
  echo miller
  [[ $pandas == yes ]] && echo pandas
  return 0
}
# Runs one tool once on the file of the last `commands`, keeping its output as $out/TOOL-NAME.csv.
run_tool() {
  local tool=$1 name=$2 v
  case $tool in
    nmstat) measure "$tool" "${nmstat_cmd[@]}" ;;
    duckdb-*)
      v=${tool#duckdb-}
      measure "$tool" java -cp "$classes:$out/duckdb-$v/duckdb_jdbc-$v.jar" \
        no.nmstat.bench.DuckDbQueue "$file_now"
      ;;
    miller) measure "$tool" "${mlr_cmd[@]}" ;;
    pandas) measure "$tool" "${pandas_cmd[@]}" ;;
  esac
  cp "$out/last.out" "$out/$tool-$name.csv"
}
# sample: the row of the 250-case sample; n1m: of the generated 1M-case file (for the targets)
declare -A wall rss
run_size() {
  local name=$1 file=$2 t r tool tn
  commands "$file"
  file_now=$file
  for tool in $(tools); do rm -f "$out/times-$tool"; done
  for ((i = 0; i < runs; i++)); do
    for tool in $(tools); do run_tool "$tool" "$name"; done
  done
  read -r tn r < <(summarise nmstat)
  wall[$name/nmstat]=$tn rss[$name/nmstat]=$r
  printf '%-12s %-14s %8s %8s %8s %s\n' "$name" nmstat "$tn" 1.00 "$r" -
  for tool in $(tools); do
    [[ $tool == nmstat ]] && continue
    read -r t r < <(summarise "$tool")
    wall[$name/$tool]=$t
    case $tool in
      duckdb-* | pandas) a="$(agree "$out/$tool-$name.csv" "$out/nmstat-$name.csv")" ;;
      *) a=- ;;
    esac
    printf '%-12s %-14s %8s %8s %8s %s\n' "$name" "$tool" "$t" "$(ratio "$t" "$tn")" "$r" "$a"
  done
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
  rm -f "$out/times-10m" "$out/times-10m-xmx1g"
  measure 10m "${nmstat_cmd[@]}"
  read -r t r < <(summarise 10m)
  printf '%-12s %-14s %8s %8s %8s %s\n' 10000000 nmstat "$t" - "$r" -
  NMSTAT_JAVA_OPTS=-Xmx1g measure 10m-xmx1g "${nmstat_cmd[@]}"
  read -r t r < <(summarise 10m-xmx1g)
  printf '%-12s %-14s %8s %8s %8s %s\n' 10000000 "nmstat -Xmx1g" "$t" - "$r" -
fi
printf '\n%s; %s; pandas %s; %s, %s cores; load %s; %s\n' "$(java -version 2>&1 | head -1)" \
  "$(mlr --version)" "$([[ $pandas == yes ]] && "$py" -c 'import pandas; print(pandas.__version__)' \
  || echo -)" "$(uname -m)" "$(nproc)" "$(cut -d' ' -f1-3 /proc/loadavg)" "$(date -u +%Y-%m-%d)"
echo "ratios above 1: nmstat is faster. Times: median of $best_of runs in turns (10M: one run)," \
  "wall, including JVM start."
# Issue 14's targets, as this run measured them.
met() { awk -v a="$1" -v b="$2" 'BEGIN { print (a <= b ? "met" : "MISSED") }'; }
echo "target: the sample in at most 0.120 s: ${wall[sample/nmstat]} s," \
  "$(met "${wall[sample/nmstat]}" 0.120)"
# The 1M-case file and the files of another shape (meant to be of 1M cases too).
for name in 1000000 $(for f in ${BENCH_FILES:-}; do basename "$f" .csv; done); do
  [[ -n "${wall[$name/nmstat]:-}" ]] || continue
  for v in $duckdbs; do
    r="$(awk -v a="${wall[$name/nmstat]}" -v b="${wall[$name/duckdb-$v]}" \
      'BEGIN { printf "%.2f", a / b }')"
    echo "target: $name: nmstat's time at most 1.0x DuckDB $v's: ${r}x, $(met "$r" 1.0)"
  done
  echo "target: $name: peak RSS at most 300 MB: ${rss[$name/nmstat]} MB," \
    "$(met "${rss[$name/nmstat]}" 300)"
done
