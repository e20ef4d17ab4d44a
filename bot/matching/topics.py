"""What a chat follows and an alert matched: a country (ISO code), a union (directory id, or a discovered
union's "found:..." id) or a keyword query, with the label people see."""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from bot.i18n import country_name

__all__ = ["Topic", "flag"]


@lru_cache(maxsize=512)
def flag(code: str | None) -> str:
    """The flag emoji of an ISO 3166-1 alpha-2 code ('AZ' -> 🇦🇿); empty for anything else."""
    if not code or len(code) != 2 or not code.isascii() or not code.isalpha():
        return ""
    return "".join(chr(0x1F1E6 + ord(letter) - ord("A")) for letter in code.upper())


@dataclass(frozen=True)
class Topic:
    """A topic: kind (country | union | keyword), the value stored and matched, and the label people see.
    On an alert, `salience` says whether the story is about it ("primary") or only mentions it; in the
    subscribe menus, `discovered_number` is a discovered union's number (buttons carry it: found ids can be long)."""

    kind: str
    value: str
    label: str
    salience: str = "primary"
    discovered_number: int | None = None

    @property
    def name(self) -> str:
        """The label as shown in the current language: a country's name from CLDR, anything else as stored."""
        return country_name(self.value, self.label) if self.kind == "country" else self.label

    def display(self) -> str:
        """The name with its mark: a country's flag, ✊ for a union, 🔎 for keywords."""
        if self.kind == "country":
            mark = flag(self.value)
            return f"{mark} {self.name}" if mark else self.name
        if self.kind == "union":
            return f"✊ {self.label}"
        return f"🔎 {self.label}"
