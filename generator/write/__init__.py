"""Stage 7, write: rendered files -> the output folder, formatted, all or nothing.

- format.py: ruff (imports, then format), with pinned settings;
- files.py: a staging folder beside the output, swapped in package by package, one run at a time (a lock);
- ownership.py: each package's manifest (.generated-by.json), and which folders may be replaced;
- drift.py: which files differ from the output folder (``--check``).
"""
