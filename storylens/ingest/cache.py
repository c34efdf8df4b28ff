"""The on-disk fetch cache: one body file and one small JSON header per URL, keyed by the URL's SHA-256.

Re-runs of a comparison read pages from here instead of fetching them again; ``--no-cache`` bypasses it.
Writes go to a temporary name first and are renamed into place, so a crash never leaves half a page.
"""

from __future__ import annotations

import dataclasses
import hashlib
import json
import os
import tempfile
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

    @classmethod
    def for_options(cls, options: Options) -> Cache | None:
        """The cache the options ask for (``cache_dir`` or the user data dir), or None when caching is off."""
        if not options.use_cache:
            return None
        return cls(Path(options.cache_dir) if options.cache_dir else data_dir() / "cache")

    def _paths(self, url: str) -> tuple[Path, Path]:
        """The header and body paths for ``url`` (fanned out over 256 folders)."""
        key = hashlib.sha256(url.encode("utf-8")).hexdigest()
        folder = self.root / "pages" / key[:2]
        return folder / f"{key}.json", folder / f"{key}.body"

    def get(self, url: str) -> CachedPage | None:
        """The cached page for ``url``, or None (also when the entry is unreadable or for another URL)."""
        head_path, body_path = self._paths(url)
        try:
            head = json.loads(head_path.read_text(encoding="utf-8"))
            if head.get("url") != url:
                return None
            body = body_path.read_bytes()
        except (OSError, ValueError):
            return None
        return CachedPage(
            final_url=head["final_url"], content_type=head["content_type"], charset=head.get("charset"), body=body
        )

    def put(self, url: str, *, final_url: str, content_type: str, charset: str | None, body: bytes) -> None:
        """Store a fetched page; a cache that cannot be written is skipped silently (the fetch still worked)."""
        head_path, body_path = self._paths(url)
        head = {"url": url, "final_url": final_url, "content_type": content_type, "charset": charset}
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
