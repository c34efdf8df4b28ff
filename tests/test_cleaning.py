"""Cleaning: page junk goes (with its reason and line), body text stays, paragraphs one per line."""

from __future__ import annotations

import hashlib
import json
from pathlib import Path

import pytest

from storylens.extract import extract_article
from storylens.extract.boilerplate import clean_text
from storylens.extract.metadata import Byline
from storylens.ingest.files import read_inputs
from storylens.options import Options
from storylens.records import Source
from tests.conftest import EXAMPLE, need_shared, score_story


@pytest.fixture(scope="module")
def example_articles() -> dict:
    """The bundled example story's articles, keyed by id (extraction only: no models needed)."""
    sources, notes = read_inputs([str(EXAMPLE)], Options())
    assert notes == []
    return {a.id: a for a in (extract_article(s, Options()) for s in sources)}


JUNK = {
    "coastal-ledger": [
        "Home | News",
        "Share on Facebook",
        "Read more:",
        "Photo: Traffic",
        "Leave a Reply",
        "Your email address",
        "By Dana Whitfield",
        "PORT ALDER:",
    ],
    "alder-daily-news": ["Reading time", "About the author"],
    "civic-watch": ["Subscribe to our newsletter"],
    "harbor-wire": ["Share this article", "PORT ALDER (Harbor Wire)"],
    "northshore-post": ["Most read", "All rights reserved", "Council votes on budget", "By Carla Mendes"],
}
KEEP = {
    "coastal-ledger": ["The city has closed the Meridian Bridge", "He added that ferry service would double"],
    "alder-daily-news": ["Ferry service will double from next week, the transport department said."],
    "civic-watch": ["Some 38,000 vehicles a day now face detours through the Harbor Tunnel."],
    "harbor-wire": ["The Meridian Bridge has closed to traffic"],
    "northshore-post": ["Port Alder will close the Meridian Bridge", "ferry service will double from next week."],
}


@pytest.mark.parametrize("article_id", sorted(JUNK))
def test_example_junk_goes_and_body_stays(example_articles: dict, article_id: str) -> None:
    article = example_articles[article_id]
    for junk in JUNK[article_id]:
        assert junk not in article.text, junk
    for body in KEEP[article_id]:
        assert body in article.text, body
    assert article.title and article.title not in article.text
    assert article.content_hash == hashlib.sha256(article.text.encode()).hexdigest()
    assert "\n\n" not in article.text


def test_removed_blocks_carry_reason_and_line(example_articles: dict) -> None:
    removed = {(r.reason, r.line) for r in example_articles["coastal-ledger"].removed}
    assert {
        ("navigation", 1),
        ("share", 2),
        ("title", 4),
        ("byline", 6),
        ("dateline", 8),
        ("read-more", 18),
        ("caption", 20),
        ("comment-form", 22),
        ("comment-form", 23),
    } <= removed
    assert example_articles["coastal-ledger"].dateline == "PORT ALDER"
    assert example_articles["coastal-ledger"].text.startswith("The city has closed")


GENERIC = """\
Menu | World | Business | Tech | Subscribe
Search
Storm floods the lower town

Storm floods the lower town

Heavy rain flooded the lower town overnight, forcing dozens of families from their homes.

By Ann Example and Bo Sample | 2 March 2024
5 min read

ROMEFORD (Example Agency) — Water rose above the river wall at about 2 a.m., residents said.

What happens next

Engineers will inspect the wall on Friday, the council said.

Rescue boats at the river wall on Tuesday. (Jo Person/Example Photos)
Read more: Earlier floods in the region
Advertisement
•

Follow us on social media for updates.
Jo Person
Senior Correspondent
Covers weather and climate.
"""


def test_generic_page_junk_on_an_invented_article() -> None:
    cleaned = clean_text(GENERIC)
    assert cleaned.title == "Storm floods the lower town"
    assert cleaned.text.split("\n") == [
        "Heavy rain flooded the lower town overnight, forcing dozens of families from their homes.",  # standfirst
        "Water rose above the river wall at about 2 a.m., residents said.",
        "What happens next",  # a section heading stays
        "Engineers will inspect the wall on Friday, the council said.",
    ]
    reasons = [r.reason for r in cleaned.removed]
    for reason in (
        "navigation",
        "title",
        "repeated-title",
        "byline",
        "reading-time",
        "dateline",
        "caption",
        "read-more",
        "advert",
        "punctuation",
        "subscribe",
        "author-bio",
    ):
        assert reason in reasons, reason
    assert cleaned.byline is not None and cleaned.byline.authors == ("Ann Example", "Bo Sample")
    assert cleaned.byline.published == "2024-03-02"
    assert (cleaned.dateline, cleaned.dateline_agency) == ("ROMEFORD (Example Agency)", "Example Agency")


def test_typographic_text_is_not_rewritten() -> None:
    raw = "A headline\n\nThe minister said\u00a0it was \u201cfine\u201d \u2014 and left.\n"
    cleaned = clean_text(raw)
    assert cleaned.text == "The minister said\u00a0it was \u201cfine\u201d \u2014 and left."


def test_hard_wrapped_lines_are_joined_into_one_paragraph() -> None:
    raw = "Title of the piece\n\nThe first paragraph runs on over a hard line break that a text editor\ninserted.\n\n"
    raw += "Second."
    assert clean_text(raw).text == (
        "The first paragraph runs on over a hard line break that a text editor inserted.\nSecond."
    )


