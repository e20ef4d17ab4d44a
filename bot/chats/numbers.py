"""Numbers typed in the chat or carried in button data, read strictly.

`str.isdigit()` accepts "²" and "①", which `int()` then refuses, and a 30-digit number overflows the
database's integer columns (SQLite: 64 bits; PostgreSQL's primary keys: 32). Everything that reads
a number from people or from callback data goes through `parse_number`.
"""

from __future__ import annotations

__all__ = ["MAX_RECORD_ID", "parse_number"]

MAX_RECORD_ID = 2**31 - 1  # primary keys are 32-bit integers on PostgreSQL


def parse_number(text: str, maximum: int = MAX_RECORD_ID) -> int | None:
    """`text` as a whole number from 0 to `maximum` (ASCII digits only, nothing around them), else None."""
    if not text or not text.isascii() or not text.isdigit() or len(text) > len(str(maximum)):
        return None
    number = int(text)
    return number if number <= maximum else None
