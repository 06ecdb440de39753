"""Stage 3, openapi: the typed spec, a validated ``LoadedFile`` read once into a ``Document``.

Built once after validate/, read by http/ (and models/ for the schemas of parameters, bodies and
responses): frozen nodes, each with its JSON pointer and, lazily, its ``Source``. schemas.py (a schema
node over its raw mapping, which datamodel-code-generator reads as is) -> nodes.py (the other nodes) ->
read.py (``read_spec``).
"""
