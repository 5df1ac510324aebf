# shellcheck shell=bash
# Debian packages that Guichet needs to build and run. Meant to be *sourced* (by run.sh and
# test.sh); it only defines functions and changes no shell option of the caller.
#
#   guichet_install_deps [extra packages...]
#
# Installs whatever is missing, with apt-get (through sudo when not root). Quiet and without
# network access when everything is already installed.

GUICHET_BASE_DEPS=(
    cmake ninja-build g++ pkg-config
    qt6-base-dev qt6-base-dev-tools libqt6sql6-sqlite libqt6sql6-psql libqt6svg6 libsecret-1-0 libqt6opengl6-dev
    libxkbcommon-dev qtkeychain-qt6-dev qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools
    qt6-translations-l10n qt6-charts-dev libgl-dev libsodium-dev libqrencode-dev libpq-dev
    fonts-noto-core fonts-dejavu-core
)

# Prints the packages of "$@" that are not installed, one per line (one dpkg-query for all).
guichet_missing_deps() {
    # Status is "install ok installed" only when fully installed (not removed, not half-configured);
    # unknown names are not listed at all by dpkg-query, so they count as missing too.
    local installed
    installed=$(dpkg-query -W -f='${Package} ${Status}\n' "$@" 2>/dev/null | awk '$4 == "installed" { print $1 }' || true)
    local pkg
    for pkg in "$@"; do
        grep -qxF -- "$pkg" <<<"$installed" || printf '%s\n' "$pkg"
    done
}

guichet_install_deps() {
    if ! command -v dpkg-query >/dev/null 2>&1 || ! command -v apt-get >/dev/null 2>&1; then
        echo "guichet: this set-up needs a Debian-based system (dpkg and apt-get); install the packages by hand:" >&2
        echo "  ${GUICHET_BASE_DEPS[*]} $*" >&2
        return 1
    fi

    local -a missing
    mapfile -t missing < <(guichet_missing_deps "${GUICHET_BASE_DEPS[@]}" "$@")
    [ "${#missing[@]}" -eq 0 ] && return 0

    local -a sudo=()
    if [ "$(id -u)" -ne 0 ]; then
        if ! command -v sudo >/dev/null 2>&1; then
            echo "guichet: missing Debian packages: ${missing[*]}" >&2
            echo "guichet: not root and sudo is not available; as root, run:" >&2
            echo "  apt-get update && apt-get install --no-install-recommends ${missing[*]}" >&2
            return 1
        fi
        sudo=(sudo)
        # Never wait for a password that nobody will type (CI, no terminal): fail instead.
        if [ "${CI:-}" = "true" ] || [ ! -t 0 ]; then
            sudo=(sudo -n)
        fi
    fi

    echo "guichet: installing missing Debian packages: ${missing[*]}"
    # Input from /dev/null and the noninteractive frontend: no question is ever asked.
    "${sudo[@]}" apt-get -q update </dev/null || return 1
    "${sudo[@]}" env DEBIAN_FRONTEND=noninteractive \
        apt-get -q install -y --no-install-recommends "${missing[@]}" </dev/null || return 1

    mapfile -t missing < <(guichet_missing_deps "${GUICHET_BASE_DEPS[@]}" "$@")
    if [ "${#missing[@]}" -ne 0 ]; then
        echo "guichet: still missing after apt-get install: ${missing[*]}" >&2
        return 1
    fi
}
