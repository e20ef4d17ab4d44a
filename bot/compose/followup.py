"""Campaign follow-up layout: the short message a chat gets when a campaign it heard of is won, closed or
updated. A pure function: no database, no Telegram."""

from __future__ import annotations

from bot.chats.campaigns import CLOSED, UPDATED, WON, Action, CampaignInfo, action_for_subscriber
from bot.compose.alert import Button, RenderedAlert, escape, shorten
from bot.i18n import _

MAX_NOTE_CHARS = 600


def compose_followup(campaign: CampaignInfo, status: str, note: str, language: str | None, public_url: str | None) -> RenderedAlert:
    """The short follow-up message (in the chat's language where the campaign has one)."""
    action = action_for_subscriber(
        Action(campaign.kind, campaign.url, campaign.title, campaign_id=campaign.id, translations=campaign.translations),
        language, public_url,
    )
    assert action is not None
    title = shorten(action.title or campaign.title, 200)
    if status == WON:
        head, thanks = _("🎉 Won: {title}").format(title=title), _("Thank you to everyone who acted on it.")
    elif status == CLOSED:
        head, thanks = _("⏹ Closed: {title}").format(title=title), _("The campaign has ended.")
    else:
        head, thanks = _("📣 Update: {title}").format(title=title), ""
    body = shorten(note, MAX_NOTE_CHARS) if note else thanks
    html = f"<b>{escape(head)}</b>" + (f"\n{escape(body)}" if body else "")
    plain = head + (f"\n{body}" if body else "")
    buttons: tuple[tuple[Button, ...], ...] = ()
    if status == UPDATED and action.url:
        buttons = ((Button(action.label, url=action.url),),)
    return RenderedAlert(html, plain, buttons)
