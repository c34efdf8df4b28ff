"""Verbs of saying: the cue that attributes a quote to its speaker, and the dependencies that name who speaks."""

from __future__ import annotations

from typing import Any


def lexicon(words: str) -> frozenset[str]:
    """A word list written as one space-separated string (long lists stay a few lines, not one word a line)."""
    return frozenset(words.split())


# Verbs that report speech or attribute a wording to someone. Generic English, not tuned to any text.
SPEECH_LEMMAS = lexicon(
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
LABEL_LEMMAS = lexicon(
    "call describe hail praise welcome promote tout dub label term brand characterize characterise style"
)

# Nouns for something said, whose owner is who said it ("his line that “...”", "the minister's warning that").
SAYING_NOUNS = lexicon(
    "line words claim statement message argument insistence promise pledge warning assurance comment remark "
    "response reply retort view verdict assessment"
)

SUBJECT_DEPS = ("nsubj", "nsubjpass", "csubj")


def is_cue(token: Any) -> bool:
    """True when ``token`` is a verb of saying/describing, or the "according" of "according to"."""
    if token.lower_ == "according":
        return True
    if token.pos_ not in ("VERB", "AUX"):
        return False
    lemma = token.lemma_.lower()
    return lemma in SPEECH_LEMMAS or any((lemma, c.lower_) in PARTICLE_CUES for c in token.children if c.dep_ == "prt")
