"""Stage 7, summarize: a neutral summary whose every sentence cites its outlets and facts.

1. consensus facts first, then notable majority facts, then facts some outlets carry (to reach the minimum),
   then, when still short of it, single-source facts (each labelled so); within each, the facts told nearest
   the top of the articles by the most outlets first (so the event leads), and never a fact that shares a
   sentence with one already told;
2. each fact is said in its plainest wording: the mention with the fewest evaluative or loaded words and the
   fewest words no other outlet uses, never a value only a minority of outlets gives when another wording
   exists, preferring one that states no side of a conflict told below, with scare quotes, datelines and list
   bullets stripped; a mention whose loading trails its main clause ("X will join Y, a move criticized as
   hollow") offers that clause as a wording too, and a clause that opens its sentence before who said it is
   told with that attribution ("..., officials said");
3. then the conflicts most outlets take part in: "Outlets disagree on X: A reports “...”; B reports “...”". A
   fact whose every wording gives a side of one of them is left to it, unless it is the lede.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from storylens.align import Alignment
from storylens.align.topic import DIFFERENT_EVENTS_COSINE, SAME_EVENT_COSINE
from storylens.analyze.sentences import BULLET, leans_on_context, main_clause, parse
from storylens.frame.stance import lexicon_score, shouted_words, vader_compound
from storylens.records import Article, Conflict, ConflictSide, Fact, Mention, SummarySentence

MIN_SENTENCES, MAX_SENTENCES = 4, 8
MAX_CONFLICTS = 2
FACT_ORDER = ("consensus", "majority", "some")
"""Fact labels in the order the summary draws on them (single-source facts only fill a summary up to its minimum)."""

DATELINE = re.compile(r"^\s*(?:[A-Z][A-Z .'-]{2,}(?:\([^)]*\))?\s*[:—–-]\s+)")
SCARE = re.compile(r"[“\"‘']([\w’'.-]+(?:\s[\w’'.-]+){0,2})[”\"’']")


def plain_text(text: str) -> str:
    """A mention's text made plain: no dateline, bullet or scare quotes, whitespace collapsed, ending in a stop."""
    text = BULLET.sub("", DATELINE.sub("", text))
    text = SCARE.sub(r"\1", text)
    text = " ".join(text.split()).strip()
    if text and text.rstrip("”\"’'")[-1:] not in (".", "!", "?"):
        text += "."
    return text[:1].upper() + text[1:]


def loadedness(text: str) -> float:
    """How far a text is from plain, stand-alone reporting: evaluative words (shouted ones too), sentiment strength,
    quote marks, unbalanced quotes, and an opening that leans on context ("They note...", "While...", a lower-case
    clause)."""
    words = evaluative_words(text)
    marks = sum(text.count(c) for c in '“”"')
    score = len(words) + abs(vader_compound(text)) + 0.5 * marks + (2.0 if marks % 2 else 0.0)
    score += OUTLET_VOICE_COST * len(OUTLET_VOICE.findall(QUOTED_WORDS.sub("", text)))
    return score + (3.0 if leans_on_context(text) else 0.0)


def evaluative_words(text: str) -> list[str]:
    """The house lexicon's evaluative words in ``text``, and words shouted in capitals that VADER rates."""
    found = lexicon_score(text)[1]
    return found + [w for w in shouted_words(text) if w.lower() not in found]


OUTLET_VOICE = re.compile(r"\b(?:[Ww]e|us|[Oo]urs?)\b")
"""The outlet speaking as a party ("imports that have battered our mills"): no neutral summary says "our". Case
matters: "US officials" is no "us"."""
OUTLET_VOICE_COST = 1.5
QUOTED_WORDS = re.compile(r"“[^”]*”|\"[^\"]*\"")


def is_standalone(text: str) -> bool:
    """True when a mention can stand alone as a summary sentence: six words or more, balanced quotation marks,
    and not a clause that leans on its context."""
    marks = sum(text.count(c) for c in '“”"')
    return len(text.split()) >= 6 and marks % 2 == 0 and loadedness(text) < 3.0


