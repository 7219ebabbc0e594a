"""Tests of pipeline.ingest.decode."""

import pytest

from pipeline.ingest.decode import BinaryContentError, decode_bytes, looks_binary


def test_utf8_with_bom_loses_the_bom() -> None:
    """A UTF-8 byte-order mark is not part of the text."""
    assert decode_bytes("Kabul".encode("utf-8-sig")) == ("Kabul", "utf-8")


def test_windows_1252_bytes_are_decoded() -> None:
    """Text that is not UTF-8 is read as Windows-1252 (curly quotes survive)."""
    text, encoding = decode_bytes("The army’s “operation” in Bogotá".encode("cp1252"))
    assert text == "The army’s “operation” in Bogotá"
    assert encoding == "cp1252"


def test_latin1_only_bytes_fall_back() -> None:
    """Bytes undefined in cp1252 still decode (as Latin-1)."""
    text, encoding = decode_bytes(b"caf\xe9 \x81")
    assert text.startswith("café")
    assert encoding in {"cp1252", "latin-1"}


def test_binary_data_is_refused() -> None:
    """A binary file renamed .txt is recognised as binary."""
    png = b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256))
    assert looks_binary(png)
    with pytest.raises(BinaryContentError):
        decode_bytes(png)


def test_plain_text_is_not_binary() -> None:
    """Ordinary text with tabs and newlines is not mistaken for binary."""
    assert not looks_binary(b"Line one\n\tLine two\r\n")
