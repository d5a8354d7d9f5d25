#!/bin/sh
# Fuzzes what journeymap reads from people: stage notes, site.yml and Mermaid diagrams.
#
#   FUZZ_SECONDS=60 scripts/fuzz.sh              each target for 60 s (default 60)
#   FUZZ_TARGETS="note mermaid" scripts/fuzz.sh  some targets only (note, site, mermaid)
#   FUZZ_ENGINE=tests scripts/fuzz.sh            the seeded mutations of the test suite instead
#   FUZZ_SWIFT_FLAGS="--scratch-path .build-x"   extra flags for `swift test` (tests engine)
#
# The default engine is libFuzzer: Tests/Fuzz built with -sanitize=fuzzer (coverage-guided, with
# a corpus kept in $FUZZ_BUILD/corpus between runs). Where the toolchain cannot build it, or with
# FUZZ_ENGINE=tests, the Swift Testing fuzz tests run for FUZZ_SECONDS each instead, from
# FUZZ_SEED (default: the time), with the YAML anchor guard checked against the YAML parser too.
#
# An input that crashes, hangs or breaks an invariant is saved (libFuzzer: $FUZZ_BUILD/crashes/;
# tests: the path is printed) and the script exits 1. Replay one with the ordinary debug build:
#   swift build --product journeymap-fuzz && FUZZ_TARGET=note .build/debug/journeymap-fuzz FILE
# then fix the bug and keep the input in Tests/Fixtures/fuzz-regressions/<target>/, which every
# test run replays.
set -eu
cd "$(dirname "$0")/.."

SECONDS_PER_TARGET=${FUZZ_SECONDS:-60}
TARGETS=${FUZZ_TARGETS:-note site mermaid}
ENGINE=${FUZZ_ENGINE:-libfuzzer}
BUILD=${FUZZ_BUILD:-.build-fuzz}
REGRESSIONS=Tests/Fixtures/fuzz-regressions

run_tests() {
    seed=${FUZZ_SEED:-$(date +%s)}
    filters=""
    for target in $TARGETS; do
        case $target in
            note | site) filters="$filters|FuzzTests" ;;
            mermaid) filters="$filters|MermaidFuzzTests" ;;
        esac
    done
    echo "fuzz.sh: Swift Testing engine, seed $seed, ${SECONDS_PER_TARGET} s per test" >&2
    # shellcheck disable=SC2086 # the flags are words on purpose
    FUZZ_SEED=$seed FUZZ_SECONDS=$SECONDS_PER_TARGET swift test ${FUZZ_SWIFT_FLAGS:-} --filter "${filters#|}"
}

if [ "$ENGINE" = tests ]; then
    run_tests
    exit
fi

# libFuzzer needs lld here: gold fails on the sanitizer's sections.
mkdir -p "$BUILD"
printf '{ "schemaVersion": "1.0", "swiftCompiler": { "extraCLIOptions": ["-use-ld=lld"] } }\n' > "$BUILD/toolset.json"
if ! swift build -c release --product journeymap-fuzz --scratch-path "$BUILD/libfuzzer" --toolset "$BUILD/toolset.json" \
    -Xswiftc -sanitize=fuzzer -Xswiftc -DFUZZING -Xcc -fsanitize=fuzzer-no-link >&2; then
    echo "fuzz.sh: cannot build with libFuzzer here; running the Swift Testing fuzz tests instead" >&2
    run_tests
    exit
fi
FUZZER="$BUILD/libfuzzer/release/journeymap-fuzz"

failed=0
for target in $TARGETS; do
    corpus="$BUILD/corpus/$target"
    crashes="$BUILD/crashes"
    mkdir -p "$corpus" "$crashes"
    case $target in
        note) seeds="Content/personas/*.md Content/journeys/*/*.md Tests/Fixtures/hostile/*/*.md Tests/Fixtures/hostile/journeys/*/*.md" ;;
        site) seeds="Content/site.yml Tests/Fixtures/hostile/site.yml" ;;
        mermaid) seeds="" ;;
        *) echo "fuzz.sh: unknown target '$target' (note, site, mermaid)" >&2; exit 2 ;;
    esac
    for file in $seeds "$REGRESSIONS/$target"/*; do
        [ -f "$file" ] && cp "$file" "$corpus/seed-$(echo "$file" | tr '/' '_')"
    done
    echo "fuzz.sh: libFuzzer on '$target' for $SECONDS_PER_TARGET s" >&2
    if ! FUZZ_TARGET=$target "$FUZZER" -max_total_time="$SECONDS_PER_TARGET" -timeout=10 -rss_limit_mb=4096 -max_len=65536 \
        -print_final_stats=1 -artifact_prefix="$crashes/$target-" "$corpus" >&2; then
        failed=1
    fi
done
if [ "$failed" = 1 ] || [ -n "$(ls -A "$BUILD/crashes" 2>/dev/null)" ]; then
    echo "fuzz.sh: inputs that crash, hang or break an invariant are in $BUILD/crashes/" >&2
    exit 1
fi
echo "fuzz.sh: no crash, hang or broken invariant" >&2
