"""A server on 127.0.0.1 whose replies the test writes piece by piece, for streamed responses and uploads.

The test sets ``respond(exchange)``: it writes the status and headers (``head``), then each piece
of the body when it likes (``write``, flushed at once), waiting on events the client side sets,
so a test can tell an item was handed over before the next was sent without timing anything.
``wait_closed`` blocks until the client has closed the connection. Request bodies sent in chunks
(Transfer-Encoding: chunked, an upload from an iterator) are read whole into ``bodies``.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any


class Exchange:
    def __init__(self, handler: BaseHTTPRequestHandler, body: bytes) -> None:
        self.handler = handler
        self.body = body
        self.path = handler.path

    def head(self, status: int, headers: dict[str, str]) -> None:
        self.handler.send_response(status)
        for name, value in {"Connection": "close", **headers}.items():
            self.handler.send_header(name, value)
        self.handler.end_headers()
        self.handler.wfile.flush()

    def write(self, data: bytes) -> None:
        self.handler.wfile.write(data)
        self.handler.wfile.flush()

    def wait_closed(self, seconds: float = 10.0) -> bool:
        """Whether the client closed the connection within ``seconds`` (it sends nothing more until then)."""
        self.handler.connection.settimeout(seconds)
        try:
            return self.handler.rfile.read(1) == b""
        except OSError:
            return False


class StreamServer:
    def __init__(self) -> None:
        self.respond: Callable[[Exchange], None]
        self.bodies: list[bytes] = []
        self.headers: list[dict[str, str]] = []
        self.errors: list[BaseException] = []
        self.reset()
        server = self

        class Handler(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"

            def handle_one(self) -> None:
                body = self._body()
                server.bodies.append(body)
                server.headers.append({k.lower(): v for k, v in self.headers.items()})
                self.close_connection = True
                try:
                    server.respond(Exchange(self, body))
                except OSError:
                    pass  # the client left: what some tests do
                except BaseException as exc:  # an assertion of the test's respond: shown by the test
                    server.errors.append(exc)

            def _body(self) -> bytes:
                if self.headers.get("Transfer-Encoding", "").lower() == "chunked":
                    out = b""
                    while size := int(self.rfile.readline().split(b";")[0].strip() or b"0", 16):
                        out += self.rfile.read(size)
                        self.rfile.readline()
                    self.rfile.readline()
                    return out
                return self.rfile.read(int(self.headers.get("Content-Length") or 0))

            do_GET = do_POST = do_PUT = handle_one

            def log_message(self, format: str, *args: Any) -> None:
                pass

        class Server(ThreadingHTTPServer):
            daemon_threads = True

            def handle_error(self, request: Any, client_address: Any) -> None:
                pass

        self._server = Server(("127.0.0.1", 0), Handler)
        self._thread = threading.Thread(target=self._server.serve_forever, daemon=True)

    def reset(self) -> None:
        """Forget what was received; answer 599 until told otherwise."""
        self.respond = lambda ex: ex.head(599, {"Content-Length": "0"})
        self.bodies.clear()
        self.headers.clear()
        self.errors.clear()

    @property
    def url(self) -> str:
        host, port = self._server.server_address[:2]
        return f"http://{host!s}:{port}"

    def __enter__(self) -> StreamServer:
        self._thread.start()
        return self

    def __exit__(self, *exc_info: object) -> None:
        self._server.shutdown()
        self._server.server_close()
