"""Alert composition and campaign actions: pure functions, no database, no Telegram."""

from __future__ import annotations

import datetime as dt
import html
import json
import re
import threading
from dataclasses import replace
from types import SimpleNamespace

import pytest
from telegram import InlineKeyboardButton, InlineKeyboardMarkup

from bot.chats.campaigns import (
    SAMPLE_CAMPAIGNS,
    Action,
    CampaignInfo,
    Translation,
    action_for_subscriber,
    action_from_links,
    choose_action,
    infer_kind,
    link_action_kind,
    parse_campaign_args,
)
from bot.compose.alert import (
    AlertStory,
    Topic,
    compose_alert,
    headline,
    parse_mute_callback,
    shorten,
    summarize,
)
from bot.delivery.sender import keyboard_json
from bot.ingest.corpus import bundled_sample_corpus, split_document
from bot.matching.topics import flag

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
    # the reply_markup sent is what python-telegram-bot's own keyboard of these buttons would send
    ptb = InlineKeyboardMarkup([[InlineKeyboardButton(button.label, url=button.url, callback_data=button.callback_data)
                                 for button in row] for row in rows])
    assert json.loads(keyboard_json(message)) == ptb.to_dict()
    assert keyboard_json(compose_alert(story(url=None), [], None)) is None


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
    assert headline(untitled) == "The delegation of the union met the ILO"
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
    # known platforms give the kind whatever the anchor text says
    ("here", "https://actionnetwork.org/letters/free-igbal", "message"),
    ("here", "https://actionnetwork.org/petitions/pass-the-pro-act", "petition"),
    ("here", "https://actionnetwork.org/events/picket-at-the-depot", "event"),
    ("this", "https://www.change.org/p/free-the-four", "petition"),
    ("this", "https://www.gofundme.com/f/strike-fund-for-miners", "donation"),
    ("about us", "https://actionnetwork.org/groups/x", None),
])
def test_link_action_kind(text, url, kind):
    assert link_action_kind(text, url) == kind


def test_entry_links_give_the_action_before_any_campaign():
    links = [{"url": "https://union.test/news", "text": "earlier story"},
             {"url": "https://union.test/solidarity-fund/donate", "text": "support the strikers"}]
    action = action_from_links(as_story("Strike", "text", links=links))
    assert (action.kind, action.url, action.title, action.origin) == (
        "donation", "https://union.test/solidarity-fund/donate", "support the strikers", "link")
    campaign = CampaignInfo(1, "Petition", "https://c.test/p", "petition", (), ("labor-desk",))
    chosen = choose_action(as_story("Strike", "text", links=links), [tag("union", "labor-desk")], [campaign])
    assert chosen is not None and chosen.kind == "donation" and chosen.origin == "link" and "link in the story" in chosen.reason


def test_bare_url_in_plain_text_is_the_stories_action_and_its_words_give_the_kind():
    text = ("Workers at the depot have been locked out. Sign the petition: https://unions.test/free-the-depot-workers. "
            "More at https://news.test/depot.")
    action = choose_action(as_story("Lockout", text), [tag("country", "AZ")], [])
    assert (action.kind, action.url, action.origin) == ("petition", "https://unions.test/free-the-depot-workers", "link")
    # the story's own link beats a campaign of the same cause
    campaign = CampaignInfo(1, "Depot", "https://c.test/depot", "donation", (), (), keywords=("depot workers", "lockout"))
    assert choose_action(as_story("Lockout", text), [], [campaign]).url == "https://unions.test/free-the-depot-workers"


def test_a_link_to_a_configured_campaign_is_that_campaign():
    campaign = CampaignInfo(4, "Free them", "https://www.labourstart.org/go/free-them", "petition", (), (), keywords=("Orujov",))
    story = as_story("News", "Please add your name: https://labourstart.org/go/free-them/ today.")
    action = choose_action(story, [], [campaign])
    assert (action.campaign_id, action.title, action.origin) == (4, "Free them", "link")
    assert "links to this campaign" in action.reason


def test_a_story_with_fifty_links_is_a_round_up_with_no_action_of_its_own():
    links = [{"url": f"https://cause{n}.test/petition/sign", "text": f"Sign petition {n}"} for n in range(50)]
    roundup = as_story("This week's campaigns", "Fifty petitions to sign this week.", links=links)
    assert action_from_links(roundup) is None
    # a campaign whose cause it does not name is not attached either: only its own cue kind, without a button
    unrelated = CampaignInfo(1, "Labor Desk", "https://c.test/ld", "petition", ("AZ",), ("labor-desk",), keywords=("Labor Desk",))
    action = choose_action(roundup, [tag("country", "AZ")], [unrelated])
    assert action is not None and action.url is None
    # fifty plain news links and one petition: the petition
    news = [{"url": f"https://news.test/{n}", "text": f"story {n}"} for n in range(50)]
    news.append({"url": "https://www.change.org/p/free-them", "text": "this"})
    assert action_from_links(as_story("Roundup", "text", links=news)).url == "https://www.change.org/p/free-them"
    # the same with bare URLs in plain text
    listed = " ".join(f"Sign petition {n}: https://cause{n}.test/petition/sign." for n in range(50))
    assert choose_action(as_story("Campaigns this week", listed), [], [unrelated]).url is None


