"""Fetch URLs with httpx: safety checks, redirects, retries, a size cap, charset decoding and the on-disk cache.

Every failure becomes a ``Fetched`` with an ``error`` message (never an exception), so one bad URL never stops
the others. Fetches run concurrently on an ``httpx.AsyncClient`` bounded by ``Options.concurrency``.
"""

from __future__ import annotations

import asyncio
import codecs
import dataclasses
import email.utils
import ipaddress
import re
import socket
import time
from collections.abc import Sequence
from urllib.parse import urljoin, urlsplit

import httpx

from storylens import __version__
from storylens.ingest.cache import Cache
from storylens.options import Options

USER_AGENT = f"storylens/{__version__} (+https://github.com/storylens/storylens)"
PAGE_TYPES = frozenset({"text/html", "application/xhtml+xml", "text/plain"})
FEED_TYPES = frozenset(
    {"application/rss+xml", "application/atom+xml", "application/rdf+xml", "application/xml", "text/xml"}
)
RETRY_STATUSES = frozenset({429, 500, 502, 503, 504})
REDIRECT_STATUSES = frozenset({301, 302, 303, 307, 308})


@dataclasses.dataclass(frozen=True, slots=True, kw_only=True)
class FetchPolicy:
    """How hard to try: retries with exponential backoff, the Retry-After cap, the redirect limit."""

    retries: int = 3
    backoff_base: float = 0.5  # seconds before the first retry, doubled each time (tests pass a tiny value)
    retry_after_cap: float = 10.0  # never sleep longer than this for a server's Retry-After
    max_redirects: int = 5


@dataclasses.dataclass(frozen=True, slots=True, kw_only=True)
class Fetched:
    """The outcome of fetching one URL: the decoded body, or an ``error`` that says what went wrong."""

    url: str  # as given
    final_url: str | None = None
    content_type: str | None = None
    text: str = ""
    error: str | None = None
    from_cache: bool = False

    @property
    def is_feed(self) -> bool:
        """True when the body is an RSS/Atom/RDF feed (by content type or by its first tag)."""
        return self.error is None and (
            self.content_type in FEED_TYPES - {"application/xml", "text/xml"} or looks_like_feed(self.text[:2000])
        )

    @property
    def kind(self) -> str:
        """``"html"`` or ``"text"``, the ``Source.kind`` of this body."""
        return "text" if self.content_type == "text/plain" and not looks_like_html(self.text) else "html"


class _Refused(Exception):
    """Internal: a fetch stopped for a reason that is already a user-facing message."""


def fetch_all(urls: Sequence[str], options: Options, policy: FetchPolicy = FetchPolicy()) -> dict[str, Fetched]:
    """Fetch every distinct URL of ``urls`` concurrently; the result maps each URL (as given) to its outcome."""
    distinct = list(dict.fromkeys(urls))
    if not distinct:
        return {}
    results = asyncio.run(_fetch_many(distinct, options, policy))
    return dict(zip(distinct, results, strict=True))


async def _fetch_many(urls: list[str], options: Options, policy: FetchPolicy) -> list[Fetched]:
    """Run the fetches on one client, at most ``options.concurrency`` at a time."""
    gate = asyncio.Semaphore(max(1, options.concurrency))
    cache = Cache.for_options(options)
    timeout = httpx.Timeout(options.timeout)
    headers = {"User-Agent": USER_AGENT, "Accept": "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.5"}
    async with httpx.AsyncClient(timeout=timeout, headers=headers, follow_redirects=False, trust_env=False) as client:

        async def one(url: str) -> Fetched:
            async with gate:
                return await fetch_one(client, url, options, policy, cache)

        return await asyncio.gather(*(one(u) for u in urls))


async def fetch_one(
    client: httpx.AsyncClient, url: str, options: Options, policy: FetchPolicy, cache: Cache | None
) -> Fetched:
    """Fetch one URL: check it, use the cache, else download with retries; errors are returned, not raised.

    1. refuse non-http(s) schemes and private addresses (unless allowed);
    2. answer from the cache when it holds this URL;
    3. download (redirects checked hop by hop, retries on 429/5xx), decode, and store in the cache.
    """
    try:
        # 1.
        await check_url(url, options)
        # 2.
        if cache is not None and (hit := cache.get(url)) is not None:
            return Fetched(
                url=url,
                final_url=hit.final_url,
                content_type=hit.content_type,
                text=decode_body(hit.body, hit.charset),
                from_cache=True,
            )
        # 3.
        final_url, content_type, charset, body = await _with_retries(client, url, options, policy)
    except _Refused as exc:
        return Fetched(url=url, error=str(exc))
    if cache is not None:
        cache.put(url, final_url=final_url, content_type=content_type, charset=charset, body=body)
    return Fetched(url=url, final_url=final_url, content_type=content_type, text=decode_body(body, charset))


