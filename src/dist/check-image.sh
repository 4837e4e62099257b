#!/bin/sh
# Checks an app image built by `mvn -Pdist package` (decision 1202): run by `mvn -Pdist verify` and
# by .ci/run. Usage: check-image.sh IMAGE VERSION, e.g. target/dist/Tandai 0.1.0.
# Fails (exit 1) naming the first thing that is wrong:
#   1. the bundled runtime lacks a JDK module that jdeps finds the jar needs;
#   2. `Tandai --version` and `tandai-cli --version` do not print "Tandai VERSION";
#   3. `Tandai validate` and `tandai-cli validate` do not pass on a copy of seeds/, or fail to
#      report a broken sidecar (exit 1, file named);
#   4. the launchers do not start the JVM with target/tandai's flags (heap, collector, C1 only);
#   5. Tandai's classes do not come from the image's AppCDS archive;
#   6. the window does not open the seed and draw its first frame (only where a display or
#      xvfb-run exists; otherwise printed as unchecked);
#   7. the .tar.gz lacks the launcher, or the .deb (when built) has the wrong name or version, or
#      maintainer scripts that fail where there is no desktop menu.
set -eu
image=$(cd -P -- "$1" && pwd -P)
version=$2
root=$(cd -P -- "$(dirname -- "$0")/../.." && pwd -P)
if [ -d "$image/Contents/MacOS" ]; then          # macOS: Tandai.app (unchecked: not run on macOS)
    bin=$image/Contents/MacOS; app=$image/Contents/app; runtime=$image/Contents/runtime/Contents/Home
else
    bin=$image/bin; app=$image/lib/app; runtime=$image/lib/runtime
fi
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
fail() { echo "check-image: FAILED: $*" >&2; exit 1; }
say() { echo "check-image: $*"; }

# 1. Modules: what jdeps finds in the jar (JavaFX included, it is inside) against the runtime's list.
jdeps=jdeps
if [ -n "${JAVA_HOME:-}" ] && [ -x "$JAVA_HOME/bin/jdeps" ]; then jdeps=$JAVA_HOME/bin/jdeps; fi
needed=$("$jdeps" --multi-release 17 --ignore-missing-deps --print-module-deps "$app/tandai.jar") \
    || fail "jdeps could not read $app/tandai.jar"
present=$(sed -n 's/^MODULES="\(.*\)"$/\1/p' "$runtime/release")
[ -n "$present" ] || fail "$runtime/release lists no modules"
for m in $(echo "$needed" | tr ',' ' '); do
    case " $present " in
        *" $m "*) ;;
        *) fail "the bundled runtime lacks module $m (jdeps: $needed; runtime: $present)" ;;
    esac
done
say "runtime has every module the jar needs ($needed)"

# 2. --version from both launchers.
for l in Tandai tandai-cli; do
    out=$("$bin/$l" --version) || fail "$l --version exited $?"
    [ "$out" = "Tandai $version" ] || fail "$l --version printed '$out', expected 'Tandai $version'"
done
say "--version prints 'Tandai $version'"

# 3. validate on a copy of the seeds (tests never touch seeds/), then on a broken sidecar.
cp -R "$root/seeds" "$work/seeds"
export TANDAI_CONFIG_DIR="$work/config"
for l in Tandai tandai-cli; do
    "$bin/$l" validate "$work/seeds" > "$work/validate.out" 2>&1 \
        || { cat "$work/validate.out" >&2; fail "$l validate $work/seeds exited non-zero"; }
