#!/usr/bin/env bash
# Installs the built .deb on a fresh Debian 12 root, as an IT team would (`apt install ./appealdesk_*.deb`), and
# runs the installed program there as an ordinary user: --version, `demo --cases 10` into the default database,
# the window (offscreen, --measure-startup), a Thai PDF report without a missing font, the bash completion; then
# removes the package and checks that the user's data stays.
#
# The root is `debootstrap --variant=minbase bookworm`, made once and kept as a tarball in the cache folder with
# the downloaded packages beside it, so later runs unpack it in seconds (about 3 min the first time, then about 1).
#
# Usage (as root): tests/packaging/deb-fresh-root.sh PACKAGE.deb
#   APPEALDESK_ROOT_CACHE  the cache folder (default /var/tmp/appealdesk-deb-root)
#   APPEALDESK_MIRROR      the Debian mirror (default: the first one in this machine's apt sources)
# Exit 0 passed, 1 failed, 77 cannot run here (not root, or no debootstrap): CTest reports a skip.
set -uo pipefail

deb=${1:?usage: deb-fresh-root.sh PACKAGE.deb}
cache=${APPEALDESK_ROOT_CACHE:-/var/tmp/appealdesk-deb-root}
if [ "$(id -u)" != 0 ]; then
    echo "deb-fresh-root: needs root (debootstrap and chroot); skipped"
    exit 77
