# Generated from specs/cycle.yaml by `make generate`. Do not edit: edit the spec and regenerate.
"""The operations of client.py's classes, for type checkers only: never imported at run time.

client.py's classes take these as bases under TYPE_CHECKING; at run time runtime/_lazy.py puts
each operation on its class on first use. Every signature is the group module's function's.
"""

from . import (
    _ops_image_sources,
    _ops_images,
)

class ClientOperations:
    list_image_sources = _ops_image_sources.list_image_sources__sync
    paginate_list_image_sources = _ops_image_sources.paginate_list_image_sources__sync
    create_image_source = _ops_image_sources.create_image_source__sync
    get_image_source = _ops_image_sources.get_image_source__sync
    delete_image_source = _ops_image_sources.delete_image_source__sync
    update_image_source = _ops_image_sources.update_image_source__sync
    list_images = _ops_images.list_images__sync
    paginate_list_images = _ops_images.paginate_list_images__sync
    create_image = _ops_images.create_image__sync
    get_image = _ops_images.get_image__sync
    delete_image = _ops_images.delete_image__sync
    update_image = _ops_images.update_image__sync

class ClientRawOperations:
    list_image_sources = _ops_image_sources.list_image_sources__raw
    create_image_source = _ops_image_sources.create_image_source__raw
    get_image_source = _ops_image_sources.get_image_source__raw
    delete_image_source = _ops_image_sources.delete_image_source__raw
    update_image_source = _ops_image_sources.update_image_source__raw
    list_images = _ops_images.list_images__raw
    create_image = _ops_images.create_image__raw
    get_image = _ops_images.get_image__raw
    delete_image = _ops_images.delete_image__raw
    update_image = _ops_images.update_image__raw

class ClientStreamingOperations:
    list_image_sources = _ops_image_sources.list_image_sources__streamed
    create_image_source = _ops_image_sources.create_image_source__streamed
    get_image_source = _ops_image_sources.get_image_source__streamed
    delete_image_source = _ops_image_sources.delete_image_source__streamed
    update_image_source = _ops_image_sources.update_image_source__streamed
    list_images = _ops_images.list_images__streamed
    create_image = _ops_images.create_image__streamed
    get_image = _ops_images.get_image__streamed
    delete_image = _ops_images.delete_image__streamed
    update_image = _ops_images.update_image__streamed

class AsyncClientOperations:
    list_image_sources = _ops_image_sources.list_image_sources__async
    paginate_list_image_sources = _ops_image_sources.paginate_list_image_sources__async
    create_image_source = _ops_image_sources.create_image_source__async
    get_image_source = _ops_image_sources.get_image_source__async
    delete_image_source = _ops_image_sources.delete_image_source__async
    update_image_source = _ops_image_sources.update_image_source__async
    list_images = _ops_images.list_images__async
    paginate_list_images = _ops_images.paginate_list_images__async
    create_image = _ops_images.create_image__async
    get_image = _ops_images.get_image__async
    delete_image = _ops_images.delete_image__async
    update_image = _ops_images.update_image__async

class AsyncClientRawOperations:
    list_image_sources = _ops_image_sources.list_image_sources__async_raw
    create_image_source = _ops_image_sources.create_image_source__async_raw
    get_image_source = _ops_image_sources.get_image_source__async_raw
    delete_image_source = _ops_image_sources.delete_image_source__async_raw
    update_image_source = _ops_image_sources.update_image_source__async_raw
    list_images = _ops_images.list_images__async_raw
    create_image = _ops_images.create_image__async_raw
    get_image = _ops_images.get_image__async_raw
    delete_image = _ops_images.delete_image__async_raw
    update_image = _ops_images.update_image__async_raw

class AsyncClientStreamingOperations:
    list_image_sources = _ops_image_sources.list_image_sources__async_streamed
    create_image_source = _ops_image_sources.create_image_source__async_streamed
    get_image_source = _ops_image_sources.get_image_source__async_streamed
    delete_image_source = _ops_image_sources.delete_image_source__async_streamed
    update_image_source = _ops_image_sources.update_image_source__async_streamed
    list_images = _ops_images.list_images__async_streamed
    create_image = _ops_images.create_image__async_streamed
    get_image = _ops_images.get_image__async_streamed
    delete_image = _ops_images.delete_image__async_streamed
    update_image = _ops_images.update_image__async_streamed
