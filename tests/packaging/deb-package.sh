#!/usr/bin/env bash
# Makes the Debian package from the build (cpack -G DEB) and checks it: the files it installs, its Depends
# (the libraries dpkg-shlibdeps found and what Qt loads by name), no maintainer scripts, and lintian with no
# error. Leaves the package in BUILD_DIR/packages for deb-fresh-root.sh.
# Usage: tests/packaging/deb-package.sh BUILD_DIR
set -uo pipefail
build=${1:?usage: deb-package.sh BUILD_DIR}
fail() { echo "deb-package: FAILED: $*" >&2; exit 1; }

rm -f "$build"/packages/appealdesk_*.deb
(cd "$build" && cpack -G DEB --config CPackConfig.cmake >cpack.log 2>&1) || { cat "$build/cpack.log"; fail "cpack"; }
debs=("$build"/packages/appealdesk_*.deb)
[ ${#debs[@]} = 1 ] && [ -f "${debs[0]}" ] || fail "cpack made no single appealdesk_*.deb"
deb=${debs[0]}
echo "deb-package: $deb ($(du -k "$deb" | cut -f1) KiB)"

contents=$(dpkg-deb -c "$deb" | awk '{print $6}' | sed 's#^\./#/#')
for f in /usr/bin/appealdesk /usr/share/applications/io.github.appealdesk.appealdesk.desktop \
    /usr/share/metainfo/io.github.appealdesk.appealdesk.metainfo.xml \
    /usr/share/icons/hicolor/scalable/apps/appealdesk.svg /usr/share/man/man1/appealdesk.1.gz \
    /usr/share/bash-completion/completions/appealdesk /usr/share/doc/appealdesk/copyright \
    /usr/share/doc/appealdesk/changelog.Debian.gz /usr/share/doc/appealdesk/policy.md \
    /usr/share/doc/appealdesk/command-line.md; do
    grep -qx "$f" <<<"$contents" || fail "the package lacks $f"
done
for size in 16 22 24 32 48 64 128 256; do
    grep -qx "/usr/share/icons/hicolor/${size}x${size}/apps/appealdesk.png" <<<"$contents" \
        || fail "the package lacks the ${size}x${size} icon"
done
# Only what the program needs: nothing of the build or the tests.
unexpected=$(grep -v -E '^/usr/(bin/appealdesk|share/(applications|metainfo|icons|man|bash-completion|doc)(/.*)?|bin|share)?/?$' \
    <<<"$contents")
[ -z "$unexpected" ] || fail "unexpected files in the package: $unexpected"

depends=$(dpkg-deb -f "$deb" Depends)
echo "deb-package: Depends: $depends"
for package in libqt6core6 libqt6gui6 libqt6widgets6 libqt6sql6 libqt6svg6 libicu72 libqt6sql6-sqlite libthai0 \
    qt6-translations-l10n fonts-thai-tlwg fonts-dejavu-core fonts-dejavu-extra fonts-noto-core; do
    grep -Eq "(^|, )$package( |,|$)" <<<"$depends" || fail "Depends lacks $package"
done
# Team mode's driver: recommended, so apt installs it unless told not to.
[ "$(dpkg-deb -f "$deb" Recommends)" = libqt6sql6-psql ] || fail "Recommends is not libqt6sql6-psql"
control=$(dpkg-deb -I "$deb")
for script in preinst postinst prerm postrm config; do
    ! grep -Eq "^ +[0-9]+ bytes, +[0-9]+ lines +\*? *$script( |$)" <<<"$control" || fail "a maintainer script: $script"
done

lintian --fail-on error --tag-display-limit 0 "$deb" >"$build/lintian.log" 2>&1
status=$?
cat "$build/lintian.log"
[ $status = 0 ] || fail "lintian found errors"
echo "deb-package: passed"
