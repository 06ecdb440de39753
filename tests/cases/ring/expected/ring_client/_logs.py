# Generated from tests/cases/ring/spec.yaml by `make generate`. Do not edit: edit the spec and regenerate.
"""The package's logger, and what its lines may show: URLs and headers with every secret as ``***``.

``logging.getLogger("<package>")`` gets one line per try at INFO (method, URL, status, try, ms)
and the request's headers at DEBUG; ``<PACKAGE>_LOG=debug`` or ``info`` in the environment
turns it on, to stderr, when the package is imported.
"""

from __future__ import annotations

import logging
import os
import re
from typing import Final
from urllib.parse import urlencode

import httpx

log = logging.getLogger(__name__.rpartition(".")[0] or __name__)
"""The package's logger: each try (method, URL with its secrets redacted, status, try, ms) at INFO."""

LOG_VARIABLE: Final = "RING_CLIENT_LOG"
"""``debug`` or ``info`` in this environment variable turns the package's logging on, to stderr."""

_SECRET_NAME: Final = re.compile(
    r"passw|secret|token|api[-_]?key|signature|credential|auth|session|cookie", re.I
)


def secret_name(name: str, secret_names: frozenset[str]) -> bool:
    """Whether a query parameter or header of this name holds a secret: one of ``secret_names`` (lower
    case), or a name like ``token``, ``password``, ``api_key``, ``signature``, ``cookie``."""
    return name.lower() in secret_names or _SECRET_NAME.search(name) is not None


def redacted_url(url: httpx.URL, secret_names: frozenset[str]) -> str:
    """The URL as a log line shows it: user info and the values of secret query parameters as ``***``."""
    pairs = [(k, "***" if secret_name(k, secret_names) else v) for k, v in url.params.multi_items()]
    shown = url.copy_with(
        username=None, password=None, query=urlencode(pairs).encode("ascii") or None
    )
    return str(shown).replace("%2A%2A%2A", "***")


def redacted_headers(headers: httpx.Headers, secret_names: frozenset[str]) -> dict[str, str]:
    """The headers as a log line shows them: the values of credentials and other secrets as ``***``."""
    return {k: "***" if secret_name(k, secret_names) else v for k, v in headers.items()}


def _setup_logging() -> None:
    """Log to stderr at the level ``<PACKAGE>_LOG`` names (``debug`` or ``info``), as openai-python's clients do."""
    level = {"debug": logging.DEBUG, "info": logging.INFO}.get(
        os.environ.get(LOG_VARIABLE, "").strip().lower()
    )
    if level is not None:
        logging.basicConfig(
            format="[%(asctime)s - %(name)s:%(lineno)d - %(levelname)s] %(message)s"
        )
        log.setLevel(level)


_setup_logging()