async def check_url(url: str, options: Options) -> None:
    """Refuse URLs that are not http(s), and hosts resolving to private/loopback/link-local addresses."""
    parts = urlsplit(url)
    if parts.scheme.lower() not in ("http", "https"):
        scheme = parts.scheme or "no scheme"
        raise _Refused(f"refused: only http and https URLs are fetched, not {scheme}")
    if not parts.hostname:
        raise _Refused("refused: the URL has no host name")
    if options.allow_private:
        return
    try:
        port = parts.port or (443 if parts.scheme == "https" else 80)
        infos = await asyncio.get_running_loop().getaddrinfo(parts.hostname, port, type=socket.SOCK_STREAM)
    except (socket.gaierror, UnicodeError, ValueError) as exc:
        raise _Refused(f"cannot resolve host {parts.hostname} ({exc})") from None
    for info in infos:
        address = ipaddress.ip_address(str(info[4][0]).split("%")[0])
        if isinstance(address, ipaddress.IPv6Address) and address.ipv4_mapped:
            address = address.ipv4_mapped
        if not address.is_global or address.is_multicast:
            raise _Refused(
                f"refused: {parts.hostname} resolves to the {_address_kind(address)} address {address} "
                "(use --allow-private to fetch from private addresses)"
            )


def _address_kind(address: ipaddress.IPv4Address | ipaddress.IPv6Address) -> str:
    """A word for why an address is not public."""
    for attr in ("is_loopback", "is_link_local", "is_private", "is_multicast", "is_unspecified"):
        if getattr(address, attr):
            return attr[3:].replace("_", "-")
    return "non-public"


async def _with_retries(
    client: httpx.AsyncClient, url: str, options: Options, policy: FetchPolicy
) -> tuple[str, str, str | None, bytes]:
    """Download with exponential backoff on 429/5xx, honouring Retry-After up to the policy's cap."""
    for attempt in range(policy.retries + 1):
        try:
            # A whole-attempt deadline too: httpx's timeout is per read, so a server trickling bytes evades it.
            return await asyncio.wait_for(_follow(client, url, options, policy), timeout=options.timeout * 3)
        except _Retry as exc:
            if attempt == policy.retries:
                raise _Refused(f"HTTP {exc.status} after {policy.retries + 1} attempts") from None
            delay = policy.backoff_base * 2**attempt
            if exc.retry_after is not None:
                delay = min(max(exc.retry_after, delay), policy.retry_after_cap)
            await asyncio.sleep(delay)
        except (TimeoutError, httpx.TimeoutException):
            raise _Refused(f"timed out after {options.timeout:g} s (the server is too slow)") from None
        except httpx.HTTPError as exc:
            raise _Refused(f"network error: {exc.__class__.__name__} {exc}".strip()) from None
    raise AssertionError("unreachable")


class _Retry(Exception):
    """Internal: a status worth retrying, with the server's Retry-After in seconds if it sent one."""

    def __init__(self, status: int, retry_after: float | None) -> None:
        super().__init__(status)
        self.status, self.retry_after = status, retry_after


async def _follow(
    client: httpx.AsyncClient, url: str, options: Options, policy: FetchPolicy
) -> tuple[str, str, str | None, bytes]:
    """Follow redirects by hand (each hop re-checked), then stream the final body under the size cap."""
    seen = [url]
    current = url
    while True:
        async with client.stream("GET", current) as response:
            if response.status_code in REDIRECT_STATUSES and "location" in response.headers:
                target = urljoin(current, response.headers["location"])
            else:
                return await _read_response(response, current, options)
        if target in seen:
            raise _Refused(f"redirect loop: {target} redirects back to itself (after {len(seen)} hops)")
        if len(seen) > policy.max_redirects:
            raise _Refused(f"too many redirects (more than {policy.max_redirects})")
        await check_url(target, options)
        seen.append(target)
        current = target


async def _read_response(response: httpx.Response, url: str, options: Options) -> tuple[str, str, str | None, bytes]:
    """Check status and content type, then read the body without ever holding more than the cap."""
    if response.status_code in RETRY_STATUSES:
        raise _Retry(response.status_code, parse_retry_after(response.headers.get("retry-after")))
    if response.status_code != 200:
        reason = response.reason_phrase or ""
        raise _Refused(f"HTTP {response.status_code} {reason}".strip())
    content_type, charset = parse_content_type(response.headers.get("content-type"))
    if content_type and content_type not in PAGE_TYPES | FEED_TYPES:
        raise _Refused(f"not an HTML page ({content_type})")
    declared = response.headers.get("content-length", "")
    if declared.isdigit() and int(declared) > options.max_bytes:
        raise _Refused(_too_large(int(declared), options))
    chunks, size = [], 0
    async for chunk in response.aiter_bytes():
        size += len(chunk)
        if size > options.max_bytes:
            raise _Refused(_too_large(size, options, more=True))
        chunks.append(chunk)
    return str(response.url), content_type or "text/html", charset, b"".join(chunks)


