#!/bin/bash
# Checks the .deb that `make package` built: its name, version, declared dependencies and
# files, and that the packaged program runs (--version, and the demo command headless).
#
#   tests/packaging/check-deb.sh BUILD_DIR VERSION            # no root needed, installs nothing
#   tests/packaging/check-deb.sh BUILD_DIR VERSION --install  # also dpkg -i, run, dpkg -r
#
# The --install form changes the system, so it is for a throwaway CI machine or container,
# never for `make test`. Exits 77 (ctest: skipped) when no package has been built yet.
set -euo pipefail

build=${1:?build folder}
version=${2:?version}
mode=${3:-}

fail() {
    echo "check-deb: $*" >&2
    exit 1
}

deb=$(find "$build" -maxdepth 1 -name "practicecoder_${version}_*.deb" | sort | tail -n 1)
if [ -z "$deb" ]; then
    echo "check-deb: no practicecoder_${version}_*.deb in $build; run 'make package' first"
    exit 77
fi

field() { dpkg-deb -f "$deb" "$1"; }
[ "$(field Package)" = practicecoder ] || fail "Package is '$(field Package)'"
[ "$(field Version)" = "$version" ] || fail "Version is '$(field Version)', expected $version"
[ -n "$(field Description)" ] || fail "no Description"

# dpkg-shlibdeps must have found the libraries we link; the plugins are declared by hand.
depends=$(field Depends)
for package in libc6 libstdc++6 libqt6core6 libqt6gui6 libqt6widgets6 libqt6sql6 \
    libqt6multimedia6 libqt6sql6-sqlite libqt6svg6 qt6-qpa-plugins libavformat libavcodec \
    libswresample librubberband; do
    pattern=${package//+/\\+}
    grep -Eq "(^|, )${pattern}[0-9a-z.+-]*( \(|,|$)" <<<"$depends" ||
        fail "Depends lacks $package: $depends"
done

contents=$(dpkg-deb -c "$deb" | awk '{ print $6 }')
for path in ./usr/bin/practicecoder \
    ./usr/share/applications/org.practicecoder.PracticeCoder.desktop \
    ./usr/share/metainfo/org.practicecoder.PracticeCoder.metainfo.xml \
    ./usr/share/icons/hicolor/scalable/apps/org.practicecoder.PracticeCoder.svg \
    ./usr/share/doc/practicecoder/copyright; do
    grep -qxF "$path" <<<"$contents" || fail "the package lacks $path"
done
if grep -v '^\./$' <<<"$contents" | grep -qv '^\./usr/'; then
    fail "the package installs outside /usr: $(grep -v '^\./usr/' <<<"$contents" | head -n 3)"
fi

# The packaged program, unpacked but not installed, must run with the system's libraries.
unpacked=$(mktemp -d)
trap 'rm -rf "$unpacked"' EXIT
dpkg-deb -x "$deb" "$unpacked"
program="$unpacked/usr/bin/practicecoder"
[ "$("$program" --version)" = "PracticeCoder $version" ] || fail "--version printed '$("$program" --version)'"
"$program" demo --database "$unpacked/demo.sqlite" --end-date 2025-06-30 >/dev/null ||
    fail "the packaged demo command failed"
[ -s "$unpacked/demo-recordings/home-visit-school.ogg" ] || fail "the demo audio was not written"

if [ "$mode" = --install ]; then
    [ "$(id -u)" = 0 ] || fail "--install needs root"
    export DEBIAN_FRONTEND=noninteractive
    dpkg -i "$deb" || apt-get -f install -y
    [ "$(/usr/bin/practicecoder --version)" = "PracticeCoder $version" ] ||
        fail "the installed practicecoder --version failed"
    dpkg -r practicecoder
fi

echo "check-deb: $(basename "$deb") is sound ($(du -k "$deb" | cut -f1) KB; Depends: $depends)"
