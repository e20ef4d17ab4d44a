"""/addcampaign, /campaigns, /campaignupdate, /urgentcampaign and /endcampaign: the admins' campaign registry,
from the chat.

    /addcampaign https://www.labourstart.org/campaigns/ "Free the Labor Desk 4" AZ "Labor Desk" names="Afiaddin Mammadov, Elvin Mustafayev"
    /addcampaign https://example.org/fund "Strike fund" kind=donation names="Evolution Gaming" GE title_ka="…" url_ka=https://…
    /campaignupdate 2 won "All four are free."       (won, closed or open; or just "text" for an update)
    /urgentcampaign 2        (its alerts take the paid-broadcast lane)     /urgentcampaign 2 off

A campaign's cause — its union(s) (names, acronyms or typos are resolved with the matcher) and the names
and keywords of the people, organisation or employer it is about — decides which stories carry its
button; country codes only narrow that. The kind (petition, donation, message, event, other) decides
the button's label; without kind= it is inferred from the link and the title.
"""

from __future__ import annotations

import datetime as dt
import shlex
from typing import TYPE_CHECKING

from telegram import Update
from telegram.ext import CallbackQueryHandler

from bot.chats.campaigns import (
    ACTION_LABELS,
    KIND_NAMES,
    UPDATED,
    CampaignCounts,
    CampaignInfo,
    CampaignValues,
    attachable_campaigns,
    campaigns_with_reach,
    infer_kind,
    mark_urgent,
    parse_campaign_args,
    register_campaign,
    take_off_list,
)
from bot.chats.numbers import parse_number
from bot.delivery.followups import STATUS_WORDS, CampaignUpdateError, update_campaign
from bot.delivery.paid import stars, tenths_spent
from bot.i18n import N_, _
from bot.matching import resolve
from bot.matching.normalize import straight_quotes
from bot.services import services_of
from handlers.common import Context, bot_admins_only, button, edit, escape, keyboard, reply

if TYPE_CHECKING:
    from bot.services import BotApplication

END_PREFIX = "endcamp:"
END_CANCEL = "endcamp:cancel"
MAX_LISTED = 30
STATUS_ICONS = {"open": "🟢", "updated": "🟢", "won": "🎉", "closed": "⏹"}
STATUS_NAMES = {"open": N_("open"), "updated": N_("updated"), "won": N_("won"), "closed": N_("closed")}


def status_name(status: str) -> str:
    """A campaign status as a word in the current language."""
    return _(STATUS_NAMES[status]) if status in STATUS_NAMES else status
CAMPAIGNUPDATE_USAGE = N_(
    'Usage: /campaignupdate NUMBER won|closed|open ["note"]  — or  /campaignupdate NUMBER "text of the update"\n'
    'Examples: /campaignupdate 2 won "All four activists are free."   /campaignupdate 2 "The trial starts on 3 May."\n'
    "The chats that got an alert with the campaign get one short follow-up (won and closed: once)."
)


def _command_text(update: Update) -> str:
    """Everything after the command word, quotes kept (context.args loses them)."""
    message = update.effective_message
    text = (message.text or "") if message else ""
    parts = text.split(maxsplit=1)
    return parts[1] if len(parts) > 1 else ""


def describe_campaign(row: CampaignInfo, union_labels: dict[str, str] | None = None,
                      counts: CampaignCounts | None = None, taps_counted: bool = False) -> str:
    """One campaign as HTML lines: status, kind, title, link, cause, end date and reach."""
    icon = STATUS_ICONS.get(row.status, "🟢")
    line = (f"{icon} {ACTION_LABELS.get(row.kind, ACTION_LABELS['other']).split()[0]} <b>{escape(row.title)}</b> "
            f"({escape(_(KIND_NAMES[row.kind]) if row.kind in KIND_NAMES else row.kind)}, {escape(status_name(row.status))})")
    line += f"\n    {escape(row.url)}"
    cause = [(union_labels or {}).get(union, union) for union in row.unions or []] + list(row.keywords or [])
    if cause:
        line += "\n    " + _("cause: {cause}").format(cause=escape(", ".join(cause[:8]))) + (
            " " + _("+{count} more").format(count=len(cause) - 8) if len(cause) > 8 else "")
    else:  # added before campaigns had causes: a country alone never attaches it
        line += "\n    " + _("⚠️ no cause, so no story carries it: add one with /addcampaign {url} \"{title}\" names=\"…\"").format(
            url=escape(row.url), title=escape(row.title))
    if row.countries:
        line += "\n    " + _("only in: {countries}").format(countries=escape(", ".join(row.countries)))
    if row.translations:
        line += "\n    " + _("languages: en, {languages}").format(
            languages=escape(", ".join(translation.language for translation in row.translations)))
    if row.ends_on:
        line += "\n    " + _("ends {date}").format(date=row.ends_on.isoformat())
    if counts is not None:
        taps = _("{count} taps").format(count=counts.taps) if taps_counted else _("taps not counted (no [server] public_url)")
        line += "\n    " + _("reach: {alerts} alerts to {chats} chats · {taps}").format(
            alerts=counts.alerts, chats=counts.chats, taps=taps)
    return line