def test_sentences_that_merely_mention_junk_words_stay() -> None:
    raw = (
        "Vote result\n\nShare prices fell after the vote, and readers were urged to subscribe.\n"
        "Home owners said the menu of options was thin (see the council's report).\n"
        "Sign up numbers for the scheme doubled.\n"
    )
    assert len(clean_text(raw).text.split("\n")) == 3


def test_kazakhstan_cleaning_accuracy_is_perfect(tmp_path: Path) -> None:
    story = need_shared("examples", "kazakhstan-abraham-accords")
    gold = need_shared("eval", "kazakhstan-abraham-accords.gold.json")
    sources, _ = read_inputs([str(story)], Options())
    articles = [extract_article(s, Options()).to_dict() for s in sources]
    report = tmp_path / "articles.json"
    report.write_text(json.dumps({"articles": articles}), encoding="utf-8")
    assert score_story(gold, report)["cleaning_accuracy"] == 1.0


@pytest.mark.parametrize(
    ("line", "reason"),
    [
        ("Riverside Radio | Watch live", "navigation"),
        ("Related topics: Floods, Weather, Roads", "tags"),
        ("Filed under: Council", "tags"),
        ("Comments (7)", "comment-form"),
        ("(Reporting by Ann Example; Editing by Bo Sample)", "credit"),
        ("(Additional reporting by Cy Person in Romeford)", "credit"),
        ("Donate: Keep our newsroom open. Every pound helps.", "subscribe"),
        ("Related topics: River Wall · Weather warnings · Mayor Ann Example", "tags"),
        ("Published 09:12 GMT · Updated 11:40 GMT", "date"),
        ("Updated 18:40", "date"),
        ("Saturday, late edition", "edition"),
        ("Riverside Radio — the voice of the valley. Listen on 97.2 FM and online.", "station"),
        ("Log in or register to join the discussion.", "comment-form"),
        (
            "The Gazette and the town's food bank are collecting for flooded families. Every gift helps. Give now",
            "subscribe",
        ),
        (
            "Support independent journalism. We are funded by readers. Become a member from 3 pounds a month",
            "subscribe",
        ),
        ("Fearless. Local. Reader-funded.", "masthead"),
        ("Live updates: the flood in the lower town, hour by hour", "read-more"),
        ("Listen live: Riverside Radio", "read-more"),
    ],
)
def test_closing_page_furniture_goes(line: str, reason: str) -> None:
    cleaned = clean_text(f"Storm floods the lower town\n\nWater rose above the river wall overnight.\n\n{line}\n")
    assert cleaned.text == "Water rose above the river wall overnight."
    assert [r.reason for r in cleaned.removed if r.text == line] == [reason]


def test_body_lines_that_look_like_furniture_stay() -> None:
    raw = (
        "Vote result\n\nTopics: what the council will weigh on Monday as it debates the budget in a full session.\n"
        "Comments from readers were mixed, the paper said.\n"
        "(Reporting by the inspectors, the council said, was thorough.) The mayor agreed.\n"
    )
    assert len(clean_text(raw).text.split("\n")) == 3


@pytest.mark.parametrize(
    "line",
    [
        "The evening edition of the paper sold out by noon.",
        "Listeners can tune in on 97.2 FM for the mayor's address.",
        "Updated 18:40 figures showed the river still rising.",
        "The charity urged people to give now.",
        "He left. She stayed.",
        "Live music returned to the square: hundreds danced.",
        "Topics: the wall · the pumps · the insurance claims that followed the flood in the lower town last spring.",
        "More from the river authority: it will raise the wall by a metre.",
        "Editorial staff at the paper worked through the night.",
        "Pictured on the bridge, the mayor said the water would fall by Monday.",
        "Comments from residents on the council's page were mostly angry.",
        "Unlocking the sluice gates, engineers said, would flood the fields.",
        "Tom Reed reports on the flood for the first time since he left the council.",
    ],
)
def test_body_lines_that_share_words_with_page_furniture_stay(line: str) -> None:
    cleaned = clean_text(f"Storm floods the lower town\n\nWater rose above the river wall overnight.\n\n{line}\n")
    assert cleaned.text == f"Water rose above the river wall overnight.\n{line}"


def test_masthead_above_the_body_goes_and_bar_lines_in_the_body_stay() -> None:
    raw = (
        "Storm floods the lower town\n\nRiver Times | Local news since 1901\n\n"
        "Water rose above the river wall overnight.\n\nHigh | Low\n"
    )
    cleaned = clean_text(raw)
    assert cleaned.text == "Water rose above the river wall overnight.\nHigh | Low"
    assert [(r.reason, r.text) for r in cleaned.removed if r.reason == "masthead"] == [
        ("masthead", "River Times | Local news since 1901")
    ]


@pytest.mark.parametrize(
    ("top", "outlet"),
    [
        ("THE LOWER VALLEY HERALD", "The Lower Valley Herald"),
        ("Riverside FM News", "Riverside FM News"),
        ("River Times · Local · Weather", "River Times"),
        ("STREAM WATCH — independent news, funded by readers", "Stream Watch"),
        ("Markets | Commodities | Shipping", None),  # a section menu names no outlet
        ("Published 14:20, Thursday", None),
    ],
)
def test_pasted_masthead_goes_and_names_the_outlet(top: str, outlet: str | None) -> None:
    raw = f"Storm floods the lower town\n{top}\n\nWater rose above the river wall overnight, police said.\n"
    cleaned = clean_text(raw)
    assert cleaned.text == "Water rose above the river wall overnight, police said."
    assert [r.text for r in cleaned.removed if r.line == 2] == [top]
    assert cleaned.site == outlet


