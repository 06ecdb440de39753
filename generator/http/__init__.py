"""Stage 4, http: a spec whose schemas are in the IR -> ``ir.HttpApi`` (operations, parameters, bodies, security).

schemas.py (the spec's $refs and the types of parameter, body and response schemas) ->
parameters.py (servers, security schemes, parameters) -> bodies.py (request bodies, 2xx
responses, error models) -> operations.py (each operation, and its pagination).
"""
