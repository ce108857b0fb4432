"""Resolution: fill an expression's underspecified value against an anchor.

Anchors are the publication date (DCT) for deictic words ("today", "last
month") and for bare weekdays and months, and the narrative's reference time
(REF: the latest date the text has established) for "the next day" or "a
year earlier". The direction of a bare weekday or month comes from the rule's
own words ("last Friday") or else from the tense of its verb.

The underspecified values the rules write (see rules/model.py):

    XXXX-06, XXXX-08-10, XXXX-Q3, XXXX-SU   a year to choose (direction, else the nearest)
    XXXX-03-06@W                            ... and the week that holds the day
    XXXX-02@NOT_LAST_MONTH                  ... a year back if it is the month just past
    XXXX-04@NOT_NEXT_MONTH                  ... a year on if it is the month just ahead
    XXXX-04-25@WD6                          ... the year in which that day is a Saturday, if one near is
    2024-06-25@W                            the week that holds a day
    WD-2, WEEKEND, WD-5@REF                 a weekday to place in a week (@REF: the story's)
    WD-2-1W, WD-2+1W                        ... then a week earlier ("a week ago Tuesday"), later
    WD-5@NEXT                               ... in the week after this one, counted from Sunday ("next Friday")
    DCT-1M, REF+1D, DCT-1Y:05, REF-1Y@REF    a shift from an anchor, at a granularity
    DCT-1W:WD2                              ... a weekday of the week shifted to
    DCT-1DE@POINT                           ... a point in time: a year at the coarsest
    DCT+0Y@END, DCT+0Y@START, DCT+0CE@MID   ... whose end (start, middle) the tense may point past
    QUARTER, QUARTER-1Y, QUARTER@1988       the quarter the text is about (QUARTER@LAST: the one it named last)
    DOM-15                                  the 15th of a month to choose
    HOLIDAY-thanksgiving, HOLIDAY-easter@W  a named day (or its week, or @WE its weekend) in a year to choose
    HOLIDAY-christmas_day2004               ... in the year named
    HOLIDAY-labor@WE@Y-1                    ... in a year counted from the publication's ("last year")
    HOLIDAY-thanksgiving@+WD1               ... the first Monday after it (@-: before it)
    NTH1-WD1-10, NTH-1-WD4-11@2012          the first Monday of October, the last Thursday of November 2012
    NTH1-WD6-05@WE                          ... the weekend of the first Saturday in May
    NTH1-WD5@DCT+1M                         ... the first Friday of next month
    OVERNIGHT                               the night before publication, or the story's
    UPTO-2012-03:01, UPTO-2013-01-02:12-30    the latest January (Dec. 30) up to the date given
    AFTER@REF:01, AFTER@REF:01-02            the first January (Jan. 2) from the date just named
    AFTER@REF:Q4                            ... the fourth quarter from the quarter just named
    NEXT@REF:SP, PREVIOUS@REF:SU            the first spring after the story's time, the last summer before
    XX98, XX9                               a two-digit year or a decade word
    XX91@REF                                the year ending in 91 after the year just named
    DCT+0M:LAST, 2012:FIRST                 the last day of this month, the first of 2012
    ...|TNI, ...|T20:00                     a time of day added to the day
"""
import re
from dataclasses import dataclass, replace
from datetime import date, timedelta

from . import values
from .holidays import HOLIDAYS, holiday_date, nth_weekday

RELATIVE = re.compile(
    r"(?P<anchor>DCT|REF)(?P<sign>[+-])(?P<amount>\d+(?:\.\d+)?|X)(?P<unit>[A-Z]+)"
    r"(?:@(?P<at>[A-Z]*))?(?::(?P<part>.+))?")
WEEKDAY = re.compile(r"(?:WD-(?P<weekday>[1-7])|(?P<weekend>WEEKEND))(?P<from_ref>@REF)?(?P<next_week>@NEXT)?(?P<this>@THIS)?"
                     r"(?:(?P<weeks>[+-]\d+)W)?")
NO_YEAR = re.compile(r"XXXX-(?P<part>\d\d(?:-\d\d)?|Q[1-4]|H[12]|SP|SU|FA|WI)(?P<week>@W)?"
                     r"(?:@NOT_(?P<not_beside>LAST|NEXT)_MONTH)?"
                     r"(?:@WD(?P<weekday>[1-7]))?")
WEEK_HOLDING = re.compile(r"(?P<day>\d{4}-\d\d-\d\d)@W")
SHORT_YEAR = re.compile(r"XX(?P<digits>\d{1,2})(?P<rest>-[^@]*)?(?P<after_ref>@REF)?")
CURRENT_QUARTER = re.compile(r"QUARTER(?:-(?P<back>\d+)Y|@(?P<year>\d{4})|(?P<last>@LAST))?")
DAY_OF_MONTH = re.compile(r"DOM-(?P<day>\d\d)")
UP_TO = re.compile(r"UPTO-(?P<end>\d{4}-\d\d(?:-\d\d)?):(?P<part>\d\d(?:-\d\d)?)")
AFTER_THE_LAST_NAMED = re.compile(r"AFTER@REF:(?P<part>\d\d(?:-\d\d)?|Q[1-4])")
SEASON_BESIDE = re.compile(r"(?P<side>NEXT|PREVIOUS)@REF:(?P<season>SP|SU|FA|WI)")
OVERNIGHT = re.compile(r"OVERNIGHT")
HOLIDAY = re.compile(r"HOLIDAY-(?P<name>[a-z_]+)(?P<week>@WE?)?(?P<year>\d{4})?(?:@Y(?P<shift>[+-]\d))?"
                     r"(?:@(?P<side>[+-])WD(?P<weekday>[1-7]))?")
EDGE_DAY_OF_YEAR = re.compile(r"(?P<year>\d{4}):(?P<edge>FIRST|LAST)")
NTH_WEEKDAY = re.compile(r"NTH(?P<nth>-?[1-5])-WD(?P<weekday>[1-7])(?:-(?P<month>\d\d)|@DCT(?P<shift>[+-]\d)M)"
                         r"(?P<weekend>@WE)?(?:@(?P<year>\d{4}))?")


