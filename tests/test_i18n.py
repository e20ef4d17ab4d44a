"""Languages: the catalogs are complete and sound, the language follows each chat (a context variable, not a
global), and a Spanish- or Arabic-speaking organiser gets replies, menus and alerts in their language
through the real bot and the local Bot API server; anything else falls back to English."""

from __future__ import annotations

import asyncio
import io
import re
import tomllib
from collections import Counter
from pathlib import Path

import pytest
from babel import Locale
from babel.messages.catalog import Catalog
from babel.messages.extract import extract_from_dir
from babel.messages.frontend import parse_mapping_cfg
from babel.messages.mofile import read_mo, write_mo
from babel.messages.plurals import get_plural
from babel.messages.pofile import read_po
from sqlalchemy import select

from bot import i18n
from bot.app import publish_commands
from bot.chats.admin import UnionRejected, tell_followers_of_rejection
from bot.chats.errors import UsageError
from bot.chats.language import language_choice, reply_language
from bot.compose.alert import RenderedAlert
from bot.delivery.sender import SENT, SendOutcome
from bot.i18n import LANGUAGES, _, country_name, ngettext, supported_language, using_language
from bot.matching import default_tagger
from bot.routing.route import process_new_clusters
from handlers import start
from storage.discovered import Follower
from storage.models import DiscoveredUnion, StoryCluster, Subscriber
from tests.alerting import add_story, deliverer_for, drain_until_done, local_bot
from tests.botapi import BOT_USER
from tests.telegram_harness import USER_ID, button_data, buttons

ROOT = Path(__file__).resolve().parent.parent
TRANSLATED = [code for code in LANGUAGES if code != i18n.DEFAULT_LANGUAGE]
PLACEHOLDER = re.compile(r"\{[^{}]*\}")
TAG = re.compile(r"</?[a-z]+[^>]*>")


def catalog_of(code: str) -> Catalog:
    with (i18n.LOCALE_DIR / code / "LC_MESSAGES" / f"{i18n.DOMAIN}.po").open("rb") as file:
        return read_po(file, locale=code)


def texts_in_code() -> set[str]:
    """Every msgid `pybabel extract -F babel.cfg` finds in the code now (singulars of plural pairs)."""
    with (ROOT / "babel.cfg").open() as file:
        method_map, options_map = parse_mapping_cfg(file)
    found = set()
    for _filename, _line, message, _comments, _context in extract_from_dir(str(ROOT), method_map, options_map):
        found.add(message[0] if isinstance(message, tuple) else message)
    return found


def ids(catalog: Catalog) -> set[str]:
    return {message.id[0] if isinstance(message.id, tuple) else message.id for message in catalog if message.id}


# --- the catalogs ---


def test_the_template_holds_every_text_of_the_code() -> None:
    with (i18n.LOCALE_DIR / "messages.pot").open("rb") as file:
        template = read_po(file)
    in_code = texts_in_code()
    assert len(in_code) > 200
    assert in_code == ids(template), "run the extract and update commands in README, Languages"


@pytest.mark.parametrize("code", TRANSLATED)
def test_each_catalog_translates_every_text_with_the_same_placeholders_and_tags(code: str) -> None:
    catalog = catalog_of(code)
    assert ids(catalog) == texts_in_code(), f"{code}: the catalog and the code differ (pybabel update)"
    for message in catalog:
        if not message.id:
            continue
        originals = message.id if isinstance(message.id, tuple) else (message.id,)
        translations = message.string if isinstance(message.string, tuple) else (message.string,)
        assert "fuzzy" not in message.flags, (code, message.id)
        assert all(translations), f"{code}: {originals[0]!r} is not translated"
        allowed_placeholders = [Counter(PLACEHOLDER.findall(original)) for original in originals]  # a form may
        wanted_placeholders = allowed_placeholders[-1]  # leave the number out only as the English singular does
        wanted_tags = Counter(TAG.findall(originals[0]))
        for translation in translations:
            assert Counter(PLACEHOLDER.findall(translation)) in allowed_placeholders, (code, originals[0], translation)
            assert Counter(TAG.findall(translation)) == wanted_tags, (code, originals[0], translation)
            assert translation.startswith(" ") == originals[0].startswith(" "), (code, originals[0])
            originals[0].format(**{name.strip("{}"): "x" for name in wanted_placeholders})
            translation.format(**{name.strip("{}"): "x" for name in wanted_placeholders})  # well-formed braces