DISPUTED_COST = 1.0
"""Added to a wording's cost when it states a side of a conflict (another outlet may say it without the value)."""


def plainest_mention(
    fact: Fact, candidates: Sequence[Mention] | None = None, conflicts: Sequence[Conflict] = ()
) -> Mention | None:
    """The least loaded of ``candidates`` (default: the fact's mentions), preferring mid-length ones, words
    the other outlets use too, and no disputed value; ties broken by article id for determinism.

    A wording that gives a value fewer outlets give than another side's ("former director" where most say
    "director", "48 hours" against two outlets' "72 hours") is taken only when every wording does: the summary
    must not lend a minority's version the voice of the fact, however plain its words.
    """
    pool = fact.mentions if candidates is None else candidates
    if not pool:
        return None

    def cost(m: Mention) -> tuple[bool, float, str, int]:
        length = len(m.text)
        size = max(0, length - 180) / 60 + max(0, 50 - length) / 20
        disputed = DISPUTED_COST * states_a_side(m, conflicts)
        loading = loadedness(m.text) + size + own_wording(m, fact.mentions) + disputed
        return (states_a_side(m, conflicts, minority=True), loading, m.article, m.start)

    return min(pool, key=cost)


def own_wording(mention: Mention, mentions: Sequence[Mention]) -> float:
    """The share of the mention's words that no other outlet's mention of the fact uses.

    Outlets that report one fact share most of its words; what one of them adds alone is often its own
    colouring ("a prudent budget", "much-loved libraries", "put it best"), which lexicons miss.
    """
    words = _content_words(mention.text)
    others = [_content_words(m.text) for m in mentions if m.article != mention.article]
    if not words or not others:
        return 0.0
    shared = set().union(*others)
    return len(words - shared) / len(words)


def _content_words(text: str) -> set[str]:
    """Lower-cased words of three letters or more (function words and numbers say little about wording)."""
    return {w for w in _words(text) if len(w) > 2 and w.isalpha()}


def _words(text: str) -> set[str]:
    """Lower-cased words of ``text``, for near-duplicate checks."""
    return set(re.findall(r"\w+", text.lower()))


REPEAT_COSINE = 0.76
"""MiniLM cosine above which two summary sentences say the same thing (two outlets' leads of one event sit
around 0.75-0.9; different facts of one story rarely pass 0.6)."""


def _is_repeat(text: str, chosen: Sequence[str]) -> bool:
    """True when ``text`` says much the same as a sentence already chosen (word overlap or meaning)."""
    from storylens.nlp import embed

    w = _words(text)
    if any(len(w & _words(c)) / max(len(w | _words(c)), 1) > 0.6 for c in chosen):
        return True
    if not chosen:
        return False
    vectors = embed([text, *chosen])
    return bool((vectors[1:] @ vectors[0]).max() >= REPEAT_COSINE)


def states_a_side(mention: Mention, conflicts: Sequence[Conflict], minority: bool = False) -> bool:
    """True when the mention asserts the value its own article holds in a conflict (so the text is contested);
    with ``minority``, only a value fewer outlets give than another side's, and the mention may also be (or
    overlap) that side's own evidence, for a value not said in words ("still to come" for "was expected to").

    Matched by article and value, not by fact: one disagreement (a cost, a duration) is often carried by
    several facts of the story, and is told once.
    """
    words = re.findall(r"\w+", mention.text.lower())
    return any(
        says(re.findall(r"\w+", s.value.lower()), words)
        or (minority and any(_overlaps(m, mention) for m in s.mentions))
        for c in conflicts
        for s in c.sides
        if any(m.article == mention.article for m in s.mentions) and not (minority and _largest(s, c))
    )


def _overlaps(a: Mention, b: Mention) -> bool:
    """True when two mentions share characters of one article."""
    return a.article == b.article and a.start < b.end and b.start < a.end


