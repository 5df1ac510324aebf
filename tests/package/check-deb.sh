#!/usr/bin/env bash
# Builds Guichet's .deb with CPack and checks it: metadata, files, desktop integration, and that
# the packaged binary starts.
#
#   check-deb.sh BINARY_DIR [CPACK_COMMAND] [VERSION]
#
# VERSION defaults to the package's own Version field.
set -euo pipefail

[ $# -ge 1 ] || { echo "usage: $0 BINARY_DIR [CPACK_COMMAND] [VERSION]" >&2; exit 2; }
bindir=$1 cpack=${2:-cpack} version=${3:-}

fail() { echo "check-deb: FAIL: $*" >&2; exit 1; }
ok() { echo "check-deb: ok: $*"; }

[ -f "$bindir/CPackConfig.cmake" ] || fail "$bindir/CPackConfig.cmake not found (configure the project first)"
for tool in dpkg-deb dpkg-shlibdeps; do
    command -v "$tool" >/dev/null || fail "$tool not found (apt-get install dpkg-dev)"
done

work=$(mktemp -d /tmp/guichet-deb.XXXXXX)
trap 'rm -rf -- "$work"' EXIT

# -B keeps the package and CPack's staging tree out of the build directory.
if ! "$cpack" -G DEB -B "$work/out" --config "$bindir/CPackConfig.cmake" >"$work/cpack.log" 2>&1; then
    cat "$work/cpack.log" >&2
    fail "cpack -G DEB failed"
fi
mapfile -t debs < <(find "$work/out" -maxdepth 1 -name '*.deb')
[ "${#debs[@]}" -eq 1 ] || { cat "$work/cpack.log" >&2; fail "expected one .deb, found ${#debs[@]}"; }
deb=${debs[0]}
ok "built $(basename "$deb")"

# --- metadata ---------------------------------------------------------------------------------
dpkg-deb -I "$deb" >"$work/info" || fail "dpkg-deb -I cannot read the package"
field() { dpkg-deb -f "$deb" "$1"; }
[ "$(field Package)" = guichet ] || fail "Package is '$(field Package)', expected guichet"
pkg_version=$(field Version)
[ -n "$version" ] || version=$pkg_version
[ "$pkg_version" = "$version" ] || fail "Version is '$pkg_version', expected $version"
depends=$(field Depends)
for dep in libqt6widgets6 libsodium23 libqt6sql6-sqlite libqt6sql6-psql; do
    # A whole package name: at the start or after ", " / "| ", followed by space, comma or end.
    grep -qE "(^|[,|] *)$dep( |,|\$)" <<<"$depends" || fail "Depends lacks $dep: $depends"
done
ok "Package guichet, Version $pkg_version, Depends: $depends"

# --- files ------------------------------------------------------------------------------------
dpkg-deb -c "$deb" | awk '{ print $6 }' | sed 's|^\./||' >"$work/files"
for f in usr/bin/guichet usr/bin/guichet-admin \
    usr/share/applications/ma.cnops.Guichet.desktop \
    usr/share/metainfo/ma.cnops.Guichet.metainfo.xml \
    usr/share/icons/hicolor/scalable/apps/ma.cnops.Guichet.svg; do
    grep -qxF "$f" "$work/files" || fail "$f is not in the package"
done
ok "the package holds the executables, desktop file, metainfo and icon"

dpkg-deb -x "$deb" "$work/root" || fail "dpkg-deb -x failed"
root=$work/root

if command -v desktop-file-validate >/dev/null; then
    desktop-file-validate "$root/usr/share/applications/ma.cnops.Guichet.desktop" ||
        fail "desktop-file-validate found errors"
    ok "desktop file valid"
else
    echo "check-deb: skipped: desktop-file-validate not installed (desktop-file-utils)"
fi

if command -v appstreamcli >/dev/null; then
    # appstreamcli exits non-zero on warnings as well: only errors (E:) fail the test.
    out=$(appstreamcli validate --no-net "$root/usr/share/metainfo/ma.cnops.Guichet.metainfo.xml" 2>&1) || true
    printf '%s\n' "$out"
    ! grep -q '^E:' <<<"$out" || fail "appstreamcli found errors in the metainfo"
    grep -q 'Validation' <<<"$out" || fail "appstreamcli did not validate the metainfo"
    ok "metainfo valid"
else
    echo "check-deb: skipped: appstreamcli not installed (appstream)"
fi

# --- the packaged binary runs -----------------------------------------------------------------
out=$(QT_QPA_PLATFORM=offscreen timeout 60 "$root/usr/bin/guichet" --version 2>&1) ||
    fail "usr/bin/guichet --version failed: $out"
grep -qF "$version" <<<"$out" || fail "usr/bin/guichet --version printed '$out', expected $version"
ok "usr/bin/guichet --version: $out"

echo "check-deb: all checks passed"
