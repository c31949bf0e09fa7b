# bus-docs — the two commands: `make` (install what is missing, build, check and publish Agreements/)
# and `make test` (every test).

SWIFT ?= swift
APT_PACKAGES = pkg-config libcmark-dev libxml2-dev
SUDO := $(shell [ "$$(id -u)" = 0 ] || echo sudo)
BIN = .build/release/bus-docs

.PHONY: all deps build run test clean

all: run

# System libraries through apt, only when pkg-config does not find them.
deps:
	@if ! command -v pkg-config >/dev/null || ! pkg-config --exists libcmark libxml-2.0; then \
		echo "Installing $(APT_PACKAGES)"; \
		$(SUDO) apt-get update -qq && $(SUDO) DEBIAN_FRONTEND=noninteractive apt-get install -y -qq $(APT_PACKAGES); \
	fi

build: deps
	$(SWIFT) build -c release --product bus-docs

# The main job: check every agreement, then publish them (when the build command is present).
run: build
	$(BIN) check Agreements
	@if $(BIN) --help | grep -qE '^ +build +'; then $(BIN) build Agreements --out _site && echo "Published to _site/index.html"; fi

test: deps
	$(SWIFT) build --build-tests
	$(SWIFT) test --skip-build

clean:
	rm -rf .build _site