@pytest.mark.parametrize(
    ("top", "outlet"),
    [
        # a glyph inside the name, then a tagline in capitals that is a sentence
        ("DAILY ✪ BUGLE\nSAYS IT LIKE IT IS\nNews | Sport | Money", "Daily Bugle"),
        # the name on the first line, then a headline in capitals
        ("the Daily KLAXON\nNews › Valley\n\nFLOOD AT THE WALL", "the Daily KLAXON"),
        # a date line is no outlet
        ("SATURDAY 20 NOVEMBER 2027\nHome › News", None),
        # an agency's initials, then its name
        ("VNA ▪ VALLEY NEWS AGENCY\nWorld   Business   Sport", "Valley News Agency"),
    ],
)
def test_a_pasted_page_top_names_the_outlet(top: str, outlet: str | None) -> None:
    raw = f"{top}\n\nStorm floods the lower town\n\nWater rose above the river wall overnight, police said.\n"
    assert clean_text(raw).site == outlet


def test_a_masthead_name_is_the_outlet_before_a_reprinted_wires_agency() -> None:
    raw = ("Storm floods the lower town\nTHE LOWER VALLEY HERALD\n\n"
           "RIVERTON (Eastline) - Water rose above the river wall overnight, police said.\n")  # fmt: skip
    article = extract_article(Source(source="herald.txt", content=raw, kind="text"), Options())
    assert (article.outlet, article.outlet_from) == ("The Lower Valley Herald", "masthead")


def test_short_lines_stay_in_an_extractors_main_text_and_in_text_with_no_sentence() -> None:
    main_text = "BAAR, SWITZERLAND\n\nThe company said on Monday that profits rose.\n"
    kept = clean_text(main_text, title="Profits rise at the trader", pasted=False).text
    assert kept == "BAAR, SWITZERLAND\nThe company said on Monday that profits rose."
    lines = "Stage one: 10 March\n\nStage two: 8 April\n"
    assert clean_text(lines, find_title=False).text == "Stage one: 10 March\nStage two: 8 April"


@pytest.mark.parametrize(
    ("masthead", "site"),
    [
        ("THE LOWER VALLEY HERALD", "The Lower Valley Herald"),
        ("Valley FM News", "Valley FM News"),
        ("The Lantern Square", "The Lantern Square"),  # a name with no outlet word, as the page's first line
        ("LANTERN PRESS — INDEPENDENT NEWS AGENCY", "Lantern Press"),
    ],
)
def test_a_headline_below_a_masthead_is_the_title(masthead: str, site: str) -> None:
    raw = (f"{masthead}\nNews from the valley since 1901\nHome | News | Sport\nLive radio | Podcasts | Weather\n"
           "Storm floods the lower town as the river breaks its banks\nBy Ann Lee\n\n"
           "Water rose above the river wall overnight, police said.\n")  # fmt: skip
    cleaned = clean_text(raw)
    assert cleaned.title == "Storm floods the lower town as the river breaks its banks"
    assert cleaned.site == site
    assert cleaned.text == "Water rose above the river wall overnight, police said."


@pytest.mark.parametrize(
    "above",
    [
        "Your news from the valley\nHome | News | Sport\nADVERTISEMENT\n"
        "Spring sale now on at Tollery Beds - half price pillows\nHome > News > Valley\n",
        "News from the valley since 1901\nHome | News | Sport\nOpinion & Analysis\n",
        "News from the valley since 1901\nHome | News | Sport\nAnalysis / Rivers\n",
        "Home | News | Sport\nWire service for subscribers · Not for redistribution\n",
        "Home | News | Sport\nLATEST: Mill Road closed until further notice\nFrom the wires\n",
    ],
)
def test_the_headline_is_the_line_over_the_byline_and_its_standfirst(above: str) -> None:
    """A standfirst between headline and byline is often the longer line; an advert, a kicker, a breadcrumb and a
    ticker above the headline are no headline."""
    raw = (f"THE LOWER VALLEY HERALD\n{above}\nStorm floods the lower town\n"
           "Hundreds of homes under water as the river breaks its banks at two places overnight\n"
           "By Ann Lee, Rivers Correspondent\nPublished 12 May 2024, 06:10\n\n"
           "Water rose above the river wall overnight, police said.\n")  # fmt: skip
    cleaned = clean_text(raw)
    assert cleaned.title == "Storm floods the lower town"
    assert cleaned.byline == Byline(authors=("Ann Lee",), published="2024-05-12")
    assert cleaned.text.startswith("Hundreds of homes under water")


def test_an_advert_under_its_label_goes_but_a_paragraph_after_a_blank_line_stays() -> None:
    raw = ("Water rose above the river wall overnight, police said.\n\nAdvertisement\n"
           "Spring sale now on at Tollery Beds - half price pillows\n\nThe mayor visited the lower town.\n\n"
           "Advertisement\n\nHomes were evacuated\n\nAdvertisement\nThe bridge stays shut.\n\n"
           "SPONSORED\nMost read\n1. Mill Road closed\n")  # fmt: skip
    cleaned = clean_text(raw, find_title=False)
    assert cleaned.text.splitlines() == ["Water rose above the river wall overnight, police said.",
                                         "The mayor visited the lower town.", "Homes were evacuated",
                                         "The bridge stays shut."]  # fmt: skip
    assert "advert" in {r.reason for r in cleaned.removed if r.text.startswith("Spring sale")}