async def _union_labels(context: Context, rows: list[CampaignInfo]) -> dict[str, str]:
    directory = await services_of(context).union_directory()
    labels = {}
    for row in rows:
        for union in row.unions or []:
            record = directory.get(union)
            if record is not None:
                labels[union] = record.name
    return labels


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
                hint += " " + _("Did you mean: {options}?").format(
                    options="; ".join(suggestion.label for suggestion in found.suggestions[:3]))
            await reply(update, escape(_("I don't know the union or country “{name}”. {hint} To name a person, organisation "
                                         "or employer, use names=\"{name}\".\nNothing was added.").format(name=name, hint=hint)))
            return
    for code in countries:
        if resolve(code, "country").kind != "country":
            await reply(update, escape(_("“{code}” is not a country code I know (use ISO codes like AZ). Nothing was added."
                                         ).format(code=code)))
            return
    if not union_ids and not args.keywords:
        await reply(update, escape(_("The campaign has no cause: a country alone is never enough. Name its union(s) or the "
                                     'people, organisation or employer it is about, e.g. "Labor Desk" names="Afiaddin '
                                     'Mammadov". Nothing was added.')))
        return
    countries = list(dict.fromkeys(countries))
    kind = args.kind or infer_kind(args.url, args.title)
    if args.ends_on is not None and args.ends_on < dt.datetime.now(dt.UTC).date():
        await reply(update, escape(_("The end date {date} is already past. Nothing was added.").format(
            date=args.ends_on.isoformat())))
        return
    values = CampaignValues(args.title, args.url, kind, countries, list(dict.fromkeys(union_ids)), args.ends_on,
                                             args.keywords, args.translations)
    user = update.effective_user
    row, created = await register_campaign(services, values, user.id if user else None)
    cause = labels + args.keywords
    text = (
        (_("Campaign added (number {number}): <b>{title}</b>") if created
         else _("Campaign updated (number {number}): <b>{title}</b>")).format(number=row.id, title=escape(row.title))
        + "\n" + _("Button: {label} → {url}").format(label=escape(_(ACTION_LABELS.get(kind, ACTION_LABELS["other"]))),
                                                      url=escape(row.url))
        + "\n" + (_("New stories about {cause} (in {countries}) get this button unless they carry their own action link.")
                  if countries else
                  _("New stories about {cause} get this button unless they carry their own action link.")).format(
            cause=escape(", ".join(cause)), countries=escape(", ".join(countries)))
    )
    if args.kind is None:
        text += "\n" + _("(Kind inferred: {kind}. Add kind=petition, donation, message, event or other to choose.)").format(
            kind=escape(kind))
    if args.translations:
        text += "\n" + _("Languages: en, {languages}.").format(languages=escape(", ".join(sorted(args.translations))))
    if row.ends_on:
        text += "\n" + _("Ends {date}.").format(date=row.ends_on.isoformat())
    await reply(update, text)


async def campaigns_command(update: Update, context: Context) -> None:
    """The campaigns, with their status and reach."""
    services = services_of(context)
    listed = await campaigns_with_reach(services, MAX_LISTED + 1)
    rows = [row for row, _counts in listed]
    if not rows:
        await reply(update, _("There are no campaigns. Add one with\n"
                              '/addcampaign https://example.org/petition "Free the Labor Desk 4" AZ "Labor Desk" '
                              'names="Afiaddin Mammadov"'))
        return
    labels = await _union_labels(context, rows)
    taps_counted = bool(services.config.server.public_url)
    lines = [_("<b>Campaigns ({count})</b>").format(count=len(rows[:MAX_LISTED]))]
    lines += [f"{row.id}. {describe_campaign(row, labels, counts, taps_counted)}" for row, counts in listed[:MAX_LISTED]]
    if len(rows) > MAX_LISTED:
        lines.append(_("… and more; only the newest {count} are listed.").format(count=MAX_LISTED))
    lines.append("\n" + _("Tell their chats with /campaignupdate; take one off the list with /endcampaign."))
    await reply(update, "\n".join(lines))


async def campaignupdate_command(update: Update, context: Context) -> None:
    """/campaignupdate N won|closed|open ["note"], or /campaignupdate N "update text"."""
    try:
        tokens = shlex.split(straight_quotes(_command_text(update)))
    except ValueError:
        await reply(update, escape(_("A quote is not closed.") + "\n" + _(CAMPAIGNUPDATE_USAGE)))
        return
    if len(tokens) < 2 or not tokens[0].isdigit() or len(tokens[0]) > 12:
        await reply(update, escape(_(CAMPAIGNUPDATE_USAGE)))
        return
    campaign_id, word = int(tokens[0]), tokens[1].lower()
    status, note = (STATUS_WORDS[word], " ".join(tokens[2:])) if word in STATUS_WORDS else (UPDATED, " ".join(tokens[1:]))
    try:
        result = await update_campaign(services_of(context).sessions, campaign_id, status, note)
    except CampaignUpdateError as error:
        await reply(update, escape(str(error)))
        return
    title = escape(result.campaign.title)
    if status == "open":
        await reply(update, _("<b>{title}</b> is open again: new stories of its cause carry its button.").format(title=title))
        return
    text = f"<b>{title}</b>: {escape(status_name(status))}. "
    text += (_("{count} chats that got an alert with it will get a short follow-up (digest chats at their digest time).")
             if result.queued else _("{count} chats that got an alert with it will get a short follow-up.")).format(
        count=result.queued)
    if result.already_told:
        text += " " + _("{count} were told already.").format(count=result.already_told)
    if result.skipped_muted:
        text += " " + _("{count} muted or unfollowed its topic and are left alone.").format(count=result.skipped_muted)
    if status in ("won", "closed"):
        text += " " + _("Stories no longer get its button.")
    await reply(update, text)


