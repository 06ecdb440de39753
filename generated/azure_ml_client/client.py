# Generated from specs/azure_ml.yaml by `make generate`. Do not edit: edit the spec and regenerate.
"""HTTP clients of Azure Machine Learning Model Management Service - Images 2019-09-30: Client (sync) and AsyncClient.

One method per operation, with typed arguments, returning the decoded model. Their
`with_raw_response` gives the status, headers and body instead, and each list operation
has a `paginate_` method that goes through every page. This module needs httpx; the
models don't.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Final, Self

import httpx

from ._auth import (
    AsyncSecret,
    Credential,
    Dynamic,
    Secret,
    credential,
)
from ._downloads import (
    AsyncStreamedResponse,
    StreamedResponse,
    StreamingView,
)
from ._errors import (
    APIConnectionError,
    APIError,
    APIStatusError,
    APITimeoutError,
    AuthenticationError,
    BadRequestError,
    ConflictError,
    InternalServerError,
    NotFoundError,
    PermissionDeniedError,
    RateLimitError,
    ResponseDecodeError,
    ResponseTooLargeError,
    TooManyPagesError,
    UnprocessableEntityError,
)
from ._http import (
    DEFAULT_MAX_PAGES,
    DEFAULT_MAX_RETRIES,
    DEFAULT_TIMEOUT,
    AsyncAPIClient,
    SyncAPIClient,
    Timeout,
)
from ._lazy import AsyncRawResponses, RawResponses, install_operations
from ._oauth import TokenRequestError
from ._pages import (
    AsyncPages,
    Pages,
)
from ._responses import (
    APIResponse,
)
from ._retries import DEFAULT_BACKOFF, Backoff
from ._runtime import (
    UNSET,
    Unset,
)
from ._streaming import (
    AsyncStream,
    EventTooLargeError,
    ServerSentEvent,
    Stream,
)
from ._transfer import DEFAULT_MAX_RESPONSE_BYTES

if TYPE_CHECKING:
    from ._client_signatures import (  # pyright: ignore[reportMissingModuleSource]: a stub only
        AsyncClientOperations,
        AsyncClientRawOperations,
        AsyncClientStreamingOperations,
        ClientOperations,
        ClientRawOperations,
        ClientStreamingOperations,
    )
else:  # each operation is put on its class on first use (_lazy.py): these bases are only for type checkers
    ClientOperations = ClientRawOperations = ClientStreamingOperations = object
    AsyncClientOperations = AsyncClientRawOperations = AsyncClientStreamingOperations = object

__all__ = [
    "APIConnectionError",
    "APIError",
    "APIResponse",
    "APIStatusError",
    "APITimeoutError",
    "AsyncClient",
    "AsyncPages",
    "AsyncStream",
    "AsyncStreamedResponse",
    "AuthenticationError",
    "Backoff",
    "BadRequestError",
    "Client",
    "ConflictError",
    "EventTooLargeError",
    "InternalServerError",
    "NotFoundError",
    "Pages",
    "PermissionDeniedError",
    "RateLimitError",
    "ResponseDecodeError",
    "ResponseTooLargeError",
    "ServerSentEvent",
    "Stream",
    "StreamedResponse",
    "TokenRequestError",
    "TooManyPagesError",
    "UnprocessableEntityError",
]


# Where the server sends its id of a request: the header the spec declares first, then the common ones.
_REQUEST_ID_HEADERS: Final = (
    "x-request-id",
    "request-id",
    "x-ms-request-id",
    "x-openstack-request-id",
)
# The query parameters and headers whose values are secrets, never logged.
_SECRET_NAMES: Final[frozenset[str]] = frozenset({"authorization"})
# Each group module (_ops_<group>.py) and the operations it holds; then those of them with a paginate_ method.
_OPERATIONS: Final[dict[str, list[str]]] = {
    "_ops_image": [
        "list_images",
        "create_image",
        "get_image",
        "delete_image",
    ],
}
_PAGERS: Final[dict[str, list[str]]] = {
    "_ops_image": [
        "paginate_list_images",
    ],
}
_PACKAGE: Final = __name__.rpartition(".")[0]


def _credentials(token: AsyncSecret | None) -> dict[str, Credential | Dynamic]:
    """The secrets a client was given, by the security scheme they belong to."""
    credentials: dict[str, Credential | Dynamic] = {}
    if token is not None:
        credentials["bearerAuth"] = credential("header", "Authorization", token, "token", "Bearer ")
    return credentials


class Client(SyncAPIClient, ClientOperations):
    """Synchronous client of Azure Machine Learning Model Management Service - Images 2019-09-30.

    Args:
        base_url: Where the API is; by default https://eastus.api.azureml.ms.
        token: The access token of scheme "bearerAuth" (HTTP bearer: Azure Active Directory
            (Microsoft Entra ID) access token, sent as `Authorization: Bearer <token>`). Sent as the
            header "Authorization: Bearer <token>". Accepted by all operations. A str, or a function
            returning the current one (called for each try). Never shown by repr.
        timeout: Seconds (or an httpx.Timeout) for each request; a call's timeout= overrides it.
        max_retries: Retries of idempotent requests after a connection error, 408, 429 or 5xx;
            a call's max_retries= overrides it, and is the only way to retry POST or PATCH.
        backoff: The wait before each retry, unless the server sends Retry-After.
        idempotency_keys: Send every POST and PATCH with an Idempotency-Key, the same on each try,
            and retry them as max_retries says.
        headers: Headers sent with every request (a call's extra_headers override them).
        query: Query parameters sent with every request (a call's extra_query overrides them).
        http_client: The httpx client to send with; the caller keeps it open and closes it. If it
            follows redirects, credentials still go only to base_url's origin.
        max_response_bytes: The most bytes of a body a call reads, after decompression (64 MiB;
            None: no limit); a longer 2xx body raises ResponseTooLargeError.
        deadline: Seconds a call may take in all, every try, wait and body read included (None:
            none; timeout bounds each step of a try); past it, APITimeoutError.
        max_pages: The most pages a paginate_ method reads (1,000); more is TooManyPagesError.

    Every method also takes extra_headers, extra_query and extra_body (merged over what it
    sends: a JSON object, form or multipart body), timeout, max_retries, max_response_bytes
    and deadline; each paginate_ method max_pages too.
    """

    with_raw_response: ClientWithRawResponse
    """The same operations, returning the APIResponse: status, headers, body, and .parse() for the model."""
    with_streaming_response: ClientWithStreamingResponse
    """The same operations, their response handed back unread in a with block: iter_bytes(), write_to_file()."""

    def __init__(
        self,
        *,
        base_url: str = "https://eastus.api.azureml.ms",
        token: Secret | None = None,
        timeout: Timeout = DEFAULT_TIMEOUT,
        max_retries: int = DEFAULT_MAX_RETRIES,
        backoff: Backoff = DEFAULT_BACKOFF,
        idempotency_keys: bool = False,
        headers: Mapping[str, str] | None = None,
        query: Mapping[str, str] | None = None,
        http_client: httpx.Client | None = None,
        max_response_bytes: int | None = DEFAULT_MAX_RESPONSE_BYTES,
        deadline: float | None = None,
        max_pages: int = DEFAULT_MAX_PAGES,
    ) -> None:
        super().__init__(
            base_url=base_url,
            credentials=_credentials(token),
            timeout=timeout,
            max_retries=max_retries,
            backoff=backoff,
            http_client=http_client,
            sent_always=("bearerAuth",),
            given={"token": token},
            idempotency_keys=idempotency_keys,
            headers=headers,
            query=query,
            request_id_headers=_REQUEST_ID_HEADERS,
            secret_names=_SECRET_NAMES,
            max_response_bytes=max_response_bytes,
            deadline=deadline,
            max_pages=max_pages,
        )
        self.with_raw_response = ClientWithRawResponse(self)
        self.with_streaming_response = ClientWithStreamingResponse(
            ClientWithRawResponse(self, stream=True)
        )

    def copy(
        self,
        *,
        base_url: str | None = None,
        token: Secret | None = None,
        timeout: Timeout | Unset = UNSET,
        max_retries: int | None = None,
        backoff: Backoff | None = None,
        idempotency_keys: bool | None = None,
        headers: Mapping[str, str] | None = None,
        set_headers: Mapping[str, str] | None = None,
        query: Mapping[str, str] | None = None,
        set_query: Mapping[str, str] | None = None,
        http_client: httpx.Client | None = None,
        max_response_bytes: int | None | Unset = UNSET,
        deadline: float | None | Unset = UNSET,
        max_pages: int | None = None,
    ) -> Self:
        """A client like this one, with the settings given changed; it shares the connection pool.

        Credentials, timeout, max_retries, backoff, idempotency_keys, max_response_bytes,
        deadline and max_pages not given are this client's. headers and query are merged over
        this client's; set_headers and set_query replace them. The copy sends with this client's
        httpx client (unless it is given http_client), so closing the copy closes nothing: close
        the client it was copied from. with_options is the same method.
        """
        client = type(self)(
            base_url=self.base_url if base_url is None else base_url,
            token=self._given.get("token") if token is None else token,
            timeout=self.timeout if timeout is UNSET else timeout,
            max_retries=self.max_retries if max_retries is None else max_retries,
            backoff=self.backoff if backoff is None else backoff,
            idempotency_keys=self.idempotency_keys
            if idempotency_keys is None
            else idempotency_keys,
            headers=self._copied_headers(headers, set_headers),
            query=self._copied_query(query, set_query),
            http_client=self._http if http_client is None else http_client,
            max_response_bytes=self.max_response_bytes
            if max_response_bytes is UNSET
            else max_response_bytes,
            deadline=self.deadline if deadline is UNSET else deadline,
            max_pages=self.max_pages if max_pages is None else max_pages,
        )
        client._share_pool_of(self, shared=http_client is None)
        return client

    with_options = copy


class ClientWithRawResponse(RawResponses, ClientRawOperations):
    """The operations of Client, returning the APIResponse: status, headers, body, and .parse()."""


class ClientWithStreamingResponse(StreamingView[RawResponses], ClientStreamingOperations):
    """The operations of Client (the raw-response ones' arguments), each in a with block giving the
    response unread: iter_bytes(), iter_text(), iter_lines(), write_to_file(), parse(); closed on leaving it."""


install_operations(Client, _PACKAGE, _OPERATIONS, "__sync")
install_operations(Client, _PACKAGE, _PAGERS, "__sync")
install_operations(ClientWithRawResponse, _PACKAGE, _OPERATIONS, "__raw")
install_operations(ClientWithStreamingResponse, _PACKAGE, _OPERATIONS, "__streamed")


class AsyncClient(AsyncAPIClient, AsyncClientOperations):
    """Asynchronous client of Azure Machine Learning Model Management Service - Images 2019-09-30.

    Args:
        base_url: Where the API is; by default https://eastus.api.azureml.ms.
        token: The access token of scheme "bearerAuth" (HTTP bearer: Azure Active Directory
            (Microsoft Entra ID) access token, sent as `Authorization: Bearer <token>`). Sent as the
            header "Authorization: Bearer <token>". Accepted by all operations. A str, or a function
            returning the current one (called for each try). Never shown by repr.
        timeout: Seconds (or an httpx.Timeout) for each request; a call's timeout= overrides it.
        max_retries: Retries of idempotent requests after a connection error, 408, 429 or 5xx;
            a call's max_retries= overrides it, and is the only way to retry POST or PATCH.
        backoff: The wait before each retry, unless the server sends Retry-After.
        idempotency_keys: Send every POST and PATCH with an Idempotency-Key, the same on each try,
            and retry them as max_retries says.
        headers: Headers sent with every request (a call's extra_headers override them).
        query: Query parameters sent with every request (a call's extra_query overrides them).
        http_client: The httpx client to send with; the caller keeps it open and closes it. If it
            follows redirects, credentials still go only to base_url's origin.
        max_response_bytes: The most bytes of a body a call reads, after decompression (64 MiB;
            None: no limit); a longer 2xx body raises ResponseTooLargeError.
        deadline: Seconds a call may take in all, every try, wait and body read included (None:
            none; timeout bounds each step of a try); past it, APITimeoutError.
        max_pages: The most pages a paginate_ method reads (1,000); more is TooManyPagesError.

    Every method also takes extra_headers, extra_query and extra_body (merged over what it
    sends: a JSON object, form or multipart body), timeout, max_retries, max_response_bytes
    and deadline; each paginate_ method max_pages too.
    """

    with_raw_response: AsyncClientWithRawResponse
    """The same operations, returning the APIResponse: status, headers, body, and .parse() for the model."""
    with_streaming_response: AsyncClientWithStreamingResponse
    """The same operations, their response handed back unread in a with block: iter_bytes(), write_to_file()."""

    def __init__(
        self,
        *,
        base_url: str = "https://eastus.api.azureml.ms",
        token: AsyncSecret | None = None,
        timeout: Timeout = DEFAULT_TIMEOUT,
        max_retries: int = DEFAULT_MAX_RETRIES,
        backoff: Backoff = DEFAULT_BACKOFF,
        idempotency_keys: bool = False,
        headers: Mapping[str, str] | None = None,
        query: Mapping[str, str] | None = None,
        http_client: httpx.AsyncClient | None = None,
        max_response_bytes: int | None = DEFAULT_MAX_RESPONSE_BYTES,
        deadline: float | None = None,
        max_pages: int = DEFAULT_MAX_PAGES,
    ) -> None:
        super().__init__(
            base_url=base_url,
            credentials=_credentials(token),
            timeout=timeout,
            max_retries=max_retries,
            backoff=backoff,
            http_client=http_client,
            sent_always=("bearerAuth",),
            given={"token": token},
            idempotency_keys=idempotency_keys,
            headers=headers,
            query=query,
            request_id_headers=_REQUEST_ID_HEADERS,
            secret_names=_SECRET_NAMES,
            max_response_bytes=max_response_bytes,
            deadline=deadline,
            max_pages=max_pages,
        )
        self.with_raw_response = AsyncClientWithRawResponse(self)
        self.with_streaming_response = AsyncClientWithStreamingResponse(
            AsyncClientWithRawResponse(self, stream=True)
        )

    def copy(
        self,
        *,
        base_url: str | None = None,
        token: AsyncSecret | None = None,
        timeout: Timeout | Unset = UNSET,
        max_retries: int | None = None,
        backoff: Backoff | None = None,
        idempotency_keys: bool | None = None,
        headers: Mapping[str, str] | None = None,
        set_headers: Mapping[str, str] | None = None,
        query: Mapping[str, str] | None = None,
        set_query: Mapping[str, str] | None = None,
        http_client: httpx.AsyncClient | None = None,
        max_response_bytes: int | None | Unset = UNSET,
        deadline: float | None | Unset = UNSET,
        max_pages: int | None = None,
    ) -> Self:
        """A client like this one, with the settings given changed; it shares the connection pool.

        Credentials, timeout, max_retries, backoff, idempotency_keys, max_response_bytes,
        deadline and max_pages not given are this client's. headers and query are merged over
        this client's; set_headers and set_query replace them. The copy sends with this client's
        httpx client (unless it is given http_client), so closing the copy closes nothing: close
        the client it was copied from. with_options is the same method.
        """
        client = type(self)(
            base_url=self.base_url if base_url is None else base_url,
            token=self._given.get("token") if token is None else token,
            timeout=self.timeout if timeout is UNSET else timeout,
            max_retries=self.max_retries if max_retries is None else max_retries,
            backoff=self.backoff if backoff is None else backoff,
            idempotency_keys=self.idempotency_keys
            if idempotency_keys is None
            else idempotency_keys,
            headers=self._copied_headers(headers, set_headers),
            query=self._copied_query(query, set_query),
            http_client=self._http if http_client is None else http_client,
            max_response_bytes=self.max_response_bytes
            if max_response_bytes is UNSET
            else max_response_bytes,
            deadline=self.deadline if deadline is UNSET else deadline,
            max_pages=self.max_pages if max_pages is None else max_pages,
        )
        client._share_pool_of(self, shared=http_client is None)
        return client

    with_options = copy


class AsyncClientWithRawResponse(AsyncRawResponses, AsyncClientRawOperations):
    """The operations of AsyncClient, returning the APIResponse: status, headers, body, and .parse()."""


class AsyncClientWithStreamingResponse(
    StreamingView[AsyncRawResponses], AsyncClientStreamingOperations
):
    """The operations of AsyncClient (the raw-response ones' arguments), each in a with block giving the
    response unread: iter_bytes(), iter_text(), iter_lines(), write_to_file(), parse(); closed on leaving it."""


install_operations(AsyncClient, _PACKAGE, _OPERATIONS, "__async")
install_operations(AsyncClient, _PACKAGE, _PAGERS, "__async")
install_operations(AsyncClientWithRawResponse, _PACKAGE, _OPERATIONS, "__async_raw")
install_operations(AsyncClientWithStreamingResponse, _PACKAGE, _OPERATIONS, "__async_streamed")
