"""`solidarity-bot preview`: the alerts as a subscriber would get them, printed as plain text.

The stories are tagged and routed with the real pipeline (bot/routing/route.py) to a preview subscriber
who follows the given interests (`--country`, `--union`, `--keyword`; with none, every topic the
stories are about), and each alert is composed exactly as delivery composes it (bot/compose/alert.py),
buttons included. All of that happens inside one database transaction that is rolled back at the
end: the preview subscriber, its alerts and the tags never reach the database (the stories that
`ingest` stored stay, and the running bot tags and routes them for real subscribers as usual).
"""

from __future__ import annotations

import argparse
from typing import Literal, TextIO

from bot.chats.campaigns import sync_config_campaigns
from bot.chats.discovered import followable_unions
from bot.compose.alert import compose_alert, topics_from_matched
from bot.config import Config
from bot.delivery.stories import active_campaigns, load_story_context
from bot.matching import UnionDirectory
from bot.matching.topics import Topic
from bot.routing.route import process_new_clusters
from bot.services import Services
from storage import routing as routing_queries
from storage import subscribers as subscriber_queries
from storage.db import Sessions, rolled_back_sessions
from storage.models import utcnow
from storage.stories import cluster_representatives

PREVIEW_CHAT_ID = -999_999_000_000_001  # never a real chat; the row is rolled back anyway
RULE = "─" * 60
FILTERED_WINDOW = 1000  # newest stories read when topics are given: --limit then counts the alerts shown


class PreviewError(Exception):
    """An interest that cannot be resolved; the message says why and what was meant."""


async def resolve_interests(args: argparse.Namespace, services: Services) -> list[Topic]:
    """--country / --union (discovered unions included) / --keyword as topics; PreviewError with suggestions
    for unknown input."""
    from bot.matching import parse_keyword_query, resolve

    directory = (await followable_unions(services)).directory
    interests: list[Topic] = []
    wanted: tuple[tuple[Literal["country", "union"], list[str]], ...] = (
        ("country", args.country or []), ("union", args.union or []),
    )
    for kind, values in wanted:
        for typed in values:
            found = resolve(typed, kind, unions=directory)
            if found.kind != kind or not found.value:
                message = f"--{kind} {typed!r}: {found.message}"
                if found.suggestions:
                    message += "\n  Try: " + "; ".join(
                        f"{suggestion.label} (--{suggestion.kind} {suggestion.value})" for suggestion in found.suggestions
                    )
                raise PreviewError(message)
            interests.append(Topic(kind, found.value, _short_label(kind, found.value, found.label or found.value, directory)))
    for query in args.keyword or []:
        if not parse_keyword_query(query).include:
            raise PreviewError(f"--keyword {query!r}: give at least one word to look for, e.g. --keyword \"strike -football\"")
        interests.append(Topic("keyword", query, query))
    return interests


def _short_label(kind: str, value: str, label: str, directory: UnionDirectory) -> str:
    """Country names as they are; unions by their directory name (the resolver adds acronym and country)."""
    if kind == "union":
        record = directory.get(value)
        if record is not None:
            return record.name
    return label


async def corpus_topics(scratch: Sessions, cluster_ids: list[int]) -> list[Topic]:
    """Every primary topic of these clusters, countries first, each once."""
    async with scratch() as session:
        rows = await routing_queries.primary_topics(session, cluster_ids)
    return sorted({Topic(kind, value, label) for kind, value, label in rows}, key=lambda t: (t.kind != "country", t.label))


async def _reset_clusters(scratch: Sessions, cluster_ids: list[int], *, retag: bool) -> None:
    async with scratch.begin() as session:
        await routing_queries.reset_clusters(session, cluster_ids, retag=retag)


def print_alert(number: int, total: int, text: str, buttons: list[str], action_note: str | None, out: TextIO) -> None:
    print(f"{RULE[:24]} alert {number} of {total} {RULE[:24]}", file=out)
    print(text, file=out)
    if buttons:
        print(file=out)
        for line in buttons:
            print(f"  {line}", file=out)
    if action_note:
        print(f"  action: {action_note}", file=out)
    print(file=out)


async def render_preview(
    sessions: Sessions, config: Config, args: argparse.Namespace, out: TextIO
) -> int:
    """Tag and route the stored stories to a preview subscriber and print each alert it would get."""
    services = Services(config=config, sessions=sessions)
    try:
        interests = await resolve_interests(args, services)
    except PreviewError as error:
        print(f"solidarity-bot preview: {error}", file=out)
        return 2
    tagger = await services.tagger()
    limit = max(1, int(getattr(args, "limit", 50) or 50))
    async with rolled_back_sessions(sessions) as scratch:
        async with scratch() as session:
            # With topics given, the limit counts the alerts shown, so a wider window of stories is read.
            window = max(limit, FILTERED_WINDOW) if interests else limit
            cluster_ids = [story.cluster_id for story in await cluster_representatives(session, limit=window)]
        if not cluster_ids:
            print("No stories stored yet: add feeds or corpus paths to the config (see config.example.toml).", file=out)
            return 0
        await sync_config_campaigns(scratch, config)
        await _reset_clusters(scratch, cluster_ids, retag=True)
        await process_new_clusters(scratch, tagger)
        if not interests:
            interests = await corpus_topics(scratch, cluster_ids)
            heading = "every topic the stories are about"
        else:
            heading = ", ".join(interest.display() for interest in interests)
        async with scratch.begin() as session:
            subscriber, _ = await subscriber_queries.get_or_create_subscriber(
                session, PREVIEW_CHAT_ID, "private", {"delivery_mode": "now", "created_at": utcnow()}
            )
            for interest in interests:
                await subscriber_queries.add_subscription(session, subscriber.id, interest.kind, interest.value, interest.label)
            subscriber_id = subscriber.id
        await _reset_clusters(scratch, cluster_ids, retag=False)
        await process_new_clusters(scratch, tagger)
        async with scratch() as session:
            alerts = (await routing_queries.queued_alerts(session, subscriber_id, cluster_ids))[-limit:]
            today = utcnow().date()
            campaigns = await active_campaigns(session, today)
            print(f"Preview: the alerts a subscriber following {heading} would get "
                  f"({len(alerts)} of {len(cluster_ids)} stories).", file=out)
            print(file=out)
            for number, alert in enumerate(alerts, start=1):
                context = await load_story_context(session, alert.story_id, campaigns, today)
                if context is None:
                    continue
                message = compose_alert(context.story, topics_from_matched(alert.matched), context.action, alert_id=alert.id)
                buttons = [button.describe() for row in message.buttons for button in row]
                note = context.action.describe() if context.action is not None else None
                print_alert(number, len(alerts), message.plain, buttons, note, out)
        if not alerts:
            print("None of the stories is about these topics. Try another --country or --union, a --keyword, "
                  "or no option at all to see every topic.", file=out)
    return 0
