"""Stage 5, http: a typed spec, its schemas in the IR -> ``ir.HttpApi`` (operations, parameters, bodies, security).

schemas.py (the types of parameter, body and response schemas, and media types) ->
parameters.py (servers, security schemes, parameters) -> bodies.py (request bodies, 2xx
responses, error models) -> operations.py (each operation, and its pagination).
"""
