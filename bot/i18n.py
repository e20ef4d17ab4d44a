"""The languages the bot speaks: gettext catalogs (Babel) and the language of the text being written.

Every text a person reads goes through `_` (or `ngettext` when it counts something). A text defined in a
table or a constant is marked with `N_` where it is written, so that `pybabel extract` finds it, and
translated with `_` where it is shown. `using_language(code)` sets the language for the code run inside
it in a context variable, not a global, so one process answers chats in different languages at once:
each update and each delivery runs in its own language. Outside any `using_language`: English.

The catalogs live in bot/locale/<code>/LC_MESSAGES/messages.po, compiled to messages.mo beside them
(README, "Languages", has the extract, update and compile commands).
"""

from __future__ import annotations

import contextvars
import functools
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from babel import Locale, UnknownLocaleError
from babel.support import NullTranslations, Translations

__all__ = [
    "DEFAULT_LANGUAGE",
    "DOMAIN",
    "LANGUAGES",
    "LOCALE_DIR",
    "N_",
    "_",
    "country_name",
    "current_language",
    "language_tag",
    "ngettext",
    "supported_language",
    "translations",
    "using_language",
]

LOCALE_DIR = Path(__file__).parent / "locale"
DOMAIN = "messages"
DEFAULT_LANGUAGE = "en"
# Each language with a complete catalog, by its own name (as the /language buttons show it).
LANGUAGES: dict[str, str] = {
    "en": "English",
    "es": "Español",
    "fr": "Français",
    "pt": "Português",
    "ru": "Русский",
    "ar": "العربية",
}

_language: contextvars.ContextVar[str] = contextvars.ContextVar("language", default=DEFAULT_LANGUAGE)


def language_tag(value: str | None) -> str | None:
    """A language tag's primary language, lower-cased ('pt-BR' -> 'pt', 'de_AT' -> 'de'); None when it is
    not a language code (empty, or anything but 2-3 letters)."""
    primary = (value or "").strip().replace("_", "-").split("-")[0].lower()
    return primary if 2 <= len(primary) <= 3 and primary.isascii() and primary.isalpha() else None


def supported_language(value: str | None) -> str:
    """The catalog for a language tag: its primary language when the bot speaks it, else English."""
    code = language_tag(value)
    return code if code in LANGUAGES else DEFAULT_LANGUAGE


@functools.cache
def translations(code: str) -> NullTranslations:
    """The compiled catalog of a supported language (English: the texts as written)."""
    if code == DEFAULT_LANGUAGE or code not in LANGUAGES:
        return NullTranslations()
    path = LOCALE_DIR / code / "LC_MESSAGES" / f"{DOMAIN}.mo"
    if not path.is_file():
        raise FileNotFoundError(f"the {code} catalog is not compiled: {path} is missing "
                                "(run pybabel compile -d bot/locale -D messages)")
    with path.open("rb") as file:
        return Translations(file, domain=DOMAIN)


def current_language() -> str:
    """The language being written now (a key of LANGUAGES)."""
    return _language.get()


@contextmanager
def using_language(code: str | None) -> Iterator[str]:
    """Write in this language (a tag; unknown or None: English) inside the block; yields the catalog's code."""
    token = _language.set(supported_language(code))
    try:
        yield _language.get()
    finally:
        _language.reset(token)


def _(message: str) -> str:
    """`message` in the current language (as written when the catalog has no translation)."""
    return translations(_language.get()).gettext(message)


def ngettext(singular: str, plural: str, count: int) -> str:
    """The form of a counted text that fits `count` in the current language (its own plural rules); the
    caller fills in the number, e.g. ngettext("{count} alert", "{count} alerts", n).format(count=n)."""
    return translations(_language.get()).ngettext(singular, plural, count)


def N_(message: str) -> str:
    """Mark a text for the catalogs without translating it yet (translate it with `_` where it is shown)."""
    return message


def country_name(code: str, fallback: str) -> str:
    """The name of a country (ISO 3166-1 alpha-2) in the current language, from CLDR; `fallback` (the
    directory's English name) in English, or when CLDR has none."""
    language = _language.get()
    if language == DEFAULT_LANGUAGE:
        return fallback
    return _territories(language).get(code.upper(), fallback)


@functools.cache
def _territories(language: str) -> dict[str, str]:
    try:
        return dict(Locale.parse(language).territories)
    except (UnknownLocaleError, ValueError):
        return {}
