"""OPML, the file format feed readers use to exchange subscription lists: read an import, write an export."""

from __future__ import annotations

import xml.etree.ElementTree as ET
from dataclasses import dataclass
from email.utils import format_datetime

from bot.i18n import _
from storage.models import utcnow

MAX_OPML_BYTES = 2_000_000


class OpmlError(ValueError):
    """The document cannot be read as OPML; the message says why in plain language."""


@dataclass(frozen=True)
class OpmlFeed:
    """One feed listed in an OPML document."""

    url: str
    title: str | None


def parse_opml(document: bytes) -> list[OpmlFeed]:
    """The feeds an OPML document lists (outlines with an xmlUrl, at any depth), in document order.

    Documents declaring entities are refused, so an entity-expansion bomb is never expanded.
    """
    if len(document) > MAX_OPML_BYTES:
        raise OpmlError(_("the file is larger than {size} MB").format(size=MAX_OPML_BYTES // 1_000_000))
    if b"<!ENTITY" in document or b"<!entity" in document:
        raise OpmlError(_("the file declares XML entities, which are not allowed in an OPML feed list"))
    try:
        root = ET.fromstring(document)
    except ET.ParseError as error:
        raise OpmlError(_("it is not well-formed XML ({error})").format(error=error)) from None
    if root.tag.lower() != "opml":
        raise OpmlError(_("it is XML but not OPML (its root element is <{tag}>, expected <opml>)").format(tag=root.tag))
    feeds = []
    for outline in root.iter("outline"):
        url = (outline.get("xmlUrl") or outline.get("xmlurl") or "").strip()
        if url:
            title = (outline.get("title") or outline.get("text") or "").strip() or None
            feeds.append(OpmlFeed(url, title))
    return feeds


def build_opml(feeds: list[OpmlFeed], title: str) -> bytes:
    """An OPML 2.0 document listing `feeds`."""
    root = ET.Element("opml", version="2.0")
    head = ET.SubElement(root, "head")
    ET.SubElement(head, "title").text = title
    ET.SubElement(head, "dateCreated").text = format_datetime(utcnow())
    body = ET.SubElement(root, "body")
    for feed in feeds:
        label = feed.title or feed.url
        ET.SubElement(body, "outline", type="rss", text=label, title=label, xmlUrl=feed.url)
    ET.indent(root)
    document: bytes = ET.tostring(root, encoding="utf-8", xml_declaration=True)  # typeshed: Any for a named encoding
    return document
