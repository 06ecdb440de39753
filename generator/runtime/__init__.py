"""The fixed runtime of the clients: modules copied, not imported, into every package with operations.

Each module here is the same in every package, so it is plain Python, linted and type-checked where it
lives; render/runtime_files.py copies its text into a package below the package's header line (a user's
template of the same name, ``http.py.jinja`` for ``_http.py``, wins). The modules import each other
relatively, as in the package, and ``_runtime`` and ``_logs``, which depend on the spec and stay templates.
The generator's stages never import this package (a contract of import-linter in pyproject.toml).
"""
