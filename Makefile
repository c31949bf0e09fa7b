# bus-docs — the two commands: `make` (install what is missing, build, check and publish Agreements/)
# and `make test` (every test).

SWIFT ?= swift
APT_PACKAGES = pkg-config libcmark-dev libxml2-dev
BROWSER_PACKAGES = chromium poppler-utils
SUDO := $(shell [ "$$(id -u)" = 0 ] || echo sudo)
BIN = .build/release/bus-docs

.PHONY: all deps browser-deps build run test browser-test clean

all: run

# System libraries through apt, only when pkg-config does not find them.
deps:
	@if ! command -v pkg-config >/dev/null || ! pkg-config --exists libcmark libxml-2.0; then \
		echo "Installing $(APT_PACKAGES)"; \
		$(SUDO) apt-get update -qq && $(SUDO) DEBIAN_FRONTEND=noninteractive apt-get install -y -qq $(APT_PACKAGES); \
	fi

# Headless Chromium and pdfinfo for the browser test, only when missing.
browser-deps:
	@if ! command -v chromium >/dev/null || ! command -v pdfinfo >/dev/null; then \
		echo "Installing $(BROWSER_PACKAGES)"; \
		$(SUDO) apt-get update -qq && $(SUDO) DEBIAN_FRONTEND=noninteractive apt-get install -y -qq $(BROWSER_PACKAGES); \
	fi

build: deps
	$(SWIFT) build -c release --product bus-docs

# The main job: check every agreement, then publish them (when the build command is present).
run: build
	$(BIN) check Agreements
	@if $(BIN) --help | grep -qE '^ +build +'; then $(BIN) build Agreements --out _site && echo "Published to _site/index.html"; fi

test: deps browser-deps
	$(SWIFT) build --build-tests
	$(SWIFT) test --skip-build
	bash scripts/browser-test.sh

# Only the browser test: every page in headless Chromium, protocol and form printed to A4 PDF.
browser-test: deps browser-deps
	$(SWIFT) build --product bus-docs
	bash scripts/browser-test.sh

clean:
	rm -rf .build _site
