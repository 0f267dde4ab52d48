# wriftai: every target bootstraps what it needs (.venv from PyPI, node_modules from npm).
#
#   make test              the whole test suite
#   make demo              start the local emulator and run examples/ against it
#   make generate          regenerate generated/ (wriftai_api, typescript, go, java) from openapi.yaml,
#                          and the sync twin of wriftai's async code (generated/_wriftai_sync)
#   make check-generated   fail if generated/ differs from what `make generate` makes
#   make lint              spec (openapi-spec-validator, Redocly) and code (ruff, mypy --strict)
#   make parity            Python (sync, async), TypeScript, Go and Java clients agree on parity/scenarios
#   make docs              build the documentation site into site/ (mkdocs --strict); serve: .venv/bin/mkdocs serve

SHELL := /bin/bash
.SHELLFLAGS := -eu -o pipefail -c
.DEFAULT_GOAL := help

PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
PY := $(BIN)/python

# The generator and the formatter its post-hooks run are pinned together: a different
# ruff can format the output differently, and then check-generated would fail.
OPENAPI_PYTHON_CLIENT_VERSION := 0.29.1
RUFF_VERSION := 0.17.6

PACKAGE := wriftai_api
GENERATED := generated/$(PACKAGE)

# The Go and Java clients of the parity check bring their own rules; each appends its
# generate and freshness-check targets to these lists.
GENERATE_EXTRA :=
CHECK_GENERATED_EXTRA :=
PARITY_EXTRA :=
-include parity/runners/go/rules.mk
-include parity/runners/java/rules.mk

.PHONY: help venv generate generate-ts check-generated lint lint-spec lint-code test parity demo docs bench bench-against clean

help:
	@sed -n '1,11p' Makefile | sed 's/^# \{0,1\}//'

# ---------------------------------------------------------------- bootstrap
$(VENV)/.installed: pyproject.toml Makefile
	@test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -e '.[dev]' \
		"openapi-python-client==$(OPENAPI_PYTHON_CLIENT_VERSION)" "ruff==$(RUFF_VERSION)"
	@touch $@

venv: $(VENV)/.installed

node_modules/.installed: package.json package-lock.json
	npm ci --no-audit --no-fund --loglevel=error
	@touch $@

# ---------------------------------------------------------------- generation
# The generator writes a whole project (--meta uv) into a scratch folder; only its
# package directory is kept. That way the post-hooks format with the generator's own
# ruff settings (not this repository's), and py.typed comes from the generator.
# templates/ replaces some of the generator's templates (templates/README.md says what
# changed and why). tools/generate.py runs the generator with one naming rule changed:
# a property called `input` keeps its name instead of becoming `input_`.
define generate_into
	scratch=$$(mktemp -d); \
	trap 'rm -rf "$$scratch"' EXIT; \
	$(PY) tools/generate.py generate --path openapi.yaml --config generator-config.yaml \
		--custom-template-path templates --meta uv --output-path "$$scratch/out" --fail-on-warning >"$$scratch/log" 2>&1 \
		|| { cat "$$scratch/log"; exit 1; }; \
	rm -rf "$(1)"; mkdir -p "$$(dirname "$(1)")"; \
	cp -R "$$scratch/out/$(PACKAGE)" "$(1)"; \
	find "$(1)" -name __pycache__ -prune -exec rm -rf {} +
endef

generate: venv generate-ts $(GENERATE_EXTRA)
	@PATH="$(CURDIR)/$(BIN):$$PATH"; $(call generate_into,$(GENERATED))
	@echo "generated $(GENERATED) from openapi.yaml"
	@$(PY) tools/unasync.py

# The TypeScript client of the parity check: @hey-api/openapi-ts and Node itself are pinned
# in package.json (the `node` package; the generator needs Node >= 22.18), so the first
# entry of PATH is node_modules/.bin. The output is committed, in generated/ with the others.
TS_CLIENT := generated/typescript
NODE_PATH_FIRST := PATH="$(CURDIR)/node_modules/.bin:$$PATH"
define generate_ts_into
	$(NODE_PATH_FIRST) OPENAPI_TS_OUTPUT="$(1)" openapi-ts -f parity/runners/ts/openapi-ts.config.mjs >/dev/null
endef

generate-ts: node_modules/.installed
	@$(call generate_ts_into,$(CURDIR)/$(TS_CLIENT))
	@echo "generated $(TS_CLIENT) from openapi.yaml"

