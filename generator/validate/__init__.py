"""Stage 2, validate: a ``LoadedFile`` -> the problems found in it, as ``Diagnostic``s.

- checks.py: our own checks (versions, $refs, schema types, operationIds); errors raise ``SpecError``;
- ref_chains.py: where a $ref leads, and chains of $refs that loop or run past 100, each followed once;
- conformance.py: the OpenAPI JSON schema of the document's version; what it finds are warnings.
"""