@pytest.mark.parametrize(
    ("top", "site"),
    [("VALE & VINE\n", "Vale & Vine"), ("VALE & VINE\nSUBSCRIBER CONTENT\n", "Vale & Vine"),
     ("SUBSCRIBER CONTENT\nVALE & VINE\n", "Vale & Vine")],
)  # fmt: skip
def test_a_name_with_an_ampersand_is_the_outlet_and_a_paywall_notice_is_not(top: str, site: str | None) -> None:
    raw = f"{top}Storm floods the lower town\nBy Ann Lee\n\nWater rose above the river wall overnight, police said.\n"
    assert clean_text(raw).site == site


def test_what_stands_above_a_headline_under_a_masthead_goes() -> None:
    raw = ("THE LOWER VALLEY HERALD\nFounded 1901 - Independent. Local. Yours.\n"
           "Good journalism. No owners, no government money.\nHome | News | Sport\n"
           "Storm floods the lower town as the river breaks its banks\n\n"
           "Water rose above the river wall overnight, police said.\n")  # fmt: skip
    cleaned = clean_text(raw)
    assert cleaned.title == "Storm floods the lower town as the river breaks its banks"
    assert cleaned.text == "Water rose above the river wall overnight, police said."


def test_a_short_headline_on_the_first_line_stays_the_title() -> None:
    cleaned = clean_text("Storm Floods Town\n\nWater rose above the river wall overnight, police said.\n")
    assert (cleaned.title, cleaned.site) == ("Storm Floods Town", None)


@pytest.mark.parametrize(
    "line",
    [
        "We use cookies to improve your experience. By continuing to browse you agree to our use of cookies.",
        "Comments (12) | Have your say: log in or register to comment",
        "Comments are open for subscribers. Log in to join the conversation.",
        "Our town. Our news. Since 1901.",
        "The Valley Voice is funded by readers. Donate today to keep our reporting free.",
        "Sign the petition: clean water for every home",
        "You have 1 free article left this month. Subscribe for full access. Already a subscriber? Log in",
        "Sponsored: Compare savings accounts from 12 banks",
        "This story appeared in print on page 2 of the city edition.",
        "Most popular: Flower show draws record crowds | Derby ends in a draw",
        "Follow The Valley Voice on X and Facebook",
        "Join the union today: stronger together, from 9 crowns a week.",
        "Tom Reed is economics editor of the Valley Voice. He has covered banks for 15 years.",
        "Breaking: Valley mayoral race - all 40 polling stations declared",
        "The Valley Voice is reader-funded. Chip in from 3 crowns a month and keep our reporting free.",
        "Cookies help us run this site. By continuing you agree to our use of cookies. OK | More info",
        "Listen to this article (4 minutes)",
        "Download the Valley Voice app for alerts on your phone",
        "The Valley Voice is funded by its readers. Support us from 5 crowns a month.",
        "Win a weekend for two on the coast! Enter now",
        "Got a story? Email news@valleyvoice.example",
        "Markets data delayed by at least 15 minutes.",
        "MORE: Flower show draws record crowds as the sun returns",
        "Trending in Riverside: Bridge closure extended | Bakery opens on Mill Street",
        "More from the Valley Wire: Flower show draws record crowds",
        "ALSO ON VALLEY VOICE: Bus drivers win 6 percent after strike",
        "More VW coverage: Council backs the new bridge at first vote",
        "Editorial: The valley will not be run from the capital",
        "Most read this week: Flower show draws record crowds | Derby ends in a draw",
        "Popular now: 1. Bridge closure extended 2. Bakery opens on Mill Street",
        "You have read 2 of 3 free articles this month. Subscribe for unlimited access from 9 crowns a week.",
        "This article is free to read because 8,000 members pay for it. Join them from 3 crowns a month.",
        "Unlock the full picture gallery with VOICE+ - just 1 crown for your first month",
        "Licensed wire copy. Republication requires a subscription.",
        "Our site uses cookies and similar technologies. See our cookie policy for details. [Accept] [Decline]",
        "We and our partners store and access information on your device. By clicking Agree you consent. Agree",
        "Pictured: Residents carry sandbags along Mill Street on Sunday. Voice/Ann Lee",
        "Photo caption: Water covers the lower town on Sunday morning. Voice/Ann Lee",
        "SOAKED: Residents outside the town hall on Sunday. PIC: Ann Lee/Voice",
        "Were you caught in the flood? Send us your photos: news@valleyvoice.example",
        "Voice Weekend - the best of the valley's week in your inbox every Saturday. Sign up free",
        "Get the Voice Morning Brief. Enter your email address | Sign up",
        "Comments on this article have been closed.",
        "What do you think? Have your say in the comments below",
        "Comments are moderated. 27 comments",
        "Markets data provided by VSE. Prices delayed by 15 minutes.",
        "Valley Voice 2026 · Published under a Creative Commons licence · Contact · Privacy",
        "News | Weather | Sport | Money | Puzzles | Win!",
        "Tom Reed has covered the valley for the Voice since 2009.",
        "Tom Reed reports on floods and farming. He was a ferryman for ten years.",
        "Text: Ann Lee | Photos: Tom Reed",
        "Riverside | 21 April 2026, 16:32",
        "Saturday 18 April 2026, 23:10 CET | last update Sunday 19 April 2026, 01:45 CET",
    ],
)
def test_cookie_notices_comment_prompts_taglines_and_appeals_go(line: str) -> None:
    raw = f"Storm floods the lower town\n\nWater rose above the river wall overnight, police said.\n\n{line}\n"
    assert clean_text(raw).text == "Water rose above the river wall overnight, police said."


