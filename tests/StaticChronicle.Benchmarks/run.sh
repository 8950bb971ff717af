#!/usr/bin/env bash
# Whole-process benchmark: StaticChronicle against Hugo on the same synthetic site.
#
#   tests/StaticChronicle.Benchmarks/run.sh [N ...]      (default N = 1000; RUNS=3 by default)
#   SIZES_ONLY=1 tests/StaticChronicle.Benchmarks/run.sh 10000   (one build of each, sizes only, no timing)
#   SERVE=1 tests/StaticChronicle.Benchmarks/run.sh 10000        (also chronicle serve: save → reload, SERVE_ROUNDS edits each)
#
# For each N: generates the corpus once (seeded, so every run sees the same files), then times,
# alternating, RUNS rounds of: StaticChronicle full build, Hugo full build, StaticChronicle build
# from an empty cache, StaticChronicle no-op rebuild, StaticChronicle rebuild after one seed
# changed. Prints medians, the ratios and peak memory (GNU time's "Maximum resident set size"), and
# both sites' sizes: all files, HTML only, the heaviest page and the pages over 150 KB.
# Ends with the five-seed site as a cold process.
# Everything is written under $BENCH_DIR (default /tmp/staticchronicle-bench), never in the repository.
set -euo pipefail

RUNS=${RUNS:-3}
sizes=("$@")
[ ${#sizes[@]} -eq 0 ] && sizes=(1000)
here=$(cd "$(dirname "$0")" && pwd)
repo=$(cd "$here/../.." && pwd)
work=${BENCH_DIR:-${TMPDIR:-/tmp}/staticchronicle-bench}
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1

# --- tools -------------------------------------------------------------------------------------
missing=()
command -v hugo >/dev/null || missing+=(hugo)
[ -x /usr/bin/time ] || missing+=(time)
if [ ${#missing[@]} -gt 0 ]; then
  if [ "$(id -u)" -eq 0 ] && command -v apt-get >/dev/null; then
    echo "installing ${missing[*]} (Debian packages)…"
    apt-get update -qq && apt-get install -y -qq "${missing[@]}" >/dev/null
  else
    echo "missing: ${missing[*]}. Install them with: sudo apt-get install -y ${missing[*]}" >&2
    exit 2
  fi
fi

# --- build once, Release -------------------------------------------------------------------------
mkdir -p "$work"
# chronicle is published the way a newsroom installs it for CI (README: "A faster chronicle"): for this
# machine, compiled to native code (Native AOT). The generator is only a tool of the benchmark.
case "$(uname -m)" in
  x86_64) rid=linux-x64 ;;
  aarch64 | arm64) rid=linux-arm64 ;;
  *) rid= ;;
esac
echo "building StaticChronicle (Release, published for ${rid:-the portable runtime}) and the generator…"
rm -rf "$work/bin"
# Native AOT needs a C compiler driver to link (clang, or gcc) and zlib's headers: installed here when missing.
native_toolchain() { { command -v clang >/dev/null 2>&1 || command -v gcc >/dev/null 2>&1; } && [ -f /usr/include/zlib.h ]; }
if [ -n "$rid" ] && ! native_toolchain; then
  if command -v apt-get >/dev/null 2>&1; then
    DEBIAN_FRONTEND=noninteractive apt-get install -y -q clang zlib1g-dev >/dev/null 2>&1 \
      || { apt-get update -q >/dev/null 2>&1 && DEBIAN_FRONTEND=noninteractive apt-get install -y -q clang zlib1g-dev >/dev/null 2>&1; } || true
  fi
fi
if [ -n "$rid" ] && native_toolchain; then
  build_chronicle=(dotnet publish "$repo/src/StaticChronicle.Cli" -c Release -r "$rid" -p:PublishAot=true -o "$work/bin/chronicle")
elif [ -n "$rid" ]; then
  echo "no C toolchain or zlib1g-dev: measuring the ReadyToRun build instead of the native one" >&2
  build_chronicle=(dotnet publish "$repo/src/StaticChronicle.Cli" -c Release -r "$rid" --self-contained false -o "$work/bin/chronicle")
else
  build_chronicle=(dotnet build "$repo/src/StaticChronicle.Cli" -c Release -o "$work/bin/chronicle")
fi
for step in chronicle generator; do
  if [ "$step" = chronicle ]; then command=("${build_chronicle[@]}"); else command=(dotnet build "$here" -c Release -o "$work/bin/generator"); fi
  if ! "${command[@]}" --nologo -v q -clp:ErrorsOnly >"$work/build.log" 2>&1; then
    cat "$work/build.log" >&2
    echo "building $step failed: ${command[*]}" >&2
    exit 1
  fi
done
chronicle="$work/bin/chronicle/chronicle"
generator="$work/bin/generator/StaticChronicle.Benchmarks"
no_cache=()
build_help=$("$chronicle" build --help 2>&1 || true)
[[ "$build_help" == *--no-cache* ]] && no_cache=(--no-cache)

# --- helpers -------------------------------------------------------------------------------------

# set_aside PATH...: moves the last run's output out of the way instead of deleting it; all of it is deleted once the
# timings are done. On ext4 without a journal (these VMs), a freed inode is skipped, with a lookup each time, for a
# minute after its deletion (five while its inode table is unwritten), and every later allocation in its block group
# scans past it again: a build timed right after `rm -rf` of the last one's 25,000 files and folders paid 3–23 s of
# kernel time instead of 2–3 s, varying with the writeback and with how much the earlier runs had deleted. Moving
# the folder aside leaves every timed run, ours and Hugo's, the state a first build on a checkout sees.
discarded="$work/discarded"
set_aside() {
  mkdir -p "$discarded"
  local path
  for path in "$@"; do
    [ -e "$path" ] && mv "$path" "$discarded/$(date +%s%N)-$(basename "$path")"
  done
  return 0
}
rm -rf "$discarded"
trap 'rm -rf "$discarded"' EXIT
# measure NAME CMD...: runs CMD under GNU time, appends "wall_s rss_kb cpu_s" (cpu = user + sys) to $results/NAME.
measure() {
  local name=$1; shift
  local stats; stats=$(mktemp)
  if ! /usr/bin/time -f '%e %M %U %S' -o "$stats" "$@" >"$results/$name.log" 2>&1; then
    echo "  $name FAILED (exit $(tail -n1 "$stats")); last lines of its output:" >&2
    tail -n 5 "$results/$name.log" | sed 's/^/    /' >&2
    failed=1
  fi
  tail -n1 "$stats" | awk '{ printf "%s %s %.2f\n", $1, $2, $3 + $4 }' >>"$results/$name"
  rm -f "$stats"
}
median() { sort -g | awk '{ v[NR] = $1 } END { if (NR == 0) print "nan"; else if (NR % 2) print v[(NR + 1) / 2]; else printf "%.3f\n", (v[NR / 2] + v[NR / 2 + 1]) / 2 }'; }
col() { awk -v c="$2" '{ print $c }' "$results/$1" | median; }
ratio() { awk -v a="$1" -v b="$2" 'BEGIN { if (b + 0 == 0) print "n/a"; else printf "%.3f", a / b }'; }
mb() { awk -v k="$1" 'BEGIN { printf "%.0f", k / 1024 }'; }
pages() { [ -d "$1" ] && find "$1" -name '*.html' | wc -l || echo 0; }
# Sizes are the files' own bytes (not the blocks du counts), in MB of 1,048,576 bytes.
site_mb() {
  local only=()
  [ -n "${2:-}" ] && only=(-name "$2")
  [ -d "$1" ] && find "$1" -type f "${only[@]}" -printf '%s\n' | awk '{ t += $1 } END { printf "%.1f", t / 1048576 }' || echo 0
}
heaviest() { [ -d "$1" ] && find "$1" -name '*.html' -printf '%s %P\n' | sort -n | tail -n1 | awk '{ printf "%s (%.1f KB)", $2, $1 / 1024 }'; }
over_budget() { [ -d "$1" ] && find "$1" -name '*.html' -size +153600c | wc -l || echo 0; }
print_sizes() {
  local sc_mb hugo_mb
  sc_mb=$(site_mb "$sc_out"); hugo_mb=$(site_mb "$hugo_out")
  echo "  sizes (MB; all files / HTML only):"
  printf '    %-16s %8s / %8s   heaviest page %s; %s HTML pages over 150 KB\n' "StaticChronicle" "$sc_mb" "$(site_mb "$sc_out" '*.html')" "$(heaviest "$sc_out")" "$(over_budget "$sc_out")"
  printf '    %-16s %8s / %8s   heaviest page %s; %s HTML pages over 150 KB\n' "Hugo" "$hugo_mb" "$(site_mb "$hugo_out" '*.html')" "$(heaviest "$hugo_out")" "$(over_budget "$hugo_out")"
  echo "    whole site, StaticChronicle / Hugo: $(ratio "$sc_mb" "$hugo_mb")  (target <= 1; and under 1,024 MB for GitHub Pages)"
}

echo
echo "machine: $(nproc) cores, $(awk '/MemTotal/ { printf "%.1f GB", $2 / 1048576 }' /proc/meminfo), $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2- | sed 's/^ *//')"
echo "load average before: $(cut -d' ' -f1-3 /proc/loadavg)"
echo "versions: dotnet $(dotnet --version), $(hugo version | cut -d' ' -f1-2), StaticChronicle $(git -C "$repo" rev-parse --short HEAD 2>/dev/null || echo '?')"
echo "command: RUNS=$RUNS tests/StaticChronicle.Benchmarks/run.sh ${sizes[*]}"

per_article=()
for n in "${sizes[@]}"; do
  corpus="$work/corpus-$n"
  results="$work/results-$n"
  rm -rf "$results"; mkdir -p "$results"
  failed=0
  echo
  echo "== N = $n =="
  "$generator" generate --count "$n" --output "$corpus" --config "$repo/site-config.yml" --templates "$repo/templates"
  sc_out="$corpus/_site"
  hugo_out="$corpus/hugo-public"
  if [ -n "${SIZES_ONLY:-}" ]; then
    rm -rf "$sc_out" "$corpus/.chronicle" "$hugo_out"
    "$chronicle" build --config "$corpus/site-config.yml" --output "$sc_out" "${no_cache[@]}" >"$results/sc-sizes.log" 2>&1 || { tail -n 5 "$results/sc-sizes.log" >&2; exit 1; }
    hugo --source "$corpus/hugo" --destination "$hugo_out" --quiet
    printf '  %-34s %8s\n' "StaticChronicle pages" "$(pages "$sc_out")"
    printf '  %-34s %8s\n' "Hugo pages" "$(pages "$hugo_out")"
    print_sizes
    continue
  fi
  changed=$(find "$corpus/seeds" -name '*.txt' | sort | sed -n 1p)
  cp "$changed" "$results/changed.orig"

  for round in $(seq 1 "$RUNS"); do
    echo "  round $round/$RUNS"
    set_aside "$sc_out" "$corpus/.chronicle" "$corpus/content"
    measure sc-full "$chronicle" build --config "$corpus/site-config.yml" --output "$sc_out" "${no_cache[@]}"
    set_aside "$hugo_out" "$corpus/hugo/resources" "$corpus/hugo/.hugo_build.lock"
    measure hugo-full hugo --source "$corpus/hugo" --destination "$hugo_out" --quiet
    # The full build above neither read nor wrote the cache, so a no-op needs a cached build before it:
    # this one starts from an empty cache (a first build on a fresh clone) and fills it.
    if [ ${#no_cache[@]} -gt 0 ]; then
      measure sc-cold "$chronicle" build --config "$corpus/site-config.yml" --output "$sc_out"
    fi
    measure sc-noop "$chronicle" build --config "$corpus/site-config.yml" --output "$sc_out"
    # Alternate between the edited and the original text, so every round changes exactly one seed. The
    # sentence goes into the article's longest line (its body), so the article really changes: text added
    # after the end would fall in the "Other news" tail and extraction would give the same article.
    if [ $((round % 2)) -eq 1 ]; then
      awk -v add=" Both sides also agreed to keep in close contact in round $round." \
        'NR == FNR { if (length($0) > max) { max = length($0); at = FNR } next } FNR == at { $0 = $0 add } { print }' \
        "$results/changed.orig" "$results/changed.orig" >"$changed"
    else
      cp "$results/changed.orig" "$changed"
    fi
    measure sc-changed "$chronicle" build --config "$corpus/site-config.yml" --output "$sc_out"
  done
  cp "$results/changed.orig" "$changed"

  sc_full=$(col sc-full 1); hugo_full=$(col hugo-full 1); sc_noop=$(col sc-noop 1); sc_changed=$(col sc-changed 1)
  sc_rss=$(col sc-full 2); hugo_rss=$(col hugo-full 2); noop_rss=$(col sc-noop 2); changed_rss=$(col sc-changed 2)
  sc_cpu=$(col sc-full 3); hugo_cpu=$(col hugo-full 3); noop_cpu=$(col sc-noop 3); changed_cpu=$(col sc-changed 3)
  echo
  printf '  %-34s %10s %10s %14s %8s\n' "median of $RUNS runs" "wall (s)" "CPU (s)" "peak RSS (MB)" "pages"
  printf '  %-34s %10s %10s %14s %8s\n' "StaticChronicle full build" "$sc_full" "$sc_cpu" "$(mb "$sc_rss")" "$(pages "$sc_out")"
  printf '  %-34s %10s %10s %14s %8s\n' "Hugo full build" "$hugo_full" "$hugo_cpu" "$(mb "$hugo_rss")" "$(pages "$hugo_out")"
  if [ -s "$results/sc-cold" ]; then
    printf '  %-34s %10s %10s %14s\n' "StaticChronicle build, empty cache" "$(col sc-cold 1)" "$(col sc-cold 3)" "$(mb "$(col sc-cold 2)")"
  fi
  printf '  %-34s %10s %10s %14s\n' "StaticChronicle no-op rebuild" "$sc_noop" "$noop_cpu" "$(mb "$noop_rss")"
  printf '  %-34s %10s %10s %14s\n' "StaticChronicle one seed changed" "$sc_changed" "$changed_cpu" "$(mb "$changed_rss")"
  print_sizes
  echo "  ratios (wall clock; CPU time in brackets, steadier on a busy machine):"
  echo "    full build, StaticChronicle / Hugo:   $(ratio "$sc_full" "$hugo_full") ($(ratio "$sc_cpu" "$hugo_cpu"))  (target <= 0.5)"
  echo "    peak memory, StaticChronicle / Hugo:  $(ratio "$sc_rss" "$hugo_rss")  (target <= 0.5)"
  echo "    no-op rebuild / our full build:       $(ratio "$sc_noop" "$sc_full") ($(ratio "$noop_cpu" "$sc_cpu"))  (target <= 0.1)"
  echo "    one seed changed / our full build:    $(ratio "$sc_changed" "$sc_full") ($(ratio "$changed_cpu" "$sc_cpu"))  (target <= 0.15)"
  echo "  per article: StaticChronicle $(awk -v t="$sc_full" -v n="$n" 'BEGIN { printf "%.3f", t * 1000 / n }') ms, Hugo $(awk -v t="$hugo_full" -v n="$n" 'BEGIN { printf "%.3f", t * 1000 / n }') ms"
  if [ -n "${SERVE:-}" ]; then
    # chronicle serve: save → live-reload event for a seed's body and for the layout (every page), in one long-lived session.
    echo "  serve (SERVE=1), $(nproc) cores:"
    "$generator" serve "$corpus" --rounds "${SERVE_ROUNDS:-3}" 2>&1 | sed 's/^/    /'
  fi
  [ "$failed" -eq 0 ] || echo "  WARNING: some runs failed; their logs are in $results"
  per_article+=("$n:$(awk -v t="$sc_full" -v n="$n" 'BEGIN { print t / n }')")
done

if [ ${#per_article[@]} -gt 1 ]; then
  first=${per_article[0]}; last=${per_article[${#per_article[@]}-1]}
  echo
  echo "scaling: StaticChronicle time per article at N = ${last%%:*} / at N = ${first%%:*}: $(ratio "${last##*:}" "${first##*:}")  (target <= 1.1)"
fi

[ -n "${SIZES_ONLY:-}" ] && exit 0

# --- the real five-seed site, cold process -------------------------------------------------------
results="$work/results-five"; rm -rf "$results"; mkdir -p "$results"; failed=0
for round in $(seq 1 "$RUNS"); do
  set_aside "$work/five-site"
  measure five "$chronicle" build --config "$repo/site-config.yml" --output "$work/five-site" "${no_cache[@]}"
done
echo
echo "five-seed site, full build as a cold process: $(col five 1) s, peak $(mb "$(col five 2)") MB (target <= 0.25 s)"
echo "load average after: $(cut -d' ' -f1-3 /proc/loadavg)"
