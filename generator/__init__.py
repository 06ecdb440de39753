"""OpenAPI -> typed Python client generator.

The pipeline, one subpackage per stage, each importing only the stages before it and ir/:

    load/ -> validate/ -> models/ -> http/ -> render/ -> write/

load/ reads spec files with source positions, validate/ checks them, models/ builds the
schema side of the IR (ir/, with datamodel-code-generator doing the schema -> Python type
work), http/ the operations, render/ the files (Jinja templates), write/ formats them with
ruff and writes them atomically. pipeline.py runs the stages for each spec; cli.py is
``python -m generator``. docs/architecture.md is the map.
"""
