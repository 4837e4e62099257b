#!/bin/sh
# Re-records src/main/cds/tandai.classlist, the classes the build puts into the AppCDS archive
# target/tandai.jsa (decision 0408). Run after `mvn -B -q package -DskipTests` when the build warns
# that the list is stale, or after start-up code changed. Needs Xvfb (xvfb-run) or a DISPLAY.
# Records a real window run that opens a copy of ./seeds and exits once the article is drawn, plus a
# `validate` run for the command-line classes; the JVM writes the names (-XX:DumpLoadedClassList).
set -e
root=$(cd -P -- "$(dirname -- "$0")/../../.." && pwd -P)
jar=$root/target/tandai.jar
out=$root/src/main/cds/tandai.classlist
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cp -R "$root/seeds" "$work/seeds"
run_window() {
    if [ -n "$DISPLAY" ]; then "$@"; else xvfb-run -a -s "-screen 0 1920x1080x24" "$@"; fi
}
run_window java -XX:DumpLoadedClassList="$work/window.list" -Dtandai.config.dir="$work/config" \
    -jar "$jar" --annotator recorder open --report-timing --exit "$work/seeds"
java -XX:DumpLoadedClassList="$work/cli.list" -jar "$jar" validate --quiet "$work/seeds" || true
# Dynamic proxies and the like get new names in every run: they cannot be found at dump time.
cat "$work/window.list" "$work/cli.list" | grep -v -e 'jdk/proxy' -e 'com/sun/proxy' | awk '!seen[$0]++' > "$out"
echo "wrote $out ($(grep -c -v '^@' "$out") classes)"
