"""Who said a quote: the attribution cue (a verb of saying) and its subject, resolved to a name.

Everything here reads spaCy's dependency parse of the whole article. A speaker is found in three steps:

1. the cue: a verb of saying or describing that governs the quote (walking up the quote's heads) or that sits
   next to it in the same sentence ("..., X said." / "X said: ..."), or "according to";
2. the subject of that cue (through participles such as "calling", passives "hailed by X", inversions
   "said X, a ...");
3. the subject as a ``Speaker``: a name with the description around it (titles, appositives), pronouns and
   definite descriptions ("he", "the official") resolved to the nearest fitting named mention before them: for
   he/she the last person who spoke unless a person named after that quote is a main-clause subject, skipping
   people the article refers to with the other pronoun (learnt from the article's own sentences, no name lists).
"""

from __future__ import annotations

import dataclasses
from collections.abc import Collection, Sequence
from typing import Any

from storylens.analyze.sentences import text_of


def _lexicon(words: str) -> frozenset[str]:
    """A word list written as one space-separated string (long lists stay a few lines, not one word a line)."""
    return frozenset(words.split())


# Verbs that report speech or attribute a wording to someone. Generic English, not tuned to any text.
SPEECH_LEMMAS = _lexicon(
    "say tell add argue declare insist write call describe state note warn explain claim ask reply respond answer "
    "announce hail praise welcome promote tout dub label term brand characterize characterise style suggest "
    "acknowledge admit tweet post report continue conclude stress emphasize emphasise urge predict vow pledge "
    "promise confirm deny recall remark observe complain joke quip concede contend maintain assert allege testify "
    "recount lament boast proclaim pronounce condemn criticize criticise slam blast dismiss deride mock decry "
    "call_for reiterate repeat caution counter retort scoff muse exclaim shout whisper read yell scream plead "
    "learn hint bemoan thank charge wonder ponder chant beam demand accuse blame question advise recommend "
    "reason cry murmur mutter grumble sigh gush rave fume snap bark thunder rail retweet email inform assure "
    "reassure elaborate clarify specify summarize summarise interject mention reflect surmise opine posit "
    "theorize speculate forecast rage seethe rant roar sob gasp groan hiss fret"
)
# Verbs that report speech only with their particle ("point out", "go on", "fire back"): the lemma alone is not enough.
PARTICLE_CUES = frozenset(
    {
        ("point", "out"),
        ("go", "on"),
        ("fire", "back"),
        ("hit", "back"),
        ("shoot", "back"),
        ("lash", "out"),
        ("spell", "out"),
        ("sound", "off"),
        ("chime", "in"),
        ("weigh", "in"),
        ("pipe", "up"),
        ("speak", "out"),
        ("speak", "up"),
    }
)
# Verbs whose quoted object is a label someone gave ("calling it X", "hailed as X"): the quote may be short.
LABEL_LEMMAS = _lexicon(
    "call describe hail praise welcome promote tout dub label term brand characterize characterise style"
)
HONORIFICS = frozenset({"mr", "mrs", "ms", "miss", "mx", "mister"})
PERSON_PRONOUNS = frozenset({"he", "she", "him", "her"})
GROUP_PRONOUNS = frozenset({"they", "them", "we", "it"})
FIRST_PERSON = frozenset({"i", "me"})  # "I" saying something between quotes is the speaker being quoted
SUBJECT_DEPS = ("nsubj", "nsubjpass", "csubj")
# Dependents that belong to a speaker's noun phrase (left side); prepositions are added for common nouns only.
PHRASE_DEPS = frozenset({"det", "amod", "compound", "poss", "nummod", "nmod", "case", "punct", "quantmod", "npadvmod"})
PHRASE_PREPS = frozenset({"of", "for", "at", "with", "from", "in", "to"})
# Words of rank or office that come before a name ("Mayor Elena Ruiz"): they describe, they are not the name.
TITLE_WORDS = _lexicon(
    "president prime minister mayor senator sen. rep. representative governor gov. secretary chancellor king queen "
    "prince princess general gen. judge justice dr. mr. mrs. ms. professor prof. commissioner councillor "
    "councilman councilwoman chief executive director ambassador envoy spokesman spokeswoman spokesperson chairman "
    "chairwoman ceo former deputy vice acting attorney candidate nominee speaker leader pope sheikh emir sultan "
    "colonel col. captain capt. lieutenant lt. sergeant sgt. officer coach pastor rev. reverend father sister lord "
    "lady sir dame premier chair head the a an"
)
NAME_LABELS = frozenset({"PERSON", "ORG", "GPE", "NORP", "FAC"})