@pytest.mark.parametrize("code", TRANSLATED)
def test_each_catalog_has_its_languages_plural_rules_and_forms(code: str) -> None:
    catalog = catalog_of(code)
    rule = get_plural(code)
    assert catalog.num_plurals == rule.num_plurals and catalog.plural_expr == rule.plural_expr
    plurals = [message for message in catalog if isinstance(message.id, tuple)]
    assert len(plurals) >= 3
    for message in plurals:
        assert len(message.string) == rule.num_plurals and all(message.string), (code, message.id)


@pytest.mark.parametrize("code", TRANSLATED)
def test_each_compiled_catalog_matches_its_source(code: str) -> None:
    shipped = i18n.LOCALE_DIR / code / "LC_MESSAGES" / f"{i18n.DOMAIN}.mo"
    with shipped.open("rb") as file:
        compiled = read_mo(file)
    fresh = io.BytesIO()
    write_mo(fresh, catalog_of(code))
    fresh.seek(0)
    expected = read_mo(fresh)
    def entries(catalog: Catalog) -> dict[object, object]:
        return {tuple(m.id) if isinstance(m.id, (list, tuple)) else m.id:
                tuple(m.string) if isinstance(m.string, (list, tuple)) else m.string for m in catalog if m.id}

    assert entries(compiled) == entries(expected), "run pybabel compile (README, Languages)"


# --- the language of the text being written ---


def test_supported_language_takes_the_primary_tag_and_falls_back_to_english() -> None:
    assert supported_language("es") == "es" and supported_language("pt-BR") == "pt" and supported_language("AR") == "ar"
    assert supported_language("ru_RU") == "ru"
    for unknown in ("de", "xx", "", None, "12", "e", "español", "zh-Hans-CN"):
        assert supported_language(unknown) == "en", unknown


def test_texts_follow_the_language_in_use_and_english_outside() -> None:
    english = "That button has expired. Send the command again to get fresh buttons."
    with using_language("es"):
        assert _(english) == "Ese botón ha caducado. Envía el comando de nuevo para tener botones nuevos."
        with using_language("ar"):
            assert _("union") == "نقابة"
        assert _("union") == "sindicato"
    with using_language("fr"):
        assert _("union") == "syndicat"
    with using_language("ru"):
        assert _("union") == "профсоюз"
    with using_language("de"):
        assert _(english) == english
    assert _(english) == english and _("union") == "union"


def test_plurals_follow_each_languages_rules() -> None:
    def digest(count: int) -> str:
        return ngettext("🗞 Your daily digest · {count} story", "🗞 Your daily digest · {count} stories", count).format(count=count)

    assert digest(1).endswith("1 story") and digest(2).endswith("2 stories")
    with using_language("ru"):
        assert [digest(n).split("· ")[1] for n in (1, 2, 5, 21, 11)] == \
            ["1 новость", "2 новости", "5 новостей", "21 новость", "11 новостей"]
    with using_language("es"):
        assert digest(1).endswith("1 noticia") and digest(3).endswith("3 noticias")
    with using_language("fr"):
        assert digest(0).endswith("0 article") and digest(2).endswith("2 articles")
    with using_language("ar"):
        forms = {digest(n) for n in (0, 1, 2, 3, 11, 100)}
        assert len(forms) == 6 and digest(11).endswith("11 خبرًا") and digest(3).endswith("3 أخبار")


async def test_concurrent_tasks_keep_their_own_language() -> None:
    seen: dict[str, list[str]] = {}

    async def write(code: str) -> None:
        with using_language(code):
            for _round in range(5):
                await asyncio.sleep(0)
                seen.setdefault(code, []).append(_("union"))

    await asyncio.gather(*(write(code) for code in ("es", "fr", "ru", "ar", "en")))
    assert {code: set(words) for code, words in seen.items()} == {
        "es": {"sindicato"}, "fr": {"syndicat"}, "ru": {"профсоюз"}, "ar": {"نقابة"}, "en": {"union"}}


def test_country_names_come_from_cldr_in_the_language_in_use() -> None:
    assert country_name("AZ", "Azerbaijan") == "Azerbaijan"
    with using_language("es"):
        assert country_name("AZ", "Azerbaijan") == "Azerbaiyán"
        assert country_name("XK", "Kosovo") == Locale.parse("es").territories.get("XK", "Kosovo")
        assert country_name("ZZZ", "Nowhere") == "Nowhere"
    with using_language("ar"):
        assert country_name("AZ", "Azerbaijan") == "أذربيجان"


