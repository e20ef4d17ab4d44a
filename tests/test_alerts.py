"""Alert composition and campaign actions: pure functions, no database, no Telegram."""

from __future__ import annotations

import datetime as dt
import html
import re
import threading
from types import SimpleNamespace

import pytest

from bot.alerts import (
    AlertStory,
    Topic,
    compose_alert,
    flag,
    headline,
    parse_mute_callback,
    shorten,
    summarize,
)
from bot.campaigns import (
    SAMPLE_CAMPAIGNS,
    Action,
    CampaignInfo,
    action_from_links,
    choose_action,
    infer_kind,
    link_action_kind,
    parse_campaign_args,
    text_action_kind,
)
from bot.sources.corpus import bundled_sample_corpus, split_document

AZ = Topic("country", "AZ", "Azerbaijan")
LABOR_DESK = Topic("union", "labor-desk", "Confederation of Trade Unions Labor Desk")


def story(title="Strike in Baku", text="Workers struck. They want pay. Talks failed. More later.", url="https://news.test/1", **extra):
    return AlertStory(1, title, text, url, "Test Feed", dt.date(2025, 4, 24), **extra)


def seed_stories():
    found = {}
    for path in sorted(bundled_sample_corpus().glob("*.txt")):
        for item in split_document(path.read_text(encoding="utf-8")):
            found[(path.name[:3], item.index)] = item
    return found


def tag(kind, value, salience="primary", label=""):
    return SimpleNamespace(kind=kind, value=value, salience=salience, label=label)


def as_story(title, text, url=None, links=()):
    return SimpleNamespace(title=title, text=text, url=url, links=list(links))


# --- composition ---


def test_alert_text_has_headline_source_date_topics_and_summary():
    message = compose_alert(story(), [AZ, LABOR_DESK], None, alert_id=7)
    lines = message.html.split("\n")
    assert lines[0] == "<b>Strike in Baku</b>"
    assert lines[1] == "<i>Test Feed · 24 Apr 2025</i>"
    assert lines[2] == "🇦🇿 Azerbaijan · ✊ Confederation of Trade Unions Labor Desk"
    assert "Workers struck. They want pay. Talks failed." in message.html
    assert message.plain.startswith("Strike in Baku\nTest Feed · 24 Apr 2025\n")


def test_everything_from_feeds_is_escaped_and_the_plain_twin_is_not():
    hostile = story(title="<script>alert(1)</script> & <b>bold</b>", text="Text with <a href='x'>a link</a> & more. Second one.")
    message = compose_alert(hostile, [Topic("keyword", "<b>", "<b>")], Action("petition", "https://x.test/p?a=1&b=2", "<i>t</i>"))
    assert "<script>" not in message.html and "&lt;script&gt;" in message.html
    assert "&lt;a href='x'&gt;" in message.html and "&amp; more" in message.html
    assert "🔎 &lt;b&gt;" in message.html
    assert message.plain.startswith("<script>alert(1)</script> & <b>bold</b>")
    tags = [part.split(">")[0] for part in message.html.split("<")[1:]]
    assert set(tags) <= {"b", "/b", "i", "/i"}


def test_alert_fits_4096_characters_whatever_the_input():
    huge = story(title="T" * 10_000, text=("<&>" * 3000 + ". ") * 20)
    message = compose_alert(huge, [AZ] * 50, Action("donation", "https://x.test/d", "D" * 5000))
    assert len(message.html) <= 4096 and len(message.plain) <= 4096
    assert message.html.startswith("<b>")


def _finishes_within(seconds: float, work):
    """work() run in a daemon thread: its result, or a failure if it has not finished in time."""
    outcome: list[object] = []
    worker = threading.Thread(target=lambda: outcome.append(work()), daemon=True)
    worker.start()
    worker.join(seconds)
    assert outcome, f"did not finish within {seconds} s (the event loop would be frozen)"
    return outcome[0]