UNIT_RANK = {"D": 0, "W": 1, "WE": 1, "M": 2, "Q": 3, "H": 3, "SE": 3, "Y": 4, "DE": 5, "CE": 6}
UNIT_OF_GRANULARITY = {"day": "D", "week": "W", "month": "M", "quarter": "Q", "half": "H",
                       "season": "SE", "year": "Y", "decade": "DE", "century": "CE"}


@dataclass(frozen=True)
class Anchor:
    """A time other expressions resolve against, and how to name it."""

    value: str
    day: date          # the first day it covers
    description: str
    unit: str = "D"    # its granularity as a unit code
    # a date the story is not at: a statement's ("said on Tuesday"), or the end of a
    # period reported on ("in the three months to June 30")
    aside: bool = False
    happening: str = ""    # the lemma of the verb it dates ("shoot" in "was shot on Oct. 23")
    late: bool = False     # named as late in its day ("late Monday")
    early: bool = False    # ... or as early in it ("early Friday")
    by_weekday: bool = False   # named by its weekday ("next Wednesday")
    # a date the story is never at: what a change is measured from ("fell to 3.0 percent from 3.2
    # percent in October"), the start of a state ("making snow since late October") and what a
    # "when" clause tells of it
    background: bool = False


def text_anchor(value, description, aside=False, happening="", late=False, early=False, by_weekday=False,
                background=False):
    """An anchor for a date the text has named, or None if ``value`` is not a date."""
    kind = values.granularity(value)
    if kind is None:
        return None
    return Anchor(value, values.date_range(value)[0], description, UNIT_OF_GRANULARITY[kind], aside, happening, late, early,
                  by_weekday, background)


LIGHT_VERBS = {"be", "have", "do", "make", "take", "get", "go", "come"}   # they name no happening of their own


def day_of_happening(references, happening):
    """The day the text last gave the same happening ("shot to death last Oct. 23" ... "was
    shot to death at 10 p.m."): a time of day told of it belongs to that day. None if none."""
    if not happening or happening in LIGHT_VERBS:
        return None
    for anchor in reversed(references):
        if anchor.happening == happening and anchor.unit == "D" and not anchor.aside:
            return anchor
    return None


def narrative_anchor(references, unit, dct, finest="D", recent=False, past=False, ahead=False, first=False):
    """The latest date (``first``: the earliest) the text has named no more coarsely than ``unit``
    and no more finely than ``finest``; else the DCT. ``recent``: only dates that begin
    in the fifteen months before publication (the period a report is about).
    ``past``: the expression's verb is in the past, so a date still ahead (a
    funeral "will be held on Friday") cannot be its anchor; ``ahead``: it points ahead, so
    a date gone by cannot ("raised the range on Monday ... Trading will begin at 10 a.m.").
    Dates aside from the story (the day something was said, the end of a period reported
    on) do not anchor days and times of the story, nor a period the story tells of in the
    past ("the previous quarter")."""
    coarsest, finest = UNIT_RANK.get(unit, 0), UNIT_RANK[finest]
    for anchor in (references if first else reversed(references)):
        if not finest <= UNIT_RANK[anchor.unit] <= coarsest or anchor.background:
            continue
        if past and anchor.day > dct.day or ahead and _gone_by(anchor, dct):
            continue
        if anchor.aside and (coarsest <= UNIT_RANK["W"] or past and anchor.unit == "D"):
            continue   # "the next day", "at 8 p.m." follow the story, not the day it was told
        if recent and not 0 <= (dct.day - anchor.day).days <= 460:
            continue
        return anchor
    return dct


def _gone_by(anchor, dct):
    day_range = values.date_range(anchor.value)
    return day_range is not None and day_range[1] < dct.day


@dataclass(frozen=True)
class Resolution:
    value: str
    anchor: str        # what it was resolved against, for people
    confidence: float


def publication_anchor(published):
    return Anchor(published.isoformat(), published, "publication date")


def resolve(template, published, references=(), direction=None, timex_type="DATE", happening="", scene=None,
            described=None):
    """The TIMEX3 value of ``template``.

    direction: "before"/"after" (strict, from the words) or "past"/"future"
    (inclusive, from the tense); None lets the rule's default apply.
    happening: the lemma of the expression's verb, which ties a time of day to
    the day the text gave the same happening.
    scene: the anchor of a year the sentence opens with ("Last year, ...", "In 2012, ...").
    described: the anchor of the date a "when" clause the expression is in describes.
    """
    if timex_type == "DURATION":
        return Resolution(_tidy_duration(template), "", 0.9)
    if timex_type == "SET":
        return Resolution(_tidy_duration(template, quarters_as_months=False), "", 0.9)
    dct = publication_anchor(published)
    in_the_scene = _in_the_year_of_the_scene(template, scene, dct, direction) or \
        _in_the_year_described(template, described, dct, references, direction)
    if in_the_scene is not None:
        return in_the_scene
    base, _, time_part = template.partition("|")
    same_happening = day_of_happening(references, happening) if time_part and base == "REF+0D" else None
    if same_happening is not None:
        resolution = Resolution(same_happening.day.isoformat(), same_happening.description, 0.65)
    else:
        resolution = _day_of_a_vaguer_time(base, time_part, references) or \
            _resolve_within_the_calendar(base, dct, references, direction)
    if _midnight_gone_by(time_part, direction, resolution, dct, references):
        time_part = "T00:00"    # the midnight that began the day, which stays the story's day
    if _last_night(base, time_part, direction, resolution, dct, references):
        resolution = replace(resolution, value=(dct.day - timedelta(days=1)).isoformat())
    if time_part and resolution.value[:1].isdigit():
        time_part = time_part + "00" if time_part.endswith(":") else time_part
        resolution = replace(resolution, value=resolution.value + time_part)
    return resolution


