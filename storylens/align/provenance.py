"""Quote provenance: the same quotation across outlets, each outlet's wording and speaker, and quote drift.

Quotes come from the analysis stage (``kind != "scare"``); for an article where it found none, a small private
reader takes text in quotation marks of three words or more, with the nearest person named in its sentence.
Quotes are grouped when most words of the shorter one appear, in order, in the longer one (crudely stemmed, so
"turning the page" and "turn the page" are one wording), or when one named speaker is given both and they mean
the same (MiniLM). Drift is two wordings of one quotation where neither contains the other and a content word
differs; a quote given to different named speakers is drift too.
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Sequence

from storylens.analyze.names import TITLE_WORDS
from storylens.records import Analysis, Article, Conflict, ConflictSide, Mention, Quote, QuoteGroup

QUOTE_RE = re.compile(r"“([^”]{3,600})”|\"([^\"]{3,600})\"")
MIN_WORDS = 3
LINK_WORDS = 6
"""Quotes shorter than this (in words) attach to a group but never join two groups into one."""
GROUP_SHARE = 0.6
CONTAINED = 0.9
PARAPHRASE_COSINE = 0.8
REWORDED_COSINE, REWORDED_SHARE = 0.65, 0.4
"""A quote reworded in its second half ("I am deeply sorry. Our customers trusted us ..." / "... placed their trust
in us ..."): one speaker's two quotes that keep two fifths of their words in order need only this cosine. On nine
annotated stories such rewordings score 0.70-0.97 and share 0.32-0.50 of their words; one speaker's different
remarks score at most 0.60 and share at most 0.25."""
GOES_ON_COSINE = 0.45
"""What follows a shared opening, reworded ("... trusted us with their data, and we did not protect it" against
"... placed their trust in us, and we fell short of it") scores 0.55 on the annotated stories; one speaker's
different remarks after a shared opening score 0.33."""
FUNCTION = set(
    "a an the this that these those and or but of to in on at for with is are was be it its we us our".split()  # noqa: SIM905 - a word list reads best as one string
)


def story_quotes(articles: Sequence[Article], by_id: dict[str, Analysis]) -> list[Quote]:
    """Every non-scare quote of the kept articles, in article order, a speaker named by surname alone given the
    full name the story knows; not a speaker read without a verb of saying ("Marrasch stood motionless as she
    reached the central finding: ..."), which is a guess."""
    out: list[Quote] = []
    for a in articles:
        found = [q for q in by_id[a.id].quotes if q.kind != "scare"]
        out += found if by_id[a.id].quotes else _read_quotes(a, by_id[a.id])
    full = _full_names(out, [by_id[a.id] for a in articles])
    return [dataclasses.replace(q, speaker=full[q.speaker]) if q.cue and q.speaker in full else q for q in out]


def _full_names(quotes: Sequence[Quote], analyses: Sequence[Analysis]) -> dict[str, str]:
    """Surname -> the one full name across the story that ends in it. An outlet may name a speaker only by surname
    when the tagger missed the first name ("Marrasch said", with "Ludvik" read as an organisation), and a speaker
    named by one word is no named person to ``named_key``; another outlet's "Ludvik Marrasch" tells who it is. A
    surname two names of the story share ("Ilsabet Quorrow" and her mother "Hennike Quorrow") is left as it is."""
    names = {q.speaker for q in quotes if q.speaker and q.speaker[:1].isupper()}
    names |= {e.text for an in analyses for e in an.entities}  # any label: the tagger may call a person an ORG
    full: dict[str, set[str]] = {}
    for name in names:
        words = name.split()
        while words and words[0].lower() in TITLE_WORDS:
            words = words[1:]
        if len(words) >= 2 and all(w[:1].isupper() and w.replace("-", "").isalpha() for w in words):
            full.setdefault(words[-1], set()).add(" ".join(words))
    return {
        q.speaker: next(iter(full[q.speaker]))
        for q in quotes
        if q.speaker and len(q.speaker.split()) == 1 and len(full.get(q.speaker, ())) == 1
    }


def _read_quotes(article: Article, analysis: Analysis) -> list[Quote]:
    """The private fallback reader: quoted text of three words or more, speaker = a person in its sentence."""
    out = []
    for m in QUOTE_RE.finditer(article.text):
        g = 1 if m.group(1) is not None else 2
        text = m.group(g)
        if len(_words(text)) < MIN_WORDS:
            continue
        start, end = m.start(g), m.end(g)
        people = [e for e in analysis.entities if e.label == "PERSON" and _same_sentence(analysis, e.start, start)]
        speaker = min(people, key=lambda e: (abs(e.start - start), e.start)).text if people else None
        out.append(Quote(article=article.id, start=start, end=end, text=text, kind="direct", speaker=speaker))
    return out


def _same_sentence(analysis: Analysis, a: int, b: int) -> bool:
    """True when offsets ``a`` and ``b`` fall in the same sentence."""
    return any(s.start <= a < s.end and s.start <= b < s.end for s in analysis.sentences)


_TOKEN = re.compile(r"[\w$%]+")
OPENING_TOKEN = re.compile(r"[\w']+")
_SUFFIX = re.compile(r"(ing|ed|es|s)$")


def _words(text: str) -> list[str]:
    """Lower-case, crudely stemmed words, contractions expanded ("won't" -> "will not")."""
    text = text.lower().replace("’", "'").replace("won't", "will not").replace("n't", " not")
    return [_SUFFIX.sub("", w) if len(w) > 4 else w for w in _TOKEN.findall(text)]


def _in_order(short: list[str], long: list[str]) -> float:
    """Share of ``short``'s words found in order in ``long``."""
    i = hits = 0
    for w in short:
        j = i
        while j < len(long) and long[j] != w:
            j += 1
        if j < len(long):
            hits, i = hits + 1, j + 1
    return hits / len(short) if short else 0.0


def _shares_content(short: list[str], long: list[str]) -> bool:
    """True when at least half the short quote's content words are in the long one: "This is not a trade war"
    and "This is not about shutting them out" share their order of small words, not what they say."""
    content = [w for w in short if w not in FUNCTION and w != "not"]
    return not content or sum(w in long for w in content) >= 0.5 * len(content)


def _contains(long: list[str], short: list[str]) -> bool:
    """True when ``short`` is (nearly) a part of ``long``."""
    return len(short) <= len(long) and _in_order(short, long) >= CONTAINED


def group_quotes(quotes: Sequence[Quote]) -> list[QuoteGroup]:
    """Quote groups q1, q2, ... (single-outlet quotes are groups of one), in order of first appearance."""
    words = [_words(q.text) for q in quotes]
    owner = list(range(len(quotes)))
    index: dict[str, set[int]] = {}
    for i, ws in enumerate(words):
        for w in set(ws) - FUNCTION:
            index.setdefault(w, set()).add(i)
    attach: dict[int, int] = {}  # short quote -> the longest quote it is part of
    for i, ws in enumerate(words):
        for j in _candidates(i, ws, words, index):
            if quotes[i].article == quotes[j].article:
                continue
            (s, short), (k, long) = sorted(((i, words[i]), (j, words[j])), key=lambda p: len(p[1]))
            if len(short) < MIN_WORDS or _in_order(short, long) < GROUP_SHARE or not _shares_content(short, long):
                continue
            if len(short) < LINK_WORDS:
                # A fragment ("a major step") fits inside many quotes: it joins one group, never links two, and
                # only one that holds all its content words ("ready to listen" is not in "ready to talk ...").
                if _new_words(short, long):
                    continue
                if s not in attach or len(words[attach[s]]) < len(long):
                    attach[s] = k
                continue
            a, b = _root(owner, i), _root(owner, j)
            owner[max(a, b)] = min(a, b)
    for i, j in _paraphrases(quotes, words):
        a, b = _root(owner, i), _root(owner, j)
        owner[max(a, b)] = min(a, b)
    for s, k in attach.items():
        owner[s] = k  # edges go from shorter to longer (or earlier to later): no cycle can form
    groups: dict[int, list[int]] = {}
    for i in range(len(quotes)):
        groups.setdefault(_root(owner, i), []).append(i)
    out = []
    for n, (_, members) in enumerate(sorted(groups.items()), start=1):
        qs = tuple(quotes[i] for i in members)
        texts = [q.text for q in qs]
        text = max(texts, key=lambda t: (texts.count(t), len(t), t))
        speakers = tuple(dict.fromkeys(q.speaker for q in qs if q.speaker))
        out.append(QuoteGroup(id=f"q{n}", text=text, quotes=qs,
                              articles=tuple(dict.fromkeys(q.article for q in qs)), speakers=speakers))  # fmt: skip
    return out


def _candidates(i: int, ws: list[str], words: list[list[str]], index: dict[str, set[int]]) -> list[int]:
    """Later quotes sharing enough content words with quote ``i`` to possibly be the same quotation.

    Blocking on shared words keeps grouping near-linear: the shorter quote's in-order hits are at most its
    function-word and repeated tokens plus the content words both share, so a pair whose shared content words
    cannot reach ``GROUP_SHARE`` (say, one common word such as "people") is never compared word by word.
    """
    shared: dict[int, int] = {}
    for w in set(ws) - FUNCTION:
        for j in index[w]:
            if j > i:
                shared[j] = shared.get(j, 0) + 1
    out = []
    for j, n in shared.items():
        short = min(ws, words[j], key=len)
        slack = len(short) - len(set(short) - FUNCTION)  # tokens that can hit without a shared content word
        if n >= GROUP_SHARE * len(short) - slack:
            out.append(j)
    return sorted(out)


def _paraphrases(quotes: Sequence[Quote], words: list[list[str]]) -> list[tuple[int, int]]:
    """Pairs of quotes that one named speaker is given in two articles, saying the same in other words.

    Outlets reword a quotation ("A permit which ignores the river cannot be upheld" and "A permit that ignores
    what happens downstream is not a permit this court can uphold"), and then too few words match in order to
    group them, yet the rewording is exactly the drift a reader needs to see. Same speaker and MiniLM cosine at
    least ``PARAPHRASE_COSINE`` tell it, or a lower cosine (``REWORDED_COSINE``) with many words kept in order.
    Quotes shorter than ``LINK_WORDS`` never link by meaning.
    """
    from storylens.nlp import embed

    by_speaker: dict[str, list[int]] = {}
    for i, q in enumerate(quotes):
        key = named_key(q)
        if key and len(words[i]) >= LINK_WORDS:
            by_speaker.setdefault(key, []).append(i)
    pairs = []
    for _, idx in sorted(by_speaker.items()):
        if len({quotes[i].article for i in idx}) < 2:
            continue
        vectors = embed([quotes[i].text for i in idx])
        sims = vectors @ vectors.T
        pairs += [
            (idx[a], idx[b])
            for a in range(len(idx))
            for b in range(a + 1, len(idx))
            if quotes[idx[a]].article != quotes[idx[b]].article
            and (sims[a, b] >= PARAPHRASE_COSINE or (sims[a, b] >= REWORDED_COSINE and _shared(words, idx[a], idx[b])))
        ]
    return [(i, j) for i, j in pairs if _goes_on_alike(quotes[i].text, quotes[j].text)]


def _goes_on_alike(a: str, b: str) -> bool:
    """False for two quotes that open alike and then say different things: one speaker's two remarks, each outlet
    quoting one ("You could not move. People were shouting ..." and "You could not move, and each time ..."),
    where a rewording goes on to say the same in other words. What follows a shared opening of three words or
    more is compared by meaning (``GOES_ON_COSINE``)."""
    from storylens.nlp import embed

    ta = list(OPENING_TOKEN.finditer(a.lower().replace("’", "'")))
    tb = list(OPENING_TOKEN.finditer(b.lower().replace("’", "'")))
    n = 0
    while n < min(len(ta), len(tb)) and ta[n].group() == tb[n].group():
        n += 1
    if n < MIN_WORDS or n == len(ta) or n == len(tb):
        return True
    rests = embed([a[ta[n].start() :], b[tb[n].start() :]])
    return float(rests[0] @ rests[1]) >= GOES_ON_COSINE


def _shared(words: list[list[str]], i: int, j: int) -> bool:
    """True when the shorter of two quotes has at least ``REWORDED_SHARE`` of its words in order in the longer."""
    short, long = sorted((words[i], words[j]), key=len)
    return _in_order(short, long) >= REWORDED_SHARE


def named_key(quote: Quote) -> str:
    """The last name of a quote's speaker when it is a named person ("" for "officials", "the ministry")."""
    speaker = quote.speaker or ""
    return speaker.split()[-1].lower() if speaker[:1].isupper() and len(speaker.split()) >= 2 else ""


def _root(owner: list[int], i: int) -> int:
    """Union-find root of ``i``."""
    while owner[i] != i:
        owner[i] = owner[owner[i]]
        i = owner[i]
    return i


def quote_conflicts(
    groups: Sequence[QuoteGroup], articles: Sequence[Article], source_of: dict[str, str]
) -> list[Conflict]:
    """Quote drift: one quotation worded incompatibly, or given to different named speakers, by two sources."""
    texts = {a.id: a for a in articles}
    out = []
    for group in groups:
        if len({source_of.get(a, a) for a in group.articles}) < 2:
            continue
        variants = _variants(group.quotes)
        if len(variants) >= 2:
            sides = tuple(
                ConflictSide(value=v[0].text.strip(), mentions=tuple(_quote_mention(texts[q.article], q) for q in v))
                for v in variants
            )
            about = f"wording of the quote “{_clip(group.text, 80)}”"
            out.append(Conflict(id="", kind="quote", about=about, sides=sides))
        out += _speaker_conflict(group, texts)
    return out


def _variants(quotes: Sequence[Quote]) -> list[list[Quote]]:
    """Wordings that contradict each other; a wording contained in several variants sides with none."""
    words = {id(q): _words(q.text) for q in quotes}
    variants: list[list[Quote]] = []
    for q in sorted(quotes, key=lambda q: (-len(words[id(q)]), q.article, q.start)):
        ws = words[id(q)]
        homes = [v for v in variants if _part_of(q, ws, words[id(v[0])])]
        if len(homes) == 1:
            homes[0].append(q)
        elif not homes and all(_differs(words[id(v[0])], ws) for v in variants):
            variants.append([q])
    return [v for v in variants if v] if len(variants) >= 2 else []


def _part_of(quote: Quote, short: list[str], long: list[str]) -> bool:
    """True when ``quote`` (words ``short``) is the wording ``long`` or a piece of it: nothing reworded, added or
    cut from inside."""
    return _contains(long, short) and not _new_words(short, long) and not _cut(quote, short, long)


def _cut(quote: Quote, short: list[str], long: list[str]) -> bool:
    """True when ``short`` leaves out a content word from inside ``long`` with no ellipsis to say so: "I have never
    taken a banned substance" carried as "I have never knowingly taken a banned substance" is altered, not
    shortened; a quote that stops early or starts late ("fight this until my name is cleared") is only shorter."""
    if "..." in quote.text or "…" in quote.text or len(short) < LINK_WORDS:
        return False  # "followed the rules", a partial quote for "followed the operating rules", is a paraphrase
    starts = [p for p, w in enumerate(long) if w == short[0]]
    windows = [w for p in starts if (w := _window(short, long, p)) is not None]
    if not windows:
        return False
    first, last = min(windows, key=lambda w: w[1] - w[0])
    return bool(set(long[first : last + 1]) - set(short) - FUNCTION)


def _window(short: list[str], long: list[str], start: int) -> tuple[int, int] | None:
    """First and last positions of ``long`` that hold ``short``'s words in order from ``start``, or None when a
    word is missing (a shortened quote may also differ in a word, which ``_in_order`` allows)."""
    at = start
    for w in short[1:]:
        at = next((j for j in range(at + 1, len(long)) if long[j] == w), -1)
        if at < 0:
            return None
    return start, at


def _new_words(short: list[str], long: list[str]) -> set[str]:
    """Content words of ``short`` that ``long`` lacks: a shortened quote has none, a reworded one has some ("gave
    Alvero everything" against "gave this company everything it ever asked for")."""
    return (set(short) - set(long)) - FUNCTION


def _differs(a: list[str], b: list[str]) -> bool:
    """True when two wordings differ in a content word (not only in "the"/"this" or punctuation)."""
    return bool((set(a) ^ set(b)) - FUNCTION)


def _speaker_conflict(group: QuoteGroup, texts: dict[str, Article]) -> list[Conflict]:
    """One quotation given to different named people (both speakers named, last names differ). Each side's
    evidence runs from where its speaker is named to the end of the quote's paragraph, so a reader sees who the
    outlet says spoke even when a pronoun after the quote stands for a name in the sentence before."""
    by_name: dict[str, list[Quote]] = {}
    for q in group.quotes:
        if key := named_key(q):
            by_name.setdefault(key, []).append(q)
    if len(by_name) < 2 or len({q.article for qs in by_name.values() for q in qs}) < 2:
        return []
    sides = tuple(
        ConflictSide(
            value=qs[0].speaker or name,
            mentions=tuple(_quote_mention(texts[q.article], q, attributed=True) for q in qs),
        )
        for name, qs in sorted(by_name.items())
    )
    return [Conflict(id="", kind="quote", about=f"who said “{group.text[:80]}”", sides=sides)]


def _quote_mention(article: Article, quote: Quote, attributed: bool = False) -> Mention:
    """The sentence(s) of ``article`` carrying ``quote``, as a mention; with ``attributed``, from the sentence
    that names its speaker when that comes before the quote in its paragraph."""
    text = article.text
    at = quote.start
    if attributed and quote.speaker_start is not None and text.rfind("\n", 0, at) < quote.speaker_start < at:
        at = quote.speaker_start
    start = max(text.rfind("\n", 0, at) + 1, 0)
    for stop in (". ", "? ", "! "):
        k = text.rfind(stop, start, at - 1)
        if k >= 0:
            start = max(start, k + 2)
    end = text.find("\n", quote.end)
    end = len(text) if end < 0 else end
    return Mention(article=article.id, start=start, end=end, text=text[start:end])


def _clip(text: str, limit: int) -> str:
    """``text`` cut at a word boundary to at most ``limit`` characters, with an ellipsis when cut."""
    text = " ".join(text.split())
    return text if len(text) <= limit else text[:limit].rsplit(" ", 1)[0] + "…"
