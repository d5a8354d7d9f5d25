# journeymap: `make site` builds the example site, `make test` runs every test.

SWIFT ?= swift
CONFIG ?= release
CONTENT ?= Content
TEMPLATES ?= Templates
OUTPUT ?= _site
BIN := .build/$(CONFIG)/journeymap

.PHONY: site test build setup bench clean

## Install what is missing, build the tool, and write $(OUTPUT)/ from $(CONTENT)/.
site: build
	$(BIN) build --content $(CONTENT) --templates $(TEMPLATES) --output $(OUTPUT)

## Build the journeymap command ($(CONFIG) configuration).
build: setup
	$(SWIFT) build -c $(CONFIG) --product journeymap

## Run the whole test suite.
test: setup
	$(SWIFT) test

## Install the system libraries the build needs (libcmark) when they are missing.
setup:
	@sh scripts/setup.sh

## Remove build products and the generated site.
clean:
	rm -rf .build $(OUTPUT)