done
sidecar=$(ls "$work/seeds"/*.annotations.json | head -n 1)
printf '{ "broken": ' > "$sidecar"
set +e
"$bin/tandai-cli" validate "$work/seeds" > "$work/broken.out" 2>&1
rc=$?
set -e
[ "$rc" = 1 ] || fail "validate of a broken sidecar exited $rc, expected 1"
grep -q "$(basename -- "$sidecar")" "$work/broken.out" || fail "validate did not name the broken file"
if grep -q 'Exception\|	at ' "$work/broken.out"; then fail "validate printed a stack trace"; fi
say "validate passes on seeds/ and reports a broken sidecar (exit 1, file named)"

# 4. JVM flags as target/tandai sets them: the window's heap and C1; the batch heap, collector and C1.
flags() { JAVA_TOOL_OPTIONS=-XX:+PrintFlagsFinal "$bin/$1" --version 2>/dev/null; }
flag() { echo "$1" | awk -v n="$2" '$2 == n { print $4 }'; }
w=$(flags Tandai); c=$(flags tandai-cli)
[ "$(flag "$w" MaxHeapSize)" = 1073741824 ] || fail "Tandai: MaxHeapSize $(flag "$w" MaxHeapSize), expected 1g"
[ "$(flag "$w" UseG1GC)" = true ] || fail "Tandai: not G1"
[ "$(flag "$w" TieredStopAtLevel)" = 1 ] || fail "Tandai: not C1 only (decision 1227)"
[ "$(flag "$c" MaxHeapSize)" = 268435456 ] || fail "tandai-cli: MaxHeapSize $(flag "$c" MaxHeapSize), expected 256m"
[ "$(flag "$c" UseSerialGC)" = true ] || fail "tandai-cli: not the serial collector"
[ "$(flag "$c" TieredStopAtLevel)" = 1 ] || fail "tandai-cli: not C1 only"
# The launchers' mark (decisions 1230, 1231): without it a launcher's JVM asks the management API
# whether it should start a child, on every start.
for l in Tandai tandai-cli; do
    grep -q 'java-options=-Dtandai.jvm.launcher=1$' "$app/$l.cfg" || fail "$l: its JVM does not carry -Dtandai.jvm.launcher=1"
done
say "Tandai: -Xmx1g, G1, C1 only; tandai-cli: -Xmx256m, serial GC, C1 only; both marked as launchers"

# 5. The AppCDS archive: Tandai's own classes are mapped from it, not read from the jar.
[ -f "$app/tandai.jsa" ] || fail "no archive $app/tandai.jsa"
for l in Tandai tandai-cli; do
    JAVA_TOOL_OPTIONS="-Xlog:class+load=info:file=$work/$l.classes" "$bin/$l" --version > /dev/null 2>&1
    grep -q 'org.tandai.Main source: shared objects file' "$work/$l.classes" \
        || fail "$l does not load org.tandai.Main from $app/tandai.jsa"
done
shared=$(grep -c 'source: shared objects file' "$work/tandai-cli.classes" || true)
say "both launchers map the archive ($shared classes of a --version run from it)"

# 6. The window: opens a copy of the seed, draws the first frame and the article, exits 0.
if [ -n "${DISPLAY:-}" ]; then
    display=
elif command -v xvfb-run > /dev/null 2>&1; then
    display="xvfb-run -a"
else
    display=none
fi
if [ "$display" != none ]; then
    cp -R "$root/seeds" "$work/window"
    $display "$bin/Tandai" --annotator check open --report-timing --exit "$work/window" > "$work/window.out" 2>&1 \
        || { cat "$work/window.out" >&2; fail "the window on $work/window exited non-zero"; }
    grep -q '^timing: first-frame ' "$work/window.out" \
        || { cat "$work/window.out" >&2; fail "the window did not report its first frame"; }
    grep -q '^timing: document-rendered ' "$work/window.out" \
        || { cat "$work/window.out" >&2; fail "the window did not draw the seed article"; }
    say "window opened the seed ($(grep '^timing: ' "$work/window.out" | tr '\n' ' ' | sed 's/ $//'))"
else
    say "UNCHECKED: the window (no DISPLAY and no xvfb-run here)"
fi

# 7. The portable archive and the installer, where built.
dist=$(dirname -- "$image")
for t in "$dist"/*.tar.gz; do
    [ -f "$t" ] || continue
    tar -tzf "$t" > "$work/tar.list"
    grep -q '/bin/Tandai$\|/Contents/MacOS/Tandai$' "$work/tar.list" || fail "$t lacks the launcher"
    if grep -q 'tandai\.jsa$' "$work/tar.list"; then fail "$t carries an archive that only fits $image"; fi
    say "portable archive $(basename -- "$t") ($(du -k "$t" | cut -f1) KB)"
done
for d in "$dist"/*.deb; do
    [ -f "$d" ] || continue
    command -v dpkg-deb > /dev/null 2>&1 || { say "UNCHECKED: $(basename -- "$d") (no dpkg-deb)"; continue; }
    [ "$(dpkg-deb -f "$d" Package)" = tandai ] || fail "$d: package name $(dpkg-deb -f "$d" Package)"
    case $(dpkg-deb -f "$d" Version) in "$version"*) ;; *) fail "$d: version $(dpkg-deb -f "$d" Version)" ;; esac
    dpkg-deb -c "$d" > "$work/deb.list"
    dpkg-deb -e "$d" "$work/deb.control"
    grep -q 'lib/tandai-Tandai.desktop' "$work/deb.control/postinst" || fail "$d: no menu entry for Tandai"
    if grep -q 'tandai-cli.desktop' "$work/deb.control/postinst"; then fail "$d: tandai-cli in the menu"; fi
    grep -q 'Xshare:dump' "$work/deb.control/postinst" || fail "$d: postinst dumps no AppCDS archive"
    # Without a desktop menu (a server, a minimal system) xdg-desktop-menu fails: that must cost
    # neither the installation nor, later, the removal.
    grep -A1 'xdg-desktop-menu install' "$work/deb.control/postinst" | grep -q '|| echo' \
        || fail "$d: postinst fails where there is no desktop menu"
    grep 'xdg-desktop-menu uninstall' "$work/deb.control/prerm" | grep -q '|| true' \
        || fail "$d: prerm fails where there is no desktop menu"
    grep -q '/opt/tandai/bin/Tandai$' "$work/deb.list" || fail "$d does not install /opt/tandai/bin/Tandai"
    say "installer $(basename -- "$d") ($(du -k "$d" | cut -f1) KB)"
done
say "image $image is good"
