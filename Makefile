# The two commands a new user runs (README): `make demo` and `make test`.
# Both install missing Debian packages, configure and build first.
BUILD ?= build
JOBS ?= $(shell nproc)
CMAKE_FLAGS ?=

.PHONY: all deps build demo test test-tsan clean format check-format

all: build

deps:
	@scripts/install-deps.sh

$(BUILD)/CMakeCache.txt:
	cmake -S . -B $(BUILD) $(CMAKE_FLAGS)

build: deps $(BUILD)/CMakeCache.txt
	cmake --build $(BUILD) -j $(JOBS)

demo: build
	@scripts/demo.sh $(BUILD)

test: build
	cd $(BUILD) && ctest --output-on-failure -j $(JOBS)

# The tiering tests (background Tier1 compiles and slot patches racing with running code,
# R2R tier-up) again, with ilc built under ThreadSanitizer in $(BUILD)-tsan. CI runs it.
test-tsan: deps
	cmake -S . -B $(BUILD)-tsan -DILC_TSAN=ON $(CMAKE_FLAGS)
	cmake --build $(BUILD)-tsan -j $(JOBS)
	cd $(BUILD)-tsan && TSAN_OPTIONS="halt_on_error=1 exitcode=66" \
		ctest --output-on-failure -R '^tiering/'

format:
	clang-format -i $$(git ls-files '*.c' '*.h')

check-format:
	clang-format --dry-run --Werror $$(git ls-files '*.c' '*.h')

clean:
	rm -rf $(BUILD)

# Benchmarks (bench/bench.py): every bench/programs/ program under every mode (ilc's, mono,
# mono --aot, the C twins), checksums checked on every run, results and SVG plots written to
# bench/results/. `bench` is the full run (about 7 minutes, results meant for git);
# `bench-quick` uses tiny inputs (under two minutes: CI's smoke test; results/quick-* are
# ignored by git). Both exit non-zero on a crash or a checksum mismatch, not on a missing mode.
.PHONY: bench bench-quick

bench: build
	python3 bench/bench.py --build $(BUILD)

bench-quick: build
	python3 bench/bench.py --quick --build $(BUILD)