def test_a_language_is_chosen_by_code_or_by_name() -> None:
    for typed in ("es", "ES", "es-MX", "Español", "spanish", " Spanish "):
        assert language_choice(typed) == "es", typed
    assert language_choice("العربية") == "ar" and language_choice("русский") == "ru"
    with pytest.raises(UsageError, match="Klingon"):
        language_choice("Klingon")
    with pytest.raises(UsageError, match="/language es"):
        language_choice("")


# --- through the real bot ---


async def test_a_spanish_speaking_organiser_gets_start_help_and_replies_in_spanish(running_bot) -> None:
    [welcome] = await running_bot.send("/start", language_code="es")
    assert "Te aviso cuando aparecen noticias sobre derechos laborales" in welcome["text"]
    assert welcome["text"].startswith("<b>Solidarity Alerts</b>")
    assert [label for label, _data in buttons(welcome)] == ["🌍 Seguir un país", "✊ Seguir un sindicato"]
    text = "".join(reply["text"] for reply in await running_bot.send("/help", language_code="es"))
    assert "<b>Lo que puedes hacer</b>" in text and "/subscribe — Seguir un país, un sindicato o una palabra clave" in text
    assert "p. ej. /subscribe Azerbaijan" in text and "/why (como respuesta a una alerta)" in text
    [followed] = await running_bot.send("/subscribe Azerbaijan", language_code="es")
    assert "✅ Ahora sigues <b>Azerbaiyán</b> (país)." in followed["text"]
    assert "Las alertas llegan al momento, en cuanto aparece cada noticia." in followed["text"]
    async with running_bot.sessions() as session:
        stored = await session.scalar(select(Subscriber.language).where(Subscriber.chat_id == USER_ID))
    assert stored == "es"
    [listing] = await running_bot.send("/list", language_code="es")
    assert "<b>Este chat sigue</b>" in listing["text"] and "<b>Idioma</b>: Español (/language)" in listing["text"]
    [unknown] = await running_bot.send("/frobnicate", language_code="es")
    assert unknown["text"] == "No conozco ese comando. /help muestra todo lo que puedo hacer, con ejemplos."
    [bad] = await running_bot.send("/mode sometimes", language_code="es")
    assert bad["text"].startswith("«sometimes» no es un modo de entrega. Envía /mode now")


async def test_each_chat_gets_its_alert_in_its_own_language(running_bot, bot_api) -> None:
    await running_bot.send("/subscribe Azerbaijan", language_code="es")
    other, arabic = USER_ID + 1, USER_ID + 2
    await running_bot.send("/subscribe Azerbaijan", chat_id=other, language_code="en")
    await running_bot.send("/subscribe Azerbaijan", chat_id=arabic, language_code="ar")
    async with running_bot.sessions.begin() as session:
        story = await add_story(session, "Oil workers strike in Baku", "Oil workers in Baku walked out on Monday.",
                                url="https://news.example.org/baku", tags=[("country", "AZ", "Azerbaijan", "primary")])
        (await session.get_one(StoryCluster, story.cluster_id)).routed_at = None
    await process_new_clusters(running_bot.sessions, default_tagger())
    async with local_bot(bot_api) as bot:
        await drain_until_done(deliverer_for(running_bot.sessions, bot), running_bot.sessions)
    spanish = [m for m in bot_api.sent_messages(USER_ID) if "Oil workers strike in Baku" in m["text"]]
    english = [m for m in bot_api.sent_messages(other) if "Oil workers strike in Baku" in m["text"]]
    assert len(spanish) == 1 and len(english) == 1
    assert "🇦🇿 Azerbaiyán" in spanish[0]["text"]
    spanish_labels = [label for label, _data in buttons(spanish[0])]
    assert "📰 Leer la noticia" in spanish_labels and "🔇 Silenciar Azerbaiyán" in spanish_labels
    assert "↗️ Compartir" in spanish_labels
    assert "🇦🇿 Azerbaijan" in english[0]["text"]
    assert {"📰 Read the story", "🔇 Mute Azerbaijan", "↗️ Share"} <= {label for label, _data in buttons(english[0])}
    [in_arabic] = [m for m in bot_api.sent_messages(arabic) if "Oil workers strike in Baku" in m["text"]]
    assert in_arabic["text"].startswith("<b>Oil workers strike in Baku</b>") and "🇦🇿 أذربيجان" in in_arabic["text"]
    assert {"📰 اقرأ الخبر", "🔇 اكتم أذربيجان", "↗️ مشاركة"} <= {label for label, _data in buttons(in_arabic)}
    muted = await running_bot.press(spanish[0], button_data(spanish[0], "Silenciar"))
    assert muted["answer"]["text"].startswith("Azerbaiyán silenciado")