def _well_formed(html_text: str) -> bool:
    """Telegram's HTML parse would accept it: only b/i tags, balanced, and no entity cut in half."""
    tags = re.findall(r"<(/?)([a-z]+)>", html_text)
    depth: list[str] = []
    for closing, name in tags:
        if closing:
            if not depth or depth.pop() != name:
                return False
        else:
            depth.append(name)
    stray = re.sub(r"</?[bi]>|&(?:amp|lt|gt|quot);", "", html_text)
    return not depth and "<" not in stray and ">" not in stray and "&" not in stray


@pytest.mark.parametrize("hostile", [
    pytest.param(lambda: (AlertStory(1, "t", "Some text. More text.", None, "&" * 1000), []), id="source-of-1000-ampersands"),
    pytest.param(lambda: (story(title="&" * 5000), []), id="title-of-ampersands"),
    pytest.param(lambda: (story(), [Topic("keyword", f"k{i}" + "&" * 190, f"k{i}" + "&" * 190) for i in range(5)]),
                 id="five-keywords-ending-in-190-ampersands"),
    pytest.param(lambda: (story(title="<" * 3000, text="&" * 9000 + ". " + "> " * 4000), [AZ] * 9), id="everything"),
])
def test_alert_over_the_limit_after_escaping_is_cut_in_bounded_time_and_stays_valid_html(hostile):
    hostile_story, topics = hostile()
    action = Action("petition", "https://x.test/p", "&" * 800)
    message = _finishes_within(10, lambda: compose_alert(hostile_story, topics, action))
    assert len(message.html) <= 4096 and len(message.plain) <= 4096
    assert _well_formed(message.html), message.html[:300]
    assert message.html.startswith("<b>") and message.plain


@pytest.mark.parametrize("limit", [-5, 0, 1, 2, 7, 50])
def test_shorten_by_escaped_length_always_fits(limit):
    for text in ("&" * 300, "a & b " * 100, "<>" * 40, "plain words only " * 10, ""):
        cut = shorten(text, limit, escaped=True)
        assert len(html.escape(cut, quote=False)) <= max(limit, 0) or (cut == text and len(html.escape(text, quote=False)) <= limit)


@pytest.mark.parametrize(("kind", "label"), [
    ("petition", "✍️ Sign the petition"), ("donation", "💶 Donate"), ("message", "✉️ Send a message"), ("other", "📣 Take action"),
])
def test_buttons_action_first_then_story_then_mute_and_share(kind, label):
    message = compose_alert(story(), [AZ], Action(kind, "https://act.test/x", "Campaign"), alert_id=123456789)
    rows = message.buttons
    assert rows[0][0].label == label and rows[0][0].url == "https://act.test/x"
    assert rows[1][0].label == "📰 Read the story" and rows[1][0].url == "https://news.test/1"
    assert rows[2][0].label == "🔇 Mute Azerbaijan" and rows[2][0].callback_data == "mute:123456789:0"
    assert rows[2][1].label == "↗️ Share" and rows[2][1].url.startswith("https://t.me/share/url?url=https%3A%2F%2Fnews.test%2F1")
    assert all(len((button.callback_data or "").encode()) <= 64 for row in rows for button in row)
    assert message.markup().inline_keyboard[0][0].url == "https://act.test/x"


def test_without_action_the_story_button_comes_first_and_corpus_stories_have_none():
    rows = compose_alert(story(), [AZ], None).buttons
    assert rows[0][0].label == "📰 Read the story"
    corpus = compose_alert(story(url=None), [AZ], None).buttons
    assert [button.label for row in corpus for button in row] == ["🔇 Mute Azerbaijan"]
    # a corpus story with a campaign: the action, and Share points at the campaign
    rows = compose_alert(story(url=None), [AZ], Action("petition", "https://act.test/p", "P")).buttons
    assert [button.label for row in rows for button in row] == ["✍️ Sign the petition", "🔇 Mute Azerbaijan", "↗️ Share"]


