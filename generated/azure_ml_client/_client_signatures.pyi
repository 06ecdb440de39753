# Generated from specs/azure_ml.yaml by `make generate`. Do not edit: edit the spec and regenerate.
"""The operations of client.py's classes, for type checkers only: never imported at run time.

client.py's classes take these as bases under TYPE_CHECKING; at run time runtime/_lazy.py puts
each operation on its class on first use. Every signature is the group module's function's.
"""

from . import (
    _ops_image,
)

class ClientOperations:
    list_images = _ops_image.list_images__sync
    paginate_list_images = _ops_image.paginate_list_images__sync
    create_image = _ops_image.create_image__sync
    get_image = _ops_image.get_image__sync
    delete_image = _ops_image.delete_image__sync

class ClientRawOperations:
    list_images = _ops_image.list_images__raw
    create_image = _ops_image.create_image__raw
    get_image = _ops_image.get_image__raw
    delete_image = _ops_image.delete_image__raw

class ClientStreamingOperations:
    list_images = _ops_image.list_images__streamed
    create_image = _ops_image.create_image__streamed
    get_image = _ops_image.get_image__streamed
    delete_image = _ops_image.delete_image__streamed

class AsyncClientOperations:
    list_images = _ops_image.list_images__async
    paginate_list_images = _ops_image.paginate_list_images__async
    create_image = _ops_image.create_image__async
    get_image = _ops_image.get_image__async
    delete_image = _ops_image.delete_image__async

class AsyncClientRawOperations:
    list_images = _ops_image.list_images__async_raw
    create_image = _ops_image.create_image__async_raw
    get_image = _ops_image.get_image__async_raw
    delete_image = _ops_image.delete_image__async_raw

class AsyncClientStreamingOperations:
    list_images = _ops_image.list_images__async_streamed
    create_image = _ops_image.create_image__async_streamed
    get_image = _ops_image.get_image__async_streamed
    delete_image = _ops_image.delete_image__async_streamed