fi
command -v debootstrap >/dev/null || { echo "deb-fresh-root: no debootstrap; skipped"; exit 77; }
[ -f "$deb" ] || { echo "deb-fresh-root: no package $deb" >&2; exit 1; }
mirror=${APPEALDESK_MIRROR:-}
if [ -z "$mirror" ]; then
    mirror=$(sed -n 's/^URIs: *\([^ ]*debian\)$/\1/p; s/^deb  *\(http[^ ]*debian\)  *bookworm .*/\1/p' \
        /etc/apt/sources.list.d/*.sources /etc/apt/sources.list 2>/dev/null | head -n 1)
    mirror=${mirror:-http://deb.debian.org/debian}
fi

step() { printf '[deb-fresh-root %s] %s\n' "$(date +%H:%M:%S)" "$*"; }
fail() { echo "deb-fresh-root: FAILED: $*" >&2; exit 1; }

mkdir -p "$cache/archives/partial"
# One run at a time on this machine: the runs share the cached root and the downloaded packages.
exec 9>"$cache/lock"
flock 9 || fail "cannot lock $cache"
tarball=$cache/bookworm-minbase.tar
if [ ! -s "$tarball" ]; then
    step "debootstrap --variant=minbase bookworm ($mirror), once into $tarball"
    base=$(mktemp -d /var/tmp/appealdesk-debootstrap.XXXXXX)
    if ! debootstrap --variant=minbase --cache-dir="$cache/archives" bookworm "$base" "$mirror" \
        >"$cache/debootstrap.log" 2>&1; then
        tail -n 20 "$cache/debootstrap.log" >&2
        rm -rf --one-file-system "$base"
        fail "debootstrap (log: $cache/debootstrap.log)"
    fi
    rm -f "$base"/var/cache/apt/archives/*.deb
    tar -C "$base" -cf "$tarball.part" . && mv "$tarball.part" "$tarball"
    rm -rf --one-file-system "$base"
fi

root=$(mktemp -d /var/tmp/appealdesk-deb-root.XXXXXX)
chmod 755 "$root" # mktemp's 0700 would shut out apt's _apt user and the agent
mounted=()
cleanup() {
    for ((i = ${#mounted[@]} - 1; i >= 0; i--)); do umount -l "${mounted[i]}" 2>/dev/null; done
    rm -rf --one-file-system "$root"
    rm -f "$root.err"
}
trap cleanup EXIT
step "unpack the root into $root"
tar -C "$root" -xf "$tarball" && chmod 755 "$root" || fail "unpack $tarball"
for fs in proc dev dev/pts; do
    mount --bind "/$fs" "$root/$fs" && mounted+=("$root/$fs")
done
mount --bind "$cache/archives" "$root/var/cache/apt/archives" && mounted+=("$root/var/cache/apt/archives")
cp /etc/resolv.conf "$root/etc/resolv.conf" 2>/dev/null
echo "deb $mirror bookworm main" >"$root/etc/apt/sources.list"
cp "$deb" "$root/tmp/" || fail "copy $deb"
package=/tmp/$(basename "$deb")

in_root() {
    chroot "$root" /usr/bin/env -i PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin \
        LANG=C.UTF-8 DEBIAN_FRONTEND=noninteractive HOME=/root "$@"
}
# An agent's account: the program runs as them, on their home's default database.
as_agent() {
    chroot --userspec=agent:agent "$root" /usr/bin/env -i PATH=/usr/bin:/bin LANG=C.UTF-8 HOME=/home/agent \
        USER=agent XDG_RUNTIME_DIR=/run/user/agent "$@"
}

step "apt-get update"
in_root apt-get update -qq || fail "apt-get update"
step "apt-get install $package"
in_root apt-get install -y -qq --no-install-recommends "$package" >"$root.apt.log" 2>&1 \
    || { tail -n 30 "$root.apt.log" >&2; rm -f "$root.apt.log"; fail "apt-get install of the package"; }
rm -f "$root.apt.log"
in_root useradd --create-home agent || fail "useradd agent"
in_root install -d -m 700 -o agent -g agent /run/user/agent || fail "agent's runtime folder"

step "appealdesk --version"
version=$(as_agent appealdesk --version) || fail "appealdesk --version"
echo "$version"
[[ $version == "AppealDesk "* ]] || fail "--version printed: $version"

step "appealdesk demo --cases 10"
as_agent appealdesk demo --cases 10 || fail "appealdesk demo --cases 10"
db=$root/home/agent/.local/share/AppealDesk/appealdesk.sqlite
[ -f "$db" ] || fail "no database at ~/.local/share/AppealDesk/appealdesk.sqlite"
[ "$(stat -c %a "$db")" = 600 ] || fail "the database is mode $(stat -c %a "$db"), not 600"
step "appealdesk strikes (reads the demo database back)"
as_agent appealdesk strikes >/dev/null || fail "appealdesk strikes"

step "the window, offscreen: appealdesk --measure-startup"
startup=$(as_agent QT_QPA_PLATFORM=offscreen appealdesk --measure-startup 2>"$root.err") \
    || { cat "$root.err" >&2; fail "appealdesk --measure-startup"; }
echo "$startup"
[[ $startup == startup-ms:* ]] || fail "--measure-startup printed: $startup"

# The fonts the PDF names come from Depends: the report says on stderr when one had to stand in for another.
step "appealdesk --lang th report --format pdf (Thai and Latin fonts present)"
as_agent appealdesk --lang th report --from 2000-01-01 --to 2099-12-31 --format pdf -o /home/agent/report.pdf \
    2>"$root.err" || { cat "$root.err" >&2; fail "appealdesk report"; }
[ ! -s "$root.err" ] || { cat "$root.err" >&2; fail "the report warned (a missing font?)"; }
[ -s "$root/home/agent/report.pdf" ] || fail "no report.pdf"
rm -f "$root.err"

step "the installed files"
for f in /usr/bin/appealdesk /usr/share/applications/io.github.appealdesk.appealdesk.desktop \
    /usr/share/metainfo/io.github.appealdesk.appealdesk.metainfo.xml \
    /usr/share/icons/hicolor/scalable/apps/appealdesk.svg /usr/share/icons/hicolor/48x48/apps/appealdesk.png \
    /usr/share/man/man1/appealdesk.1.gz /usr/share/bash-completion/completions/appealdesk \
    /usr/share/doc/appealdesk/copyright /usr/share/doc/appealdesk/policy.md /usr/share/doc/appealdesk/command-line.md; do
    [ -e "$root$f" ] || fail "missing $f"
done

step "bash completion of 'appealdesk de'"
words=$(as_agent bash -c 'source /usr/share/bash-completion/completions/appealdesk
    COMP_WORDS=(appealdesk de); COMP_CWORD=1; _appealdesk; printf "%s\n" "${COMPREPLY[@]}"') || fail "completion"
words=$(sort <<<"$words" | xargs)
[ "$words" = "decide demo" ] || fail "completion of 'de' gave: $words"

step "apt-get remove appealdesk"
in_root apt-get remove -y -qq appealdesk >/dev/null || fail "apt-get remove"
[ ! -e "$root/usr/bin/appealdesk" ] || fail "/usr/bin/appealdesk is still there after remove"
[ -f "$db" ] || fail "removing the package removed the user's database"
echo "deb-fresh-root: passed"