@dataclasses.dataclass(frozen=True, slots=True)
class Speaker:
    """A resolved speaker: the name (or the description when unnamed), its description and where it is named."""

    name: str
    description: str | None
    start: int
    end: int
    is_person: bool = False
    said_at: int = -1  # where this speaker last spoke (a quote's offset), for pronouns: recency, not first mention


def is_cue(token: Any) -> bool:
    """True when ``token`` is a verb of saying/describing, or the "according" of "according to"."""
    if token.lower_ == "according":
        return True
    if token.pos_ not in ("VERB", "AUX"):
        return False
    lemma = token.lemma_.lower()
    return lemma in SPEECH_LEMMAS or any((lemma, c.lower_) in PARTICLE_CUES for c in token.children if c.dep_ == "prt")


def governing_cue(span: Any, blocked: Collection[int], bounds: tuple[int, int]) -> Any | None:
    """The cue verb found by walking up the heads of the quote's tokens, within the paragraph ``bounds``.

    ``blocked`` holds the tokens inside quotation marks: the walk never passes through another quote.
    """
    for token in span:
        head, steps = token.head, 0
        while head.i not in blocked and bounds[0] <= head.i < bounds[1] and steps < 8:
            if (head.i < span.start or head.i >= span.end) and is_cue(head):
                return head
            if head.head.i == head.i:
                break
            head, steps = head.head, steps + 1
    return None


def clause_subject(span: Any, quoted: Collection[int], bounds: tuple[int, int]) -> Any | None:
    """The subject of the nearest verb above the quote outside any quote ("X thanked him for "..."")."""
    lo, hi = bounds
    for token in span:
        head, steps = token.head, 0
        while head.i != head.head.i and (head.i in quoted or head.pos_ not in ("VERB", "AUX")) and steps < 8:
            head, steps = head.head, steps + 1
        if head.i in quoted or head.pos_ not in ("VERB", "AUX") or not lo <= head.idx < hi:
            continue
        found = _own_subject(head, quoted)
        if found is not None and found is not _PASSIVE:
            return found
        return None
    return None


def nearby_cue(doc: Any, window: Sequence[int], quoted: Collection[int] = ()) -> Any | None:
    """The first cue among the token indices of ``window`` (given nearest first) that has or reaches a subject."""
    for i in window:
        if is_cue(doc[i]) and subject_of(doc[i], quoted) is not None:
            return doc[i]
    for i in window:
        if is_cue(doc[i]):
            return doc[i]
    return None


def subject_of(cue: Any, quoted: Collection[int] = ()) -> Any | None:
    """The token naming who speaks through ``cue`` (climbing from participles like "calling" to their clause)."""
    if cue.lower_ == "according":
        for child in cue.children:
            if child.lower_ == "to":
                return next((g for g in child.children if g.dep_ == "pobj"), None)
        return None
    own = _own_subject(cue, quoted)
    if own is not None:
        return own if own is not _PASSIVE else None  # a passive with no "by X" names no speaker
    if cue.tag_ == "VBN" or cue.dep_ not in ("advcl", "xcomp", "conj", "pcomp", "acl", "ccomp", "relcl"):
        return adjacent_subject(cue, quoted)
    # "..., calling it X": the speaker of the nearest verb of saying above, else the subject of the clause
    ancestors = list(cue.ancestors)[:6]
    for verbs in ([a for a in ancestors if is_cue(a)], [a for a in ancestors if a.pos_ in ("VERB", "AUX")]):
        for verb in verbs:
            found = _own_subject(verb, quoted)
            if found is not None and found is not _PASSIVE:
                return found
    return None