check-generated: venv $(CHECK_GENERATED_EXTRA)
	@tmp=$$(mktemp -d); \
	PATH="$(CURDIR)/$(BIN):$$PATH"; ( $(call generate_into,$$tmp/$(PACKAGE)) ); \
	if diff -r -x __pycache__ "$$tmp/$(PACKAGE)" "$(GENERATED)" >"$$tmp/diff"; then \
		echo "check-generated: $(GENERATED) matches openapi.yaml"; rm -rf "$$tmp"; \
	else \
		head -n 60 "$$tmp/diff"; rm -rf "$$tmp"; \
		echo "check-generated: $(GENERATED) is stale or hand-edited; run 'make generate'"; exit 1; \
	fi
	@$(PY) tools/unasync.py --check
	@$(MAKE) --no-print-directory node_modules/.installed
	@tmp=$$(mktemp -d); \
	$(call generate_ts_into,$$tmp/client); \
	if diff -r "$$tmp/client" "$(TS_CLIENT)" >"$$tmp/diff"; then \
		echo "check-generated: $(TS_CLIENT) matches openapi.yaml"; rm -rf "$$tmp"; \
	else \
		head -n 60 "$$tmp/diff"; rm -rf "$$tmp"; \
		echo "check-generated: $(TS_CLIENT) is stale or hand-edited; run 'make generate'"; exit 1; \
	fi

# ---------------------------------------------------------------- lint
lint: lint-spec lint-code

lint-spec: venv node_modules/.installed
	$(PY) -m openapi_spec_validator openapi.yaml
	npx --no-install redocly lint openapi.yaml --config redocly.yaml --format=stylish

lint-code: venv
	$(BIN)/ruff check wriftai tests bench examples tools parity docs/scripts
	$(BIN)/ruff format --check wriftai tests bench examples tools parity docs/scripts
	$(BIN)/mypy wriftai

# ---------------------------------------------------------------- demo
# Starts the emulator on a free port, runs examples/quickstart.py and examples/llm_engine.py
# against it, stops it.
DEMO_TOKEN := wriftai-demo-token

demo: venv
	@log=$$(mktemp); url=; \
	$(PY) -m wriftai.testing serve --port 0 --token $(DEMO_TOKEN) >"$$log" 2>&1 & pid=$$!; \
	trap 'kill $$pid 2>/dev/null || true; wait $$pid 2>/dev/null || true; rm -f "$$log"' EXIT; \
	for _ in $$(seq 150); do \
		url=$$(sed -n 's/^WriftAI emulator listening on //p' "$$log"); \
		if [ -n "$$url" ] || ! kill -0 $$pid 2>/dev/null; then break; fi; sleep 0.1; \
	done; \
	if [ -z "$$url" ]; then cat "$$log"; echo "demo: the emulator did not start"; exit 1; fi; \
	echo "emulator at $$url"; \
	export WRIFTAI_API_BASE_URL="$$url" WRIFTAI_ACCESS_TOKEN=$(DEMO_TOKEN); \
	$(PY) examples/quickstart.py; \
	$(PY) examples/llm_engine.py

# ---------------------------------------------------------------- tests
test: venv
	WRIFTAI_REQUIRE_EXTRAS=1 $(BIN)/pytest -q
	@$(MAKE) --no-print-directory parity

# Runs parity/scenarios through every client against fresh emulators and compares the
# transcripts (parity/build/, ignored). docs/guides/parity.md says how.
parity: venv node_modules/.installed $(PARITY_EXTRA)
	$(PY) -m parity.compare

# ---------------------------------------------------------------- docs
# The site (mkdocs.yml, docs/; the docs extra, which dev includes, pins its tools). Strict:
# a broken link or anchor, a missing snippet of examples/ or a reference mkdocstrings cannot
# resolve fails the build. NO_MKDOCS_2_WARNING quiets Material's banner about MkDocs 2.0.
docs: venv
	NO_MKDOCS_2_WARNING=1 $(BIN)/mkdocs build --strict

# ---------------------------------------------------------------- benchmarks
# One Markdown table: each measure next to a baseline measured in the same run.
bench: venv
	$(PY) -m bench.run

# Every peer row of this tree next to the client at REV, in one run (at most 1.05x each).
bench-against: venv
	$(PY) -m bench.against $(or $(REV),origin/main)

clean:
	rm -rf $(VENV) node_modules .pytest_cache .mypy_cache .ruff_cache site
