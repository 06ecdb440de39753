"""Stage 2, validate: a ``LoadedFile`` -> the problems found in it, as ``Diagnostic``s.

- checks.py: our own checks (versions, $refs, schema types, operationIds); errors raise ``SpecError``;
- conformance.py: the OpenAPI JSON schema of the document's version; what it finds are warnings.
"""