# a month, day, quarter, half or season with no "@" reading ("XXXX-06", not "XXXX-06@W")
PLAIN_PART_OF_A_YEAR = re.compile(r"\d\d(?:-\d\d)?|Q[1-4]|H[12]|SP|SU|FA|WI")


def _in_the_year_of_the_scene(template, scene, dct, direction):
    """"Last year, a storm in late June knocked out power": a month, day, quarter or season
    without a year, in a sentence that opens with a year gone by (or one ahead, told ahead),
    is in that year."""
    match = NO_YEAR.fullmatch(template)
    if scene is None or not match or not PLAIN_PART_OF_A_YEAR.fullmatch(template[5:]):
        return None
    gone_by = scene.day.year < dct.day.year and direction in ("past", "before")
    ahead = scene.day.year > dct.day.year and direction in ("future", "after")
    value = f"{scene.day.year:04d}-{match['part']}"
    if not (gone_by or ahead) or not values.is_valid_date_value(value):
        return None
    return Resolution(value, scene.description, 0.75)


def _in_the_year_described(template, described, dct, references, direction):
    """"since 1983, when 22 inches fell over the Thanksgiving weekend", "since November [2012],
    when it became clear that Abe would win the December election": a part of the year, or a
    holiday, in a clause describing a date is in that date's year (after a month it describes,
    only a part that follows the month)."""
    if described is None:
        return None
    year = described.day.year
    holiday = HOLIDAY.fullmatch(template)
    if holiday and described.unit == "Y" and not (holiday["year"] or holiday["shift"] or holiday["side"]):
        in_year = HOLIDAY.fullmatch(f"HOLIDAY-{holiday['name']}{holiday['week'] or ''}{year:04d}")
        return replace(_holiday(in_year, dct, references, direction), anchor=described.description)
    match = NO_YEAR.fullmatch(template)
    if not match or not PLAIN_PART_OF_A_YEAR.fullmatch(template[5:]):
        return None
    value = f"{year:04d}-{match['part']}"
    span = values.date_range(value)
    if span is None or described.unit != "Y" and span[0] < described.day:
        return None
    return Resolution(value, described.description, 0.75)


def _midnight_gone_by(time_part, direction, resolution, dct, references):
    """"ended shortly after midnight", told in the past on the publication day, or of a day the
    story reached early in it ("early Friday ... began shortly after midnight"): the midnight
    that began the day, not the one that ends it."""
    if time_part != "T24:00" or direction not in ("past", "before"):
        return False
    if resolution.value == dct.value:
        return True
    story = narrative_anchor(references, "D", dct, past=True)
    return story is not dct and story.day.isoformat() == resolution.value and _early_in_its_day(story)


def _last_night(base, time_part, direction, resolution, dct, references):
    """"Investigators worked through the night", told in the past with no day of the story
    before it: the night gone by, not the publication day's coming one."""
    if base != "REF+0D" or time_part != "TNI" or direction not in ("past", "before") or resolution.value != dct.value:
        return False
    return narrative_anchor(references, "D", dct, past=True) is dct


def _resolve_within_the_calendar(base, dct, references, direction):
    """_resolve_base, or no date when the answer falls outside years 1-9999 (a publication
    date typed as 0001-01-01 must not stop an article from being read)."""
    try:
        return _resolve_base(base, dct, references, direction)
    except (ValueError, OverflowError):
        return Resolution("XXXX-XX-XX", "beyond the calendar", 0.0)


def _resolve_base(base, dct, references, direction):
    for pattern, resolver in _RESOLVERS:
        match = pattern.fullmatch(base)
        if match:
            return resolver(match, dct, references, direction)
    return Resolution(_tidy_duration(base), "", 0.9 if base else 0.0)


def _relative(match, dct, references, direction):
    unit, amount = match["unit"], match["amount"]
    if unit == "FN" and amount != "X":   # a fortnight: two weeks
        unit, amount = "W", _format_amount(float(amount) * 2)
    comparison = match["at"] == "REF"   # "a year earlier": the same period, a year back
    story = _story_elsewhere(match, dct, references, direction) if match["anchor"] == "DCT" else None
    if match["anchor"] == "DCT":
        anchor = story or dct
    elif comparison:   # the period being reported on: a month, quarter or year just gone
        anchor = narrative_anchor(references, unit, dct, finest="M", recent=True)
    else:
        anchor = narrative_anchor(references, unit, dct, past=direction == "past", ahead=direction == "future")
        coarser = _a_coarser_story_gone_by(match, dct, references, direction)
        if coarser is not None:
            return coarser
    if unit in ("H", "MIN", "S"):   # "an hour later": the same day, as far as a timeline goes
        return Resolution(values.format_at(anchor.day, "D"), anchor.description, 0.5)
    if unit not in values.GRANULARITY_OF_UNIT:
        return Resolution("XXXX", anchor.description, 0.1)
    if amount == "X":
        return Resolution("PAST_REF" if match["sign"] == "-" else "FUTURE_REF", anchor.description, 0.6)
    steps = float(amount) * (-1 if match["sign"] == "-" else 1)
    try:
        day = values.shift(anchor.day, int(steps), unit) if steps.is_integer() else _shift_fraction(anchor.day, steps, unit)
    except (ValueError, OverflowError):   # "two thousand years ago": before the calendar datetime knows
        return Resolution("PAST_REF" if steps < 0 else "FUTURE_REF", anchor.description, 0.3)
    if story is None:   # (a story's month goes on from the day it is at: no edge gone by)
        day = _past_its_edge(day, unit, match["at"], direction)
    if _the_coming_week_told_on_sunday(match, anchor, direction):
        day = values.shift(day, 1, "W")
    at = match["at"] if match["at"] in values.GRANULARITY_OF_UNIT else unit
    if match["at"] == "POINT" and UNIT_RANK[unit] > UNIT_RANK["Y"]:
        at = "Y"    # "a decade ago" is a year, not the decade before this one
    if comparison and anchor is not dct and (anchor.unit in values.GRANULARITY_OF_UNIT or anchor.unit == "H"):
        at = anchor.unit    # "a year earlier" than the third quarter is a quarter, than the first half a half
    value = values.format_at(day, at)
    if match["part"] and match["part"].startswith("WD"):   # "Tuesday last week": that weekday of the week
        value = (day + timedelta(days=int(match["part"][2:]) - day.isoweekday())).isoformat()
    elif match["part"] in ("FIRST", "LAST"):   # "the last day of the month"
        value = _edge_day(value, match["part"])
    elif match["part"]:
        year = day.year - 1 if _a_winter_begun_the_year_before(match, day) else day.year
        value = _the_coming_season(f"{year:04d}-{match['part']}", match, dct, direction)
    confidence = 0.9 if anchor is dct else 0.65
    return Resolution(value, anchor.description, confidence)


