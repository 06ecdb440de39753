# Generated from tests/cases/ring/spec.yaml by `make generate`. Do not edit: edit the spec and regenerate.
"""The operations of client.py's classes, for type checkers only: never imported at run time.

client.py's classes take these as bases under TYPE_CHECKING; at run time runtime/_lazy.py puts
each operation on its class on first use. Every signature is the group module's function's.
"""

from . import (
    _ops_nodes,
)

class ClientOperations:
    get_node = _ops_nodes.get_node__sync

class ClientRawOperations:
    get_node = _ops_nodes.get_node__raw

class ClientStreamingOperations:
    get_node = _ops_nodes.get_node__streamed

class AsyncClientOperations:
    get_node = _ops_nodes.get_node__async

class AsyncClientRawOperations:
    get_node = _ops_nodes.get_node__async_raw

class AsyncClientStreamingOperations:
    get_node = _ops_nodes.get_node__async_streamed
