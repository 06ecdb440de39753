"""Stage 4, models: a validated spec -> the schema side of an ``ir.Api`` (models, enums, unions).

datamodel-code-generator's OpenAPI parser does the schema work (dmcg.py runs it on a copy
prepared by dmcg_input.py); places.py finds where in the spec each of its models stands;
the Builder (build.py) turns its results into the IR in layers, each using those before it:
context.py (state, raw schemas) -> unions.py -> enums.py -> type_refs.py -> objects.py -> build.py.
inline_types.py types the schemas http/ names that no class was made of (and registers their unions).
"""