async def test_an_arabic_speaking_organiser_is_answered_in_arabic_with_the_html_intact(running_bot) -> None:
    [welcome] = await running_bot.send("/start", language_code="ar")
    assert welcome["text"].startswith("<b>Solidarity Alerts</b>\nأُعلمك") and "/subscribe Azerbaijan" in welcome["text"]
    assert welcome["parse_mode"] == "HTML"
    [followed] = await running_bot.send("/subscribe Azerbaijan", language_code="ar")
    assert "✅ أنت الآن تتابع <b>أذربيجان</b> (بلد)." in followed["text"]
    [listing] = await running_bot.send("/list", language_code="ar")
    assert "<b>تتابع هذه المحادثة</b>" in listing["text"]
    assert listing["text"].count("<b>") == listing["text"].count("</b>") >= 5


async def test_language_buttons_switch_the_chat_and_its_later_replies(running_bot) -> None:
    [menu] = await running_bot.send("/language", language_code="es")
    assert menu["text"] == "¿En qué idioma respondo y envío las alertas? Ahora: Español."
    assert [label for label, _data in buttons(menu)] == list(LANGUAGES.values())
    result = await running_bot.press(menu, button_data(menu, "Français"))
    assert result["edits"][-1]["text"].startswith("C'est fait : Français. Désormais je réponds")
    [reply] = await running_bot.send("/pause", language_code="es")
    assert reply["text"].startswith("En pause : aucune alerte tant que vous n'envoyez pas /resume.")
    [typed] = await running_bot.send("/language русский", language_code="es")
    assert typed["text"].startswith("Готово: Русский.")
    async with running_bot.sessions() as session:
        assert await session.scalar(select(Subscriber.language).where(Subscriber.chat_id == USER_ID)) == "ru"
    [refused] = await running_bot.send("/language klingon", language_code="es")
    assert refused["text"].startswith("Я пока не говорю на «klingon».")


async def test_a_chosen_language_stays_whatever_the_telegram_app_says(running_bot) -> None:
    await running_bot.send("/language pt", language_code="es")
    [welcome] = await running_bot.send("/start", language_code="ru")
    assert "Eu aviso você quando surgem notícias" in welcome["text"]


async def test_unknown_or_missing_languages_fall_back_to_english(running_bot) -> None:
    [welcome] = await running_bot.send("/start", language_code="de")
    assert "I tell you when labour-rights news appears" in welcome["text"]
    await running_bot.send("/subscribe Azerbaijan", language_code="de")
    async with running_bot.sessions() as session:
        stored = await session.scalar(select(Subscriber.language).where(Subscriber.chat_id == USER_ID))
    assert stored == "de"  # kept: a campaign with a German version shows it
    [listing] = await running_bot.send("/list", language_code="de")
    assert "<b>This chat follows</b>" in listing["text"] and "<b>Language</b>: English (/language)" in listing["text"]
    [other] = await running_bot.send("/start", chat_id=USER_ID + 7, language_code="")
    assert "I tell you when labour-rights news appears" in other["text"]


async def test_group_settings_are_refused_in_the_groups_language(running_bot) -> None:
    group, member = -4321, 77
    running_bot.api.chat_member_status[(group, member)] = "member"
    [refused] = await running_bot.send("/language", chat_id=group, user_id=member, chat_type="group", language_code="fr")
    assert refused["text"].startswith("Dans un groupe, seuls les administrateurs peuvent changer ce qu'il suit")


async def test_command_menus_are_published_in_every_language(running_bot) -> None:
    await publish_commands(running_bot.application)
    defaults = [call.params for call in running_bot.api.calls("setMyCommands") if call.params["scope"]["type"] == "default"]
    assert sorted(params.get("language_code") or "" for params in defaults) == sorted(["", *TRANSLATED])
    by_language = {params.get("language_code") or "en": {item["command"]: item["description"] for item in params["commands"]}
                   for params in defaults}
    names = [command.name for command in start.USER_COMMANDS]
    assert all(list(commands) == names for commands in by_language.values())
    assert by_language["en"]["subscribe"] == "Follow a country, a union or a keyword"
    assert by_language["es"]["subscribe"] == "Seguir un país, un sindicato o una palabra clave"
    assert by_language["ru"]["language"] == "Язык моих ответов и оповещений"
    assert by_language["ar"]["stop"] == "نسيان هذه المحادثة: حذف كل ما يخصها"
    assert all(len(text) <= 256 for commands in by_language.values() for text in commands.values())


