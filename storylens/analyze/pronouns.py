"""Pronouns of speakers: whom "he", "she" or "they" before a verb of saying stands for.

No coreference model: recency, syntax and pronoun agreement learnt from the article's own sentences.
"""

from __future__ import annotations

from collections.abc import Collection, Sequence
from typing import Any

from storylens.analyze.cues import SUBJECT_DEPS, is_cue
from storylens.analyze.names import PERSON_TITLES, Speaker, is_aged, is_person_name, named_speaker
from storylens.analyze.sentences import text_of

PERSON_PRONOUNS = frozenset({"he", "she", "him", "her", "his"})
GROUP_PRONOUNS = frozenset({"they", "them", "their", "we", "it", "its"})
FIRST_PERSON = frozenset({"i", "me"})  # "I" saying something between quotes is the speaker being quoted


def resolve_pronoun(doc: Any, token: Any, earlier: Sequence[Speaker], quoted: Collection[int]) -> Speaker | None:
    """The nearest fitting antecedent of a pronoun: a person for he/she, the last speaker or group for "they"."""
    low = token.lower_
    if low in PERSON_PRONOUNS:
        return _person_antecedent(doc, token, earlier, quoted)
    if earlier:
        return earlier[-1]
    for ent in reversed([e for e in doc.ents if e.end <= token.i and e.label_ in ("ORG", "GPE", "NORP")]):
        if ent.start not in quoted:
            return named_speaker(doc, ent, ent.root)
    return None


def _person_antecedent(doc: Any, token: Any, earlier: Sequence[Speaker], quoted: Collection[int]) -> Speaker | None:
    """The person "he"/"she" stands for (no real coreference: recency, syntax and pronoun agreement).

    1. the last person who spoke, skipping anyone the article refers to with the other pronoun;
    2. a person named after that speaker's quote as the subject of a main clause or of a verb of saying wins
       ("Cox says Obama is trying ... He says": Cox, not Obama), as does one given an age in the pronoun's own
       paragraph, or, where no such person is in that paragraph, one there whom the article gives the pronoun's
       gender;
    3. with no speaker yet, the nearest person who was a subject, else the nearest person named.

    In steps 2 and 3 a likely name beats a nearer word the tagger wrongly calls a person (``_likeliest``).
    """
    gender = "m" if token.lower_ in ("he", "him", "his") else "f"
    genders = pronoun_genders(doc)
    paragraph = text_of(doc).rfind("\n", 0, token.idx) + 1
    people = [
        e
        for e in [*doc.ents, *_untagged_people(doc), *_untagged_subjects(doc, token, paragraph)]
        if e.end <= token.i
        and e.start not in quoted
        and (is_person_name(doc, e) or not e.label_ or _described_speaker(e))  # no label: an untagged surname
        and genders.get(_key(e)) != _other(gender)
    ]
    people.sort(key=lambda e: e.start)
    # 1.
    speakers = [
        s
        for s in earlier
        if s.is_person and s.said_at < token.idx and genders.get(s.name.split()[-1].lower()) != _other(gender)
    ]
    last = max(speakers, key=lambda s: s.said_at, default=None)
    # 2.
    floor = last.said_at if last is not None else -1
    introduced = [
        e
        for e in people
        if e.start_char > floor and (_is_main_subject(e) or (e.start_char >= paragraph and is_aged(doc, e)))
    ]  # "Nurse-to-be Ann Lee, 27, was due to start ...": a name given an age whatever the parser made of it
    if not any(e.start_char >= paragraph for e in introduced):  # "For Ann Lee, the money is beside the point."
        introduced += [
            e for e in people if e.start_char >= max(paragraph, floor + 1) and genders.get(_key(e)) == gender
        ]
    pick = _likeliest(introduced, paragraph, genders, gender)
    if pick is not None:
        return named_speaker(doc, pick, pick.root)
    if last is not None:
        return last
    # 3.
    subjects = [e for e in people if any(t.dep_ in SUBJECT_DEPS for t in e)]
    pick = _likeliest(subjects, paragraph, genders, gender) or _likeliest(people, paragraph, genders, gender)
    return named_speaker(doc, pick, pick.root) if pick is not None else None


