"""Stage 1, ingest: turn what the user gave (paths, globs, directories, JSONL, later URLs) into raw ``Source``s."""

from storylens.ingest.files import read_inputs

__all__ = ["read_inputs"]
