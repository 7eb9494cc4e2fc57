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
    grep -q '^queue,233,' "$work/out.$((i + 1))" || fail "$1: launch $((i + 1)) printed no summary"
  done
  echo "test-launcher: ok: $1: 4 of 4 launches succeeded"
}

parallel "fresh clone"
touch "$clone/src/main/java/no/nmstat/cli/Main.java"
parallel "after a source change"

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
