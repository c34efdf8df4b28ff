"""Typed values: spaCy spans read into money, percent, number, date, duration and ordinal values."""

from __future__ import annotations

import pytest

from storylens.analyze.dates import parse_date, parse_weekday
from storylens.analyze.frames import value_frame
from storylens.analyze.sentences import parse
from storylens.analyze.values import find_values, parse_duration, parse_number

pytestmark = pytest.mark.slow


def values(text: str) -> dict[str, tuple]:
    """``{value text: (kind, value, unit, date, qualifier)}`` of ``text``, checking the offsets."""
    doc, _ = parse(text)
    out = {}
    for v in find_values("a", doc):
        assert text[v.start : v.end] == v.text
        out[v.text] = (v.kind, v.value, v.unit, v.date, v.qualifier)
    return out


@pytest.mark.parametrize(
    ("text", "number"),
    [("68,000", 68000), ("1.5 million", 1.5e6), ("17bn", 1.7e10), ("twenty-five", 25), ("three hundred", 300),
     ("a dozen", 12), ("two million", 2e6)],
)  # fmt: skip
def test_parse_number(text, number):
    assert parse_number(text) == number


def test_parse_number_rejects_words():
    assert parse_number("several") is None


@pytest.mark.parametrize(
    ("text", "iso"),
    [("October 7, 2023", "2023-10-07"), ("7 October 2023", "2023-10-07"), ("April 1992", "1992-04"),
     ("November 18", "--11-18"), ("Sept. 11", "--09-11"), ("2023-10-07", "2023-10-07"), ("1992", "1992"),
     ("Monday, October 7, 2023", "2023-10-07")],
)  # fmt: skip
def test_parse_date(text, iso):
    assert parse_date(text) == {"kind": "date", "date": iso}


def test_parse_date_skips_decades_and_weekdays():
    assert parse_date("the 1990s") is None
    assert parse_date("Sunday") is None


def test_parse_duration():
    assert parse_duration("three decades") == {"kind": "duration", "value": 3, "unit": "decade", "qualifier": None}
    assert parse_duration("30-year")["value"] == 30
    assert parse_duration("two years ago")["qualifier"] == "ago"


def test_money_percent_and_counts():
    got = values("The deal is worth $17 billion. About 68,000 people attended. Support stood at 80% in June.")
    assert got["$17 billion"] == ("money", 1.7e10, "USD", None, None)
    assert got["About 68,000"] == ("number", 68000, "people", None, "about")
    assert got["80%"][:2] == ("percent", 80)


def test_sizes_in_units_of_measure_are_read_in_one_spelling():
    got = values("The 1,140-km line cost less than a 1,410-kilometre one. It carries 24 billion cubic metres a year.")
    assert got["1,140-km"][:3] == ("number", 1140, "km")
    assert got["1,410-kilometre"][:3] == ("number", 1410, "km")
    assert got["24 billion cubic metres a year"][:3] == ("number", 2.4e10, "cubic m per year")


def test_clock_times_are_minutes_after_midnight():
    got = values("The quake struck at 2:14 a.m. local time on Saturday, and the cabinet met at 5 p.m.")
    assert got["2:14 a.m."][:3] == ("date", 134, "clock")
    assert got["5 p.m."][:3] == ("date", 1020, "clock")


def test_a_time_of_day_without_am_or_pm_is_a_clock_time_not_a_number():
    got = values("The dam gave way at 4:35 on Sunday morning, and the alarm sounded at 16:05.")
    assert got["4:35"][:3] == ("date", 275, "clock")
    assert got["16:05"][:3] == ("date", 965, "clock")


def test_a_time_glued_to_am_or_pm_or_followed_by_a_day_word_is_a_clock_time():
    got = values("The council said so at a briefing at 5pm yesterday. The pumps failed at 7am on Monday.")
    assert got["5pm yesterday"][:3] == ("date", 1020, "clock")
    assert got["7am"][:3] == ("date", 420, "clock")
    assert values("She spoke at a 3pm press conference.")["3pm"][:3] == ("date", 900, "clock")  # a QUANTITY


def test_a_time_with_a_dot_that_the_tagger_labels_a_date_is_a_clock_time():
    """spaCy keeps "11.30am" one token and can label it DATE: it is still half past eleven, not lost."""
    assert values("The council met at 11.30am.")["11.30am"][:3] == ("date", 690, "clock")
    assert values("Crews were called at 6.45pm.")["6.45pm"][:3] == ("date", 1125, "clock")