def _largest(side: ConflictSide, conflict: Conflict) -> bool:
    """True when no side of the conflict is carried by more articles than ``side``."""
    count = len({m.article for m in side.mentions})
    return all(len({m.article for m in s.mentions}) <= count for s in conflict.sides)


def says(value: Sequence[str], words: Sequence[str], gap: int = 2) -> bool:
    """True when the value's words occur in ``words`` in order, at most ``gap`` words apart: "former port
    director" says "former director", "29 votes to 24" says "29 to 24"."""
    if not value:
        return False
    for first in (i for i, w in enumerate(words) if w == value[0]):
        at = first
        for v in value[1:]:
            ahead = words[at + 1 : at + 2 + gap]
            if v not in ahead:
                break
            at += 1 + ahead.index(v)
        else:
            return True
    return False


def whole_statement(mention: Mention, texts: dict[str, str]) -> Mention | None:
    """The mention as a statement a summary can give: itself when it is a whole sentence of its article; when it
    opens its sentence and only who said it follows ("A storm hit the coast overnight, killing 12 people,
    officials said on Sunday, as ..."), the mention with that attribution ("..., officials said"), so the summary
    never asserts in its own voice what an outlet attributed; otherwise None.

    A clause claim ("The announcement that X will join Y") is right for aligning facts but reads as a
    fragment in a summary; with no article text to check against, the mention is given the benefit of doubt.
    """
    text = texts.get(mention.article)
    if text is None:
        return mention
    before = text[: mention.start].rstrip(" \t")
    if before and before[-1] not in '.!?:\n”"' and not before.endswith(("•", "-")):
        return None
    if before.endswith(":") and not _has_verb(mention.text):
        return None  # "Two others were detained: X, his deputy, and Y." -- the names alone state nothing
    if mention.text.rstrip().rstrip("”\"’'")[-1:] in (".", "!", "?"):
        return mention
    said = ATTRIBUTED.match(text, mention.end)
    if said is None:
        return None
    return Mention(article=mention.article, start=mention.start, end=said.end(), text=text[mention.start : said.end()])


def _has_verb(text: str) -> bool:
    """True when ``text`` is headed by a verb: what follows a colon may be a clause ("The message was clear: the
    plant will close.") or only the list the clause before it announced ("... were detained: X, managing director
    of Y, and Z.")."""
    doc, _ = parse(text)
    return any(t.dep_ == "ROOT" and t.pos_ in ("VERB", "AUX") for t in doc)


ATTRIBUTED = re.compile(
    r",\s+(?:[A-Za-z’'-]+\s+){1,3}(?:said|says|reported|told\s+[A-Za-z’'-]+)"
    r"(?=\s*[.,;]|\s+(?:on|in|at|late|early|earlier|later|this|last|yesterday|today|tonight)\b)",
    re.IGNORECASE,
)
"""Who said a clause, right after it: "..., officials said", "..., the ministry reported on Sunday" (not "...,
follows 63 reported cases": the verb ends the attribution)."""


def fact_sentences(
    facts: Sequence[Fact],
    limit: int,
    conflicts: Sequence[Conflict] = (),
    told: Sequence[Conflict] = (),
    texts: dict[str, str] | None = None,
    outlets: dict[str, str] | None = None,
) -> list[SummarySentence]:
    """Up to ``limit`` summary sentences from facts, best-supported first, near-repeats skipped.

    A fact whose chosen wording states one side of a conflict is contested: it is left out when a conflict
    sentence in ``told`` already gives both sides, and labelled "contested" otherwise.
    """
    texts = texts or {}
    widest = max((len(set(f.articles)) for f in facts), default=1)
    ranked = sorted(
        (f for f in facts if f.label in FACT_ORDER),
        key=lambda f: (FACT_ORDER.index(f.label), _rank(f, texts, widest), _fact_number(f)),
    )
    by_id = {f.id: f for f in facts}
    out: list[SummarySentence] = []
    for fact in ranked:
        if fact.label == "some" and len(out) >= MIN_SENTENCES:
            break  # facts only some outlets carry are used just to reach the minimum
        if _shares_a_sentence(fact, [by_id[i] for s in out for i in s.facts if i in by_id]):
            continue
        sentence = _fact_sentence(fact, out, conflicts, told, texts, outlets or {})
        if sentence is not None:
            out.append(sentence)
        if len(out) >= limit:
            break
    return out


