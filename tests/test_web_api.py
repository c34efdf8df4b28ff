"""The web app's JSON twins (and their HTML pages) through Starlette's in-process TestClient, on a real library."""

from __future__ import annotations

import itertools
import threading

import pytest
from starlette.testclient import TestClient

from storylens.options import Options
from storylens.store import open_database
from tests.conftest import EXAMPLE, FIXED_TIME, example_library

pytestmark = pytest.mark.slow

HOSTILE = (
    "<script>window.__pwned = 1</script><img src=x onerror=alert(1)> Zeppelin hobbyists in Quillmere staged a "
    "midnight balloon parade on Saturday, organisers said. " + "x" * 5000 + "\n\nThe parade drew 300 people."
)


@pytest.fixture(scope="module")
def db_path(tmp_path_factory):
    """A library holding the bundled example, minus one article kept back to be added through the API."""
    return example_library(tmp_path_factory, "harbor-wire.txt")


@pytest.fixture(scope="module")
def client(db_path):
    from storylens.web.app import make_app

    return TestClient(make_app(db_path, Options(now=FIXED_TIME)))


def test_stories_json_lists_the_story_with_its_figures(client):
    stories = client.get("/api/stories").json()["stories"]
    assert len(stories) == 1
    story = stories[0]
    assert story["articles"] == 4 and len(story["outlets"]) == 4
    assert story["facts"] >= 1 and 0 <= (story["consensus_share"] or 0) <= 1
    page = client.get("/").text
    assert story["title"] in page and f'href="/stories/{story["id"]}"' in page


def test_story_page_and_its_json_come_from_one_context(client):
    data = client.get("/api/stories/1").json()
    assert data["compared"] is True and data["facts"]
    assert {e["article"] for e in data["evidence"]} == {a["id"] for a in data["articles"]}
    page = client.get("/stories/1").text
    for fact in data["facts"]:
        assert f'data-key="{fact["id"]}"' in page
    keyed = [s for e in data["evidence"] for s in e["sentences"] if s["keys"]]
    assert keyed and all(s["text"] for s in keyed)


def test_article_and_outlet_pages(client):
    story = client.get("/api/stories/1").json()
    article = story["articles"][0]
    data = client.get(f"/api/articles/{article['id']}").json()
    assert data["story"] == 1
    segments = data["segments"]
    assert segments[0]["start"] == 0 and all(a["end"] == b["start"] for a, b in itertools.pairwise(segments))
    assert all(len(seg["text"]) == seg["end"] - seg["start"] for seg in segments)
    assert client.get(f"/articles/{article['id']}").status_code == 200
    outlet = client.get(f"/api/outlets/{article['outlet']}").json()
    assert [s["id"] for s in outlet["stories"]] == [1]
    assert client.get(f"/outlets/{article['outlet']}").status_code == 200


def test_missing_things_are_404_in_both_forms(client):
    assert client.get("/api/stories/999").status_code == 404
    assert client.get("/stories/999").status_code == 404
    assert client.get("/api/articles/nope").json() == {"error": "no article 'nope'"}
    assert client.get("/api/outlets/nobody").status_code == 404


def test_search_uses_the_full_text_index(client):
    assert [s["id"] for s in client.get("/api/stories", params={"q": "bridge"}).json()["stories"]] == [1]
    assert client.get("/api/stories", params={"q": "zeppelin quillmere"}).json()["stories"] == []
    assert client.get("/api/stories", params={"q": 'AND OR "NEAR('}).status_code == 200  # no FTS syntax error


def test_adding_the_held_back_article_joins_its_story(client):
    text = (EXAMPLE / "harbor-wire.txt").read_text(encoding="utf-8")
    answer = client.post("/api/add", data={"text": text, "outlet": "Harbor Wire", "title": ""}).json()
    assert [a["story"] for a in answer["added"]] == [1]
    assert client.get("/api/stories/1").json()["story"]["articles"] == 5
    again = client.post("/api/add", data={"text": text, "outlet": "Harbor Wire"}).json()
    assert again["added"] == [] and len(again["skipped"]) == 1
    assert client.post("/api/add", data={}).status_code == 400


def test_hostile_article_text_is_shown_inert(client):
    answer = client.post(
        "/api/add", data={"text": HOSTILE, "outlet": "<b>Evil</b> Times", "title": "<script>alert(2)</script>"}
    ).json()
    (added,) = answer["added"]
    assert added["story"] != 1  # an unrelated event is a story of its own
    for url in (
        "/",
        f"/stories/{added['story']}",
        f"/articles/{added['article']}",
        "/outlets/<b>Evil</b> Times",
        "/?q=zeppelin",
    ):
        page = client.get(url).text
        assert "<script>window.__pwned" not in page and "<script>alert(2)" not in page, url
        assert "<b>Evil</b>" not in page and "<img src=x" not in page, url
    assert "&lt;script&gt;window.__pwned" in client.get(f"/articles/{added['article']}").text


def test_pages_are_served_while_an_ingest_writes(client, db_path, tmp_path):
    from storylens.records import Source
    from storylens.store.library import ingest_sources

    sources = [
        Source(
            source=f"extra-{i}.txt",
            kind="text",
            content=f"Quillmere council item {i}: the harbour "
            f"fees rise by {i + 2} percent from March, the treasurer said on Monday.",
        )
        for i in range(12)
    ]
    errors: list[BaseException] = []

    def write():
        try:
            ingest_sources(open_database(db_path), sources, Options(now=FIXED_TIME))
        except BaseException as exc:  # surfaced below; a thread's exception would otherwise vanish
            errors.append(exc)

    writer = threading.Thread(target=write)
    writer.start()
    reads = 0
    while writer.is_alive() or reads < 5:
        assert client.get("/api/stories").status_code == 200
        assert client.get("/stories/1").status_code == 200
        reads += 1
    writer.join()
    assert not errors
    total = sum(s["articles"] for s in client.get("/api/stories").json()["stories"])
    assert total == 5 + 1 + 12