_PASSIVE = object()
NAMING_POS = frozenset({"PROPN", "NOUN", "PRON"})


def adjacent_subject(cue: Any, quoted: Collection[int]) -> Any | None:
    """The name written right before a cue the parser left without subject ("”, Trump barked", "X, 58, told").

    1. the word just before the cue, skipping adverbs and one comma-enclosed aside (", the head of Y,");
    2. else an inversion: the name right after the cue ("said Ellis:").
    """
    doc = cue.doc
    # 1.
    i = cue.i - 1
    while i >= 0 and doc[i].pos_ == "ADV" and i not in quoted:
        i -= 1
    if i >= 0 and doc[i].text == "," and i not in quoted:
        j = i - 1
        while j > i - 16 and j >= 0 and doc[j].text != "," and j not in quoted and not doc[j].is_sent_start:
            j -= 1
        i = j - 1 if j >= 0 and doc[j].text == "," else -1
    if i >= 0 and i not in quoted and doc[i].pos_ in NAMING_POS and doc[i].lower_ not in ("it", "this", "that"):
        return doc[i]
    # 2.
    after = cue.i + 1
    if after < len(doc) and after not in quoted and (doc[after].pos_ == "PROPN" or doc[after].ent_type_ == "PERSON"):
        run = after
        while run + 1 < len(doc) and doc[run + 1].pos_ == "PROPN" and run + 1 not in quoted:
            run += 1
        return doc[run]
    return None


def _own_subject(verb: Any, quoted: Collection[int]) -> Any | None:
    """The verb's own subject (agent of a passive, relative pronoun resolved), ``_PASSIVE`` for a bare passive."""
    agent = _agent(verb)
    if agent is not None:
        return agent
    for child in verb.children:
        if child.dep_ not in SUBJECT_DEPS or child.i in quoted:
            continue
        if not any(ch.isalpha() for ch in child.text):  # a list bullet parsed as the subject: take its noun
            child = next((g for g in child.children if g.pos_ in ("PROPN", "NOUN")), None)
            if child is None:
                continue
        return _PASSIVE if child.dep_ == "nsubjpass" else _through_relative(child)
    return None


def _agent(verb: Any) -> Any | None:
    """The "X" of a passive "hailed by X"."""
    for child in verb.children:
        if child.dep_ == "agent":
            return next((g for g in child.children if g.dep_ == "pobj"), None)
    return None


def _through_relative(token: Any) -> Any:
    """ "who" / "which" in a relative clause stands for the noun the clause hangs on."""
    if token.tag_ in ("WP", "WDT") and token.head.dep_ == "relcl":
        return token.head.head
    return token


def make_speaker(doc: Any, token: Any, earlier: Sequence[Speaker], quoted: Collection[int]) -> Speaker | None:
    """The ``Speaker`` that ``token`` names, resolving pronouns and definite descriptions ("the official")."""
    low = token.lower_
    if low in PERSON_PRONOUNS | GROUP_PRONOUNS | FIRST_PERSON:
        return resolve_pronoun(doc, token, earlier, quoted)
    if token.pos_ == "PRON":  # "both", "each", "someone", "this": no one in particular (often a misparse)
        return None
    ent = _entity_of(token)
    if ent is not None and ent.label_ in NAME_LABELS:
        return _named(doc, ent, token)
    phrase = noun_phrase(token)
    text = phrase.text.strip()
    if not text:
        return None
    for child in token.rights:  # "the analyst, Rania Malki": the appositive is the name
        if child.dep_ == "appos" and child.ent_type_ == "PERSON" and (ent := _entity_of(child)) is not None:
            named = _named(doc, ent, child)
            return dataclasses.replace(named, description=text)
    common = token.pos_ == "NOUN" or token.text.islower()  # the tagger sometimes calls "the minister" a name
    if token.pos_ == "PROPN" and not common:  # a name the entity recogniser missed: the capitalised run after titles
        return _unrecognised_name(phrase, token)
    if phrase[0].lower_ == "the" and common:
        for prior in reversed(earlier):
            if prior.description and token.lemma_.lower() in prior.description.lower():
                return prior
        titled = _titled_before(doc, token)
        if titled is not None:
            return _named(doc, titled, titled.root)
    return Speaker(name=text, description=text, start=phrase.start_char, end=phrase.end_char)