async def test_a_channel_linked_by_a_spanish_speaking_admin_gets_spanish_alerts(running_bot, bot_api) -> None:
    channel = -1004321
    bot_api.add_channel(channel, "estibadores")
    bot_api.chat_member_status[(channel, BOT_USER["id"])] = "administrator"
    bot_api.chat_member_status[(channel, USER_ID)] = "creator"
    [linked] = await running_bot.send("/channel @estibadores", language_code="es")
    assert linked["text"].startswith("✅ @estibadores vinculado. Desde ahora /subscribe")
    await running_bot.send("/subscribe Azerbaijan", language_code="es")
    async with running_bot.sessions() as session:
        languages = dict((await session.execute(select(Subscriber.chat_id, Subscriber.language))).all())
    assert languages[channel] == "es"
    async with running_bot.sessions.begin() as session:
        story = await add_story(session, "Dockers strike in Baku", "Dockers in Baku walked out.",
                                url="https://news.example.org/dockers", tags=[("country", "AZ", "Azerbaijan", "primary")])
        (await session.get_one(StoryCluster, story.cluster_id)).routed_at = None
    await process_new_clusters(running_bot.sessions, default_tagger())
    async with local_bot(bot_api) as bot:
        await drain_until_done(deliverer_for(running_bot.sessions, bot), running_bot.sessions)
    [alert] = [m for m in bot_api.sent_messages(channel) if "Dockers strike in Baku" in m["text"]]
    assert "🇦🇿 Azerbaiyán" in alert["text"] and "📰 Leer la noticia" in [label for label, _data in buttons(alert)]


async def test_followers_of_a_rejected_union_are_told_in_their_own_language() -> None:
    sent: dict[int, str] = {}

    class RecordingSender:
        async def send(self, chat_id: int, chat_type: str, message: RenderedAlert) -> SendOutcome:
            sent[chat_id] = message.html
            return SendOutcome(SENT)

    union = DiscoveredUnion(id=3, union_id="found:az:dockers", name="Dockers <Union>")
    followers = [Follower(1, "private", "ru"), Follower(2, "group", "ar"), Follower(3, "private", None)]
    with using_language("fr"):  # the admin's language does not leak into the notices
        told = await tell_followers_of_rejection(RecordingSender(), UnionRejected(union, followers))  # type: ignore[arg-type]
    assert told == 3
    assert sent[1].startswith("Администратор бота проверил «<b>Dockers &lt;Union&gt;</b>»")
    assert sent[2].startswith("راجع أحد مشرفي هذا البوت «<b>Dockers &lt;Union&gt;</b>»")
    assert sent[3].startswith("An admin of this bot checked “<b>Dockers &lt;Union&gt;</b>”")


def test_the_compiled_catalogs_are_package_data() -> None:
    with (ROOT / "pyproject.toml").open("rb") as file:
        patterns = tomllib.load(file)["tool"]["setuptools"]["package-data"]["bot"]
    shipped = {path for pattern in patterns for path in (ROOT / "bot").glob(pattern)}
    for code in TRANSLATED:
        assert i18n.LOCALE_DIR / code / "LC_MESSAGES" / f"{i18n.DOMAIN}.mo" in shipped, code


async def test_a_database_that_does_not_answer_leaves_the_senders_language(caplog) -> None:
    def unreachable() -> None:
        raise OSError("connection refused")

    class NoDatabase:
        sessions = staticmethod(unreachable)

    assert await reply_language(NoDatabase(), 42, "pt-BR") == "pt"  # type: ignore[arg-type]
    assert await reply_language(NoDatabase(), 42, None) == "en"  # type: ignore[arg-type]
    assert any("cannot read chat 42's language" in record.getMessage() for record in caplog.records)

    def broken() -> None:
        raise RuntimeError("a bug, not an outage")

    class Broken:
        sessions = staticmethod(broken)

    with pytest.raises(RuntimeError):
        await reply_language(Broken(), 42, "es")  # type: ignore[arg-type]
