#!/usr/bin/env bash
# The README's two commands on a brand-new Debian 12 machine: a minimal root made
# with debootstrap, a clean clone of this checkout inside it, then
#   1. the first command, headless: install and build, then
#      `xvfb-run appealdesk --measure-startup` and `appealdesk demo --cases 100`;
#   2. the second command: build and run the whole test suite.
# Prints what failed and a summary line; exits non-zero when anything failed.
#
# It catches what a developer's machine hides: a package installed by hand, a font
# or tool a test needs that .ci/packages does not name. Too slow for every CI run
# (about 30 minutes on 2 cores); run it before closing an issue that adds a dependency.
#
# Usage (as root): tests/fresh-root.sh [--keep] [--root DIR] [--mirror URL]
#   --keep    leave the root in place afterwards (default: removed)
#   --root    where to build the root (default: a new folder under /var/tmp)
#   --mirror  the Debian mirror (default: the first one in this machine's apt sources)
set -uo pipefail

checkout=$(cd "$(dirname "$0")/.." && pwd)
keep=no
root=""
mirror=""
while [ $# -gt 0 ]; do
    case "$1" in
    --keep) keep=yes ;;
    --root) root=$2; shift ;;
    --mirror) mirror=$2; shift ;;
    -h | --help) sed -n '2,17p' "$0"; exit 0 ;;
    *) echo "fresh-root: unknown option $1" >&2; exit 2 ;;
    esac
    shift
done

if [ "$(id -u)" != 0 ]; then
    echo "fresh-root: needs root (debootstrap and chroot)" >&2
    exit 2
fi
if [ -z "$mirror" ]; then
    mirror=$(sed -n 's/^URIs: *\([^ ]*debian\)$/\1/p; s/^deb  *\(http[^ ]*debian\)  *bookworm .*/\1/p' \
        /etc/apt/sources.list.d/*.sources /etc/apt/sources.list 2>/dev/null | head -n 1)
    mirror=${mirror:-http://deb.debian.org/debian}
fi
command -v debootstrap >/dev/null || { apt-get update -qq && apt-get install -y -qq debootstrap >/dev/null; } \
    || { echo "fresh-root: cannot install debootstrap" >&2; exit 2; }
[ -n "$root" ] || root=$(mktemp -d /var/tmp/appealdesk-root.XXXXXX)
# A machine's / is 0755; mktemp's 0700 would shut every user but root out of the chroot (the tests' PostgreSQL
# server runs as nobody: "runuser: failed to execute .../initdb: Permission denied").
chmod 755 "$root"
log="$root.log"
: >"$log"

started=$(date +%s)
failed=()
step() { printf '[fresh-root %s] %s\n' "$(date +%H:%M:%S)" "$*"; }

mounted=()
cleanup() {
    for ((i = ${#mounted[@]} - 1; i >= 0; i--)); do umount -l "${mounted[i]}" 2>/dev/null; done
    if [ "$keep" = no ]; then rm -rf --one-file-system "$root"; fi
}
trap cleanup EXIT

# The README's fenced `sh` blocks, in order: the first opens the app, the second runs the tests.
readme_command() {
    awk -v want="$1" '/^```sh$/ { n++; inside = 1; next } /^```$/ { inside = 0; next } inside && n == want' \
        "$checkout/README.md"
}
first=$(readme_command 1)
second=$(readme_command 2)
if [ -z "$first" ] || [ -z "$second" ]; then
    echo "fresh-root: README.md does not start with two sh blocks" >&2
    exit 2
fi
# Headless, the window is opened for a measured start and closed again.
case "$first" in
*"&& build/bin/appealdesk") first=${first%" && build/bin/appealdesk"} ;;
*) echo "fresh-root: README's first command does not end by opening build/bin/appealdesk" >&2; exit 2 ;;
esac

step "debootstrap --variant=minbase bookworm $root ($mirror)"
if ! debootstrap --variant=minbase bookworm "$root" "$mirror" >>"$log" 2>&1; then
    echo "fresh-root: debootstrap failed; see $log" >&2
    tail -n 20 "$log" >&2
    exit 1
fi
for fs in proc sys dev dev/pts; do
    mount --bind "/$fs" "$root/$fs" && mounted+=("$root/$fs")
done
cp /etc/resolv.conf "$root/etc/resolv.conf" 2>/dev/null

commit=$(git -C "$checkout" rev-parse --short HEAD)
step "clean clone of $commit"
git clone -q --no-hardlinks "$checkout" "$root/src/appealdesk" || { echo "fresh-root: clone failed" >&2; exit 1; }
# Like CI: shared/ beside the checkout.
[ -d "$checkout/../shared" ] && cp -r "$checkout/../shared" "$root/src/shared"

in_root() {
    chroot "$root" /usr/bin/env -i HOME=/root PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin \
        LANG=C.UTF-8 DEBIAN_FRONTEND=noninteractive CI=true bash -c "cd /src/appealdesk && $1"
}
run() {
    local name=$1 command=$2
    step "$name"
    local t0=$(date +%s)
    if in_root "$command" >>"$log" 2>&1; then
        step "$name: ok ($(($(date +%s) - t0)) s)"
    else
        step "$name: FAILED ($(($(date +%s) - t0)) s)"
        failed+=("$name")
    fi
}

run "README command 1 (install and build)" "$first"
run "README command 1: xvfb-run appealdesk --measure-startup" \
    "xvfb-run -a build/bin/appealdesk --measure-startup"
run "README command 1: appealdesk demo --cases 100" "build/bin/appealdesk demo --cases 100"
run "README command 2 (build and test)" "$second"

tests=$(grep -Eo '[0-9]+% tests passed, [0-9]+ tests failed out of [0-9]+' "$log" | tail -n 1)
elapsed=$(($(date +%s) - started))
echo
echo "fresh-root: $(date -u +%Y-%m-%dT%H:%MZ), $((elapsed / 60)) min $((elapsed % 60)) s, commit $commit"
echo "fresh-root: tests: ${tests:-none ran}"
if [ ${#failed[@]} -gt 0 ]; then
    echo "fresh-root: FAILED: ${failed[*]}"
    grep -E '^[0-9]+/[0-9]+ Test +#[0-9]+: .*(Failed|Timeout|Not Run)|^E: |error:|FAIL!' "$log" | head -n 40
    echo "fresh-root: full log: $log"
    exit 1
fi
echo "fresh-root: all passed (log: $log)"