@pytest.mark.parametrize(
    "heading",
    [
        "Most read",
        "MOST READ",
        "More stories",
        "Trending in Riverside",
        "◆ MORE FROM THE VOICE",
        "ALSO IN YOUR VOICE",
        "Most read today",
        "More on this story",
        "PROMOTED STORIES",
        "Most popular on Lakeside Voice Online",
        "AROUND THE WEB",
        "KEEP SCROLLING FOR MORE STORIES",
    ],
)
def test_a_box_of_links_to_other_stories_goes_with_its_heading(heading: str) -> None:
    raw = ("Storm floods the lower town\n\nWater rose above the river wall overnight, police said.\n\n"
           f"{heading}\n1. Flower show draws record crowds\nDerby ends in a draw after late goal\n\n"
           "The river authority said the wall would be raised by a metre before next winter, at a cost it put "
           "at two million crowns.\n")  # fmt: skip
    cleaned = clean_text(raw)
    assert cleaned.text.splitlines() == [
        "Water rose above the river wall overnight, police said.",
        "The river authority said the wall would be raised by a metre before next winter, at a cost it put at two "
        "million crowns.",
    ]
    assert [r.reason for r in cleaned.removed].count("link-list") == 3


def test_a_closing_bio_in_prose_goes_but_a_closing_sentence_about_someone_stays() -> None:
    body = "Water rose above the river wall overnight, police said."
    bio = "Ann Lee covers the environment for the Valley Voice. She joined the paper in 2019."
    assert clean_text(f"Storm floods the lower town\n\n{body}\n\n{bio}\n").text == body
    assert clean_text(f"Storm floods the lower town\n\n{body}\n\nFollow the money on X, a judge said.\n").text == (
        f"{body}\nFollow the money on X, a judge said."
    )
    last = "Tom Reed covers the costs of the repairs, the council said."
    assert clean_text(f"Storm floods the lower town\n\n{body}\n\n{last}\n").text == f"{body}\n{last}"