def _titled_before(doc: Any, token: Any) -> Any | None:
    """The last person named before ``token`` with its noun as a title ("Interior Minister Ana Roe ... the
    minister said": Ana Roe), whether or not she was quoted yet; None when no one was."""
    title = token.lemma_.lower()
    if title not in TITLE_WORDS - {"the", "a", "an", "former"}:
        return None
    for ent in reversed([e for e in doc.ents if e.end <= token.i and e.label_ == "PERSON"]):
        i = ent.start - 1
        while i >= 0 and doc[i].text[:1].isupper() and doc[i].lower_ != title:
            i -= 1  # "Interior Minister Ana Roe": back over the capitalised words of the title
        if i >= 0 and doc[i].lower_ == title and doc[i].text[:1].isupper() and ent.start - i <= 3:
            return ent
    return None


def _unrecognised_name(phrase: Any, token: Any) -> Speaker:
    """A speaker named by a run of proper nouns that NER did not tag: titles in front become the description.
    A surname the tagger missed here but tagged in a full name elsewhere is that person ("Chief executive Ann Lee
    said ... “...,” Lee said": Ann Lee), so two outlets' speakers can be told apart by full name."""
    start = phrase.start
    while start < token.i and phrase.doc[start].lower_ in TITLE_WORDS | {"-"}:
        start += 1
    while start < token.i and phrase.doc[start].pos_ != "PROPN":
        start += 1
    name = phrase.doc[start : token.i + 1]
    description = phrase.doc[phrase.start : start].text.strip() or _appositive(token)
    is_person = any(e.label_ == "PERSON" and e[-1].text == token.text for e in phrase.doc.ents)
    text = full_name(phrase.doc, name) if is_person and len(name) == 1 else name.text
    return Speaker(name=text, description=description, start=name.start_char, end=name.end_char, is_person=is_person)


def _entity_of(token: Any) -> Any | None:
    """The named entity ``token`` belongs to, if any."""
    if not token.ent_type_:
        return None
    return next((e for e in token.doc.ents if e.start <= token.i < e.end), None)


def is_person_name(doc: Any, ent: Any) -> bool:
    """True for a PERSON entity, or a short name the tagger labelled otherwise but that stands after a title, is
    PERSON elsewhere or was given an age."""
    if ent.label_ == "PERSON":
        return True
    if len(ent) > 2 or ent.label_ in ("GPE", "NORP", "FAC", "DATE", "CARDINAL"):
        return False
    last = ent[-1].text
    titled = ent.start > 0 and doc[ent.start - 1].lower_ in TITLE_WORDS - {"the", "a", "an"}  # "chief executive X"
    return titled or any(e.label_ == "PERSON" and e[-1].text == last for e in doc.ents) or _aged(doc, ent)


def _aged(doc: Any, ent: Any) -> bool:
    """True when the name is followed by an age in commas ("Ann Lee, 67, said"), which only people are given."""
    after = doc[ent.end : ent.end + 3]
    return (
        len(after) == 3 and after[0].text == "," and after[2].text in (",", ".")
        and after[1].text.isdigit() and 0 < int(after[1].text) < 120
    )  # fmt: skip