def test_mute_targets_the_first_primary_topic_and_long_labels_are_shortened():
    topics = [Topic("country", "AZ", "Azerbaijan", "mentioned"), Topic("union", "x", "A very long union name that goes on and on")]
    rows = compose_alert(story(), topics, None, alert_id=5).buttons
    mute = rows[-1][0]
    assert mute.callback_data == "mute:5:1" and len(mute.label) <= 40 and mute.label.endswith("…")
    assert parse_mute_callback("mute:5:1") == (False, 5, 1)
    assert parse_mute_callback("unmute:5:1") == (True, 5, 1)
    assert parse_mute_callback("mute:x:1") is None and parse_mute_callback("other") is None


def test_untitled_story_gets_its_opening_as_headline_and_summary_of_two_or_three_sentences():
    untitled = story(title=None, text="BAKU, Azerbaijan, January 19. The delegation of the union met the ILO. "
                                      "They talked for hours. Ms. Andrees spoke. Then everyone left. The end came.")
    assert headline(untitled).startswith("BAKU, Azerbaijan, January 19. The delegation")
    # three sentences ("Ms." does not end one), after the opening that became the headline
    assert summarize(untitled) == "They talked for hours. Ms. Andrees spoke. Then everyone left."


def test_flags():
    assert flag("AZ") == "🇦🇿" and flag("by") == "🇧🇾" and flag("") == "" and flag("ABC") == ""


# --- actions ---


@pytest.mark.parametrize(("text", "url", "kind"), [
    ("Sign the petition", "https://www.labourstart.org/go/x", "petition"),
    ("click here", "https://union.test/petition/free-them", "petition"),
    ("Donate now", "https://union.test/x", "donation"),
    ("click here", "https://www.labourstart.org/donate/", "donation"),
    ("Take action", "https://union.test/a", "other"),
    ("ACT NOW!", "https://union.test/a", "other"),
    ("Read the appeal", "https://union.test/a", "other"),
    ("Send a message to the minister", "https://union.test/m", "message"),
    ("Read more", "https://union.test/news/strike", None),
    ("Our campaign history", "https://union.test/about", None),
])
def test_link_action_kind(text, url, kind):
    assert link_action_kind(text, url) == kind


def test_entry_links_give_the_action_before_any_campaign():
    links = [{"url": "https://union.test/news", "text": "earlier story"},
             {"url": "https://union.test/solidarity-fund/donate", "text": "support the strikers"}]
    action = action_from_links(links)
    assert action == Action("donation", "https://union.test/solidarity-fund/donate", "support the strikers", "link")
    campaign = CampaignInfo(1, "Petition", "https://c.test/p", "petition", ("AZ",))
    chosen = choose_action(as_story("Strike", "text", links=links), [tag("country", "AZ")], [campaign])
    assert chosen is not None and chosen.kind == "donation" and chosen.origin == "link"


def test_seed_texts_give_their_action_kinds():
    seeds = seed_stories()
    assert text_action_kind(seeds[("002", 0)].title, seeds[("002", 0)].text) == "petition"
    assert text_action_kind(seeds[("000", 1)].title, seeds[("000", 1)].text) == "donation"
    assert text_action_kind(seeds[("003", 2)].title, seeds[("003", 2)].text) == "other"
    for key in [("000", 0), ("001", 0), ("001", 1), ("003", 0), ("003", 1), ("003", 3), ("004", 0)]:
        assert text_action_kind(seeds[key].title, seeds[key].text) is None, key


def test_seed_002_gets_the_sample_petition_and_000_1_the_standing_donation_appeal():
    seeds = seed_stories()
    sample = [CampaignInfo(number, c.title, c.url, c.kind, c.countries, ("labor-desk",) if c.unions else ())
              for number, c in enumerate(SAMPLE_CAMPAIGNS, start=1)]
    appeal = seeds[("002", 0)]
    action = choose_action(as_story(appeal.title, appeal.text), [tag("country", "AZ"), tag("union", "labor-desk")], sample)
    assert action is not None and action.kind == "petition" and action.url == "https://www.labourstart.org/campaigns/"
    donation = seeds[("000", 1)]
    action = choose_action(as_story(donation.title, donation.text), [tag("country", "GE")], sample)
    assert action == Action("donation", "https://www.labourstart.org/", "Support LabourStart", "campaign", 2)
    # without a standing appeal of that kind the kind is still known, but there is no button
    action = choose_action(as_story(donation.title, donation.text), [tag("country", "GE")], sample[:1])
    assert action == Action("donation", None, origin="text")
    assert "no button" in action.describe()