@pytest.mark.parametrize(
    "line",
    [
        "Wire copy. Not for redistribution outside licensed newsrooms.",
        "KPA copy - for subscribing newsrooms only. Do not forward.",
        "Filed 3 March 2026, 09:12 local time | Refiled 10:40 with quotes",
        "Keywords: HARBOUR-FIRE/PORT (UPDATE 1)",
        "Related KPA stories: Port reopens | Ferry fares rise",
        "Questions? Add your name to our volunteer list: townpaper.example/volunteer",
        "Lakeside Echo Ltd, 2 Mill Lane, Lakeside. Registered in Ardena. Editor: Jo Bell",
        "Members edition - you have 1 of 5 free articles left this month. Upgrade now",
        "Storm Tracker: 31 storms logged so far this year. Open the tracker",
        "You may also be interested in: Rents rise again | Bus lanes extended",
        "Harbour Summit 2026, 4-5 May. Early-bird tickets end on Friday",
        "Print this story | Email to a friend | Save for later",
        "Home  World  Business  Culture  Puzzles  Win!",
        "Comments are subject to our house rules. Sign in to comment.",
        "Above: Smoke rises over the docks on Monday. Ana Pell / Lakeside Echo",
        "Sign the Riverkeepers petition: Save the estuary",
        "The Weekly Tide - our best stories every Sunday. Subscribe",
        "Republish this article for free under a Creative Commons licence.",
        "This article has been updated with the minister's response.",
        "Reporting by Ana Pell and Tom Ruiz; Editing by Lee Marr",
        "Our Standards: The Agency Trust Principles",
        "Licensing & reprints: sales@agency.example",
        "Have a news tip? Call the newsroom on 0100 200 300",
        "Reporting that holds power to account. Funded by 12,000 readers, not advertisers.",
        "Worked on this project? Talk to us in confidence: tips@site.example",
        "No paywall, no owner. We run on reader donations - chip in from 3 euros a month.",
        "The Brief - our daily newsletter. Your email | Sign up",
        "Read the full interview in tomorrow's print edition",
        "Your comments are pre-moderated. Please be civil.",
        "The Morning Post - sign up for our free morning newsletter",
        "COMMENTS (2,310) - Join the debate",
        "Adds minister's comment in paragraph 4, updates shares in final paragraph",
        "Tags: FLOODS / ARDENA / RIVER WORKS",
        "Tags: #Floods2026 #Ardena",
        "Filed under: floods / river works / insurance",
        "What is a storm surge, and why do ports flood? ›",
        "Valley Brief - the news before breakfast. Sign up free ▸",
        "We run on members, not adverts. 2,400 of them. → Join from 4 crowns a month",
        "🎧 Listen to this article (4 min)",
        "[Listen to this story ▶ 3:10]",
        "[ World ]  [ Climate ]  [ Cities ]  [ Become a member ]",
        "⚑ This site uses only essential cookies. No tracking.  [OK]",
        "12.03.2026 — 08:40 | reading time ~3 min",
        "[Graphic: How the river rose, hour by hour. Source: Valley Voice]",
        "Reader replies (18) — members only",
        "ADVERTISEMENT · Garden sheds from 99 crowns · Lakeside Timber",
        "ADVERTISING FEATURE",
        "Saw the flood? WhatsApp our newsdesk: 0100 200 300",
        "Do you work at the port? Reach our reporters securely on Signal at @valleyvoice.1",
        "Seen something? WhatsApp the Voice news team on 0100 200 300",
        "Write to the editor: letters@voice.example — please give your name and town.",
        "VOICE GIVEAWAY: Win a weekend for two at the lake - enter now",
        "➤ READ MORE: How to keep your cellar dry",
        "Suggested: Factbox-Who runs the river authority?",
        "Keep reading → What the new flood maps mean for you",
        "VOICE POLL: Should the wall be raised?  ( ) Yes  ( ) No  [Vote]",
        "Report a typo or error",
        "Voice Extra - the digital edition, free for print subscribers. Activate now",
        "Purchase Licensing Rights",
        "More from the Wire: EXPLAINER-Can a court stop a walkout? The law in five points",
        "TIDE TABLES  ›  High and low water, Lakeside harbour",
        "More from Wire Markets  ›  Port operator weighs listing  ›  Brewer agrees merger",
        "— Sponsored —",
        "~ Advertisement ~",
        "Reader Offers: Two-for-one lunch at the Mill Inn",
        "You are reading a gifted article. Subscribe to read more from the Voice.",
        "You have read 2 of your 4 free articles this month.",
        "Commenting on this article has closed.",
        "Follow the Voice on Mastodon, Bluesky and WhatsApp",
        "Corrections? We fix mistakes in public: fixes@voice.example",
        "Letters to the editor: letters@voice.example",
        "Next: Dock cleaners win a living wage after a long campaign",
        "Read next: Inflation slows for a third month",
        "Discussion (41) - log in to reply",
        "Discuss this article on the Voice forum (12 replies)",
        "The Voice is published by Valley Voice Cooperative Ltd, Lakeside.",
        "[▶ VIDEO: Queues at the harbour as ferries stop - 1:05]",
        "VOICE VIEW: Raise the wall, sack the consultants - Page 14",
        "Print edition: page 6",
        "SPECIAL SERIES · WHO RUNS THE RIVER? · PART 3",
        "Disclosure: The Voice receives no money from any company named here.",
        "Reporting: J. Roe (Lakeside), K. Holm (Port) | Editor: A. Lind",
        "Sign up for Voice Morning, the town news you need before 8am",
        "[ Subscribe - 3 months for 9 crowns ]   [ Log in ]   [ Search ]",
        "Voice Trust Principles apply to this report.",
        "Latest in Business ▸ Brewer posts record year ▸ Port operator hires new chief",
        "The Valley Voice is published by Lakeside Media Group. Member of the Regional Press Standards Board.",
        "Lakewatch is part of Harbour Digital. © 2026 Harbour Digital. Prices correct at time of publishing.",
        "Do you have a story? Call the Voice newsdesk on 0100 200 300. We pay for exclusives!",
        "Join the debate (88 comments) ▸ Log in or register to comment",
        "This report is free to read thanks to 12,400 Voice members.",
        "Related investigations: Who inspects the dams? · The wall nobody paid for",
        "Aqua Pump 3 · Our rating when reviewed: 4/5 · Price at launch: 99 crowns",
        "Was this article helpful?  Yes  /  No",
        "FLOOD APPEAL: The Voice has joined the Lakeside Trust to help families. Give at voice.example/appeal",
        "Flood contacts: information line 0100 200 300 · missing persons line 0100 200 301",
        "Print subscribers in the lower town: Monday's paper may arrive late because of closed roads.",
        "POLL: Should the wall be raised?  ○ Yes  ○ No  ○ Don't know   [VOTE]",
        "Reader poll: Who should pay for the wall? Results on Thursday.",
        "(Adds council reaction; updates toll in paragraph 4)",
        "The Voice Trust Code: accuracy, independence, fairness",
        "More from Voice Business ▪ Brewer posts record year ▪ Port operator hires new chief",
        "Flood Families Appeal: give at any Lakeside Bank branch or online at voice.example/appeal",
        "Send tributes and memories to tributes@voice.example",
        "Comments have been switched off on this article.",
        "Reader comments are disabled for this article.",
        "Top 5 in the valley today: 1. Bypass opens late  2. Band wins title  3. Gritting rota published",
        "This is your 2nd of 3 free articles this month.",
        "Unlimited access: first month for 1 crown Already a subscriber? Sign in",
        "Upgrade to Voice Plus for unlimited access",
        "📷 View gallery (14 pictures)",
        "▶ VIDEO: The moment the wall gave way (2:14)",
        "READ MORE ➜ Inside the town that lives with the river",
        "TOP STORIES: Soap star weds | Airline axes 40 routes | Lotto rolls over AGAIN",
        "Independent valley news. Owned by nobody, paid for by readers.",
        "Floods / Environment / Lakeside",
        "Jo Roe · Environment reporter · 20 November 2026 · 7 min read",
        "Filed in: flooding, Lakeside, the wall",
        "💬 12 replies · members only",
        "THE VOICE VIEW: A town that would not give up - Leader, page 22",
        "ADVERTISING FEATURE · Lakeside Building Society: savers' bond from 3.9% - ask in branch",
        "CLASSIFIED · For sale: a 2019 grain dryer, offers invited · Box 4471",
        "Read today's paper on the e-Edition app for Android and iOS",
        "Published by Lakeside Media Ltd · Complaints handled under our Editorial Code · Copyright 2026",
        "Got a story about the wall? Call the newsdesk on 0100 200 300 - we pay top money for tip-offs",
        "All materials of the Voice are protected by law. Reproduction is permitted only with an active link.",
        "Home » Towns » Lakeside",
        "Reader comments are not available on this article.",
        "Seen it happen? Ring the Voice newsdesk on 0100 200 300 - we pay cash for pictures",
        "FOLLOW THE VOICE ON SNAPCHAT FOR THE LATEST",
        "💬 Readers' discussion (31)",
        "Voice Media Co-operative · Registered in Ardena · Published under CC BY-ND 4.0",
        "Checked under the Voice Accuracy Code  ·  Purchase licensing rights ⧉",
        "— The Courier —",
        "⟶ Follow Voice Politics for updates on the recount",
        "TRENDING ON THE VOICE   1 Bridge reopens after repairs   2 Bakery wins a national award",
        "Know more? Contact the newsroom in confidence: news@voice.example",
        "Voice Digital Pass: unlimited local news for 3 crowns a month",
        "YOU MIGHT HAVE MISSED: Dog, 14, rescued from the river",
        "THE VOICE ON YOUR PHONE - DOWNLOAD THE APP",
        "Tell us what you think: Voice comments are open for 48 hours",
        "Condolences can be sent to condolences@voice.example",
        "This story was first published by the Lakeside Wire and is republished under licence.",
        "This article is republished from the Agency under licence.",
        "The Courier is part of the Vale Valley Media group.",
        "The Voice is a project of the Open Rivers Trust, registered charity no. 12345.",
        "Rain boots: buy 2, get 1 free. Shop now",
        "Seen the flooding? Email pics@voice.example or WhatsApp us on 0100 200 300",
        "Download the full inspection report (Pro subscribers only)",
        "Enter your email address",
        "Newsletter: The Week in Rivers, in your inbox every Monday",
        "Win a weekend in the lake district - enter Voice Getaways now",
        "You have 3 free articles remaining this month. Subscribe for unlimited access.",
        "Continue reading with a 30-day free trial",
        "This article is for Lakeside Voice Plus subscribers.",
        "This is a subscriber preview. To read the full flood analysis, subscribe to the Voice.",
        "Enter your work email",
        "By signing up you accept our terms and privacy policy.",
        "Enjoyed this story? The Voice is free because readers like you fund it.",
        "Become a supporter",
        "This article was originally published by the Lakeside Wire and is republished with permission.",
        "Jo Roe is a columnist for the Voice. The views expressed are her own.",
        "The Lakeside Voice is a project of the Riverbank Media Co-operative.",
        "Cut your heating bills with this one simple trick - find out how >>",
        "Tap here to claim your discount",
        "Shop now: 30% off rain boots at Pellicks - ends Friday!",
        "Lakeside Carpets - spring sale now on, up to 50% off",
        "Webinar: Flood modelling at town scale - register now",
        "Storm damage? Call Quellby Assessors today - no win, no fee.",
        "WIN a cabin weekend for two - text VOICE to 80123.",
        "WIN a cabin weekend for two - text VOICE to 80123. Texts cost 1 crown. 18+ only. T&Cs apply.",
        "The Voice is a reader-owned paper for the valley. Become a member from 3 crowns a month.",
        "Sign up to the Lakeside Rivers Briefing: floods, dams and water news every Monday.",
    ],
)
def test_page_furniture_lines_are_junk(line: str) -> None:
    from storylens.extract.boilerplate import classify_line

    assert classify_line(line) is not None


