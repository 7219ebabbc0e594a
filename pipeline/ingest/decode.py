"""Turning file bytes into text: BOM, UTF-8, Windows-1252/Latin-1, and binary detection.

Inbox files come from scrapers and exports we did not write. UTF-8 is tried
first (with or without a BOM); text that is not valid UTF-8 is decoded as
Windows-1252, the de facto encoding of "Latin-1" files on the web; bytes that
look like a binary file are refused rather than turned into noise.
"""

from __future__ import annotations

_BOMS = (
    (b"\xef\xbb\xbf", "utf-8"),
    (b"\xff\xfe", "utf-16-le"),
    (b"\xfe\xff", "utf-16-be"),
)
# Control bytes that never occur in text files (tab, newline, carriage return,
# form feed and escape are allowed).
_BINARY_BYTES = bytes(b for b in range(32) if b not in (9, 10, 12, 13, 27))


class BinaryContentError(ValueError):
    """The bytes are not text."""


def looks_binary(data: bytes) -> bool:
    """True when a sample of `data` holds NUL bytes or many control characters."""
    sample = data[:8192]
    if not sample:
        return False
    if b"\x00" in sample:
        return True
    controls = len(sample) - len(sample.translate(None, _BINARY_BYTES))  # one pass over the sample
    return controls / len(sample) > 0.05


def decode_bytes(data: bytes) -> tuple[str, str]:
    """(text, encoding name) of file bytes; raises BinaryContentError for binary data."""
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            return data[len(bom) :].decode(encoding, errors="replace"), encoding
    if looks_binary(data):
        raise BinaryContentError("binary content, not text")
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        pass
    # cp1252 leaves five bytes undefined; latin-1 maps every byte, so fall back to it for those.
    try:
        return data.decode("cp1252"), "cp1252"
    except UnicodeDecodeError:
        return data.decode("latin-1"), "latin-1"
