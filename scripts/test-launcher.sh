#!/usr/bin/env bash
# Tests scripts/nmstat as users and CI meet it, on a fresh clone of this checkout: four
# launches at once on a fresh clone and again after a source change, a symlink from another
# folder, scripts/install, a read-only checkout, NMSTAT_JAVA_OPTS, and output to a full disk.
set -euo pipefail
root="$(cd "$(dirname "$(readlink -f "${BASH_SOURCE[0]}")")/.." && pwd)"
work="$(mktemp -d)"
trap 'chmod -R u+w "$work" 2>/dev/null; rm -rf "$work"' EXIT
git clone -q "$root" "$work/clone"
# The launcher and installer under test, committed or not.
cp "$root/scripts/nmstat" "$root/scripts/install" "$work/clone/scripts/"
clone="$work/clone"
fail() { echo "test-launcher: FAIL: $*" >&2; exit 1; }

parallel() {
  local pids=() i
  for i in 1 2 3 4; do
    "$clone/scripts/nmstat" summary "$clone/data/cases-sample.csv" --intervals queue \
      >"$work/out.$i" 2>"$work/err.$i" &
    pids+=($!)
  done
  for i in 0 1 2 3; do
    wait "${pids[$i]}" || fail "$1: launch $((i + 1)) exited $?: $(cat "$work/err.$((i + 1))")"
    grep -q '^queue,235,' "$work/out.$((i + 1))" || fail "$1: launch $((i + 1)) printed no summary"
  done
  echo "test-launcher: ok: $1: 4 of 4 launches succeeded"
}

parallel "fresh clone"

# The class-data-sharing archive: made by the first launch, holding picocli (compiled for Java 17
# by the build; Java 5 class files cannot be archived) and nmstat's own classes.
jsa="$clone/target/run/nmstat.jsa"
[[ -s "$jsa" ]] || fail "no class-data-sharing archive after the first launches"
loaded="$(java -XX:SharedArchiveFile="$jsa" -Xlog:class+load -jar "$clone/target/run/nmstat.jar" \
  summary "$clone/data/cases-sample.csv" --as-of 2025-10-31 --format csv)"
for cls in picocli.CommandLine no.nmstat.cli.SummaryCommand; do
  grep -q "$cls source: shared objects file (top)" <<<"$loaded" || fail "$cls is not in the archive"
done
echo "test-launcher: ok: the archive holds picocli and nmstat" \
  "($(grep -c 'shared objects file (top)' <<<"$loaded") classes)"

cp "$jsa" "$work/old.jsa"
touch "$clone/src/main/java/no/nmstat/cli/Main.java"
parallel "after a source change"
[[ "$jsa" -nt "$clone/target/run/nmstat.jar" ]] || fail "the archive was not made again"
# Java itself refuses an archive made for another jar (it records the jar's time and size), quietly
# with the launcher's logging options.
out="$(java -XX:SharedArchiveFile="$work/old.jsa" -Xlog:disable -Xlog:all=warning:stderr \
  -Xlog:cds*=off:stderr -Xlog:class+load:stdout -jar "$clone/target/run/nmstat.jar" --version 2>&1)"
grep -q 'shared objects file (top)' <<<"$out" && fail "Java used an archive of an older jar"
grep -q '^nmstat ' <<<"$out" || fail "a stale archive: $out"
grep -q 'warning\|error' <<<"$out" && fail "a stale archive gave a message: $out"
echo "test-launcher: ok: the archive is made again for a new jar, and an old one is not used"

# Another java (here a wrapper on PATH): the archive is made again, by it. A java that cannot
# make one: the run still succeeds, and later runs do not try again.
real_java="$(command -v java)"
mkdir -p "$work/java-bin"
cat >"$work/java-bin/java" <<EOS
#!/usr/bin/env bash
for a in "\$@"; do
  [[ "\$a" == -XX:ArchiveClassesAtExit=* ]] && { echo x >>"$work/trainings"; exit 1; }
done
exec "$real_java" "\$@"
EOS
chmod +x "$work/java-bin/java"
for i in 1 2; do
  PATH="$work/java-bin:$PATH" "$clone/scripts/nmstat" summary "$clone/data/cases-sample.csv" \
    --intervals queue --as-of 2025-10-31 >"$work/out" 2>"$work/err" || fail "a failed archive failed run $i: $(cat "$work/err")"
  grep -q '^queue,235,' "$work/out" || fail "a failed archive: run $i printed no summary"
  [[ -s "$work/err" ]] && fail "a failed archive: run $i wrote to stderr: $(cat "$work/err")"
done
[[ "$(wc -l <"$work/trainings")" == 1 ]] || fail "a failed archive was tried more than once"
[[ -e "$jsa" ]] && fail "an archive of the other java is left in place"
"$clone/scripts/nmstat" --version >/dev/null
[[ -s "$jsa" ]] || fail "the archive was not made again for the first java"
echo "test-launcher: ok: an archive for each java; a java that cannot make one runs without"

# Java 25 or later (when this machine has one): an ahead-of-time cache instead, holding picocli.
for java25 in /usr/lib/jvm/*/bin/java; do
  v="$("$java25" -version 2>&1 | sed -n '1s/^[^"]*"\([0-9]*\).*/\1/p')"
  [[ "$v" =~ ^[0-9]+$ ]] && ((v >= 25)) || continue
  mkdir -p "$work/java25" && ln -sf "$java25" "$work/java25/java"
  PATH="$work/java25:$PATH" "$clone/scripts/nmstat" --version >/dev/null 2>"$work/err" \
    || fail "java $v: $(cat "$work/err")"
  [[ -s "$clone/target/run/nmstat.aot" ]] || fail "java $v made no ahead-of-time cache"
  loaded="$(PATH="$work/java25:$PATH" NMSTAT_JAVA_OPTS=-Xlog:class+load:stdout \
    "$clone/scripts/nmstat" summary "$clone/data/cases-sample.csv" --format csv \
    --as-of 2025-10-31 2>"$work/err")"
  grep -q 'picocli.CommandLine source: shared objects file' <<<"$loaded" \
    || fail "java $v: picocli is not in the cache"
  [[ -s "$work/err" ]] && fail "java $v wrote to stderr: $(cat "$work/err")"
  "$clone/scripts/nmstat" --version >/dev/null
  echo "test-launcher: ok: java $v makes and uses an ahead-of-time cache"
  break