def _named(doc: Any, ent: Any, token: Any) -> Speaker:
    """A speaker named by entity ``ent``: full name looked up in the article, title and appositive as description."""
    ent = _trimmed(ent)
    is_person = is_person_name(doc, ent)
    titles = 0
    while is_person and titles < len(ent) - 1 and ent[titles].lower_ in TITLE_WORDS:
        titles += 1  # "Mayor Elena Ruiz" tagged whole: the title is description, not name
    if titles:
        ent = doc[ent.start + titles : ent.end]
    name = full_name(doc, ent) if is_person else _strip_det(ent)
    description = _appositive(token) or title_before(ent)
    if not is_person:
        phrase = noun_phrase(token)  # "the Danish government": keep the whole phrase for organisations
        if phrase.text.strip() and len(phrase) > len(ent):
            name = phrase.text.strip()
    return Speaker(name=name, description=description, start=ent.start_char, end=ent.end_char, is_person=is_person)


def _trimmed(ent: Any) -> Any:
    """The entity without end tokens that hold no letter or digit (the tagger may take in a glued "”―")."""
    start, end = ent.start, ent.end
    while end - start > 1 and not any(ch.isalnum() for ch in ent.doc[start].text):
        start += 1
    while end - start > 1 and not any(ch.isalnum() for ch in ent.doc[end - 1].text):
        end -= 1
    if (start, end) == (ent.start, ent.end):
        return ent
    from spacy.tokens import Span

    return Span(ent.doc, start, end, label=ent.label_)


def _strip_det(ent: Any) -> str:
    return ent.text[4:] if ent.text.lower().startswith("the ") else ent.text


def noun_phrase(token: Any) -> Any:
    """The noun phrase headed by ``token``: determiners, modifiers, compounds and, for common nouns, "of/for X"."""
    left = token.i
    for child in token.lefts:
        if child.dep_ in PHRASE_DEPS:
            left = min(left, child.left_edge.i)
    right = token.i
    if token.pos_ == "NOUN":
        for child in token.rights:
            attached = child.dep_ in ("compound", "nummod", "amod") or (
                child.dep_ == "prep" and child.lower_ in PHRASE_PREPS
            )
            if attached and child.i == right + 1:
                right = child.right_edge.i
    doc = token.doc
    while left < token.i and not any(ch.isalnum() for ch in doc[left].text):
        left += 1
    return doc[left : right + 1]


def _appositive(token: Any) -> str | None:
    """The appositive describing ``token`` ("Rania Malki, a Middle East analyst" -> "a Middle East analyst")."""
    for child in token.rights:
        if child.dep_ == "appos":
            text = token.doc[child.left_edge.i : child.right_edge.i + 1].text.strip(" ,")
            return text or None
    return None


def title_before(ent: Any) -> str | None:
    """Words just before a name that describe it ("U.S. President" in "U.S. President Donald Trump")."""
    doc, i = ent.doc, ent.start
    while i > 0 and doc[i - 1].dep_ in ("compound", "amod", "nmod", "det") and doc[i - 1].head.i >= ent.start - 1:
        if doc[i - 1].head.i >= ent.end:
            break
        i -= 1
    if i > 0 and doc[i - 1].dep_ == "compound" and doc[i - 1].head.i in range(ent.start, ent.end):
        i -= 1
    text = doc[i : ent.start].text.strip(" ,")
    if text.lower().rstrip(".") in HONORIFICS:  # "Mr." says nothing about who the speaker is
        return None
    return text or None


def full_name(doc: Any, ent: Any) -> str:
    """The longest form of a person's name used in the article ("Donald Trump" for a later "Trump")."""
    last = ent[-1].text
    best = ent.text
    for other in doc.ents:
        if other.label_ != "PERSON" or other[-1].text != last or any(t.is_punct and t.text != "." for t in other):
            continue
        words = other.text.split()
        while len(words) > 1 and words[0].lower() in TITLE_WORDS:
            words = words[1:]  # "Councillor Mara Voss" tagged whole: keep the name only
        if len(" ".join(words)) > len(best):
            best = " ".join(words)
    return best


