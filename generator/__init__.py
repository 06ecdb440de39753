"""OpenAPI -> typed Python client generator.

The pipeline, one module per stage:
load (YAML with source positions) -> validate -> build (the IR in ir.py, with
datamodel-code-generator doing the schema -> Python type work) -> render (Jinja
templates) -> format (ruff) -> write (atomically, into generated/).
"""