SAMPLE = [CampaignInfo(number, c.title, c.url, c.kind, c.countries, ("labor-desk",) if c.unions else (), None, c.keywords)
          for number, c in enumerate(SAMPLE_CAMPAIGNS, start=1)]


def test_seed_texts_give_their_own_action_kinds_as_labelled(eval_stories):
    """Every seed story's own action (its words and links, no campaign) is the one the labels list."""
    labels = {(row["file"][:3], row["index"]): row["actions"] for row in eval_stories}
    kinds = {"petition": "petition", "donate": "donation", "take_action": "other"}
    seeds = seed_stories()
    assert labels.keys() == seeds.keys()
    for key, item in seeds.items():
        action = choose_action(as_story(item.title, item.text), [], [])
        expected = [kinds[label] for label in labels[key]]
        assert ([action.kind] if action else []) == expected, key


def test_seed_stories_get_only_campaigns_of_their_own_cause():
    """With the sample campaigns and the tagger's real tags: the Labor Desk petition on the Labor Desk
    stories, the donation appeal on the appeal, no button on the rest (AHIK meeting the ILO included)."""
    from bot.matching import default_tagger

    tagger = default_tagger()
    buttons = {}
    for key, item in seed_stories().items():
        tags = tagger.tag(item.title, item.text)
        story_tags = [tag("country", country.code, country.salience) for country in tags.countries]
        story_tags += [tag("union", union.union_id, union.salience, union.name) for union in tags.unions]
        action = choose_action(as_story(item.title, item.text), story_tags, SAMPLE)
        buttons[key] = (action.kind, action.campaign_id) if action is not None and action.url else None
    petition, donation = ("petition", 1), ("donation", 2)
    assert buttons == {
        ("000", 0): petition, ("001", 0): petition, ("002", 0): petition,  # the Labor Desk stories
        ("000", 1): donation,  # LabourStart's appeal
        ("001", 1): None, ("003", 0): None, ("003", 1): None, ("003", 2): None, ("003", 3): None, ("003", 4): None,
        ("004", 0): None,  # AHIK, another organisation in the same country, with no call to act
    }


def test_a_country_alone_is_never_enough():
    labor_desk = SAMPLE[0]
    strike = as_story("Metro workers strike in Baku", "Metro drivers in Baku walked out over pay. Teachers joined them.")
    assert choose_action(strike, [tag("country", "AZ")], [labor_desk]) is None
    # ... and a campaign's countries only narrow it: its cause named outside them does not count
    elsewhere = as_story("Labor Desk", "Afiaddin Mammadov and Elvin Mustafayev spoke in Tbilisi.")
    assert choose_action(elsewhere, [tag("country", "GE")], [labor_desk]) is None
    assert choose_action(elsewhere, [tag("country", "GE"), tag("country", "AZ", "mentioned")], [labor_desk]).campaign_id == 1


def test_cause_by_union_or_two_names_or_one_name_with_a_matching_call():
    campaign = CampaignInfo(3, "Free Orujov", "https://c.test/o", "petition", (), ("labor-desk",),
                            keywords=("Mohyaddin Orujov", "Afiaddin Mammadov"))
    by_union = choose_action(as_story("t", "x"), [tag("union", "labor-desk", label="Labor Desk")], [campaign])
    assert by_union.campaign_id == 3 and by_union.reason == "the story is about Labor Desk"
    # only a mention of the union is not the story being about it
    assert choose_action(as_story("t", "x"), [tag("union", "labor-desk", "mentioned")], [campaign]) is None
    two = choose_action(as_story("Trial", "Mohyaddin Orujov and Afiaddin Mammadov were sentenced."), [], [campaign])
    assert two.campaign_id == 3 and "Mohyaddin Orujov" in two.reason
    one = as_story("Trial", "Mohyaddin Orujov was sentenced.")
    assert choose_action(one, [], [campaign]) is None
    asks = as_story("Trial", "Mohyaddin Orujov was sentenced. Sign the petition for his release.")
    chosen = choose_action(asks, [], [campaign])
    assert chosen.campaign_id == 3 and chosen.reason == "the story names Mohyaddin Orujov and asks for signatures"
    # names are matched whole, folded: "Sahib Mammadov" is not "Afiaddin Mammadov"; accents do not matter
    assert choose_action(as_story("t", "Sahib Mammadov met the ILO. Sign the petition."), [], [campaign]).url is None
    accented = CampaignInfo(5, "C", "https://c.test/c", "petition", (), (), keywords=("Çağlar Demir", "Metro union"))
    assert choose_action(as_story("t", "caglar demir and the METRO-UNION"), [], [accented]).campaign_id == 5


