"""Duplicate detection: exact copies, wire reprints built at test time from ../shared, and leads that must not merge."""

from __future__ import annotations

import hashlib
import itertools

import pytest

from storylens.dedupe import LSH_BANDS, LSH_THRESHOLD, NUM_PERM, containment, find_duplicates, shingles
from storylens.records import Article
from tests.conftest import need_shared

WRAP_TOP = "Advertisement\nBy Staff Writers, Wire Service"
WRAP_BOTTOM = "Copyright Wire Service. All rights reserved. This material may not be published or redistributed."


def article(aid: str, text: str, url: str | None = None) -> Article:
    """An ``Article`` record of ``text`` with its real content hash."""
    digest = hashlib.sha256(text.encode()).hexdigest()
    return Article(id=aid, source=aid, text=text, content_hash=digest, outlet=aid, outlet_from="input", url=url)


def originals(n: int) -> list[str]:
    """``n`` real articles of four paragraphs or more from ../shared (PolNeAR dev)."""
    folder = need_shared("data", "attribution", "polnear", "dev", "text")
    texts = [p.read_text(encoding="utf-8") for p in sorted(folder.glob("*.txt"))]
    return [t for t in texts if len([p for p in t.split("\n") if p.strip()]) >= 4][:n]


def reprints(text: str, other_title: str) -> dict[str, str]:
    """A new headline, a dropped last paragraph, a boilerplate wrapper, and all three at once."""
    paras = [p for p in text.split("\n") if p.strip()]
    return {
        "headline": other_title + "\n" + "\n".join(paras[1:]),
        "trimmed": "\n".join(paras[:-1]),
        "wrapped": f"{WRAP_TOP}\n{text}\n{WRAP_BOTTOM}",
        "all": f"{WRAP_TOP}\n{other_title}\n" + "\n".join(paras[1:-1]) + f"\n{WRAP_BOTTOM}",
    }


def test_exact_copy_is_an_exact_group():
    text = originals(1)[0]
    groups = find_duplicates(
        [article("a", text), article("b", "An unrelated note about the weather."), article("c", text)]
    )
    assert len(groups) == 1
    assert groups[0].kind == "exact" and set(groups[0].members) == {"a", "c"} and groups[0].canonical == "a"


def test_reprints_group_with_their_original_and_longest_is_canonical():
    texts = originals(6)
    articles = []
    for k, text in enumerate(texts):
        articles.append(article(f"orig{k}", text))
        for name, variant in reprints(text, texts[(k + 1) % len(texts)].split("\n")[0]).items():
            articles.append(article(f"{name}{k}", variant))
    groups = find_duplicates(articles)
    assert len(groups) == len(texts)
    for group in groups:
        k = group.members[0].removeprefix("orig")
        assert set(group.members) == {f"orig{k}", f"headline{k}", f"trimmed{k}", f"wrapped{k}", f"all{k}"}
        assert group.kind == "near"
        assert group.canonical == f"wrapped{k}"  # the wrapper makes it the longest copy
        assert 0.8 <= group.similarity <= 1.0


def test_updated_version_of_one_url_groups():
    text, other = originals(2)
    paras = [p for p in text.split("\n") if p.strip()]
    added = [p for p in other.split("\n") if p.strip()]
    # The update keeps the first two thirds and adds as much new text: too different for a reprint.
    keep = paras[: max(2, 2 * len(paras) // 3)]
    update = "\n".join([*keep, *added[: len(keep)]])
    score = containment(frozenset(shingles(text)), frozenset(shingles(update)))
    assert 0.5 <= score < 0.8
    url = "https://example.org/news/story-1"
    assert find_duplicates([article("v1", text), article("v2", update)]) == []
    groups = find_duplicates([article("v1", text, url), article("v2", update, "http://www.example.org/news/story-1/")])
    assert [g.members for g in groups] == [("v1", "v2")]


def test_outlets_leads_of_one_story_do_not_merge():
    path = need_shared("data", "stories", "allsides-roundups", "val.source")
    articles = []
    for k, line in enumerate(path.read_text(encoding="utf-8").splitlines()[:100]):
        for m, part in enumerate(line.split(" [SEP] ")):
            title, _, lead = part.partition("ARTICLE=>")
            articles.append(article(f"{k}-{m}", title.replace("TITLE=>", "").strip() + "\n" + lead.strip()))
    groups = find_duplicates(articles)
    # A group may only join two leads that really are one wire text (checked on the shingles themselves).
    by_id = {a.id: a for a in articles}
    for group in groups:
        assert len({m.split("-")[0] for m in group.members}) == 1  # never across stories
        for x, y in itertools.combinations(group.members, 2):
            sx, sy = frozenset(shingles(by_id[x].text)), frozenset(shingles(by_id[y].text))
            assert containment(sx, sy) >= 0.8
    assert sum(len(g.members) for g in groups) <= len(articles) * 0.02


def test_deterministic():
    texts = originals(4)
    articles = [article(f"o{k}", t) for k, t in enumerate(texts)]
    articles += [article(f"t{k}", "\n".join(t.split("\n")[:-2])) for k, t in enumerate(texts)]
    assert find_duplicates(articles) == find_duplicates(list(articles))


@pytest.mark.parametrize("n", [0, 1])
def test_small_inputs(n):
    assert find_duplicates([article(f"a{i}", "Short text.") for i in range(n)]) == []


def test_lsh_bands_are_the_ones_datasketch_would_pick() -> None:
    """The bands are given explicitly only to skip datasketch's search; they must be what that search finds."""
    from datasketch import MinHashLSH

    chosen = MinHashLSH(threshold=LSH_THRESHOLD, num_perm=NUM_PERM)
    assert (chosen.b, chosen.r) == LSH_BANDS
