"""One options object shared by the CLI, the library and the web app."""

from __future__ import annotations

import dataclasses
import os
from pathlib import Path

MAX_INPUT_BYTES = 20_000_000
"""Largest single input read (bytes, after decompression); larger inputs are refused with a message naming it."""
FETCH_TIMEOUT = 20.0
"""Seconds a URL's server may stay silent (per read; a whole fetch gets three times this)."""
FETCH_CONCURRENCY = 4
"""URLs fetched at the same time: enough to hide latency, few enough not to hammer one site."""
CACHE_MAX_AGE_HOURS = 168.0
"""A cached page older than this is fetched again: news pages are corrected and updated within days."""


@dataclasses.dataclass(frozen=True, slots=True, kw_only=True)
class Options:
    """Settings for reading, fetching and comparing articles."""

    max_bytes: int = MAX_INPUT_BYTES
    allow_private: bool = False  # fetch from loopback/private addresses (tests and trusted local use only)
    use_cache: bool = True  # keep fetched pages in the on-disk cache
    cache_dir: str | None = None
    cache_max_age_hours: float = CACHE_MAX_AGE_HOURS
    timeout: float = FETCH_TIMEOUT
    concurrency: int = FETCH_CONCURRENCY
    seed: int = 0
    now: str | None = None  # fixed timestamp for byte-identical reports (tests, reproducible runs)


def data_dir() -> Path:
    """The user data directory (cache, library database): ``$STORYLENS_HOME`` or ``~/.local/share/storylens``."""
    home = os.environ.get("STORYLENS_HOME")
    if home:
        return Path(home)
    base = os.environ.get("XDG_DATA_HOME") or str(Path.home() / ".local" / "share")
    return Path(base) / "storylens"