def test_standing_campaign_only_serves_stories_that_ask_for_its_kind():
    standing = CampaignInfo(7, "Support us", "https://pub.test/donate", "donation")
    assert choose_action(as_story("Strike ends", "Workers went back."), [tag("country", "GE")], [standing]) is None
    asks = as_story("Appeal", "If you can donate, please click here to do so.")
    assert choose_action(asks, [], [standing]).url == "https://pub.test/donate"


def test_campaign_order_union_and_country_then_union_then_country():
    today = dt.date(2026, 1, 1)
    by_country = CampaignInfo(1, "Country", "https://c.test/country", "message", ("AZ",))
    by_union = CampaignInfo(2, "Union", "https://c.test/union", "donation", (), ("labor-desk",))
    both = CampaignInfo(3, "Both", "https://c.test/both", "petition", ("AZ",), ("labor-desk",))
    ended = CampaignInfo(4, "Ended", "https://c.test/ended", "petition", ("AZ",), ("labor-desk",), dt.date(2025, 12, 31))
    tags = [tag("country", "AZ"), tag("union", "labor-desk")]
    pick = lambda campaigns, tags=tags: choose_action(as_story("t", "x"), tags, campaigns, today).url  # noqa: E731
    assert pick([by_country, by_union, both, ended]) == "https://c.test/both"
    assert pick([by_country, by_union, ended]) == "https://c.test/union"
    assert pick([by_country, ended]) == "https://c.test/country"
    assert choose_action(as_story("t", "x"), tags, [ended], today) is None
    # only primary tags count
    assert choose_action(as_story("t", "x"), [tag("country", "AZ", "mentioned")], [by_country], today) is None
    # unions named in a campaign by their label match too
    named = CampaignInfo(5, "Named", "https://c.test/named", "petition", (), ("Labor Desk",))
    assert choose_action(as_story("t", "x"), [tag("union", "labor-desk", label="Labor Desk")], [named], today).url == "https://c.test/named"


def test_infer_kind():
    assert infer_kind("https://x.test/petition/1", "Free them") == "petition"
    assert infer_kind("https://x.test/fund", "Donate to the strike fund") == "donation"
    assert infer_kind("https://x.test/a", "Free Orujov") == "other"


# --- /addcampaign arguments ---


def test_parse_campaign_args_quoted():
    args = parse_campaign_args('https://www.labourstart.org/campaigns/ "Free the Labor Desk 4" AZ "Labor Desk" ends=2026-12-31 kind=petition')
    assert args.error is None
    assert (args.url, args.title, args.countries, args.unions, args.ends_on, args.kind) == (
        "https://www.labourstart.org/campaigns/", "Free the Labor Desk 4", ["AZ"], ["Labor Desk"], dt.date(2026, 12, 31), "petition")


def test_parse_campaign_args_unquoted_title_runs_to_the_first_code():
    args = parse_campaign_args("https://example.org/petition Free Orujov AZ BY")
    assert (args.title, args.countries, args.unions) == ("Free Orujov", ["AZ", "BY"], [])
    args = parse_campaign_args("https://example.org/x “Curly quoted title” unions=NTUF,AHIK countries=pk")
    assert (args.title, args.unions, args.countries) == ("Curly quoted title", ["NTUF", "AHIK"], ["PK"])


@pytest.mark.parametrize(("text", "problem"), [
    ("", "Usage"),
    ("not-a-url Title", "http(s) link"),
    ("https://x.test/p", "needs a title"),
    ('https://x.test/p "Title" kind=banana', "kind must be one of"),
    ('https://x.test/p "Title" ends=tomorrow', "like 2026-12-31"),
    ('https://x.test/p "Unclosed', "quote is not closed"),
    ('https://x.test/p "Title" colour=red', "unknown option"),
])
def test_parse_campaign_args_errors(text, problem):
    assert problem in (parse_campaign_args(text).error or "")