URGENT_USAGE = N_("Usage: /urgentcampaign NUMBER — its alerts go out in the paid-broadcast lane (faster, for Telegram "
                  "Stars); /urgentcampaign NUMBER off — back to the normal rate. /campaigns lists the numbers.")


async def urgentcampaign_command(update: Update, context: Context) -> None:
    """/urgentcampaign N [off]: mark a campaign urgent (its alerts take the paid-broadcast lane) or not."""
    args = [arg.lower() for arg in context.args or []]
    number = parse_number(args[0]) if args else None
    if number is None or len(args) > 2 or (len(args) == 2 and args[1] not in ("on", "off")):
        await reply(update, escape(_(URGENT_USAGE)))
        return
    urgent = not (len(args) == 2 and args[1] == "off")
    services = services_of(context)
    row = await mark_urgent(services, number, urgent)
    if row is None:
        await reply(update, _("There is no campaign number {number}. /campaigns lists them.").format(number=number))
        return
    title = escape(row.title)
    if not urgent:
        await reply(update, _("<b>{title}</b> is no longer urgent: its alerts go out at the normal rate.").format(title=title))
        return
    delivery = services.config.delivery
    if not delivery.paid_broadcast:
        await reply(update, _("<b>{title}</b> is marked urgent, but the paid-broadcast lane is off (delivery.paid_broadcast "
                              "in the config), so its alerts still go out at the normal rate.").format(title=title))
        return
    budget = int(round(delivery.paid_stars_budget * 10, 6))
    spent = await tenths_spent(services.sessions)
    await reply(update, _("<b>{title}</b> is urgent: its alerts go out in the paid-broadcast lane, up to {rate} a second, "
                          "for 0.1 Telegram Star each beyond the free limit. Budget: {spent} of {budget} Stars spent; "
                          "once it is spent they go out at the normal rate.").format(
        title=title, rate=f"{delivery.paid_messages_per_second:g}", spent=stars(spent), budget=stars(budget)))


async def endcampaign_command(update: Update, context: Context) -> None:
    """Take a campaign off the list (without telling anyone): by id (/endcampaign 2), or from buttons."""
    services = services_of(context)
    args = list(context.args or [])
    if args:
        number = parse_number(args[0])
        if number is None:
            await reply(update, _("Give the campaign's number from /campaigns, like /endcampaign 2, or send /endcampaign "
                                  "alone for buttons."))
            return
        row = await take_off_list(services, number)
        if row is None:
            await reply(update, _("There is no campaign number {number}. /campaigns lists them.").format(number=number))
            return
        await reply(update, _("Ended: <b>{title}</b>. Stories no longer get its button. (To tell its chats it was won "
                              "or closed, use /campaignupdate instead.)").format(title=escape(row.title)))
        return
    rows = await attachable_campaigns(services)
    if not rows:
        await reply(update, _("There are no active campaigns to end."))
        return
    buttons = [[button(f"⏹ {row.id}. {row.title[:50]}", f"{END_PREFIX}{row.id}")] for row in rows[:MAX_LISTED]]
    buttons.append([button(_("Cancel"), END_CANCEL)])
    await reply(update, _("Which campaign should end?"), keyboard(buttons))


@bot_admins_only
async def endcampaign_button(update: Update, context: Context) -> None:
    """The button under /endcampaign."""
    query = update.callback_query
    assert query is not None
    data = query.data or ""
    if data == END_CANCEL:
        await query.answer()
        await edit(query, _("Nothing was ended."))
        return
    number = parse_number(data[len(END_PREFIX):])
    if number is None:
        await query.answer(_("That button has expired. Send /endcampaign again."), show_alert=True)
        return
    row = await take_off_list(services_of(context), number)
    await query.answer()
    if row is None:
        await edit(query, _("That campaign is gone. /campaigns lists the active ones."))
        return
    await edit(query, _("Ended: <b>{title}</b>. Stories no longer get its button.").format(title=escape(row.title)))


def register(application: BotApplication) -> None:
    """Add the end button of /endcampaign (the commands are in the table, handlers/start.py)."""
    application.add_handler(CallbackQueryHandler(endcampaign_button, pattern=f"^{END_PREFIX}"))
