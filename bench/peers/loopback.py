"""Worker (runs in the bench venv): the generated client's overhead per request, on loopback.

    python -m bench.peers.loopback OUT.json [--quick] [--candidate DIR]

A small HTTP/1.1 server in a child process serves the Cycle Image envelope at every path
(127.0.0.1 only; it stops by itself after a few minutes). Three callers, timed round-robin
over keep-alive connections:
raw httpx (GET + json parse), raw httpx + the model decode, and Client.get_image.
"""

from __future__ import annotations

import json
import subprocess
import sys
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any

from .seeds import ROOT
from .timing import compare

CLIENT = ROOT / "generated" / "cycle_client" / "client.py"
IMAGE_ID = "651586fca6078e98982dbd90"
SERVER_LIFETIME = 300.0


def envelope() -> bytes:
    image = json.loads((ROOT / "tests" / "fixtures" / "cycle" / "Image.json").read_bytes())
    return json.dumps({"data": image}, separators=(",", ":")).encode()


def serve(port_file: str) -> None:
    body = envelope()
    head = f"HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: {len(body)}\r\n\r\n"
    response = head.encode() + body  # one write: split writes meet delayed ACKs (40 ms stalls)

    class Handler(BaseHTTPRequestHandler):
        protocol_version = "HTTP/1.1"
        disable_nagle_algorithm = True

        def do_GET(self) -> None:
            self.wfile.write(response)

        def log_message(self, *args: Any) -> None:
            pass

    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    server.daemon_threads = True
    Path(port_file).write_text(str(server.server_address[1]))
    deadline = time.monotonic() + SERVER_LIFETIME
    server.timeout = 1.0
    while time.monotonic() < deadline:
        server.handle_request()


def start_server(port_file: Path) -> tuple[subprocess.Popen[bytes], str]:
    port_file.unlink(missing_ok=True)
    child = subprocess.Popen([sys.executable, "-m", "bench.peers.loopback", "serve", str(port_file)], cwd=ROOT)
    for _ in range(200):
        if port_file.exists() and port_file.read_text():
            return child, f"http://127.0.0.1:{port_file.read_text()}"
        time.sleep(0.05)
    child.kill()
    raise RuntimeError("the loopback server did not start")


def measure(base_url: str, quick: bool, candidate: Path | None = None) -> dict[str, Any]:
    import httpx
    import orjson

    sys.path.insert(0, str(ROOT / "generated"))
    from cycle_client import ImageResponse, json_loads
    from cycle_client.client import Client

    url = f"{base_url}/v1/images/{IMAGE_ID}"
    # the headers the client sends (credentials, Accept), so every caller sends the same request
    headers = {"Accept": "application/json", "Authorization": "Bearer bench", "X-Hub-Id": "bench"}
    raw_http, decode_http = httpx.Client(headers=headers), httpx.Client(headers=headers)
    client = Client(base_url=base_url, token="bench", hub_id="bench")
    calls = {
        "raw httpx: GET + json parse": lambda: raw_http.get(url).json(),
        "raw httpx: GET + orjson parse": lambda: orjson.loads(raw_http.get(url).content),
        "raw httpx + ImageResponse.from_dict": lambda: ImageResponse.from_dict(
            json_loads(decode_http.get(url).content)
        ),
        "Client.get_image": lambda: client.get_image(image_id=IMAGE_ID),
    }
    if candidate:
        from importlib import import_module

        from .codecs import load_package

        load_package("cycle_client", candidate)
        other = import_module("candidate_cycle_client.client").Client(base_url=base_url, token="bench", hub_id="bench")
        calls["candidate Client.get_image"] = lambda: other.get_image(image_id=IMAGE_ID)
    got = client.get_image(image_id=IMAGE_ID)
    if got.data.id != IMAGE_ID:
        raise RuntimeError(f"get_image returned {got!r}")
    samples = compare(list(calls.values()), rounds=3 if quick else 9, target=0.05 if quick else 0.15)
    return {name: s.as_json() for name, s in zip(calls, samples, strict=True)}


def main(argv: list[str]) -> None:
    if argv[0] == "serve":
        serve(argv[1])
        return
    out_file, quick = argv[0], "--quick" in argv
    candidate = Path(argv[argv.index("--candidate") + 1]) if "--candidate" in argv else None
    if not CLIENT.exists():
        result: dict[str, Any] = {"skipped": "generated/cycle_client/client.py does not exist yet"}
    else:
        child, base_url = start_server(Path(out_file).with_suffix(".port"))
        try:
            result = {"cells": measure(base_url, quick, candidate)}
        except Exception as exc:
            result = {"skipped": f"the client could not be measured: {type(exc).__name__}: {exc}"}
        finally:
            child.kill()
            child.wait()
    Path(out_file).write_text(json.dumps(result, indent=1))
    print("  client: done", file=sys.stderr, flush=True)


if __name__ == "__main__":
    main(sys.argv[1:])