def _too_large(size: int, options: Options, *, more: bool = False) -> str:
    """The message for a body over the cap."""
    amount = f"more than {options.max_bytes:,}" if more else f"{size:,}"
    return f"too large ({amount} bytes; the limit is {options.max_bytes:,}, raise it with --max-bytes)"


def parse_retry_after(value: str | None) -> float | None:
    """Seconds from a Retry-After header (a number of seconds or an HTTP date), or None."""
    if not value:
        return None
    value = value.strip()
    if value.isdigit():
        return float(value)
    try:
        when = email.utils.parsedate_to_datetime(value)
    except (TypeError, ValueError):
        return None
    return max(0.0, when.timestamp() - time.time())


def parse_content_type(header: str | None) -> tuple[str | None, str | None]:
    """``("text/html", "utf-8")`` from a Content-Type header; either part may be None."""
    if not header:
        return None, None
    mime, _, params = header.partition(";")
    match = re.search(r"charset\s*=\s*[\"']?([\w.:-]+)", params, re.I)
    return mime.strip().lower() or None, match.group(1).lower() if match else None


_META_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([\w.:-]+)""", re.I)
_LATIN = frozenset({"latin-1", "iso8859-1", "cp1252"})


def decode_body(body: bytes, declared: str | None) -> str:
    """Decode a page: the declared charset, else its ``<meta charset>``, else detection; never fails.

    A declared charset that does not fit the bytes (utf-8 said, cp1252 sent) is dropped for the next candidate;
    a latin-1/cp1252 label on bytes that are valid UTF-8 is treated as the usual mislabel and read as UTF-8.
    """
    meta = _META_CHARSET.search(body[:4096])
    candidates = [declared, meta.group(1).decode("ascii", "replace") if meta else None]
    for name in candidates:
        codec = _codec_name(name)
        if codec is None:
            continue
        if codec in _LATIN and not body.isascii():
            try:
                return body.decode("utf-8")
            except UnicodeDecodeError:
                pass
        try:
            return body.decode(codec)
        except UnicodeDecodeError:
            continue
    return _detect(body)


def _codec_name(name: str | None) -> str | None:
    """Python's codec name for a charset label (latin-1 read as cp1252, as browsers do), or None if unknown."""
    if not name:
        return None
    try:
        codec = codecs.lookup(name).name
    except LookupError:
        return None
    return "cp1252" if codec in ("latin-1", "iso8859-1", "ascii") else codec


_NON_LATIN = frozenset(
    {
        "Russian",
        "Ukrainian",
        "Bulgarian",
        "Belarusian",
        "Serbian",
        "Macedonian",
        "Kazakh",
        "Greek",
        "Hebrew",
        "Arabic",
        "Farsi",
        "Thai",
        "Japanese",
        "Chinese",
        "Korean",
        "Hindi",
    }
)


def _detect(body: bytes) -> str:
    """UTF-8 if it fits, else the detected charset, else cp1252 with replacements.

    On short Western texts charset-normalizer's ranking among single-byte code pages is close to a coin toss
    (cp775, cp1250, mac_iceland...), so unless it sees a non-Latin script, cp1252 is used: by far the most
    common undeclared or mis-declared charset of English and Western European news pages.
    """
    try:
        return body.decode("utf-8")
    except UnicodeDecodeError:
        pass
    from charset_normalizer import from_bytes

    best = from_bytes(body[:200_000]).best()
    if best is not None and best.language in _NON_LATIN:
        return body.decode(best.encoding, errors="replace")
    try:
        return body.decode("cp1252")
    except UnicodeDecodeError:
        return body.decode(best.encoding if best is not None else "cp1252", errors="replace")


def looks_like_feed(head: str) -> bool:
    """True when a document's start is an RSS, Atom or RDF feed root element."""
    return re.search(r"<(rss|feed|rdf:RDF)[\s>]", head.lstrip()[:2000], re.I) is not None


def looks_like_html(head: str) -> bool:
    """True when text looks like HTML markup rather than plain prose."""
    return re.search(r"<(!doctype html|html|head|body|p|div|article)[\s>]", head[:4096], re.I) is not None