def _a_winter_begun_the_year_before(match, day):
    """"This winter has been cold", told from January to May: the winter that began the December
    before (a winter is named by the year it begins in, "2012-WI" running into 2013); it holds
    the day, or has just ended and is nearer than the next."""
    return match["part"] == "WI" and match["amount"] == "0" and day.month <= 5


def _the_coming_season(value, match, dct, direction):
    """"This spring it will open an office in Hong Kong", told in November: a season of this
    year already over, told ahead outright ("will"), is next year's."""
    if match["part"] not in ("SP", "SU", "FA", "WI") or match["amount"] != "0" \
            or direction != "future" or not getattr(direction, "firm", False):
        return value
    day_range = values.date_range(value)
    if day_range is None or day_range[1] >= dct.day:
        return value
    return f"{int(value[:4]) + 1:04d}{value[4:]}"


def _a_coarser_story_gone_by(match, dct, references, direction):
    """"lost last year's final, then won gold four weeks later": told in the past, a time later
    than the story's is no later than today; when the story last named a date coarser than the
    shift's unit (a year), after any fine enough one, the shift lands in that date's unit.
    None when the story's latest date is fine enough, or the tense does not say so."""
    if match["sign"] != "+" or match["amount"] == "X" or float(match["amount"]) == 0 \
            or direction not in ("past", "before") or match["unit"] not in ("D", "W", "M", "Y"):
        return None
    fine = narrative_anchor(references, match["unit"], dct, past=True)
    steps = int(float(match["amount"])) if float(match["amount"]).is_integer() else 1
    if values.shift(fine.day, steps, match["unit"]) <= dct.day:
        return None     # (the story's day, shifted, is gone by: no harm in it)
    story = narrative_anchor(references, "CE", dct, past=True)
    if story is dct or UNIT_RANK[story.unit] <= UNIT_RANK.get(match["unit"], 0):
        return None
    if fine is not dct and _position(references, fine) > _position(references, story):
        return None     # (a day named after it: the story is there)
    at = story.unit if story.unit in values.GRANULARITY_OF_UNIT else "Y"   # (a season's: "the summer of 1998")
    return Resolution(values.format_at(values.shift(story.day, steps, match["unit"]), at), story.description, 0.4)


def _position(references, anchor):
    """Where ``anchor`` itself stands in the text's order (two dates may read alike)."""
    return next(i for i, reference in enumerate(references) if reference is anchor)


def _the_coming_week_told_on_sunday(match, anchor, direction):
    """"Investigators will interview the pilots this week", told on a Sunday: the week that
    starts the next day (ISO weeks end on Sunday; "earlier this week" is the one ending)."""
    return (match["anchor"] == "DCT" and match["unit"] == "W" and match["amount"] == "0" and not match["at"]
            and direction == "future" and anchor.day.isoweekday() == 7)


def _edge_day(period, edge):
    """The first or last day (``edge``: FIRST, LAST) of a resolved period: "2025-08" -> "2025-08-31"."""
    span = values.date_range(period)
    if span is None:
        return period
    return (span[0] if edge == "FIRST" else span[1]).isoformat()


def _edge_day_of_year(match, dct, references, direction):
    return Resolution(_edge_day(match["year"], match["edge"]), "", 0.95)


def _past_its_edge(day, unit, edge, direction):
    """"expired at the end of the year" (@END, in the past) written in September: the year
    before; "takes effect at the start of the year" (@START, ahead) written then: the year
    after. Near the edge itself (the last quarter of the unit, or its first) the unit holding
    ``day`` stays; so does it without such a tense."""
    if edge not in ("END", "START", "MID") or direction not in ("past", "future"):
        return day
    span = values.date_range(values.format_at(day, unit))
    if span is None:
        return day      # a unit running past the calendar's end, as 9999's last week
    first, last = span
    elapsed = (day - first).days / max((last - first).days, 1)
    end_begins = 0.6 if unit == "W" else 0.75    # (a working week ends on Friday)
    if edge == "END" and direction == "past" and elapsed < end_begins:
        return values.shift(day, -1, unit)
    if edge == "START" and direction == "future" and elapsed > 0.25:
        return values.shift(day, 1, unit)
    if edge == "MID" and direction == "past" and elapsed < 0.5:
        return values.shift(day, -1, unit)    # "by mid-century the population had doubled", told in 2013
    return day


def _day_of_a_vaguer_time(base, time_part, references):
    """"killed last October ... crossed out that same day": when the story last named a
    month, "that day" or "the next day" is a day in it, not the last day it named (a time
    of day still follows the story's day). None if that is not the case, or if the month lies
    more than a year before a day the story has named ("struck down on Wednesday ... the law
    signed in September 1996 ... the same day": background, not the story's time)."""
    match = RELATIVE.fullmatch(base)
    if (time_part and not time_part[1:].isalpha()) or not match or match["anchor"] != "REF" or match["unit"] != "D" \
            or match["at"]:
        return None
    for anchor in reversed(references):
        if anchor.aside or anchor.background or anchor.unit == "D":
            return None
        if anchor.unit == "M":   # (a year named since is mostly background: "in 1990, he had ...")
            if any(named.unit == "D" and (named.day - anchor.day).days > 366 for named in references):
                return None
            return Resolution(anchor.value + "-XX", anchor.description, 0.3)
    return None


