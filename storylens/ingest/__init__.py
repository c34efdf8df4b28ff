"""Stage 1, ingest: turn what the user gave (paths, globs, directories, JSONL, URLs, feeds, WARC files) into raw
``Source``s. ``router`` picks the reader for each input: ``files``, ``web`` (with ``cache``), ``feeds``, ``warc``.
"""

from storylens.ingest.router import read_inputs

__all__ = ["read_inputs"]
