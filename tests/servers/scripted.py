"""A real HTTP server on 127.0.0.1 that answers from a script and records every request.

Tests queue the replies (a status, headers and body, after an optional delay, raw bytes
that aren't HTTP, or a function that writes the reply itself: a slow drip, an endless body)
and then read what the client sent, down to the request line as it came over the wire.
"""

from __future__ import annotations

import contextlib
import json
import threading
import time
from collections import deque
from collections.abc import Callable
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any, BinaryIO
from urllib.parse import parse_qsl, urlsplit


@dataclass
class Reply:
    status: int = 200
    body: Any = b""  # bytes as they are, str as UTF-8, anything else as JSON
    headers: dict[str, str] = field(default_factory=dict)
    delay: float = 0.0  # seconds to wait before answering
    raw: bytes | None = None  # sent instead of an HTTP response
    writer: Callable[[BinaryIO], None] | None = None  # writes the whole reply (status line on) itself

    def encoded_body(self) -> bytes:
        if isinstance(self.body, bytes):
            return self.body
        if isinstance(self.body, str):
            return self.body.encode()
        return json.dumps(self.body).encode()


@dataclass
class Received:
    method: str
    path: str  # without the query
    query: list[tuple[str, str]]
    headers: dict[str, str]  # names in lower case
    body: bytes
    header_list: list[tuple[str, str]] = field(default_factory=list)  # every header as sent, repeats too
    request_line: str = ""  # "GET /v1/images/%2E%2E HTTP/1.1", exactly as it came


class ScriptedServer:
    def __init__(self) -> None:
        self._replies: deque[Reply] = deque()
        self.received: list[Received] = []
        self._lock = threading.Lock()
        server = self

        class Handler(BaseHTTPRequestHandler):
            def handle_one(self) -> None:
                length = int(self.headers.get("Content-Length") or 0)
                parts = urlsplit(self.path)
                received = Received(
                    self.command,
                    parts.path,
                    parse_qsl(parts.query, keep_blank_values=True),
                    {k.lower(): v for k, v in self.headers.items()},
                    self.rfile.read(length),
                    list(self.headers.items()),
                    self.requestline,
                )
                reply = server.next_reply(received)
                time.sleep(reply.delay)
                if reply.raw is not None:
                    self.wfile.write(reply.raw)
                    return
                if reply.writer is not None:
                    self.close_connection = True
                    with contextlib.suppress(OSError):  # the client stopped reading and left: what these test
                        reply.writer(self.wfile)
                    return
                body = reply.encoded_body()
                self.send_response(reply.status)
                for name, value in {"Content-Type": "application/json", **reply.headers}.items():
                    self.send_header(name, value)
                self.send_header("Content-Length", str(len(body)))
                self.end_headers()
                self.wfile.write(body)

            do_GET = do_POST = do_PUT = do_PATCH = do_DELETE = do_HEAD = do_OPTIONS = handle_one

            def log_message(self, format: str, *args: Any) -> None:
                pass

        class Server(ThreadingHTTPServer):
            daemon_threads = True

            def handle_error(self, request: Any, client_address: Any) -> None:
                pass  # a client that timed out and left: expected here

        self._server = Server(("127.0.0.1", 0), Handler)
        self._thread = threading.Thread(target=self._server.serve_forever, daemon=True)

    @property
    def url(self) -> str:
        host, port = self._server.server_address[:2]
        return f"http://{host!s}:{port}"

    def script(self, *replies: Reply) -> None:
        """Queue replies, answered in order; a request with none left gets a 599."""
        with self._lock:
            self._replies.extend(replies)

    def next_reply(self, received: Received) -> Reply:
        with self._lock:
            self.received.append(received)
            return self._replies.popleft() if self._replies else Reply(599, {"error": "no reply scripted"})

    def reset(self) -> None:
        with self._lock:
            self._replies.clear()
            self.received.clear()

    def __enter__(self) -> ScriptedServer:
        self._thread.start()
        return self

    def __exit__(self, *exc_info: object) -> None:
        self._server.shutdown()
        self._server.server_close()