done

mkdir -p "$work/bin" "$work/elsewhere"
ln -s "$clone/scripts/nmstat" "$work/bin/nmstat"
(cd "$work/elsewhere" && "$work/bin/nmstat" --version) | grep -q '^nmstat ' \
  || fail "a symlink to the launcher does not run"
echo "test-launcher: ok: runs through a symlink from another folder"

# scripts/install into a fresh HOME (the jar is built by now, so Maven does not run there):
# twice (idempotent), then the installed command, its completion and man pages, then uninstall.
home="$work/home"
mkdir -p "$home"
for _ in 1 2; do
  HOME="$home" "$clone/scripts/install" 2>"$work/install.err" \
    || fail "install: $(cat "$work/install.err")"
done
grep -q 'is not on PATH' "$work/install.err" || fail "install does not say the folder is off PATH"
[[ "$(readlink -f "$home/.local/bin/nmstat")" == "$clone/scripts/nmstat" ]] \
  || fail "install: $home/.local/bin/nmstat is not a link to the launcher"
(cd "$work/elsewhere" && HOME="$home" "$home/.local/bin/nmstat" --version) | grep -q '^nmstat ' \
  || fail "the installed nmstat does not run"
completion="$home/.local/share/bash-completion/completions/nmstat"
out="$(bash --norc -c 'source "$1"; COMP_WORDS=(nmstat sum); COMP_CWORD=1; COMP_LINE="nmstat sum"
  COMP_POINT=${#COMP_LINE}; _complete_nmstat 2>/dev/null; echo "${COMPREPLY[*]}"' bash "$completion")"
[[ "$out" == summary ]] || fail "install: completing 'nmstat sum' gave '$out', not 'summary'"
for page in nmstat nmstat-summary nmstat-wait; do
  [[ -f "$home/.local/share/man/man1/$page.1" ]] || fail "install: no man page $page.1"
done
if command -v man >/dev/null 2>&1; then
  # man finds pages beside a bin folder on PATH (../share/man).
  [[ "$(env -u MANPATH HOME="$home" PATH="$home/.local/bin:$PATH" man -w nmstat-summary)" \
    == "$home/.local/share/man/man1/nmstat-summary.1" ]] || fail "man does not find nmstat-summary"
fi
HOME="$home" "$clone/scripts/install" --uninstall 2>"$work/install.err" \
  || fail "uninstall: $(cat "$work/install.err")"
left="$(find "$home" -type f -o -type l)"
[[ -z "$left" ]] || fail "uninstall left: $left"
HOME="$home" "$clone/scripts/install" "$work/prefix/bin" 2>/dev/null \
  && [[ -L "$work/prefix/bin/nmstat" && -f "$work/prefix/share/man/man1/nmstat.1" ]] \
  || fail "install into a PREFIX/bin"
HOME="$home" "$clone/scripts/install" --uninstall "$work/prefix/bin" 2>/dev/null
[[ -z "$(find "$work/prefix" -type f -o -type l)" ]] || fail "uninstall from a PREFIX/bin"
echo "test-launcher: ok: scripts/install (twice), the installed nmstat, completion, man, uninstall"

if [[ "$(id -u)" == 0 ]] && id nobody >/dev/null 2>&1; then
  chmod -R a-w "$clone"
  chmod a+rx "$work"
  touch -d '+1 minute' "$clone/src/main/java/no/nmstat/cli/Main.java"
  out="$(su nobody -s /bin/bash -c "cd / && '$clone/scripts/nmstat' --version" 2>&1)" \
    || fail "a read-only checkout does not run: $out"
  grep -q 'read-only' <<<"$out" || fail "no note about the read-only checkout: $out"
  chmod -R u+w "$clone"
  echo "test-launcher: ok: a read-only checkout runs the jar it has, with a note"
else
  echo "test-launcher: skipped: the read-only check needs root and the user nobody"
fi

"$clone/scripts/nmstat" sample --cases 400000 --seed 1 >"$work/400k.csv"
set +e
NMSTAT_JAVA_OPTS=-Xmx40m "$clone/scripts/nmstat" summary "$work/400k.csv" >/dev/null \
  2>"$work/oom.err"
code=$?
set -e
[[ $code == 70 ]] || fail "out of memory exited $code, not 70"
grep -q 'NMSTAT_JAVA_OPTS' "$work/oom.err" || fail "out of memory: $(cat "$work/oom.err")"
grep -q 'Exception\|\bat no\.' "$work/oom.err" && fail "a stack trace on out of memory"
echo "test-launcher: ok: out of memory (NMSTAT_JAVA_OPTS=-Xmx40m, 400k cases) exits 70"

if [[ -w /dev/full ]]; then
  set +e
  "$clone/scripts/nmstat" summary "$clone/data/cases-sample.csv" >/dev/full 2>"$work/full.err"
  code=$?
  set -e
  [[ $code == 74 ]] || fail "a full disk exited $code, not 74"
  grep -q 'No space left on device' "$work/full.err" || fail "full disk: $(cat "$work/full.err")"
  echo "test-launcher: ok: output to a full disk exits 74"
fi
echo "test-launcher: all passed"