def _rank(fact: Fact, texts: dict[str, str], widest: int) -> float:
    """Lower is told first: how far into its articles a fact is told, plus the share of outlets that leave it out.

    News puts the event first and background later, so the mean fraction of the text before each mention
    (0 = the lede) follows the articles' own order of importance; with five outlets, one fewer weighs as much as
    a fifth of the way down the page (the event in four of five ledes comes before advice all five close with).
    Without the texts, only the outlets count.
    """
    fractions = [m.start / len(texts[m.article]) for m in fact.mentions if texts.get(m.article)]
    depth = sum(fractions) / len(fractions) if fractions else 0.0
    return depth + 1.0 - len(set(fact.articles)) / max(widest, 1)


def _fact_number(fact: Fact) -> tuple[int, str]:
    """A fact id's number for ordering ("f9" before "f10"), the id itself breaking ties."""
    digits = "".join(ch for ch in fact.id if ch.isdigit())
    return (int(digits) if digits else 0, fact.id)


def _shares_a_sentence(fact: Fact, chosen: Sequence[Fact]) -> bool:
    """True when one of the fact's mentions overlaps a mention of a fact already told.

    A sentence stating two propositions belongs to both facts (see the alignment's refinement), and a quote
    and its report of the same statement often form two facts that share the sentence carrying both: telling
    the second would repeat the first in other words.
    """
    spans = {(m.article, m.start, m.end) for f in chosen for m in f.mentions}
    return any(a == m.article and s < m.end and m.start < e for m in fact.mentions for a, s, e in spans)


def single_source_sentences(
    facts: Sequence[Fact],
    need: int,
    chosen: Sequence[SummarySentence],
    order: Sequence[str],
    conflicts: Sequence[Conflict] = (),
    told: Sequence[Conflict] = (),
    texts: dict[str, str] | None = None,
    outlets: dict[str, str] | None = None,
) -> list[SummarySentence]:
    """Up to ``need`` sentences from single-source facts, to bring a short summary up to its minimum.

    A story of a few short articles may share only its main fact; the reader still needs the rest, and each
    sentence says it rests on one outlet. News puts what matters first, so facts are taken in article order
    of position (each article's first single-source fact, then each one's second, ...), outlets in turn so
    none dominates. Only articles in ``order`` (those on topic) are drawn on.
    """
    rank = {a: k for k, a in enumerate(order)}
    per_article: dict[str, list[Fact]] = {}
    for fact in facts:
        if fact.label == "single-source" and fact.mentions and fact.articles[0] in rank:
            per_article.setdefault(fact.articles[0], []).append(fact)
    queue = sorted(
        ((k, rank[a], f) for a, fs in per_article.items() for k, f in enumerate(sorted(fs, key=_position))),
        key=lambda t: (t[0], t[1], t[2].id),
    )
    out: list[SummarySentence] = []
    for _, _, fact in queue:
        if len(out) >= need:
            break
        sentence = _fact_sentence(fact, [*chosen, *out], conflicts, told, texts or {}, outlets or {})
        if sentence is not None:
            out.append(sentence)
    return out


def _position(fact: Fact) -> tuple[int, str]:
    """Where a fact is first stated in its article (earlier is more important in news writing)."""
    return min(m.start for m in fact.mentions), fact.id