def resolve_pronoun(doc: Any, token: Any, earlier: Sequence[Speaker], quoted: Collection[int]) -> Speaker | None:
    """The nearest fitting antecedent of a pronoun: a person for he/she, the last speaker or group for "they"."""
    low = token.lower_
    if low in PERSON_PRONOUNS:
        return _person_antecedent(doc, token, earlier, quoted)
    if earlier:
        return earlier[-1]
    for ent in reversed([e for e in doc.ents if e.end <= token.i and e.label_ in ("ORG", "GPE", "NORP")]):
        if ent.start not in quoted:
            return _named(doc, ent, ent.root)
    return None


def _person_antecedent(doc: Any, token: Any, earlier: Sequence[Speaker], quoted: Collection[int]) -> Speaker | None:
    """The person "he"/"she" stands for (no real coreference: recency, syntax and pronoun agreement).

    1. the last person who spoke, skipping anyone the article refers to with the other pronoun;
    2. a person named after that speaker's quote as the subject of a main clause or of a verb of saying wins
       ("Cox says Obama is trying ... He says": Cox, not Obama);
    3. with no speaker yet, the nearest person who was a subject, else the nearest person named.
    """
    gender = "m" if token.lower_ in ("he", "him") else "f"
    genders = pronoun_genders(doc)
    people = [
        e
        for e in [*doc.ents, *_untagged_people(doc), *_untagged_subjects(doc, token)]
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
    for ent in reversed([e for e in people if e.start_char > floor]):
        if _is_main_subject(ent):
            return _named(doc, ent, ent.root)
    if last is not None:
        return last
    # 3.
    subjects = [e for e in people if any(t.dep_ in SUBJECT_DEPS for t in e)]
    pick = (subjects or people or [None])[-1]
    return _named(doc, pick, pick.root) if pick is not None else None


def _untagged_people(doc: Any) -> list[Any]:
    """Surnames of named people the tagger left untagged elsewhere ("Ann Lee" tagged, a later "Lee" not).
    Cached on the doc: every "he" and "she" of the article asks."""
    cached = doc.user_data.get("storylens_untagged_people")
    if cached is None:
        surnames = {e[-1].text for e in doc.ents if e.label_ == "PERSON" and len(e) > 1}
        cached = [doc[t.i : t.i + 1] for t in doc if t.text in surnames and not t.ent_type_ and t.pos_ == "PROPN"]
        doc.user_data["storylens_untagged_people"] = cached
    return cached


def _untagged_subjects(doc: Any, token: Any) -> list[Any]:
    """Names the tagger missed that are a subject in the pronoun's own paragraph ("Lund spoke to the crowd at
    midnight. “...,” she said"), with the proper nouns compounded before them. Within one paragraph such a subject
    is whom "he" or "she" stands for more often than the last person quoted, who may be a paragraph or more back."""
    paragraph = text_of(doc).rfind("\n", 0, token.idx) + 1
    out: list[Any] = []
    i = token.i - 1
    while i >= 0 and doc[i].idx >= paragraph:  # back to the paragraph's start only: long articles stay linear
        t = doc[i]
        if t.pos_ == "PROPN" and not t.ent_type_ and t.text[:1].isupper() and t.dep_ in SUBJECT_DEPS:
            first = t.i
            while first > 0 and doc[first - 1].dep_ == "compound" and doc[first - 1].pos_ == "PROPN":
                first -= 1
            out.insert(0, doc[first : t.i + 1])
        i -= 1
    return out


def _described_speaker(ent: Any) -> bool:
    """True for a short name the tagger did not call a person that says something and is described with an
    indefinite noun phrase ("Ines Korval, a political scientist at Merrow University, said"): "he" or "she" can
    only stand for a person, so such a name is one when a pronoun looks back for a person."""
    root = ent.root
    return (
        len(ent) <= 3
        and root.dep_ in SUBJECT_DEPS
        and is_cue(root.head)
        and any(c.dep_ == "appos" and any(d.lower_ in ("a", "an") for d in c.children) for c in root.children)
    )


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
