"""/addcampaign, /campaigns and /endcampaign: the admins' campaign registry, from the chat.

    /addcampaign https://www.labourstart.org/campaigns/ "Free the Labor Desk 4" AZ "Labor Desk" ends=2026-12-31
    /addcampaign https://example.org/petition Free Orujov AZ          (unquoted: the title runs up to AZ)
    /addcampaign https://example.org/fund "Strike fund" kind=donation BY

Country codes and union names (quoted when they have spaces; names, acronyms or typos are resolved
with the matcher) say which stories get the campaign's button. The kind (petition, donation, message,
other) decides the button's label; without kind= it is inferred from the link and the title.
"""

from __future__ import annotations

from telegram import Update
from telegram.ext import Application, CallbackQueryHandler, CommandHandler

from bot.campaigns import ACTION_LABELS, KIND_NAMES, infer_kind, parse_campaign_args
from bot.matching import resolve
from bot.numbers import parse_number
from bot.services import services_of
from handlers.common import Context, bot_admins_only, button, edit, escape, keyboard, reply
from storage import campaigns as campaign_queries
from storage.models import Campaign, utcnow

END_PREFIX = "endcamp:"
END_CANCEL = "endcamp:cancel"
MAX_LISTED = 30


def _command_text(update: Update) -> str:
    """Everything after the command word, quotes kept (context.args loses them)."""
    message = update.effective_message
    text = (message.text or "") if message else ""
    parts = text.split(maxsplit=1)
    return parts[1] if len(parts) > 1 else ""


def describe_campaign(row: Campaign, union_labels: dict[str, str] | None = None) -> str:
    """One campaign as a line of HTML: kind, title, link, topics and end date."""
    topics = list(row.countries or []) + [(union_labels or {}).get(union, union) for union in row.unions or []]
    line = f"{ACTION_LABELS.get(row.kind, ACTION_LABELS['other']).split()[0]} <b>{escape(row.title)}</b> ({escape(KIND_NAMES.get(row.kind, row.kind))})"
    line += f"\n    {escape(row.url)}"
    if topics:
        line += f"\n    for: {escape(', '.join(topics))}"
    if row.ends_on:
        line += f"\n    ends {row.ends_on.isoformat()}"
    return line


async def _union_labels(context: Context, rows: list[Campaign]) -> dict[str, str]:
    directory = await services_of(context).union_directory()
    labels = {}
    for row in rows:
        for union in row.unions or []:
            record = directory.get(union)
            if record is not None:
                labels[union] = record.name
    return labels


@bot_admins_only
async def addcampaign_command(update: Update, context: Context) -> None:
    """Add (or update, by link) a campaign."""
    args = parse_campaign_args(_command_text(update))
    if args.error:
        await reply(update, escape(args.error))
        return
    services = services_of(context)
    directory = await services.union_directory()
    countries = list(args.countries)
    union_ids: list[str] = []
    labels: list[str] = []
    for name in args.unions:
        found = resolve(name, "any", unions=directory)
        if found.kind == "union" and found.value:
            union_ids.append(found.value)
            labels.append(found.label or found.value)
        elif found.kind == "country" and found.value:
            countries.append(found.value)
        else:
            hint = found.message
            if found.suggestions:
                hint += " Did you mean: " + "; ".join(suggestion.label for suggestion in found.suggestions[:3]) + "?"
            await reply(update, escape(f"I don't know the union or country “{name}”. {hint}\nNothing was added."))
            return
    for code in countries:
        if resolve(code, "country").kind != "country":
            await reply(update, escape(f"“{code}” is not a country code I know (use ISO codes like AZ). Nothing was added."))
            return
    countries = list(dict.fromkeys(countries))
    kind = args.kind or infer_kind(args.url, args.title)
    if args.ends_on is not None and args.ends_on < utcnow().date():
        await reply(update, escape(f"The end date {args.ends_on.isoformat()} is already past. Nothing was added."))
        return
    values = campaign_queries.CampaignValues(args.title, args.url, kind, countries, list(dict.fromkeys(union_ids)), args.ends_on)
    user = update.effective_user
    async with services.sessions.begin() as session:
        row, created = await campaign_queries.add_campaign(session, values, user.id if user else None)
    topics = countries + labels
    text = (
        f"{'Campaign added' if created else 'Campaign updated'}: <b>{escape(row.title)}</b>\n"
        f"Button: {escape(ACTION_LABELS.get(kind, ACTION_LABELS['other']))} → {escape(row.url)}\n"
    )
    if topics:
        text += f"New stories about {escape(', '.join(topics))} get this button unless they carry their own action link."
    else:
        text += ("It names no country or union, so no story will get its button. Add them, e.g. "
                 f"/addcampaign {escape(row.url)} \"{escape(row.title)}\" AZ \"Labor Desk\"")
    if args.kind is None:
        text += f"\n(Kind inferred: {escape(kind)}. Add kind=petition, donation, message or other to choose.)"
    if row.ends_on:
        text += f"\nEnds {row.ends_on.isoformat()}."
    await reply(update, text)


