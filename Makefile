# ReportSite: `make site` builds the sample site into Output/, `make test` runs the tests.
# Both install what they need (Debian packages) when it is missing.

SHELL       := /bin/bash
SWIFT       ?= swift
REPORTSITE  := .build/release/reportsite
SPEC_DIR    ?= $(abspath ../shared/spec)
APT_PACKAGES := libcmark-gfm-dev libcmark-gfm-extensions-dev pkg-config
SUDO        := $(shell [ "$$(id -u)" = 0 ] || echo sudo)

.PHONY: site test spec check bench fuzz deps clean

## Build the sample site (Content/ + Templates/) into Output/ with a release build.
site: deps
	$(SWIFT) build -c release --product reportsite
	$(REPORTSITE) build

## Check the sample without writing Output/.
check: deps
	$(SWIFT) build -c release --product reportsite
	$(REPORTSITE) check

## Run every test (unit, end-to-end, and the GFM spec when ../shared/spec is present).
test: deps
	GFM_SPEC_DIR="$(SPEC_DIR)" $(SWIFT) test

## Run the GFM spec 0.29 examples and the extension examples from ../shared/spec.
spec: deps
	@if [ -f "$(SPEC_DIR)/gfm-spec.txt" ]; then \
	  GFM_SPEC_DIR="$(SPEC_DIR)" $(SWIFT) test --filter GFMSpecTests; \
	else \
	  echo "GFM spec not found in $(SPEC_DIR): set SPEC_DIR=/path/to/spec"; exit 1; \
	fi

BENCH_SIZES ?= 1000 10000

## Benchmarks (release build): ReportSite against Hugo on generated corpora of
## BENCH_SIZES reports, and the quote index; results go to BENCHMARKS.md.
bench: deps
	@command -v hugo >/dev/null 2>&1 || { $(SUDO) apt-get update -qq && $(SUDO) apt-get install -y -qq hugo; }
	@[ -x /usr/bin/time ] || { $(SUDO) apt-get update -qq && $(SUDO) apt-get install -y -qq time; }
	$(SWIFT) build -c release --product reportsite
	$(SWIFT) build -c release --product reportsite-bench
	@{ echo "# Benchmarks"; echo; \
	  echo "Measured by \`make bench\` on $$(nproc) cores with $$(hugo version | cut -d' ' -f1-2); medians of repeated runs, alternating, peers timed in the same run."; echo; \
	  echo "## ReportSite and Hugo on the same pages"; echo; \
	  .build/release/reportsite-bench compare $(BENCH_SIZES); \
	  echo "## Quote index"; echo; \
	  .build/release/reportsite-bench quotes; } > BENCHMARKS.md.tmp && mv BENCHMARKS.md.tmp BENCHMARKS.md
	@cat BENCHMARKS.md

FUZZ_SECONDS ?= 600
FUZZ_TARGETS ?= document metrics chart numbers quotes
FUZZER      := .build-fuzz/release/reportsite-fuzz

## Fuzz each stage for FUZZ_SECONDS (libFuzzer with AddressSanitizer), from a seed
## corpus made from the sample site. A crash input lands in Tests/Fuzz/regressions/<target>/,
## where the tests replay it: fix the crash and keep the file.
fuzz: deps
	REPORTSITE_FUZZ=1 $(SWIFT) build -c release --scratch-path .build-fuzz --product reportsite-fuzz -Xswiftc -sanitize=fuzzer,address
	@rm -rf .build-fuzz/seeds && Tests/Fuzz/seed-corpus .build-fuzz/seeds Content
	@for target in $(FUZZ_TARGETS); do \
	  mkdir -p .build-fuzz/corpus/$$target Tests/Fuzz/regressions/$$target; \
	  echo "make fuzz: $$target for $(FUZZ_SECONDS) s"; \
	  REPORTSITE_FUZZ_TARGET=$$target ASAN_OPTIONS=detect_leaks=0 SWIFT_BACKTRACE=enable=no \
	    $(FUZZER) -max_total_time=$(FUZZ_SECONDS) -max_len=8192 -timeout=10 -rss_limit_mb=4096 -print_final_stats=1 \
	    -artifact_prefix=Tests/Fuzz/regressions/$$target/ .build-fuzz/corpus/$$target .build-fuzz/seeds/$$target 2>&1 \
	    | grep -E '^(#[0-9]+[[:space:]]+DONE|stat::number_of_executed_units|stat::average_exec_per_sec|fuzzing: |==[0-9]+==ERROR|SUMMARY|artifact_prefix)'; \
	  [ $${PIPESTATUS[0]} -eq 0 ] || { echo "make fuzz: $$target found a crash (input in Tests/Fuzz/regressions/$$target/)"; exit 1; }; \
	done

## Install the Debian packages the build needs, if they are missing.
deps:
	@if ! command -v pkg-config >/dev/null 2>&1 || ! pkg-config --exists libcmark-gfm \
	    || [ ! -f /usr/include/cmark-gfm-core-extensions.h ]; then \
	  echo "Installing $(APT_PACKAGES)"; \
	  $(SUDO) apt-get update -qq && $(SUDO) apt-get install -y -qq $(APT_PACKAGES); \
	fi

clean:
	rm -rf .build .build-fuzz Output .reportsite