@pytest.mark.parametrize(
    "line",
    [
        "The draft, marked not for distribution, was leaked to reporters on Monday.",
        "Harbour Works Ltd, registered in Ardena, won 14 contracts without a tender.",
        "Filed 3 days after the fire, the lawsuit seeks damages from the port.",
        "Voter registration closes on 30 June, the electoral board said.",
        "Reporting by the agency showed losses had doubled.",
        "He left.  Then she came back to the house on the hill.",
        "Above all, the minister said, the port must reopen safely.",
        "Updates to the flood maps were published on Monday, the authority said.",
        "Adds to the pressure on the council, which faces a vote in May.",
        "Why did the wall fail? Call it a decade of neglect, the engineers said.",
        "The company said it uses cookies to track parcels, not people.",
        "Turnout fell to 58 percent (from 64) in the river wards.",
        "Next, the council will vote on the wall: a decision is due in May.",
        "Sign up for the flood scheme closes on Friday, the council said.",
        "The paper is published by a trust that owns two radio stations.",
        "Offers of help poured in from across the valley after the flood.",
        "Disclosure of the report was delayed, the authority said.",
        "Readers in the lower town said the water rose within minutes.",
        "Residents can give at the town hall or online, the council said.",
        "Polls show the wall is popular: 61 percent back raising it.",
        "The inspection, which found the wall sound in 2024, is free to read online.",
        "Video of the collapse, filmed by a neighbour, was shared widely: it shows the wall giving way.",
        "The fund, which is paid for by readers of the paper and local firms, has raised 40,000 crowns.",
        "Send help to the lower town, the mayor told the army on Tuesday.",
        "Top officials met at 1. They agreed to meet again at 2. No vote was held.",
        "The app, available on Android and iOS, lets residents report leaks.",
        "The mayor called the newsroom on Monday to complain about the story.",
        "We pay cash for scrap metal, the dealer's sign said.",
        "Follow the river path for more than a mile to reach the falls.",
        "Follow the money for the latest twist in the case, the prosecutor told the jury.",
        "He said the rules were reviewed under CC guidance in 2019.",
        "The plant is part of the Harlow Engineering group.",
        "The charity, registered in 2003, runs four shelters.",
        "Shoppers were told to buy now before prices rose again, the retailer said.",
        "Win a seat on the council and you enter a world of compromise, she said.",
        "The report was published by the regulator on Monday.",
        "Email the council, residents were told, if the water smells.",
        "Continue reading the charges, the judge told the clerk.",
        "This report is for the minister only, the memo said.",
        "By signing up to the scheme, farmers agree to cut nitrate use by a third.",
        "The views expressed are his own, the party said of the councillor's remarks.",
        "The dam is a project of the national water agency.",
        "Shop now or pay more later, retailers warned shoppers on Monday.",
        "Click here and there, the manual says, and the alarm resets.",
        "Fares on the ferry fell by a third - up to 30% off on weekdays, the operator said.",
        "Did the council learn how the wall failed? Find out how it was built first, engineers said.",
        "Win a seat and text your mother, the candidate joked.",
    ],
)
def test_body_sentences_shaped_like_furniture_stay(line: str) -> None:
    from storylens.extract.boilerplate import classify_line

    assert classify_line(line) is None


