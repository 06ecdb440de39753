"""`make bench`: our generated packages and generator against their peers, in one run.

Peers: pydantic v2 and msgspec models made by datamodel-code-generator, and
openapi-python-client, all installed into bench/.venv from requirements.txt. See
docs/benchmarks.md for the tables and what they mean.
"""
