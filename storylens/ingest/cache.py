"""The on-disk fetch cache: one body file and one small JSON header per URL, keyed by the URL's SHA-256.

Re-runs of a comparison read pages from here instead of fetching them again; ``--no-cache`` bypasses it, and a
page older than ``--cache-max-age`` hours is fetched again (articles are corrected and updated).
Writes go to a temporary name first and are renamed into place, so a crash never leaves half a page.
"""

from __future__ import annotations

import dataclasses
import hashlib
import json
import os
import tempfile
import time
from pathlib import Path

from storylens.options import Options, data_dir


@dataclasses.dataclass(frozen=True, slots=True, kw_only=True)
class CachedPage:
    """A page as stored in the cache: the raw body and what is needed to decode it again."""

    final_url: str
    content_type: str
    charset: str | None
    body: bytes


@dataclasses.dataclass(frozen=True, slots=True)
class Cache:
    """A directory of cached pages."""

    root: Path
    max_age: float | None = None  # seconds; None keeps pages for ever

    @classmethod
    def for_options(cls, options: Options) -> Cache | None:
        """The cache the options ask for (``cache_dir`` or the user data dir), or None when caching is off."""
        if not options.use_cache:
            return None
        root = Path(options.cache_dir) if options.cache_dir else data_dir() / "cache"
        return cls(root, options.cache_max_age_hours * 3600)

    def _paths(self, url: str) -> tuple[Path, Path]:
        """The header and body paths for ``url`` (fanned out over 256 folders)."""
        key = hashlib.sha256(url.encode("utf-8")).hexdigest()
        folder = self.root / "pages" / key[:2]
        return folder / f"{key}.json", folder / f"{key}.body"

    def get(self, url: str) -> CachedPage | None:
        """The cached page for ``url``, or None (also when the entry is unreadable, expired or for another URL)."""
        head_path, body_path = self._paths(url)
        try:
            head = json.loads(head_path.read_text(encoding="utf-8"))
            if head.get("url") != url or self._expired(head):
                return None
            body = body_path.read_bytes()
        except (OSError, ValueError):
            return None
        return CachedPage(
            final_url=head["final_url"], content_type=head["content_type"], charset=head.get("charset"), body=body
        )

    def _expired(self, head: dict[str, object]) -> bool:
        """True when the entry is older than ``max_age`` (entries without a fetch time count as expired)."""
        fetched = head.get("fetched_at")
        if self.max_age is None:
            return False
        return not isinstance(fetched, (int, float)) or time.time() - fetched > self.max_age

    def put(self, url: str, *, final_url: str, content_type: str, charset: str | None, body: bytes) -> None:
        """Store a fetched page; a cache that cannot be written is skipped silently (the fetch still worked)."""
        head_path, body_path = self._paths(url)
        head = {"url": url, "final_url": final_url, "content_type": content_type, "charset": charset,
                "fetched_at": time.time()}  # fmt: skip
        try:
            head_path.parent.mkdir(parents=True, exist_ok=True)
            _write_atomic(body_path, body)
            _write_atomic(head_path, json.dumps(head).encode("utf-8"))
        except OSError:
            return


def _write_atomic(path: Path, data: bytes) -> None:
    """Write ``data`` to ``path`` through a temporary file in the same folder."""
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=".tmp-")
    try:
        with os.fdopen(fd, "wb") as out:
            out.write(data)
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
