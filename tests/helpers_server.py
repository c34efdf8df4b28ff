"""A real HTTP server on 127.0.0.1 for the fetch tests: routes written per test, requests counted per path."""

from __future__ import annotations

import collections
import contextlib
import http.server
import sys
import threading
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from typing import Any

Reply = tuple[int, dict[str, str], bytes]
"""What a route answers: status, headers, body."""

Route = Callable[["Request"], Reply]


@dataclass
class Request:
    """What a route sees of a request: its path, headers, and how many times this path was asked for so far."""

    path: str
    headers: dict[str, str]
    count: int


@dataclass
class LocalServer:
    """A threading HTTP server bound to 127.0.0.1 on a free port, with a table of routes."""

    routes: dict[str, Route | Reply] = field(default_factory=dict)
    hits: collections.Counter[str] = field(default_factory=collections.Counter)
    port: int = 0
    in_flight: int = 0
    peak: int = 0  # most requests handled at once
    lock: threading.Lock = field(default_factory=threading.Lock)

    def url(self, path: str) -> str:
        """The full URL of ``path`` on this server."""
        return f"http://127.0.0.1:{self.port}{path}"

    def answer(self, path: str, headers: dict[str, str]) -> Reply:
        """Count the request and run its route (404 when none)."""
        with self.lock:
            self.hits[path] += 1
            count = self.hits[path]
            self.in_flight += 1
            self.peak = max(self.peak, self.in_flight)
        try:
            route = self.routes.get(path)
            if route is None:
                return 404, {"Content-Type": "text/html"}, b"<html><body><p>not found</p></body></html>"
            if callable(route):
                return route(Request(path=path, headers=headers, count=count))
            return route
        finally:
            with self.lock:
                self.in_flight -= 1


def html_page(title: str, paragraphs: list[str]) -> bytes:
    """A simple article page wrapping ``paragraphs`` in ``<p>`` tags."""
    body = "".join(f"<p>{p}</p>\n" for p in paragraphs)
    return (
        f"<!DOCTYPE html><html><head><meta charset='utf-8'><title>{title}</title></head>"
        f"<body><article><h1>{title}</h1>\n{body}</article></body></html>"
    ).encode()


def slow(seconds: float, reply: Reply) -> Route:
    """A route that waits ``seconds`` before answering."""

    def route(request: Request) -> Reply:
        time.sleep(seconds)
        return reply

    return route


def _make_handler(server: LocalServer) -> type[http.server.BaseHTTPRequestHandler]:
    """A request handler class bound to ``server``'s routes."""

    class Handler(http.server.BaseHTTPRequestHandler):
        protocol_version = "HTTP/1.1"

        def do_GET(self) -> None:  # the name http.server calls
            status, headers, body = server.answer(self.path, dict(self.headers))
            try:
                self.send_response(status)
                for name, value in headers.items():
                    if value != "none":
                        self.send_header(name, value)
                if "Content-Length" not in headers:
                    self.send_header("Content-Length", str(len(body)))
                elif headers["Content-Length"] == "none":  # no length: the body ends when the connection closes
                    self.close_connection = True
                self.end_headers()
                self.wfile.write(body)
            except (BrokenPipeError, ConnectionResetError):
                pass  # the client gave up first (timeout and size-cap tests): expected

        def log_message(self, format: str, *args: object) -> None:
            """Keep test output quiet."""

    return Handler


class _QuietServer(http.server.ThreadingHTTPServer):
    """A test server that does not print a traceback when a client drops a connection it was told to drop."""

    def handle_error(self, request: Any, client_address: Any) -> None:
        if not isinstance(sys.exc_info()[1], ConnectionError):
            super().handle_error(request, client_address)


@contextlib.contextmanager
def serve() -> Iterator[LocalServer]:
    """Run a ``LocalServer`` in a background thread for the duration of the block."""
    server = LocalServer()
    httpd = _QuietServer(("127.0.0.1", 0), _make_handler(server))
    httpd.daemon_threads = True
    server.port = httpd.server_address[1]
    thread = threading.Thread(target=httpd.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True)
    thread.start()
    try:
        yield server
    finally:
        httpd.shutdown()
        httpd.server_close()