def _likeliest(candidates: Sequence[Any], paragraph: int, genders: dict[str, str], gender: str) -> Any | None:
    """The nearest of ``candidates`` that is likely a name; within the pronoun's own paragraph (from character
    ``paragraph``) one the article gives the pronoun's gender comes first.

    The small tagger calls many words people: "the Association", "Taxi" of "Taxi driver", the town in "from Rennholm".
    Taken by recency alone, such a word beats the person the paragraph is about. The gender learnt from the
    article is a weak clue (often one pronoun), so it outranks recency only inside the paragraph.
    """

    def rank(e: Any) -> tuple[bool, bool, int]:
        fits = e.start_char >= paragraph and genders.get(_key(e)) == gender
        return _likely_name(e), fits, e.start

    return max(candidates, key=rank, default=None)


PLACE_PREPS = frozenset({"to", "from", "in", "at", "near", "into", "outside"})


def _likely_name(ent: Any) -> bool:
    """False for words that are seldom a person's name though tagged one: a modifier of a common noun ("Taxi" of
    "Taxi driver"), "the" just before ("the Association"), or the object of a preposition of place ("a train to
    Pellbury")."""
    doc = ent.doc
    if ent.start > 0 and doc[ent.start - 1].lower_ == "the":
        return False
    root = ent.root
    if root.dep_ == "compound" and root.head.pos_ == "NOUN" and root.head.i >= ent.end:
        return False
    return not (root.dep_ == "pobj" and root.head.lower_ in PLACE_PREPS)


def _untagged_people(doc: Any) -> list[Any]:
    """Surnames of named people the tagger left untagged elsewhere ("Ann Lee" tagged, a later "Lee" not).
    Cached on the doc: every "he" and "she" of the article asks."""
    cached = doc.user_data.get("storylens_untagged_people")
    if cached is None:
        surnames = {e[-1].text for e in doc.ents if e.label_ == "PERSON" and len(e) > 1}
        cached = [doc[t.i : t.i + 1] for t in doc if t.text in surnames and not t.ent_type_ and t.pos_ == "PROPN"]
        doc.user_data["storylens_untagged_people"] = cached
    return cached


def _untagged_subjects(doc: Any, token: Any, paragraph: int) -> list[Any]:
    """Names the tagger missed that are a subject in the pronoun's own paragraph, which starts at character
    ``paragraph`` ("Lund spoke to the crowd at midnight. “...,” she said"), or the subject of a verb of saying in
    the paragraph before ("Ada Lund, chair of the board, said ... ¶ “...,” she said"), with the proper nouns
    compounded before them. Such a subject is whom "he" or "she" stands for more often than the last person
    quoted, who may be a paragraph or more back. A name given an age in the pronoun's paragraph is one too,
    whatever the parser made of it ("Retired welder Per Askvik, 44, ...", where "Per" is read as a preposition)."""
    out: list[Any] = []
    text = text_of(doc)
    end = paragraph - 1
    while end > 0 and text[end - 1] == "\n":
        end -= 1  # the blank lines between paragraphs
    before = text.rfind("\n", 0, max(end, 0)) + 1 if paragraph else 0
    i = token.i - 1
    while i >= 0 and doc[i].idx >= before:  # back to the paragraph before only: long articles stay linear
        t = doc[i]
        named = t.pos_ == "PROPN" and not t.ent_type_ and t.text[:1].isupper()
        here = t.idx >= paragraph
        if named and ((here and (t.dep_ in SUBJECT_DEPS or is_aged(doc, doc[t.i : t.i + 1])))
                      or (t.dep_ in SUBJECT_DEPS and is_cue(t.head))):  # fmt: skip
            first = t.i
            while first > 0 and doc[first - 1].dep_ == "compound" and doc[first - 1].pos_ == "PROPN":
                first -= 1
            out.insert(0, doc[first : t.i + 1])
        i -= 1
    return out