def test_a_share_shouted_in_capitals_is_a_percentage_like_any_other():
    """The tagger leaves "PER CENT" out of the number; it is still a share, in the unit "38 percent" has."""
    shouted = values("Rents in the city rose a staggering 23 PER CENT in a year.")
    assert shouted["23"][:3] == ("percent", 23, "%")
    written = values("Rents rose about 38 percent.")
    assert written["about 38 percent"][:3] == ("percent", 38, "%")


def test_a_day_told_with_last_or_this_year_is_a_calendar_day_not_a_number_of_years():
    day = values("The sample was taken on July 17 last year.")["July 17 last year"]
    assert day[:4] == ("date", None, None, "--07-17")
    assert values("The plant closed on 3 March this year.")["3 March this year"][3] == "--03-03"
    assert values("He served 27 years last year.")["27 years last year"][:3] == ("duration", 27, "year")


def test_a_time_without_am_or_pm_is_read_when_a_part_of_the_day_follows():
    got = values("The ruling was released at 9.30 on Tuesday morning. The fire broke out at 10.15 on Sunday night.")
    assert got["9.30"][:3] == ("date", 570, "clock")
    assert got["10.15"][:3] == ("date", 1335, "clock")
    assert values("Police were called at 7.45 this morning.")["7.45 this morning"][:3] == ("date", 465, "clock")
    assert values("Shares closed at 9.30 on Tuesday.")["9.30"][:2] == ("number", 9.3)  # a price, not a time


def test_a_number_after_a_scale_noun_is_a_reading_on_that_scale():
    got = values("The observatory measured the tremor at magnitude 5.2. It followed a magnitude 5.9 tremor.")
    assert got["5.2"][:3] == ("number", 5.2, "magnitude")  # the small model calls this one a date
    assert got["5.9"][:3] == ("number", 5.9, "magnitude")  # not a count of tremors
    assert values("The storm was upgraded to a Category 3 hurricane.")["3"][:3] == ("number", 3, "category")


def test_percent_words_and_other_currencies():
    got = values("Turnout rose to 80 percent while prices fell 3.5 per cent. The fund holds €5 million.")
    assert got["80 percent"][:2] == ("percent", 80)
    assert got["3.5 per cent"][:2] == ("percent", 3.5)
    assert got["€5 million"] == ("money", 5e6, "EUR", None, None)


def test_money_per_period_is_a_rate_and_its_period_no_duration():
    got = values("The pill costs 1,240 crowns a month, or $40 per week. She paid $50, and a year later $60.")
    assert got["1,240 crowns a month"][:3] == ("money", 1240, "crown per month")
    assert got["$40 per week"][:3] == ("money", 40, "USD per week")
    assert got["$50"][:3] == ("money", 50, "USD")  # "and a year later" makes no rate
    assert "a month" not in got
    got = values("The strike is costing the economy more than 60 million crowns a day.")  # no entity from spaCy
    assert got["more than 60 million crowns a day"][:3] == ("money", 6e7, "crown per day")


def test_midnight_noon_and_parts_of_the_day_are_times():
    got = values("The strike began at midnight and the talks on Tuesday afternoon ended just before noon.")
    assert got["midnight"][:3] == ("date", 0, "clock")
    assert got["afternoon"][:3] == ("date", 2, "daypart")
    assert got["just before noon"][:3] == ("date", 720, "clock")


def test_a_scale_letter_glued_to_a_numeral_before_a_plural_noun_is_part_of_the_number():
    got = values("The mill has received 38m thalers in aid since 2015. It has a 40m chimney.")
    assert got["38m"][:3] == ("number", 38e6, "thaler")
    assert got["40"][:3] == ("number", 40, "m")  # metres: no plural noun follows


def test_a_ratio_is_one_share():
    got = values("The operator cancelled two in three trains. Only about one bus in five ran, and seven out of ten "
                 "commuters stayed home. Three of the four crews worked in 12 hours.")  # fmt: skip
    assert got["two in three"][:3] == ("percent", 66.7, "%")
    assert got["about one bus in five"][:3] == ("percent", 20, "%")
    assert got["seven out of ten"][:3] == ("percent", 70, "%")
    assert "four in 12" not in got and got["12 hours"][:3] == ("duration", 12, "hour")


def test_durations_with_qualifiers():
    got = values("He has served for over 30 years. It took three decades, six weeks and about three months.")
    assert got["over 30 years"] == ("duration", 30, "year", None, "over")
    assert got["three decades"][:3] == ("duration", 3, "decade")
    assert got["about three months"] == ("duration", 3, "month", None, "about")


