# bus-docs — the two commands: `make` (install what is missing, build, check and publish Agreements/)
# and `make test` (every test).

SWIFT ?= swift
APT_PACKAGES = pkg-config libcmark-dev libxml2-dev
BROWSER_PACKAGES = chromium poppler-utils
WORD_PACKAGES = libreoffice-writer-nogui poppler-utils
SUDO := $(shell [ "$$(id -u)" = 0 ] || echo sudo)
BIN = .build/release/bus-docs

FUZZ_SECONDS ?= 600
FUZZ_BIN = .build-fuzz/release/bus-docs-fuzz

.PHONY: all deps browser-deps word-deps build run test browser-test word-test fuzz fuzz-build fuzz-yaml fuzz-minimise bench clean

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

# LibreOffice Writer (converts the Word documents to PDF) and python-docx (opens them), only when missing.
word-deps:
	@if ! command -v soffice >/dev/null || ! command -v pdftoppm >/dev/null; then \
		echo "Installing $(WORD_PACKAGES)"; \
		$(SUDO) apt-get update -qq && $(SUDO) DEBIAN_FRONTEND=noninteractive apt-get install -y -qq $(WORD_PACKAGES); \
	fi
	@python3 -c 'import docx, lxml' 2>/dev/null || python3 -m pip install -q python-docx

build: deps
	$(SWIFT) build -c release --product bus-docs --static-swift-stdlib

# The main job: check every agreement, then publish them (when the build command is present).
run: build
	$(BIN) check Agreements
	@if $(BIN) --help | grep -qE '^ +build +'; then $(BIN) build Agreements --register Register --out _site && echo "Published to _site/index.html"; fi

test: deps browser-deps word-deps
	$(SWIFT) build --build-tests
	$(SWIFT) test --skip-build
	bash scripts/browser-test.sh
	bash scripts/word-test.sh

# Only the browser test: every page in headless Chromium, protocol and form printed to A4 PDF.
browser-test: deps browser-deps
	$(SWIFT) build --product bus-docs
	bash scripts/browser-test.sh

# Only the Word test: every .docx opened by python-docx and converted to PDF by LibreOffice.
word-test: deps word-deps
	$(SWIFT) build --product bus-docs
	bash scripts/word-test.sh

# libFuzzer with AddressSanitizer over read → parse → validate → render, seeded from the agreements and
# the hostile corpus; crashes land in fuzz/artifacts/. `make fuzz FUZZ_SECONDS=1800` for a longer run.
fuzz-build: deps
	$(SWIFT) build -c release --product bus-docs-fuzz --scratch-path .build-fuzz \
		-Xswiftc -sanitize=fuzzer,address -Xswiftc -parse-as-library -Xswiftc -DFUZZING

fuzz: fuzz-build
	mkdir -p fuzz/corpus fuzz/artifacts
	cp Agreements/*.md Tests/BUSDocsKitTests/Fixtures/valid.md fuzz/corpus/
	cp Tests/CLITests/Hostile/*.md fuzz/corpus/
	SWIFT_BACKTRACE=enable=no $(FUZZ_BIN) -max_total_time=$(FUZZ_SECONDS) -rss_limit_mb=4096 -max_len=65536 -timeout=20 \
		-fork=1 -ignore_crashes=1 -ignore_timeouts=1 -ignore_ooms=1 \
		-print_final_stats=1 -artifact_prefix=fuzz/artifacts/ fuzz/corpus

# The differential target: the fast YAML parser against libyaml's reading (and Yams) on the same bytes;
# a disagreement is a crash in fuzz/artifacts/yaml-. Seeded with the agreements, the hostile corpus and
# the rule sets. (SWIFT_BACKTRACE=enable=no: Swift's crash handler would trip AddressSanitizer itself.)
fuzz-yaml: fuzz-build
	mkdir -p fuzz/corpus-yaml fuzz/artifacts
	cp Agreements/*.md Tests/CLITests/Hostile/*.md Sources/BUSDocsKit/RuleSets/*.yaml fuzz/corpus-yaml/
	SWIFT_BACKTRACE=enable=no BUS_DOCS_FUZZ=yaml $(FUZZ_BIN) -max_total_time=$(FUZZ_SECONDS) -rss_limit_mb=4096 -max_len=16384 -timeout=20 \
		-fork=1 -ignore_crashes=1 -ignore_timeouts=1 -ignore_ooms=1 \
		-print_final_stats=1 -artifact_prefix=fuzz/artifacts/yaml- fuzz/corpus-yaml

# Both corpora minimised (libFuzzer -merge=1): the fewest inputs that keep the coverage found so far.
fuzz-minimise: fuzz-build
	rm -rf fuzz/min && mkdir -p fuzz/min/main fuzz/min/yaml
	SWIFT_BACKTRACE=enable=no $(FUZZ_BIN) -merge=1 -rss_limit_mb=4096 -max_len=65536 -timeout=20 fuzz/min/main fuzz/corpus
	SWIFT_BACKTRACE=enable=no BUS_DOCS_FUZZ=yaml $(FUZZ_BIN) -merge=1 -rss_limit_mb=4096 -max_len=16384 -timeout=20 fuzz/min/yaml fuzz/corpus-yaml
	rm -rf fuzz/corpus fuzz/corpus-yaml && mv fuzz/min/main fuzz/corpus && mv fuzz/min/yaml fuzz/corpus-yaml && rmdir fuzz/min

# Speed beside cat, cmark and pandoc on synthetic agreements; writes bench/RESULTS.md. Not part of `test`.
bench: deps
	bash bench/run.sh

clean:
	rm -rf .build .build-fuzz _site bench/out