@pytest.mark.parametrize(
    ("first", "title"),
    [
        ("~ LAKEWATCH ~", "Dock fire: smoke still rising as crews fight the blaze"),
        ("◆ PORTLIGHT", "After two years of warnings, the dock burns"),
        ("THE GULL ★ Ardena's No.1 for news", "Dock blaze chaos as crews battle flames"),
        ("HARBOUR WEEKLY :: shipping news since 1990", "Port moves fast to contain dock fire"),
        ("THE GULL ✦ Loud since 1962", "Dock blaze chaos as crews battle flames"),
        ("DOCK DAILY ☄ HOT NEWS. NO FILTER.", "Dock blaze chaos as crews battle flames"),
    ],
)
def test_a_framed_or_taglined_masthead_is_not_the_title(first: str, title: str) -> None:
    body = "Fire crews fought a blaze at the city's main dock through Tuesday night, officials said on Wednesday."
    cleaned = clean_text(f"{first}\nIndependent reporting on ports and people\n{title}\n\n{body}\n")
    assert cleaned.title == title
    assert cleaned.text == body


def test_bulleted_headlines_under_a_heading_go_even_as_questions() -> None:
    body = "Fire crews fought a blaze at the city's main dock through Tuesday night, officials said on Wednesday."
    cleaned = clean_text(
        f"Dock fire rages\n\n{body}\n\nMore on this story\n• Leader: The dock needs a sprinkler law\n"
        "• How much does a dock firefighter really earn?\n• Letters: A council that forgot who pays for it\n"
    )
    assert cleaned.text == body


def test_a_link_box_under_a_more_heading_goes() -> None:
    body = "Fire crews fought a blaze at the city's main dock through Tuesday night, officials said on Wednesday."
    cleaned = clean_text(
        f"Dock fire rages\n\n{body}\n\nMORE LOCAL NEWS\nRing road shut until July\nCity club names new coach\n"
    )
    assert cleaned.text == body


def test_a_deals_box_goes_with_its_heading() -> None:
    body = "Fire crews fought a blaze at the city's main dock through Tuesday night, officials said on Wednesday."
    cleaned = clean_text(
        f"Dock fire rages\n\n{body}\n\nFEATURED DEALS\nHalf-price garden hoses - today only at Mill Stores\n"
        "Top 10 torches under 20 crowns\n\nThe port said the dock would reopen on Friday after an inspection.\n"
    )
    assert cleaned.text.splitlines() == [body, "The port said the dock would reopen on Friday after an inspection."]


@pytest.mark.parametrize(
    ("line", "author", "published"),
    [
        ("Ann Lee, Political Correspondent  |  19/07/2026 08:15  |  Listen (5 min)", "Ann Lee", "2026-07-19"),
        ("Tom Reed  ·  Investigations", "Tom Reed", None),
        ("Tom Reed, Transport Editor", "Tom Reed", None),
    ],
)
def test_a_byline_that_names_a_role_instead_of_opening_with_by(line: str, author: str, published) -> None:
    from storylens.extract.metadata import parse_byline

    body = "Fire crews fought a blaze at the city's main dock through Tuesday night, officials said on Wednesday."
    cleaned = clean_text(f"Dock fire rages\n\n{line}\n\n{body}\n")
    assert cleaned.text == body
    assert cleaned.byline is not None and cleaned.byline.authors == (author,)
    assert cleaned.byline.published == published
    assert parse_byline("Ann Lee, the mayor, said the plan was dead.") is None
    assert parse_byline("Ann Lee, Chief Executive") is None


def test_a_closing_bio_that_says_where_to_follow_the_writer_goes() -> None:
    body = "Water rose above the river wall overnight, police said."
    bio = "Ann Lee covers regional politics for the Valley Voice. Follow her on Relay: @annlee"
    assert clean_text(f"Storm floods the lower town\n\n{body}\n\n{bio}\n").text == body
