# Quick start: `make run` (build and open the demo) and `make test` (build and run every test).
# Both install the Debian 12 packages that are missing first, using sudo when not root.

BUILD   ?= build
JOBS    ?= $(shell nproc)
SUDO    := $(shell [ "$$(id -u)" = 0 ] || echo sudo)

# Build and runtime dependencies, then what the tests and fixtures need.
PACKAGES := build-essential cmake pkg-config \
    qt6-base-dev libqt6sql6-sqlite libqt6sql6-psql libpq-dev qt6-multimedia-dev \
    qt6-tools-dev qt6-l10n-tools qt6-tools-dev-tools qt6-svg-dev libqt6svg6 \
    libqcustomplot-dev libavformat-dev libavcodec-dev libswresample-dev libavutil-dev \
    librubberband-dev libboost-math-dev libgl-dev \
    xvfb xauth ffmpeg sox espeak-ng sqlite3 poppler-utils \
    desktop-file-utils appstream dpkg-dev file postgresql qtkeychain-qt6-dev \
    libxlsxwriter-dev libreadstat-dev readstat unzip

.PHONY: all deps configure build run test bench package format clean

all: build

deps:
	@missing=$$(for p in $(PACKAGES); do \
	    dpkg-query -W -f='$${Status}\n' $$p 2>/dev/null | grep -q 'install ok installed' || echo $$p; \
	  done); \
	if [ -n "$$missing" ]; then \
	  echo "Installing missing Debian packages:" $$missing; \
	  $(SUDO) apt-get update && \
	  $(SUDO) env DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends $$missing; \
	fi

configure: deps
	cmake -S . -B $(BUILD) -DCMAKE_BUILD_TYPE=RelWithDebInfo -DPC_WERROR=ON

build: configure
	cmake --build $(BUILD) -j $(JOBS)

run: build
	$(BUILD)/app/practicecoder --demo

test: build
	cd $(BUILD) && QT_QPA_PLATFORM=offscreen ctest --output-on-failure -j $(JOBS) --timeout 600

bench: build
	cmake --build $(BUILD) --target bench -j $(JOBS)

package: build
	cd $(BUILD) && cpack -G DEB

format: configure
	cmake --build $(BUILD) --target format

clean:
	rm -rf $(BUILD)
