# Shared by scripts/open-demo and scripts/test-all. Sourced, not run.
# Installs only the Debian packages that are missing, so a second run is quick.

SD_ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)

# Everything StationDesk needs to build, test and run on Debian 12.
SD_PACKAGES=(
  g++ cmake ninja-build ccache pkg-config git
  qt6-base-dev qt6-base-dev-tools qt6-charts-dev qt6-tools-dev qt6-tools-dev-tools
  qt6-l10n-tools qt6-translations-l10n libqt6opengl6-dev libgl-dev libxkbcommon-dev
  libvulkan-dev libqt6sql6-sqlite libqt6sql6-psql libqt6svg6
  libsodium-dev libqrencode-dev libsqlite3-dev libgtest-dev libgmock-dev libbenchmark-dev
  postgresql-15 postgresql-client-15 sqlite3 fonts-noto-cjk clang-format
  zbar-tools poppler-utils groff-base clang-14 libclang-rt-14-dev llvm-14
)

sd_log() { printf '==> %s\n' "$*" >&2; }

sd_as_root() {
  if [ "$(id -u)" -eq 0 ]; then "$@"; else sudo "$@"; fi
}

sd_install_missing_packages() {
  local missing=() pkg
  for pkg in "${SD_PACKAGES[@]}"; do
    dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q 'install ok installed' ||
      missing+=("$pkg")
  done
  if [ ${#missing[@]} -eq 0 ]; then
    sd_log "All Debian packages are installed"
    return 0
  fi
  sd_log "Installing ${#missing[@]} Debian packages: ${missing[*]}"
  sd_as_root apt-get update -qq
  sd_as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends \
    "${missing[@]}" >/dev/null
}

# Configures once (a second run reuses the build tree) and builds the given targets.
sd_build() {
  local preset=$1; shift
  export CCACHE_DIR=${CCACHE_DIR:-$HOME/.cache/ccache}
  # Paths relative to the checkout and no build-directory hash, so every build tree and
  # every clone (CI's included) shares one cache instead of recompiling the same sources.
  export CCACHE_BASEDIR=${CCACHE_BASEDIR:-$SD_ROOT} CCACHE_NOHASHDIR=${CCACHE_NOHASHDIR:-1}
  if [ ! -f "$SD_ROOT/build/$preset/build.ninja" ]; then
    sd_log "Configuring ($preset)"
    cmake --preset "$preset" -S "$SD_ROOT" >/dev/null
  fi
  sd_log "Building ($preset)"
  cmake --build "$SD_ROOT/build/$preset" "$@"
}