def _current_quarter(match, dct, references, direction):
    """"the quarter", "the latest period": the quarter the text is about, the first it named (a
    report names the quarter it is about before those it compares it with), else the last one
    completed (the one under way when the verb points ahead: "expects to close by the end of
    the quarter"); "that quarter" (QUARTER@LAST) the one named last; "the year-ago quarter"
    (QUARTER-1Y) that quarter a year back; "the 1988 quarter" (QUARTER@1988) that quarter in
    1988, or the year when no quarter was named."""
    # (told in the past, not a quarter ahead: "grew 0.7 percent on the quarter" after a forecast for 2014)
    named = narrative_anchor(references, "Q", dct, finest="Q", past=direction in ("past", "before"),
                             first=not match["last"])
    if named is not dct:
        day, description, confidence = named.day, named.description, 0.7
    elif direction == "future" and not match["back"] and not match["year"]:
        day, description, confidence = dct.day, "the quarter under way at publication", 0.6
    else:
        day, description, confidence = values.shift(dct.day, -1, "Q"), "the last quarter before publication", 0.6
    if match["year"]:
        if named is dct:
            return Resolution(match["year"], dct.description, 0.8)
        period = "H" if named.unit == "H" else "Q"   # ("the same period of 2013" after the first half: a half)
        return Resolution(values.format_at(day.replace(year=int(match["year"])), period), description, confidence)
    if match["back"]:
        day = values.shift(day, -int(match["back"]), "Y")
    return Resolution(values.format_at(day, "Q"), description, confidence)


def _shift_fraction(day, steps, unit):
    days_per_unit = {"D": 1, "W": 7, "WE": 7, "M": 30.4, "Q": 91.3, "Y": 365.25, "DE": 3652.5, "CE": 36525}
    return day + timedelta(days=round(steps * days_per_unit[unit]))


def _weekday(match, dct, references, direction):
    """A weekday (or the weekend, through its Saturday) near the publication date, or
    near the day the story is at (@REF: "the previous Friday")."""
    weekday = 6 if match["weekend"] else int(match["weekday"])
    reference = narrative_anchor(references, "D", dct) if match["from_ref"] else dct
    anchor = reference.day
    back = (anchor.isoweekday() - weekday) % 7        # days back to the latest such weekday
    ahead = (weekday - anchor.isoweekday()) % 7       # days ahead to the next one
    if match["next_week"]:   # news weeks start on Sunday: "next Sunday" told on a Wednesday is in four days
        offset = (7 - anchor.isoweekday() % 7) + weekday % 7
        offset += 7 if offset == 1 else 0   # ... but never tomorrow ("next Sunday" told on a Saturday)
    elif direction == "before":
        offset = -(back or 7)
    elif direction == "after":
        offset = ahead or 7
    elif direction == "past":
        offset = -back
    elif direction == "future" or match["this"]:   # "this Friday": ahead, unless told in the past
        offset = ahead
    else:
        offset = -back if back <= ahead else ahead
    confidence = 0.85 if direction or back == 0 else 0.7
    day = anchor + timedelta(days=offset + 7 * int(match["weeks"] or 0))
    story_day = _the_story_day_it_names(match, day, dct, references, direction)
    if story_day is not None:
        return Resolution(story_day.day.isoformat(), story_day.description, 0.65)
    value = values.format_at(day, "WE") if match["weekend"] else day.isoformat()
    return Resolution(value, reference.description, confidence if reference is dct else 0.65)


def _the_story_day_it_names(match, day, dct, references, direction, reach_days=21):
    """"Macy's will open on Thanksgiving Day ... Walmart will start its sales at 6 p.m. on
    Thursday": told ahead, a bare weekday the day the story is at falls on, within three weeks
    of today, is that day (not the nearest such weekday); or None. (Not told in the past: a
    day gone by is mostly background, "his Aug. 2 power-grab ... read on television Thursday".)"""
    if match["from_ref"] or match["next_week"] or match["weeks"] or match["weekend"] or direction not in ("future", "after"):
        return None
    story = narrative_anchor(references, "D", dct, finest="D")
    if story is dct or story.aside or story.day == day or story.day.isoweekday() != int(match["weekday"]):
        return None
    if story.by_weekday:
        return None     # "funeral next Wednesday ... Parliament will be recalled on Wednesday": another one
    return story if 0 < (story.day - dct.day).days <= reach_days else None


def _no_year(match, dct, references, direction):
    """The year of "June", "August 10", "the third quarter"."""
    part = match["part"]
    if part.startswith("Q") and direction == "future" and not getattr(direction, "firm", False):
        direction = None   # "will report third-quarter results": the quarter reported on is past
    if direction == "before" and getattr(direction, "firm", False) \
            and any(r.value == values.format_at(dct.day, "M") for r in references):
        direction = "past"   # "... was passed in March. Since March, prices have doubled", told in March
    years = _years_around(dct.day)
    if part == "WI":   # "last winter" told in January: the winter before the one under way, begun two Decembers back
        years = range(years[0] - 1, years[-1] + 1)
    candidates = [c for c in (f"{y:04d}-{part}" for y in years) if values.is_valid_date_value(c)]
    if match["weekday"]:   # "Saturday, April 25": the weekday names the year
        candidates = [c for c in candidates if values.date_range(c)[0].isoweekday() == int(match["weekday"])] or candidates
    if not candidates:   # "Feb. 30", or February 29 with no leap year near: no such day to give
        return Resolution(f"XXXX-{part}", dct.description, 0.1)
    following = _days_after_the_story(part, references, dct, direction)
    if following is not None:
        return following
    next_door = 62 if "-" in part else 31      # a day within two months, a month within one
    future_weight = FUTURE_IS_FARTHER if part[0].isdigit() else 1   # seasons and quarters: plain nearness
    chosen = _choose(candidates, dct, direction, next_door, future_weight)
    if match["not_beside"]:
        chosen = _not_the_month_beside(chosen, dct, -1 if match["not_beside"] == "LAST" else 1)
    return _week_holding_it(chosen) if match["week"] else chosen   # "the week of March 6"


