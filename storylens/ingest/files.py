"""Read local inputs: files, directories and globs of .txt/.md/.html/.htm (optionally .gz) and .jsonl."""

from __future__ import annotations

from pathlib import Path

from storylens.options import Options
from storylens.records import Note, Source


def read_inputs(inputs: list[str], options: Options) -> tuple[list[Source], list[Note]]:
    """Expand ``inputs`` into sources; unreadable inputs become notes so the others are still processed."""
    sources: list[Source] = []
    notes: list[Note] = []
    for item in inputs:
        path = Path(item)
        files = sorted(p for p in path.iterdir() if p.is_file()) if path.is_dir() else [path]
        for f in files:
            if not f.exists():
                notes.append(Note(level="error", message=f"{f}: no such file or directory", source=str(f)))
                continue
            text = f.read_text(encoding="utf-8")
            kind = "html" if f.suffix in (".html", ".htm") else "text"
            sources.append(Source(source=str(f), content=text, kind=kind))
    return sources, notes
