"""`solidarity-bot preview`: the stories found, as a subscriber would see them."""

from __future__ import annotations

import argparse
from typing import TextIO

from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from bot.config import Config
from bot.ingest import source_label
from storage.stories import cluster_representatives


async def render_preview(
    sessions: async_sessionmaker[AsyncSession], config: Config, args: argparse.Namespace, out: TextIO
) -> int:
    """Print each story cluster found: headline, source, date and the opening of the text."""
    async with sessions() as session:
        stories = await cluster_representatives(session, limit=args.limit)
        for story in stories:
            await session.refresh(story, ["source"])
            date = story.published_at.date().isoformat() if story.published_at else "undated"
            print(f"■ {story.title or '(untitled)'}", file=out)
            print(f"  {source_label(story.source)} · {date}", file=out)
            print(f"  {story.text[:280]}{'…' if len(story.text) > 280 else ''}", file=out)
            print(file=out)
    print(f"{len(stories)} stories", file=out)
    return 0