@bot_admins_only
async def campaigns_command(update: Update, context: Context) -> None:
    """The active campaigns."""
    services = services_of(context)
    async with services.sessions() as session:
        rows = await campaign_queries.active_campaigns(session, utcnow().date())
    if not rows:
        await reply(update, "There are no active campaigns. Add one with\n"
                            '/addcampaign https://example.org/petition "Free the Labor Desk 4" AZ "Labor Desk"')
        return
    labels = await _union_labels(context, rows)
    lines = [f"<b>Active campaigns ({len(rows)})</b>"]
    lines += [f"{row.id}. {describe_campaign(row, labels)}" for row in rows[:MAX_LISTED]]
    if len(rows) > MAX_LISTED:
        lines.append(f"… and {len(rows) - MAX_LISTED} more.")
    lines.append("\nEnd one with /endcampaign.")
    await reply(update, "\n".join(lines))


@bot_admins_only
async def endcampaign_command(update: Update, context: Context) -> None:
    """End a campaign: by id (/endcampaign 2), or chosen from buttons."""
    services = services_of(context)
    args = list(context.args or [])
    if args:
        number = parse_number(args[0])
        if number is None:
            await reply(update, "Give the campaign's number from /campaigns, like /endcampaign 2, or send /endcampaign alone for buttons.")
            return
        async with services.sessions.begin() as session:
            row = await campaign_queries.end_campaign(session, number)
        if row is None:
            await reply(update, f"There is no campaign number {number}. /campaigns lists them.")
            return
        await reply(update, f"Ended: <b>{escape(row.title)}</b>. Stories no longer get its button.")
        return
    async with services.sessions() as session:
        rows = await campaign_queries.active_campaigns(session, utcnow().date())
    if not rows:
        await reply(update, "There are no active campaigns to end.")
        return
    buttons = [[button(f"⏹ {row.id}. {row.title}", f"{END_PREFIX}{row.id}")] for row in rows[:MAX_LISTED]]
    buttons.append([button("Cancel", END_CANCEL)])
    await reply(update, "Which campaign should end?", keyboard(buttons))


@bot_admins_only
async def endcampaign_button(update: Update, context: Context) -> None:
    """The button under /endcampaign."""
    query = update.callback_query
    assert query is not None
    data = query.data or ""
    if data == END_CANCEL:
        await query.answer()
        await edit(query, "Nothing was ended.")
        return
    number = parse_number(data[len(END_PREFIX):])
    if number is None:
        await query.answer("That button has expired. Send /endcampaign again.", show_alert=True)
        return
    async with services_of(context).sessions.begin() as session:
        row = await campaign_queries.end_campaign(session, number)
    await query.answer()
    if row is None:
        await edit(query, "That campaign is gone. /campaigns lists the active ones.")
        return
    await edit(query, f"Ended: <b>{escape(row.title)}</b>. Stories no longer get its button.")


def register(application: Application) -> None:
    """Add /addcampaign, /campaigns, /endcampaign and the end button."""
    application.add_handler(CommandHandler("addcampaign", addcampaign_command))
    application.add_handler(CommandHandler("campaigns", campaigns_command))
    application.add_handler(CommandHandler("endcampaign", endcampaign_command))
    application.add_handler(CallbackQueryHandler(endcampaign_button, pattern=f"^{END_PREFIX}"))