def test_won_closed_and_ended_campaigns_are_not_attached():
    today = dt.date(2026, 1, 1)
    base = CampaignInfo(1, "C", "https://c.test/c", "petition", (), ("labor-desk",))
    tags = [tag("union", "labor-desk")]
    assert choose_action(as_story("t", "x"), tags, [base], today).campaign_id == 1
    for status in ("won", "closed"):
        assert choose_action(as_story("t", "x"), tags, [replace(base, status=status)], today) is None
    assert choose_action(as_story("t", "x"), tags, [replace(base, status="updated")], today).campaign_id == 1
    assert choose_action(as_story("t", "x"), tags, [replace(base, ends_on=dt.date(2025, 12, 31))], today) is None


def test_the_subscribers_language_picks_the_title_and_link_english_otherwise():
    campaign = CampaignInfo(9, "Free them", "https://c.test/en", "petition", (), ("labor-desk",),
                            translations=(Translation("de", "Freiheit für sie", "https://c.test/de"),))
    action = choose_action(as_story("t", "x"), [tag("union", "labor-desk")], [campaign])
    assert action_for_subscriber(action, "de-AT", None).url == "https://c.test/de"
    assert action_for_subscriber(action, "de", None).title == "Freiheit für sie"
    assert action_for_subscriber(action, "fr", None).url == "https://c.test/en"
    assert action_for_subscriber(action, None, None).url == "https://c.test/en"
    # through the redirect endpoint: the link names the campaign and language, never the subscriber
    assert action_for_subscriber(action, "de", "https://bot.test/").url == "https://bot.test/c/9/de"
    assert action_for_subscriber(action, "fr", "https://bot.test").url == "https://bot.test/c/9"
    # a story's own link has no campaign to count: it stays as it is
    own = Action("petition", "https://x.test/p", origin="link")
    assert action_for_subscriber(own, "de", "https://bot.test").url == "https://x.test/p"


def test_the_alert_says_the_campaign_and_the_button_goes_to_it():
    action = choose_action(as_story("t", "x"), [tag("country", "AZ"), tag("union", "labor-desk", label="Labor Desk")], SAMPLE)
    message = compose_alert(story(), [AZ], action)
    assert "✍️ Free the Labor Desk activists" in message.plain
    assert message.buttons[0][0].url == "https://www.labourstart.org/campaigns/"
    assert "the story is about" in action.describe()


def test_infer_kind():
    assert infer_kind("https://x.test/petition/1", "Free them") == "petition"
    assert infer_kind("https://x.test/fund", "Donate to the strike fund") == "donation"
    assert infer_kind("https://x.test/a", "Free Orujov") == "other"


# --- /addcampaign arguments ---


def test_parse_campaign_args_quoted():
    args = parse_campaign_args('https://www.labourstart.org/campaigns/ "Free the Labor Desk 4" AZ "Labor Desk" ends=2026-12-31 '
                               'kind=petition names="Afiaddin Mammadov, Elvin Mustafayev" title_de="Freiheit für die vier" '
                               'url_de=https://www.labourstart.org/de/')
    assert args.error is None
    assert (args.url, args.title, args.countries, args.unions, args.ends_on, args.kind, args.keywords) == (
        "https://www.labourstart.org/campaigns/", "Free the Labor Desk 4", ["AZ"], ["Labor Desk"], dt.date(2026, 12, 31), "petition",
        ["Afiaddin Mammadov", "Elvin Mustafayev"])
    assert args.translations == {"de": {"title": "Freiheit für die vier", "url": "https://www.labourstart.org/de/"}}


def test_parse_campaign_args_unquoted_title_runs_to_the_first_code():
    args = parse_campaign_args("https://example.org/petition Free Orujov AZ BY names=Orujov")
    assert (args.title, args.countries, args.unions, args.keywords) == ("Free Orujov", ["AZ", "BY"], [], ["Orujov"])
    args = parse_campaign_args("https://example.org/x “Curly quoted title” unions=NTUF,AHIK countries=pk")
    assert (args.title, args.unions, args.countries) == ("Curly quoted title", ["NTUF", "AHIK"], ["PK"])


@pytest.mark.parametrize(("text", "problem"), [
    ("", "Usage"),
    ("not-a-url Title", "http(s) link"),
    ('ftp://x.test/p "Title" "Labor Desk"', "http(s) link"),
    ('javascript:alert(1) "Title" "Labor Desk"', "http(s) link"),
    ("https://x.test/p", "needs a title"),
    ('https://x.test/p "Title" kind=banana', "kind must be one of"),
    ('https://x.test/p "Title" ends=tomorrow', "like 2026-12-31"),
    ('https://x.test/p "Unclosed', "quote is not closed"),
    ('https://x.test/p "Title" colour=red', "unknown option"),
    ('https://x.test/p "Title" AZ', "no cause"),
    ('https://x.test/p "Title" AZ BY countries=GE', "A country alone is never enough"),
    ('https://x.test/p "' + "T" * 500 + '" "Labor Desk"', "500 characters long; keep it to 200"),
    ('https://x.test/p "Title" names="Al"', "too short"),
    ('https://x.test/p "Title" "Labor Desk" title_de="Titel"', "needs both title_de= and url_de="),
    ('https://x.test/p "Title" "Labor Desk" title_de="Titel" url_de=ftp://x', "url_de"),
])
def test_parse_campaign_args_errors(text, problem):
    assert problem in (parse_campaign_args(text).error or "")
