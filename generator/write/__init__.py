"""Stage 6, write: rendered files -> the output folder, formatted, all or nothing.

- format.py: ruff (imports, then format), with pinned settings;
- files.py: a staging folder beside the output, swapped in package by package;
- drift.py: which files differ from the output folder (``--check``).
"""
