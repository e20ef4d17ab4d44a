"""Group commit: many callers' database steps in one round trip.

Each caller submits its item and waits for its own answer; one flush at a time runs the whole batch that
gathered meanwhile. Under load many messages go out while a flush runs, so the next flush carries all
of them (one transaction for a batch instead of one per message); when idle, an item is flushed at
once, so nothing waits for a batch to fill.
"""

from __future__ import annotations

import asyncio
from collections.abc import Awaitable, Callable, Sequence
from typing import Generic, TypeVar

__all__ = ["Batcher"]

T = TypeVar("T")
R = TypeVar("R")


class Batcher(Generic[T, R]):
    """Runs `flush` on every item submitted while the previous flush ran; `flush` returns one answer per
    item, in order. At most `limit` items go in one flush."""

    def __init__(self, flush: Callable[[list[T]], Awaitable[Sequence[R]]], *, limit: int = 500) -> None:
        self._flush = flush
        self._limit = limit
        self._waiting: list[tuple[T, asyncio.Future[R]]] = []
        self._flusher: asyncio.Task[None] | None = None

    async def submit(self, item: T) -> R:
        """`item`'s answer, once the flush that carried it is done (its error, if that flush failed)."""
        future: asyncio.Future[R] = asyncio.get_running_loop().create_future()
        self._waiting.append((item, future))
        if self._flusher is None or self._flusher.done():
            self._flusher = asyncio.create_task(self._run())
        return await future

    async def _run(self) -> None:
        # A caller cancelled while it waits (a shutdown) does not cancel the flush that carries its item:
        # the others in the batch still get their answers.
        while self._waiting:
            batch, self._waiting = self._waiting[: self._limit], self._waiting[self._limit :]
            try:
                answers = await self._flush([item for item, _ in batch])
            except Exception as error:  # noqa: BLE001 - handed to every caller of this batch
                for _, future in batch:
                    if not future.done():
                        future.set_exception(error)
                continue
            for (_, future), answer in zip(batch, answers, strict=True):
                if not future.done():
                    future.set_result(answer)