def _described_speaker(ent: Any) -> bool:
    """True for a short name the tagger did not call a person that says something and is described with an
    indefinite noun phrase or a title ("Ines Korval, a political scientist at Merrow University, said"; "Ada
    Renn, chair of the water board, said"): "he" or "she" can only stand for a person, so such a name is one
    when a pronoun looks back for a person."""
    root = ent.root
    return (
        len(ent) <= 3
        and root.dep_ in SUBJECT_DEPS
        and is_cue(root.head)
        and any(c.dep_ == "appos" and _describes_a_person(c) for c in root.children)
    )


def _describes_a_person(appos: Any) -> bool:
    """True for an apposition with an indefinite article ("a political scientist") or headed by a title word
    ("chair of the water board")."""
    return any(d.lower_ in ("a", "an") for d in appos.children) or appos.lower_ in PERSON_TITLES


def _other(gender: str) -> str:
    return "f" if gender == "m" else "m"


def _key(ent: Any) -> str:
    return ent[-1].text.lower()


def _is_main_subject(ent: Any) -> bool:
    """True when the entity is the subject of its sentence's main verb or of a verb of saying.

    A name in apposition to the subject counts as the subject ("Their lawyer, Ann Lee, left early"; "The chair
    of the commission, Ann Lee, said", where the parser hangs the name on "commission").
    """
    root = ent.root
    if root.dep_ == "appos":
        root = root.head
        while root.dep_ == "pobj" and root.head.dep_ == "prep":
            root = root.head.head  # "The chair of the commission, Ann Lee, said": the name hangs on "commission"
    if root.dep_ not in SUBJECT_DEPS:
        return False
    return root.head.dep_ == "ROOT" or is_cue(root.head)


MALE = frozenset({"he", "him", "his", "himself", "mr.", "mr"})
FEMALE = frozenset({"she", "her", "hers", "herself", "mrs.", "ms.", "mrs", "ms"})


def pronoun_genders(doc: Any) -> dict[str, str]:
    """Which pronoun the article uses for each person (by last name): "m" for he, "f" for she.

    Evidence is generic syntax, no name lists: a sentence naming one person alone (outside quotes), its own
    he/his/she/her after the name and the subject pronoun of the next sentence, and a title (Mr., Ms.) before
    the name.
    Cached on the doc (computed once per article).
    """
    cached = doc.user_data.get("storylens_genders")
    if cached is not None:
        return cached
    counts: dict[str, list[int]] = {}
    sents = list(doc.sents)
    for n, sent in enumerate(sents):
        named = [e for e in sent.ents if e.label_ == "PERSON" and not _in_quotes(e)]
        keys = {_key(e) for e in named}
        if len(keys) != 1:
            continue
        # Only pronouns after the name: one before it ("Her landlord, Victor Hale, ...") is someone else's.
        title = [sent.doc[named[0].start - 1].lower_] if named[0].start > sent.start else []
        words = title + [t.lower_ for t in sent if t.i >= named[0].end and not _in_quotes(t)]
        if n + 1 < len(sents) and not any(e.label_ == "PERSON" for e in sents[n + 1].ents):
            words += [t.lower_ for t in sents[n + 1] if t.dep_ in SUBJECT_DEPS and t.pos_ == "PRON"]
        tally = counts.setdefault(keys.pop(), [0, 0])
        tally[0] += sum(w in MALE for w in words)
        tally[1] += sum(w in FEMALE for w in words)
    out = {k: ("m" if m > f else "f") for k, (m, f) in counts.items() if max(m, f) >= 2 * min(m, f) + 1}
    doc.user_data["storylens_genders"] = out
    return out


def _in_quotes(item: Any) -> bool:
    """True when a token or span sits between quotation marks on its line (an odd count of marks before it)."""
    text = text_of(item.doc)
    idx = item.idx if hasattr(item, "idx") else item.start_char
    line_start = text.rfind("\n", 0, idx) + 1
    before = text[line_start:idx]
    return (before.count("“") - before.count("”")) > 0 or before.count('"') % 2 == 1
