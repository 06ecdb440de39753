# Generated from tests/cases/ring/spec.yaml by `make generate`. Do not edit: edit the spec and regenerate.
"""When the clients retry: the backoff between tries, Retry-After, and the failures worth another try."""

from __future__ import annotations

import email.utils
import math
import random
from dataclasses import dataclass
from datetime import datetime, timezone
from typing import Final

import httpx


@dataclass(frozen=True, slots=True)
class Backoff:
    """How long to wait before a retry: ``base * 2**retry`` seconds, at most ``cap``, jittered.

    A ``Retry-After`` header is obeyed instead, up to ``retry_after_cap`` seconds: a server
    that asks for a longer wait gets no retry, and its error is raised at once.
    """

    base: float = 0.5
    cap: float = 8.0
    retry_after_cap: float = 60.0

    def delay(self, retry: int) -> float:
        return min(self.cap, self.base * 2.0**retry) * random.uniform(0.5, 1.0)


DEFAULT_BACKOFF: Final = Backoff()


def retry_after(headers: httpx.Headers, now: datetime | None = None) -> float | None:
    """The seconds a ``Retry-After`` header asks for (delay-seconds or an HTTP-date), if any."""
    value = headers.get("retry-after", "").strip()
    if not value:
        return None
    try:
        seconds = float(value)
    except ValueError:
        try:
            when = email.utils.parsedate_to_datetime(value)
        except (TypeError, ValueError):
            return None
        if when.tzinfo is None:
            when = when.replace(tzinfo=timezone.utc)
        seconds = (when - (now or datetime.now(timezone.utc))).total_seconds()
    return max(0.0, seconds) if math.isfinite(seconds) else None


def retry_delay(response: httpx.Response, retry: int, backoff: Backoff) -> float | None:
    """How long to wait before retrying after ``response``; None if it must not be retried."""
    status = response.status_code
    if status not in (408, 429) and status < 500:
        return None
    asked = retry_after(response.headers)
    if asked is None:
        return backoff.delay(retry)
    return asked if asked <= backoff.retry_after_cap else None


def retryable(exc: httpx.RequestError) -> bool:
    """A broken or refused connection, a timeout, a garbled reply: worth another try. A request
    httpx could not write (a header it refuses) or an unsupported URL fails the same way again."""
    return isinstance(exc, (httpx.TransportError, httpx.DecodingError)) and not isinstance(
        exc, (httpx.UnsupportedProtocol, httpx.LocalProtocolError)
    )
