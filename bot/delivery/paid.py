"""The paid-broadcast lane: alerts of campaigns an admin marked urgent (/urgentcampaign) go out with
python-telegram-bot's `allow_paid_broadcast=True`, which lets a bot send up to 1,000 messages a second
beyond the free limit of about 30, for 0.1 Telegram Star per message beyond it, taken from the bot's
balance (Bot API, sendMessage; Bots FAQ).

- Its own rate: `delivery.paid_messages_per_second` (at most 1,000), paced in each process by the sender's
  limiter and across the fleet by its own token bucket (bot/delivery/pacing.py); each chat's spacing and
  a 429 pause still hold for both lanes.
- Its budget: `delivery.paid_stars_budget`, never exceeded by the fleet. Each paid message reserves 0.1 Star
  in the database before it goes out (storage/paid.py; group commits, like the claim checks) and gives
  it back if it does not go out. Every message sent with the flag is counted at 0.1 Star, although
  Telegram bills only those beyond the free limit: the count is an upper bound of what was billed.
- When the budget is spent, urgent alerts go on through the free lane at the normal rate (never
  dropped), and the admins are told once per budget (whichever process first finds it spent).
"""

from __future__ import annotations

import logging
from collections.abc import Sequence

from bot.chats.language import chat_language
from bot.compose.alert import RenderedAlert, escape
from bot.config import DeliveryConfig
from bot.delivery.batch import Batcher
from bot.delivery.outcomes import in_transaction
from bot.delivery.sender import SENT, Sender
from bot.i18n import _, using_language
from storage import paid as paid_queries
from storage.db import Sessions

__all__ = ["PAID_MESSAGE_TENTHS", "PaidLane", "budget_spent_notice", "stars", "tenths_spent"]

logger = logging.getLogger(__name__)

PAID_MESSAGE_TENTHS = 1  # a paid broadcast message costs 0.1 Star: one tenth


def stars(tenths: int) -> str:
    """Tenths of a Star as Stars ("12.3")."""
    return f"{tenths / 10:g}"


def budget_spent_notice(budget_tenths: int) -> RenderedAlert:
    """What the admins are told when the paid-broadcast budget is spent."""
    text = _("⚠️ The paid-broadcast budget of {stars} Telegram Stars is spent. Alerts of urgent campaigns now go out "
             "at the normal rate, none is dropped. To send them faster again, raise delivery.paid_stars_budget in the "
             "config and restart the bot.").format(stars=stars(budget_tenths))
    return RenderedAlert(escape(text), text)


async def tenths_spent(sessions: Sessions) -> int:
    """Tenths of a Star the fleet's paid broadcasts have spent (reserved and not given back)."""
    return await in_transaction(sessions, "read the paid budget", paid_queries.tenths_spent)


class PaidLane:
    """Which alerts take the paid lane, and the fleet's Stars budget for them (see the module docstring)."""

    def __init__(self, sessions: Sessions, delivery: DeliveryConfig, admins: Sequence[int] = ()) -> None:
        self.sessions = sessions
        self.budget_tenths = int(round(delivery.paid_stars_budget * 10, 6))
        self.admins = tuple(admins)
        self._reservations: Batcher[int, bool] = Batcher(self._reserve)
        self._told = False

    async def reserve(self) -> bool:
        """Pay for one message from the budget (with the other messages about to go out: one statement for
        them all); False when the budget is spent."""
        return await self._reservations.submit(PAID_MESSAGE_TENTHS)

    async def _reserve(self, wanted: list[int]) -> list[bool]:
        granted = await in_transaction(self.sessions, "reserve paid broadcasts",
                                       lambda session: paid_queries.reserve(session, sum(wanted), self.budget_tenths))
        answers = []
        for tenths in wanted:
            answers.append(granted >= tenths)
            granted -= tenths if granted >= tenths else 0
        return answers

    async def refund(self) -> None:
        """Give back one message's reservation: it did not go out."""
        await in_transaction(self.sessions, "refund a paid broadcast", lambda session: paid_queries.refund(session, PAID_MESSAGE_TENTHS))

    async def spent(self, sender: Sender) -> None:
        """The budget is spent: tell the admins, if no process of the fleet has told them yet."""
        if self._told:
            return
        self._told = await in_transaction(self.sessions, "note the paid budget spent",
                                          lambda session: paid_queries.tell_once(session, self.budget_tenths))
        if not self._told:
            self._told = True  # another process told them
            return
        logger.warning("the paid-broadcast budget of %s Stars is spent: urgent alerts go out at the normal rate",
                       stars(self.budget_tenths))
        for admin in self.admins:
            with using_language(await chat_language(self.sessions, admin)):
                notice = budget_spent_notice(self.budget_tenths)
            outcome = await sender.send(admin, "private", notice)
            if outcome.status != SENT:
                logger.warning("could not tell admin %s the paid-broadcast budget is spent: %s", admin, outcome.error)
