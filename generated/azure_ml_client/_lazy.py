# Generated from specs/azure_ml.yaml by `make generate`. Do not edit: edit the spec and regenerate.
"""Operations loaded on first use: client.py's classes name their operations, the modules of groups hold them.

client.py's Client, AsyncClient and their raw- and streaming-response views have no operation in their
body: ``install_operations`` puts a ``LazyOperation`` on the class for each name of a compact table
(group module -> its operations' names). The first access to one, on an instance or
the class, imports its group module (``_ops_<group>.py``, with the models its operations use), and puts
the module's function (or ``streamed`` descriptor) on the class in its place: from then on a call is a
plain method call. Type checkers see the operations through client.py's TYPE_CHECKING-only bases,
declared in the stub ``_client_signatures.pyi``, never imported at run time.
"""

from __future__ import annotations

import importlib
from collections.abc import Mapping, Sequence
from types import FunctionType
from typing import Any, TypeVar

from ._http import AsyncAPIClient, Request, SyncAPIClient, Timeout
from ._responses import APIResponse
from ._runtime import UNSET, Unset

T = TypeVar("T")


class LazyOperation:
    """A class attribute standing for ``attribute`` of module ``module`` until first used, then replaced by it."""

    __slots__ = ("owner", "name", "module", "attribute")

    def __init__(self, owner: type, name: str, module: str, attribute: str) -> None:
        self.owner = owner
        self.name = name
        self.module = module
        self.attribute = attribute

    def load(self) -> Any:
        """Import the group module, and put the operation on the class in this descriptor's place."""
        value = getattr(importlib.import_module(self.module), self.attribute)
        # Named as the class's method, for help() and tracebacks.
        if isinstance(value, FunctionType):
            value.__name__ = self.name
            value.__qualname__ = f"{self.owner.__qualname__}.{self.name}"
        setattr(self.owner, self.name, value)
        return value

    def __get__(self, instance: object, owner: type | None = None) -> Any:
        value = self.load()
        if instance is None or not hasattr(value, "__get__"):
            return value
        return value.__get__(instance, owner)

    def __repr__(self) -> str:
        return f"<operation {self.owner.__qualname__}.{self.name}, not loaded yet: {self.module}.{self.attribute}>"


def install_operations(
    cls: type, package: str, groups: Mapping[str, Sequence[str]], suffix: str = ""
) -> None:
    """Put a LazyOperation on ``cls`` for each name of ``groups`` (module -> its names): ``name`` stands
    for ``<package>.<module>.<name><suffix>``."""
    for module, names in groups.items():
        path = f"{package}.{module}"
        for name in names:
            setattr(cls, name, LazyOperation(cls, name, path, name + suffix))


class RawResponses:
    """The base of client.py's ``ClientWithRawResponse``: its operations send with the client, giving the
    APIResponse (``stream=True``: the 2xx response unread, for the streaming-response view)."""

    def __init__(self, client: SyncAPIClient, stream: bool | None = None) -> None:
        self._client = client
        self._stream = stream  # True: the 2xx response comes back unread

    def send(
        self,
        request: Request[T],
        *,
        timeout: Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        max_response_bytes: int | None | Unset = UNSET,
        deadline: float | None | Unset = UNSET,
    ) -> APIResponse[T]:
        """Send ``request`` with the client, as this view says (unread or not)."""
        return self._client.send(
            request,
            timeout=timeout,
            max_retries=max_retries,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            max_response_bytes=max_response_bytes,
            deadline=deadline,
            stream=self._stream,
        )


class AsyncRawResponses:
    """RawResponses, for AsyncClient."""

    def __init__(self, client: AsyncAPIClient, stream: bool | None = None) -> None:
        self._client = client
        self._stream = stream

    async def send(
        self,
        request: Request[T],
        *,
        timeout: Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        max_response_bytes: int | None | Unset = UNSET,
        deadline: float | None | Unset = UNSET,
    ) -> APIResponse[T]:
        """Send ``request`` with the client, as this view says (unread or not)."""
        return await self._client.send(
            request,
            timeout=timeout,
            max_retries=max_retries,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            max_response_bytes=max_response_bytes,
            deadline=deadline,
            stream=self._stream,
        )