def test_a_duration_per_unit_is_a_rate():
    got = values("The pool will open five days a week for the next three months.")
    assert got["five days a week"][:3] == ("duration", 5, "day per week")
    assert got["the next three months"][:3] == ("duration", 3, "month")


def test_a_vote_tally_is_one_value_but_a_range_is_not():
    got = values("The bill passed by 61 votes to 40. The vote was 5-4. Prices rose from 10 to 20 percent.")
    assert got["61 votes to 40"][:3] == ("tally", 61, "votes")
    assert got["5-4"][:3] == ("tally", 5, "votes")
    assert "10 to 20 percent" not in got or got["10 to 20 percent"][0] != "tally"


def test_a_change_voted_on_is_no_tally():
    for text in ("Members voted to raise the quota from 12 to 14.", "Deputies voted to raise the fee from 40 to 55."):
        assert all(kind != "tally" for kind, *_ in values(text).values()), text
    count = values("Councillors voted 40 to 55 against the plan.")
    assert count["40 to 55"][:3] == ("tally", 40, "votes")


def test_dates_with_since_and_full_dates():
    got = values("The country has been a member since April 1992. The attack came on October 7, 2023.")
    assert got["since April 1992"] == ("date", None, None, "1992-04", "since")
    assert got["October 7, 2023"][3] == "2023-10-07"


def test_year_is_left_unknown_without_context_and_inferred_with_it():
    got = values("The vote is on November 18. A summit on March 3, 2025 and a meeting on March 9 followed.")
    assert got["November 18"][3] == "--11-18"
    assert got["March 9"][3] == "2025-03-09"


def test_count_unit_is_the_counted_noun():
    got = values("The resolution was backed by 157 UN member states and more than 300 soldiers.")
    assert got["157"][:3] == ("number", 157, "member state")
    assert got["more than 300"] == ("number", 300, "soldier", None, "more than")


def test_a_numeral_inside_a_name_is_no_amount_but_a_lone_numeral_the_tagger_called_a_name_is():
    got = values("Traffic on Route 9 was stopped after 12 trucks collided.")
    assert "9" not in got and got["12"][:3] == ("number", 12, "truck")
    got = values("The ministry said 386 of the airline's 512 scheduled flights were cancelled on Tuesday.")
    assert got["386"][:2] == ("number", 386) and got["512"][:2] == ("number", 512)


def test_ordinals():
    got = values("She came third, the 21st time a woman won.")
    assert got["third"][:2] == ("ordinal", 3)
    assert got["21st"][:2] == ("ordinal", 21)


def test_weekdays_are_dates_without_a_calendar_day():
    assert parse_weekday("Tuesday") == {"kind": "date", "value": 2, "unit": "weekday"}
    assert parse_weekday("Monday night")["value"] == 1
    assert parse_weekday("Mondays") is None
    got = values("The talks collapsed on Tuesday, and the strike began on Thursday morning.")
    assert got["Tuesday"] == ("date", 2, "weekday", None, None)


def test_value_frame_is_the_governing_verb_and_its_subject():
    def frame(text: str, value: str):
        doc, _ = parse(text)
        return value_frame(doc, text.index(value), text.index(value) + len(value))

    offer = frame("The city council has offered a 3 percent raise.", "3 percent")
    assert offer.verb == "offer" and "council" in offer.subject
    cost = frame("Repairs are expected to cost $8 million.", "$8 million")
    assert cost.verb == "cost" and cost.subject == {"repair"}  # the subject of "expected" to cost
    day = frame("It follows the collapse of the talks on Monday.", "Monday")
    assert "collapse" in day.events
    inside = frame("A 9 percent raise spread over three years was sought.", "9 percent")
    assert inside.subject == frozenset()  # the value is part of its own subject


def test_a_value_frame_is_read_past_a_dashed_aside() -> None:
    """An aside between a subject and its verb can lead the parser to take the verb for a noun; the frame is
    then read from the sentence without the aside."""
    from storylens.analyze.frames import frame_in

    text = "The bulky lamps - dubbed “pocket suns” by buyers for their glare - cost 64 merks."
    frame = frame_in(text, text.index("64"), text.index("64") + len("64 merks"))
    assert frame.verb == "cost" and frame.subject == {"lamp"}
    inside = "The lamp's maker (which sold 9,000 units) is in talks."
    assert frame_in(inside, inside.index("9,000"), inside.index("9,000") + 5).verb == "sell"