def _not_the_month_beside(chosen, dct, step):
    """"last February" told in March is a year back, "next April" told in March a year on: the
    month just past or ahead would be "last month" or "next month" (but across New Year, "last
    December" and "next January" are the ones beside)."""
    beside = values.shift(dct.day, step, "M")
    if beside.year != dct.day.year or chosen.value != values.format_at(beside, "M"):
        return chosen
    return replace(chosen, value=f"{int(chosen.value[:4]) + step:04d}{chosen.value[4:]}")


def _story_in_another_year(references, dct, coarsest="D"):
    """The day the story is at, when the text has dated one in a year other than the
    publication's; else None. ``coarsest``: a month, a season or a year the story is at
    will do as well ("in the summer of 1993 ... by the end of the decade")."""
    story = narrative_anchor(references, coarsest, dct, finest="D")
    return None if story is dct or story.day.year == dct.day.year else story


def _story_elsewhere(match, dct, references, direction):
    """"The House approved it on Oct. 3, 2008 ... By the end of the month, markets had lost
    trillions": the end of "the month" a story set in another year tells of in the past is
    that month's, and any edge of a month the story has named; the day the story is at, or
    None. (Not a year's start: "The new year began" after "The deal closed on Dec. 31" is the
    year after the story's.)"""
    if match["amount"] != "0" or direction not in ("past", "before") or match["unit"] == "WE":
        return None     # ("this weekend" is the publication's: DCT+0WE@END is the one just past)
    if match["unit"] == "M" and match["at"] in ("END", "START", "MID"):
        return _month_the_story_is_at(references, dct)
    return _story_in_another_year(references, dct, coarsest=match["unit"]) if match["at"] == "END" else None


def _month_the_story_is_at(references, dct):
    """"fell to 30 percent in late June from 57 percent at the start of the month", told in July;
    "The tanker ran aground on Jan. 3. ... By the end of the month": the month the story told in
    the past is at, where it is not the publication's."""
    story = narrative_anchor(references, "M", dct, finest="D", past=True)
    if story is dct or (story.day.year, story.day.month) == (dct.day.year, dct.day.month):
        return None
    return story


def _days_after_the_story(part, references, dct, direction):
    """"The crisis began on Sept. 15, 2008. The next day ... The House rejected the plan on
    Sept. 29": a day a few weeks after the day a story set in another year is at, told in
    the past, is in that year."""
    if direction not in ("past", "before") or not re.fullmatch(r"\d\d-\d\d", part):
        return None
    story = _story_in_another_year(references, dct)
    if story is None:
        return None
    try:
        day = date.fromisoformat(f"{story.day.year:04d}-{part}")
    except ValueError:
        return None
    if 0 < (day - story.day).days <= STORY_REACH_DAYS:
        return Resolution(day.isoformat(), story.description, 0.6)
    return None


def _up_to(match, dct, references, direction):
    """"[May] and June 2011", "[Dec. 30] to Jan. 2, 2013": the first of a pair in the year the
    second names, or the year before when it comes later in the calendar."""
    end = match["end"]
    year = int(end[:4]) - (1 if match["part"] > end[5:] else 0)
    return Resolution(f"{year:04d}-{match['part']}", f"the date after it ({end})", 0.85)


def _after_the_last_named(match, dct, references, direction):
    """"Dec. 30 to [Jan. 2]": the second of a pair, the first such day or month from the first;
    unless the tense says otherwise ("invited in July 1997, will join on [March 12]" is ahead).
    "the third and [fourth quarters]": a quarter of the first one's year, which shares its verb."""
    first = references[-1] if references else None
    quarter = match["part"].startswith("Q")
    if first is not None and first.unit in (("Q",) if quarter else ("D", "M")):
        year = first.day.year + (1 if match["part"] < first.value[5:] else 0)
        value = f"{year:04d}-{match['part']}"
        start = values.date_range(value)
        if quarter or (start is not None and not _against_the_tense(start[0], dct.day, direction)):
            return Resolution(value, first.description, 0.8)
    return _no_year(NO_YEAR.fullmatch(f"XXXX-{match['part']}"), dct, references, direction)


def _season_beside(match, dct, references, direction):
    """"The following spring": the first spring to begin after the time the story is at
    (a year, a month or a day); "the previous summer": the last one to end before it."""
    anchor = narrative_anchor(references, "Y", dct)
    first, last = values.date_range(anchor.value) or (anchor.day, anchor.day)
    seasons = [(c, values.date_range(c)) for c in (f"{year:04d}-{match['season']}"
                                                   for year in range(first.year - 2, last.year + 2))]
    seasons = [(season, span) for season, span in seasons if span is not None]
    if match["side"] == "NEXT":
        fitting = [season for season, (start, _) in seasons if start > last][:1]
    else:
        fitting = [season for season, (_, end) in seasons if end < first][-1:]
    if not fitting:
        return Resolution(f"XXXX-{match['season']}", "beyond the calendar", 0.0)
    return Resolution(fitting[0], anchor.description, 0.7 if anchor is dct else 0.65)


def _against_the_tense(day, today, direction):
    return (direction == "future" and day < today) or (direction == "past" and day > today)