def _fact_sentence(
    fact: Fact,
    chosen: Sequence[SummarySentence],
    conflicts: Sequence[Conflict],
    told: Sequence[Conflict],
    texts: dict[str, str],
    outlets: dict[str, str],
) -> SummarySentence | None:
    """The fact said in its plainest full-sentence wording, or None when it cannot stand alone, repeats a
    chosen sentence, or states a side of a conflict already told (unless it would be the first sentence: the
    lede is told anyway, labelled contested)."""
    keep = [w for m in _unsigned(fact, outlets) if (w := whole_statement(m, texts)) is not None]
    keep += [c for m in keep if (c := unloaded_clause(m)) is not None]
    # One outlet's evaluative words never become the summary's ("a reckless deal") while another wording has
    # none and gives no minority's value (``plainest_mention``). Among the rest, a wording that states a side of
    # a conflict the summary tells anyway is the last choice, not a reason to drop the fact: another outlet may
    # state it without the disputed value.
    plain = [m for m in keep if not evaluative_words(m.text) and not states_a_side(m, conflicts, minority=True)] or keep
    untold = [m for m in plain if not states_a_side(m, told)]
    mention = plainest_mention(fact, untold or plain, conflicts)
    if mention is None:
        return None
    text = plain_text(mention.text)
    if not is_standalone(mention.text) or _is_repeat(text, [s.text for s in chosen]):
        return None
    # Whether the event has happened yet is the fact itself, however this wording puts it.
    contested = states_a_side(mention, conflicts) or any(c.kind == "status" and c.fact == fact.id for c in conflicts)
    if contested and states_a_side(mention, told) and chosen:  # the lede is told even so, labelled contested
        return None
    return SummarySentence(
        text=text,
        label="contested" if contested else fact.label,
        articles=tuple(fact.articles),
        outlets=tuple(fact.outlets),
        facts=(fact.id,),
    )


CLAUSE_GAIN = 0.5
"""How much less loaded a mention's main clause must be than the whole for the summary to consider it."""


def unloaded_clause(mention: Mention) -> Mention | None:
    """The mention cut to its main clause (``main_clause``) when what trails it is what makes it loaded.

    "X is set to join Y, a move criticized as hollow" states the event in the outlet's words and then its
    verdict; the clause alone is a neutral, traceable wording. A trailing part that adds no loading stays:
    cutting it would only lose what it says.
    """
    full = loadedness(mention.text)
    cuts = [m.start() for m in re.finditer(",", mention.text)]
    if not any(loadedness(mention.text[:c]) + CLAUSE_GAIN <= full for c in cuts):
        return None  # no cut at a comma could lose the loading: spare the parse
    clause = main_clause(mention.text)
    if clause is None or loadedness(clause) + CLAUSE_GAIN > full:
        return None
    return Mention(article=mention.article, start=mention.start, end=mention.start + len(clause), text=clause)


def conflict_sentence(conflict: Conflict, outlets: dict[str, str]) -> SummarySentence | None:
    """'Outlets disagree on X: A and B report “...”; C reports “...”', every side's outlets cited."""
    parts: list[str] = []
    articles: list[str] = []
    for side in conflict.sides:
        ids = sorted({m.article for m in side.mentions})
        if not ids:
            continue
        names = sorted({outlets.get(a, a) for a in ids})
        verb = "reports" if len(names) == 1 else "report"
        value = " ".join(side.value.split()).rstrip(".")
        verbatim = any(value.lower() in " ".join(m.text.lower().split()) for m in side.mentions)
        # Quotation marks promise the outlets' own words: a paraphrased value ("before the event") goes bare.
        parts.append(f"{_join(names)} {verb} " + (f"“{value}”" if verbatim else value.split(": ", 1)[-1]))
        articles.extend(a for a in ids if a not in articles)
    if len(parts) < 2:
        return None
    # ``about`` may carry the fact's statement after a colon ("duration: The bridge will..."): name the matter only.
    about = " ".join(conflict.about.split(": ", 1)[0].split()).rstrip(".")
    about = about.removeprefix("on ").removeprefix("at ")  # "on which day", "at what time": after "disagree on"
    return SummarySentence(
        text=f"Outlets disagree on {about}: " + "; ".join(parts) + ".",
        label="contested",
        articles=tuple(articles),
        outlets=tuple(dict.fromkeys(outlets.get(a, a) for a in articles)),
        facts=(conflict.fact,) if conflict.fact else (),
    )