def test_a_noun_tagged_as_a_verb_does_not_govern_a_date() -> None:
    """The tagger sometimes calls a noun object a verb ("recall its drops on Monday" with "drops" a VERB): the
    date still hangs from the real verb."""
    from spacy.tokens import Doc

    from storylens.analyze.frames import value_frame
    from storylens.nlp import get_nlp

    words = ["They", "recall", "its", "drops", "on", "Monday"]
    doc = Doc(
        get_nlp().vocab,
        words=words,
        pos=["PRON", "VERB", "PRON", "VERB", "ADP", "PROPN"],
        deps=["nsubj", "ROOT", "poss", "dobj", "prep", "pobj"],
        heads=[1, 1, 3, 1, 3, 4],
        lemmas=["they", "recall", "its", "drop", "on", "Monday"],
    )
    start = doc[5].idx
    assert value_frame(doc, start, start + len("Monday")).verb == "recall"


def test_a_number_word_in_capitals_is_read_whole():
    """The tagger splits "TWENTY-FOUR" in a capitals headline at its hyphen; it is one number."""
    got = values("TWENTY-FOUR miners were hauled out alive from a collapsed pit yesterday.")
    assert got["TWENTY-FOUR"][:2] == ("number", 24.0)


def test_a_count_of_a_currency_is_money():
    got = values("The recall will cost the maker 18 million crowns, on top of a fine of 40 million rupees.")
    assert got["18 million"][:3] == ("money", 1.8e7, "crown")
    assert got["40 million"][:3] == ("money", 4e7, "INR")


def test_a_word_the_article_prices_in_hundredths_is_a_currency():
    """The word "zlots" is in no list; "14.20 zlots a share" gives it away, and the article's other counts of it
    are money too. Counts of people stay counts, and a word never priced stays a count."""
    got = values(
        "Ardo offered 14.20 zlots a share. It hopes to save 280 million zlots a year and employs 41,000 people. "
        "The shares closed at 13.48 zlots, and the firm runs 2,300 stores."
    )
    assert got["14.20 zlots a share"][:3] == ("money", 14.2, "zlot per share")
    assert got["280 million zlots a year"][:3] == ("money", 2.8e8, "zlot per year")
    assert got["13.48"][:3] == ("money", 13.48, "zlot")
    assert got["41,000"][:3] == ("number", 41000, "people")
    assert got["2,300"][:3] == ("number", 2300, "store")
    assert values("The pilots earn 190,000 zlots and fly 1.5 million passengers.")["190,000"][0] == "number"


def test_fractions_of_a_point_basis_points_and_tallies_in_words():
    got = values("The bank cut its rate by a quarter of a percentage point after the council voted six to three.")
    assert got["a quarter of a percentage point"][:3] == ("percent", 0.25, "percentage point")
    assert got["six to three"][:3] == ("tally", 6, "votes")
    assert values("It cut rates by 25 basis points.")["25"][:3] == ("percent", 0.25, "percentage point")
    assert values("A three-judge panel heard the case.")["three"][:3] == ("number", 3, "judge panel")


@pytest.mark.parametrize(
    ("text", "value", "unit"),
    [
        ("The tram was doing 57 km/h on the bend.", 57, "km per hour"),
        ("The tram was doing 57 km/h, the operator said.", 57, "km per hour"),
        ("The tram hit 44 mph on the bend.", 44, "mi per hour"),
        ("The tram was going 40 miles an hour on the bend.", 40, "mi per hour"),
        ("The tram line is 12 km long.", 12, "km"),
    ],
)  # fmt: skip
def test_a_length_an_hour_is_a_speed(text: str, value: float, unit: str) -> None:
    doc, _ = parse(text)
    (found,) = find_values("a", doc)
    assert (found.value, found.unit) == (value, unit)


def test_a_hyphened_price_a_day_is_a_rate() -> None:
    got = values("Councillors voted for a 12-crown-a-day charge on drivers.")
    assert got["12-crown-a-day"][:3] == ("money", 12, "crown per day")


def test_a_clock_time_the_tagger_took_for_a_number_keeps_its_until_or_by():
    """spaCy labels "5:15" and "23:20" numbers; read as clock times, "until" and "by" still place them."""
    got = values("Residents were kept indoors until 5:15 on Wednesday. The release was stopped by 23:20.")
    assert got["until 5:15"][0] == "date" and got["until 5:15"][4] == "until"
    assert got["by 23:20"][4] == "by"


def test_a_number_said_twice_around_by_is_a_manner_not_a_count():
    assert values("Rescuers lowered the injured on stretchers one by one.") == {}
    assert values("The animals went in two by two, and 40 sheep followed.") == {
        "40": ("number", 40.0, "sheep", None, None)
    }