def _holiday(match, dct, references, direction):
    """A named day ("Thanksgiving Day") in the year the direction, or nearness, gives."""
    if match["name"] not in HOLIDAYS:
        return Resolution("XXXX-XX-XX", dct.description, 0.1)
    if match["shift"]:    # "the Labor Day weekend last year"
        years = [dct.day.year + int(match["shift"])]
    else:
        years = [int(match["year"])] if match["year"] else _years_around(dct.day)
    days = [holiday_date(match["name"], year) for year in years]
    candidates = [day.isoformat() for day in days if day is not None]
    if not candidates:   # ("Diwali" in 1989: a year the calendar library does not cover)
        return Resolution(match["year"] or "XXXX-XX-XX", dct.description, 0.1)
    # a holiday is named, not guessed at: trust the tense; but "as Easter week began" told on Palm
    # Sunday: a week may begin tomorrow
    chosen = _choose(candidates, dct, direction, next_door=14, trust_a_firm_tense=not match["week"])
    if match["side"]:
        return _weekday_beside(chosen, int(match["weekday"]), match["side"])
    if match["week"] == "@WE":
        return _weekend_nearest(chosen)     # "Labor Day weekend"
    return _week_holding_it(chosen) if match["week"] else chosen   # "Easter week"


def _weekday_beside(day_resolution, weekday, side):
    """"the Monday after Thanksgiving": the first such weekday after (or before) the day."""
    day = date.fromisoformat(day_resolution.value)
    step = 1 if side == "+" else -1
    day += timedelta(days=step)
    while day.isoweekday() != weekday:
        day += timedelta(days=step)
    return replace(day_resolution, value=day.isoformat())


def _weekend_nearest(day_resolution):
    """The weekend that holds a day, or the one nearest it: a Monday's is the one before
    (Memorial Day weekend), a Thursday's the one after (Thanksgiving weekend)."""
    day = date.fromisoformat(day_resolution.value)
    weekday = day.isoweekday()
    saturday = day - timedelta(days=weekday + 1) if weekday <= 2 else day + timedelta(days=6 - weekday)
    return replace(day_resolution, value=values.format_at(saturday, "WE"))


def _nth_weekday(match, dct, references, direction):
    """"the first Monday in October": that day of the month in the year the direction, or
    nearness, gives (a fifth one only where the month has it); "the first Friday of next
    month": of the month counted from the publication's."""
    if match["shift"]:
        counted = dct.day.year * 12 + dct.day.month - 1 + int(match["shift"])
        year, month = divmod(counted, 12)
        month += 1
    else:
        year, month = (int(match["year"]) if match["year"] else None), int(match["month"])
    nth = int(match["nth"])
    day_in = nth_weekday(month, int(match["weekday"]) - 1, nth)
    years = [year] if year else _years_around(dct.day)
    candidates = [day.isoformat() for day in map(day_in, years) if day.month == month]
    if not candidates:
        return Resolution(f"XXXX-{match['month']}", dct.description, 0.1)
    chosen = _choose(candidates, dct, direction, next_door=14)
    return _weekend_nearest(chosen) if match["weekend"] else chosen   # "the first weekend in May"


def _overnight(match, dct, references, direction):
    """"overnight": the night before the day the story is at ("London shares closed lower
    Friday ... depressed by overnight losses in New York": Thursday night), or the coming
    night when the verb looks ahead ("temperatures will drop overnight") or the story's day
    is still to come, or the night after a past day the story reached late in it."""
    story_day = narrative_anchor(references, "D", dct, past=direction == "past")
    if direction == "future" or story_day.day > dct.day:   # (a story told ahead: "polls close on
        return Resolution(story_day.day.isoformat(), story_day.description, 0.6)   # Monday ... results overnight")
    if story_day is not dct and story_day.day < dct.day and _late_in_its_day(story_day):
        return Resolution(story_day.day.isoformat(), f"the night after {story_day.description}", 0.6)
    night_before = story_day.day - timedelta(days=1)
    return Resolution(night_before.isoformat(), f"the night before {story_day.description}", 0.6)


def _late_in_its_day(anchor):
    """Whether the story reached ``anchor`` late in its day ("late Monday", "Tuesday
    afternoon", "at 2:50 p.m."): a night told of after it is the one that followed (" ...
    no suspects were in custody late Monday. Security was stepped up overnight")."""
    return anchor.late or re.search(r"T(?:AF|EV|NI|1[3-9]|2\d)", anchor.value) is not None


def _early_in_its_day(anchor):
    """Whether the story reached ``anchor`` early in its day ("early Friday", "Friday morning")."""
    return anchor.early or re.search(r"T(?:MO|0\d)", anchor.value) is not None


def _day_of_month(match, dct, references, direction):
    """"on the 15th": that day of the month the story has named ("In March ... on the
    15th"), else of the month next to the day it is at that the tense picks."""
    named = narrative_anchor(references, "M", dct)
    if named.unit == "M":
        candidates = [_day_in_month(named.day, 0, match["day"])]
    else:
        candidates = [_day_in_month(named.day, months, match["day"]) for months in (-1, 0, 1)]
    candidates = [c for c in candidates if c is not None]
    if not candidates:   # "the 31st" of a 30-day month
        return Resolution("XXXX-XX-" + match["day"], named.description, 0.1)
    if named is dct:
        return _choose(candidates, dct, direction, next_door=0, future_weight=FUTURE_IS_FARTHER)
    return replace(_choose(candidates, named, None, next_door=0), confidence=0.6)   # the tense is told from today, not that day


def _day_in_month(day, months, day_of_month):
    month_start = values.shift(day.replace(day=1), months, "M")
    value = f"{month_start.year:04d}-{month_start.month:02d}-{day_of_month}"
    return value if values.is_valid_date_value(value) else None


def _years_around(day):
    return range(day.year - 1, day.year + 2)


# How far past the day a story set in another year is at a bare day still belongs to that year
STORY_REACH_DAYS = 62

# News mostly tells of what has happened: with no tense to go by, a month or day ahead
# of publication is chosen only when it is less than half as far as the one behind.
FUTURE_IS_FARTHER = 2.0