def _join(names: Sequence[str]) -> str:
    """'A', 'A and B', 'A, B and C'."""
    return names[0] if len(names) == 1 else ", ".join(names[:-1]) + " and " + names[-1]


def shares_a_fact(facts: Sequence[Fact]) -> bool:
    """True when some fact is carried by two or more independent outlets (something to agree on)."""
    return any(f.label in FACT_ORDER for f in facts)


def summarize_story(articles: Sequence[Article], alignment: Alignment) -> list[SummarySentence]:
    """Summary sentences built from consensus facts first, then majority facts, then conflicts.

    A summary short of the minimum is filled with single-source facts. With no fact carried by two or more
    outlets, the summary is only those when the articles' leads still tell one event (``SAME_EVENT_COSINE``);
    leads that tell different events (``DIFFERENT_EVENTS_COSINE``) get no summary, whatever facts they seem to
    share: a neutral summary of unrelated articles would join coincidences (the report's notes say why).
    Every sentence is a cleaned mention of a fact or a conflict's sides, so it can be traced back to the articles.
    """
    agreement = alignment.lead_agreement
    if agreement < DIFFERENT_EVENTS_COSINE or (not shares_a_fact(alignment.facts) and agreement < SAME_EVENT_COSINE):
        return []
    outlets = {a.id: a.outlet for a in articles}
    texts = {a.id: a.text for a in articles}
    told = [(c, s) for c in alignment.conflicts if (s := conflict_sentence(c, outlets)) is not None]
    told = sorted(told, key=lambda cs: _conflict_rank(cs[0], texts))[:MAX_CONFLICTS]
    conflicts = [s for _, s in told]
    # 1. and 2.
    summary = fact_sentences(
        alignment.facts, MAX_SENTENCES - len(conflicts), alignment.conflicts, [c for c, _ in told], texts, outlets
    )
    on_topic = [a for a in articles if a.id not in set(alignment.off_topic)]
    need = MIN_SENTENCES - len(summary) - len(conflicts)
    if need > 0:
        summary += single_source_sentences(
            alignment.facts,
            need,
            summary,
            [a.id for a in on_topic],
            alignment.conflicts,
            [c for c, _ in told],
            texts,
            outlets,
        )
    # 3.
    return summary + conflicts


def _unsigned(fact: Fact, outlets: dict[str, str]) -> Sequence[Mention]:
    """The fact's mentions without those in which an outlet names itself ("the report, which has been seen by the
    Ledger", "an insider told the Klaxon"), unless no other remains: the summary speaks for no outlet, and one
    outlet's access in its voice would read as the story's."""
    kept = [m for m in fact.mentions if not names_itself(m.text, outlets.get(m.article, ""))]
    return kept or fact.mentions


def names_itself(text: str, outlet: str) -> bool:
    """True when ``text`` names ``outlet`` as the one told or shown something ("has been seen by Vitrine & Vault",
    "told the Klaxon", "said in a statement to Ledger Daily"): its name without a leading "The", or its last word
    when it has several, after "by", "to", "told" or "tells" (so an outlet called "A" is not "A storm")."""
    words = re.sub(r"^the\s+", "", outlet.strip(), flags=re.I).split()
    if not words:
        return False
    names = [" ".join(words)] + ([words[-1]] if len(words) > 1 and words[-1][:1].isupper() else [])
    told = "|".join(re.escape(n) for n in names)
    return re.search(rf"\b(?:by|to|told|tells)\s+(?:the\s+)?(?:{told})(?!\w)", text) is not None


def _conflict_rank(conflict: Conflict, texts: dict[str, str]) -> tuple[int, float]:
    """Lower is told first: conflicts more outlets take part in, then those told higher up in the articles (a
    disputed death toll in the lede before a disputed detail of the background)."""
    mentions = [m for s in conflict.sides for m in s.mentions]
    fractions = [m.start / len(texts[m.article]) for m in mentions if texts.get(m.article)]
    return -len({m.article for m in mentions}), sum(fractions) / len(fractions) if fractions else 1.0
