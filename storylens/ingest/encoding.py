"""Decode the bytes of one input: BOMs first, then strict UTF-8, then charset-normalizer, with binary refused.

The order matters: a UTF-16 file without its BOM looks like binary (NUL bytes), so BOMs are checked before the
binary test; strict UTF-8 is tried before any guessing because charset-normalizer can mistake short UTF-8 texts
for other encodings.
"""

from __future__ import annotations

import codecs

from storylens.errors import InputError

_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32-le"),
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)
_CONTROL_OK = frozenset(b"\t\n\r\f\v\x1b")


def is_binary(data: bytes) -> bool:
    """True when ``data`` (without a BOM) looks like a binary file: NUL bytes or many control bytes."""
    sample = data[:8192]
    if b"\x00" in sample:
        return True
    controls = sum(1 for b in sample if b < 32 and b not in _CONTROL_OK)
    return controls > max(8, len(sample) // 100)


def decode_bytes(data: bytes, source: str) -> tuple[str, str]:
    """Decode ``data`` into text and the encoding's name; raise ``InputError`` for binary or undecodable data.

    1. a byte-order mark decides (UTF-8, UTF-16, UTF-32);
    2. binary data (NUL or control bytes) is refused;
    3. strict UTF-8;
    4. charset-normalizer's best guess, then cp1252 as a last resort for Western pages.
    """
    # 1.
    for bom, name in _BOMS:
        if data.startswith(bom):
            try:
                return data[len(bom) :].decode(name), name
            except UnicodeDecodeError:
                raise InputError(f"{source}: starts with a {name} byte-order mark but is not valid {name}") from None
    # 2.
    if is_binary(data):
        raise InputError(f"{source}: looks like a binary file, not text or HTML (give .txt, .md, .html or .jsonl)")
    # 3.
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        pass
    # 4.
    return _guess(data, source)


def _guess(data: bytes, source: str) -> tuple[str, str]:
    """charset-normalizer's guess, falling back to cp1252 (which decodes almost any byte) for Western text."""
    from charset_normalizer import from_bytes

    best = from_bytes(data).best()
    if best is not None and best.encoding:
        return str(best), best.encoding
    try:
        return data.decode("cp1252"), "cp1252"
    except UnicodeDecodeError:
        raise InputError(f"{source}: unknown text encoding (save it as UTF-8 and try again)") from None