def _choose(candidates, dct, direction, next_door, future_weight=1, trust_a_firm_tense=True):
    """The candidate the direction picks, else the nearest to the publication date (a
    future one ``future_weight`` times as far as it is). A tense that points away from a
    candidate next door loses to it ("the Jan. 14 deadline", "of record Nov. 22"), unless the
    verb the date modifies says it outright (tense.Direction: "Talks ran on June 3")."""
    today = dct.day
    ranges = {c: values.date_range(c) for c in candidates}
    weighted = {c: _distance(ranges[c], today) * (future_weight if ranges[c][0] > today else 1) for c in candidates}
    nearest = min(candidates, key=weighted.get)
    chosen = _by_direction(candidates, ranges, today, direction)
    if chosen is None:
        return Resolution(nearest, dct.description, 0.75)
    firm = getattr(direction, "firm", False) and trust_a_firm_tense
    if direction in ("past", "future") and not firm and chosen != nearest and _distance(ranges[nearest], today) <= next_door:
        return Resolution(nearest, dct.description, 0.6)
    return Resolution(chosen, dct.description, 0.85)


def _distance(day_range, today):
    first, last = day_range
    return 0 if first <= today <= last else min(abs((first - today).days), abs((last - today).days))


def _by_direction(candidates, ranges, today, direction):
    tests = {
        "before": lambda r: r[1] < today, "past": lambda r: r[0] <= today,
        "after": lambda r: r[0] > today, "future": lambda r: r[1] >= today,
    }
    if direction not in tests:
        return None
    fitting = [c for c in candidates if tests[direction](ranges[c])]
    if not fitting:
        return None
    return fitting[-1] if direction in ("before", "past") else fitting[0]


def _week_holding(match, dct, references, direction):
    return _week_holding_it(Resolution(match["day"], "", 0.8))


def _week_holding_it(day_resolution):
    """The ISO week that holds the resolved day."""
    week = values.format_at(date.fromisoformat(day_resolution.value), "W")
    return replace(day_resolution, value=week)


def _short_year(match, dct, references, direction):
    digits = match["digits"]
    if match["after_ref"]:
        return _year_after_the_last_named(int(digits), references)
    if len(digits) == 1:  # a decade word: "the nineties"
        century = dct.day.year // 100
        decade = century * 10 + int(digits)
        if decade > dct.day.year // 10:
            decade -= 10
        return Resolution(f"{decade:03d}", dct.description, 0.8)
    year = dct.day.year // 100 * 100 + int(digits)
    if year > dct.day.year + 10:
        year -= 100
    return Resolution(f"{year:04d}{match['rest'] or ''}", dct.description, 0.85)


def _year_after_the_last_named(digits, references):
    """"1990-[91]": the year ending in ``digits`` that closes a range opened by the year just named
    (the last year named: a saying's day may stand after it, "the team said on Monday, making him
    the highest-paid player through the 2015-[16] season")."""
    first = next((anchor for anchor in reversed(references) if anchor.unit == "Y"), None)
    if first is None:
        return Resolution("XXXX", "", 0.1)
    year = first.day.year // 100 * 100 + digits
    year += 100 if year <= first.day.year else 0
    if year - first.day.year > 20:   # "2025-08" is a month, not a range
        return Resolution("XXXX", first.description, 0.1)
    return Resolution(f"{year:04d}", first.description, 0.85)


# A length written in a unit TIMEX3 does not use, or with a fraction, in the units it does:
# P3Q -> P9M, P2DE -> P20Y; P2.5Y -> P2Y6M, P5.5H -> PT5H30M (a fraction of a month stays).
LARGER_UNITS = {"Q": (3, "M"), "DE": (10, "Y"), "CE": (100, "Y"), "FN": (2, "W")}
SMALLER_UNITS = {"Y": (12, "M"), "W": (7, "D"), "D": (24, "H"), "H": (60, "MIN"), "MIN": (60, "S")}


def _tidy_duration(value, quarters_as_months=True):
    """The TIMEX3 spelling of a length of time: units TIMEX3 has, whole numbers where
    they can be had, and a T before time units (P5H -> PT5H, P10MIN -> PT10M, P3H9MIN -> PT3H9M)."""
    two_units = re.fullmatch(r"P(?P<amount>\d+)(?P<unit>[A-Z]+?)(?P<amount2>\d+)(?P<unit2>[A-Z]+)", value)
    if two_units:
        return values.duration(two_units.group("amount", "unit"), two_units.group("amount2", "unit2"))
    match = re.fullmatch(r"P(?P<amount>\d+(?:\.\d+)?|X)(?P<unit>[A-Z]+)", value)
    if not match:
        return value
    amount, unit = match["amount"], match["unit"]
    if unit in LARGER_UNITS and amount != "X" and (unit != "Q" or quarters_as_months):
        factor, unit = LARGER_UNITS[unit]
        amount = _format_amount(float(amount) * factor)
    elif unit == "Q" and amount == "X" and quarters_as_months:
        unit = "M"
    parts = [(amount, unit)]
    if amount != "X" and not float(amount).is_integer() and unit in SMALLER_UNITS:
        factor, smaller = SMALLER_UNITS[unit]
        whole, rest = divmod(float(amount), 1)
        if (rest * factor).is_integer():
            parts = [(_format_amount(whole), unit), (_format_amount(rest * factor), smaller)]
    return values.duration(*parts)


def _format_amount(number):
    return str(int(number)) if float(number).is_integer() else str(number)


_RESOLVERS = (
    (CURRENT_QUARTER, _current_quarter),
    (HOLIDAY, _holiday),
    (NTH_WEEKDAY, _nth_weekday),
    (OVERNIGHT, _overnight),
    (DAY_OF_MONTH, _day_of_month),
    (RELATIVE, _relative),
    (WEEKDAY, _weekday),
    (NO_YEAR, _no_year),
    (UP_TO, _up_to),
    (AFTER_THE_LAST_NAMED, _after_the_last_named),
    (SEASON_BESIDE, _season_beside),
    (SHORT_YEAR, _short_year),
    (WEEK_HOLDING, _week_holding),
    (EDGE_DAY_OF_YEAR, _edge_day_of_year),
)
