"""Named sub-patterns and the normalizers that turn their words into TIMEX3 parts.

A rule pattern writes ``{MONTH}`` or ``{month:MONTH}``: the first inserts the
sub-pattern, the second also captures it as the named group ``month``, whose
text the normalizer of the same base name (``month``, ``month2`` -> ``month``)
turns into a value part ("Sept." -> "09").
"""
import re
from functools import lru_cache

MONTHS = {
    "january": 1, "jan": 1, "february": 2, "feb": 2, "march": 3, "mar": 3,
    "april": 4, "apr": 4, "may": 5, "june": 6, "jun": 6, "july": 7, "jul": 7,
    "august": 8, "aug": 8, "september": 9, "sept": 9, "sep": 9,
    "october": 10, "oct": 10, "november": 11, "nov": 11, "december": 12, "dec": 12,
}
WEEKDAYS = {
    "monday": 1, "mon": 1, "tuesday": 2, "tue": 2, "tues": 2, "wednesday": 3, "wed": 3,
    "thursday": 4, "thu": 4, "thurs": 4, "friday": 5, "fri": 5,
    "saturday": 6, "sat": 6, "sunday": 7, "sun": 7,
}
SEASONS = {"spring": "SP", "summer": "SU", "fall": "FA", "autumn": "FA", "winter": "WI"}
PARTS_OF_DAY = {
    "morning": "MO", "afternoon": "AF", "mid-afternoon": "AF", "mid afternoon": "AF", "midafternoon": "AF",
    "mid-morning": "MO", "mid morning": "MO", "midmorning": "MO",
    "evening": "EV", "night": "NI", "overnight": "NI", "tonight": "NI",
}
UNITS = {
    "second": "S", "minute": "MIN", "hour": "H", "day": "D", "night": "D",
    "week": "W", "weekend": "WE", "month": "M", "quarter": "Q", "year": "Y",
    "decade": "DE", "century": "CE", "centurie": "CE", "millennium": "ML", "millennia": "ML",
    "fortnight": "FN",
}
ORDINALS = {
    "first": 1, "1st": 1, "second": 2, "2nd": 2, "third": 3, "3rd": 3, "fourth": 4,
    "4th": 4, "fifth": 5, "5th": 5, "sixth": 6, "6th": 6, "seventh": 7, "7th": 7,
    "eighth": 8, "8th": 8, "ninth": 9, "9th": 9, "tenth": 10, "10th": 10,
    "eleventh": 11, "twelfth": 12, "thirteenth": 13, "fourteenth": 14, "fifteenth": 15,
    "sixteenth": 16, "seventeenth": 17, "eighteenth": 18, "nineteenth": 19,
    "twentieth": 20, "twenty-first": 21, "last": "L",
}
SMALL_NUMBERS = {
    "a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6,
    "seven": 7, "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12,
    "thirteen": 13, "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17,
    "eighteen": 18, "nineteen": 19, "twenty": 20, "thirty": 30, "forty": 40,
    "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90,
    "hundred": 100, "a hundred": 100, "one hundred": 100, "thousand": 1000,
    "a couple of": 2, "a couple": 2, "couple of": 2, "half a": 0.5, "half an": 0.5, "a half": 0.5,
    "one and a half": 1.5, "a dozen": 12, "dozen": 12,
}
_UNITS_ORDINAL = ["first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth"]
DAY_WORDS = {
    **{word: n for n, word in enumerate(_UNITS_ORDINAL + ["tenth", "eleventh", "twelfth", "thirteenth",
       "fourteenth", "fifteenth", "sixteenth", "seventeenth", "eighteenth", "nineteenth", "twentieth"], 1)},
    **{f"twenty-{word}": 20 + n for n, word in enumerate(_UNITS_ORDINAL, 1)},
    "thirtieth": 30, "thirty-first": 31,
}
_DAY_WORD = re.compile(r"\b(?:twenty[-\s](?:" + "|".join(_UNITS_ORDINAL) + r")|" + "|".join(sorted(DAY_WORDS, key=len, reverse=True))
                       + r")\b", re.IGNORECASE)
VAGUE_NUMBERS = ("several", "a few", "few", "some", "many", "a number of", "numerous")
ADVERB_SETS = {
    "daily": "P1D", "nightly": "P1D", "weekly": "P1W", "biweekly": "P2W", "monthly": "P1M", "bimonthly": "P2M",
    "quarterly": "P3M", "annually": "P1Y", "yearly": "P1Y", "hourly": "PT1H",
    "semiannually": "P6M", "semi-annually": "P6M", "biannually": "P6M",
}
DECADE_WORDS = {
    "twenties": 2, "thirties": 3, "forties": 4, "fifties": 5, "sixties": 6,
    "seventies": 7, "eighties": 8, "nineties": 9, "noughties": 0,
}


def _alternation(words):
    """A regex alternation of words, longest first so "sept" wins over "sep"."""
    ordered = sorted(words, key=len, reverse=True)
    return "(?:" + "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in ordered) + ")"


_MONTH_FULL = [m for m in MONTHS if len(m) > 3 or m == "may"]
_MONTH_ABBR = [m for m in MONTHS if len(m) <= 4 and m != "may" and m not in ("june", "july")]
_WORD_NUMBER = _alternation([w for w in SMALL_NUMBERS if " " not in w and w not in ("a", "an")])
# two words make one number only as "twenty-five" or "two thousand" ("one five-year term" is one term)
_COMPOUND_NUMBER = (_alternation(["twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"])
                    + r"[-\s]" + _alternation(["one", "two", "three", "four", "five", "six", "seven", "eight", "nine"])
                    + "|" + _WORD_NUMBER + r"[-\s](?:hundred|thousand)")

# A year read out in a broadcast: "nineteen ninety-four"; "two thousand five" only after "in", "since",
# "of", "until" or "by", and not before a count's noun ("in two thousand five hundred homes")
_ONE_TO_NINETEEN = ("one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|"
                    "sixteen|seventeen|eighteen|nineteen")
SPOKEN_YEAR = (r"nineteen[-\s](?:ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|"
               r"(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:[-\s](?:one|two|three|four|five|six|seven|eight|nine))?)"
               r"|(?:(?<=\bin\s)|(?<=\bsince\s)|(?<=\bof\s)|(?<=\buntil\s)|(?<=\bby\s))two[-\s]thousand(?:\s+and)?[-\s]"
               r"(?:" + _ONE_TO_NINETEEN + r")\b(?![-\s]+(?:hundred|thousand|million|billion|people|men|women|children)\b"
               r"|\s+[a-z]+s\b)")
_DAY_DIGITS = r"(?:[12]\d|3[01]|0?[1-9])"

# "May" is only a month when capitalised ("may" is a modal verb; so "march", "august").
LOWER_CASE_WORDS = ("may", "march", "august")
# Words that make "Saturday Night" a programme's name ("Saturday Night Live", "Monday Night Football")
SHOW_AFTER_A_PART_OF_DAY = r"(?-i:Live|Football|Fever|Lights|Raw)\b"
# "lasted over a week", "the first time in over a decade"; not "repaid over three years" (during)
OVER_AS_MORE_THAN = "(?:" + "|".join(rf"(?<=\b{word}\s)" for word in (
    "just", "well", "slightly", "for", "in", "after", "last", "lasted", "lasting", "lasts", "took", "take",
    "takes", "taken", "spent", "of", "within")) + r")over(?!\s+the\b)"
# "the economy shrank by about a quarter": a fraction, not three months
_NOT_A_FRACTION = "".join(rf"(?<!\bby\s{words}\s)" for words in ("a", "one", r"about\sa", r"nearly\sa", r"almost\sa",
                                                                   r"roughly\sa", r"some\sa"))

SUB_PATTERNS = {
    # (a whole word: "Dec" is not the start of "decision", "May" not of "Mayor")
    "MONTH": "(?:(?-i:May|March|Mar|August)|" + _alternation([m for m in _MONTH_FULL if m not in LOWER_CASE_WORDS])
    + "|" + _alternation([m for m in _MONTH_ABBR if m != "mar"]) + r"\.?|(?-i:Mar\.))(?![a-z])",
    "MONTH_NAME": "(?:(?-i:May|March|August)|" + _alternation([m for m in _MONTH_FULL if m not in LOWER_CASE_WORDS])
    + "|" + r"(?:Sept|Aug|Oct|Nov|Dec|Jan|Feb|Apr)\.)(?![a-z])",
    "WEEKDAY": "(?:" + _alternation([w for w in WEEKDAYS if len(w) > 4])
    + "|" + r"(?:(?-i:Mon|Tue|Tues|Wed|Thu|Thurs|Fri|Sat|Sun)\.))(?![a-z])",
    "SEASON": _alternation(SEASONS),
    "PART_OF_DAY": _alternation([p for p in PARTS_OF_DAY if p != "tonight"]),
    "DAY": r"(?:" + _DAY_DIGITS + r"(?:st|nd|rd|th)?|" + _alternation(DAY_WORDS) + ")",
    "DAY_NUMBER": _DAY_DIGITS + r"(?:st|nd|rd|th)?",
    "DAY_ORDINAL": _DAY_DIGITS + r"(?:st|nd|rd|th)",
    # (not the decimals of "$1.2013"; but "20.03.2013" and "5.3.2013")
    "YEAR": r"(?:(?<!\d[.,])|(?<=\.\d\d\.)|(?<=\.\d\.))(?:1[6-9]\d\d|20\d\d)(?![.,]\d)|" + SPOKEN_YEAR,
    "SHORT_YEAR": r"'\d\d",
    # after a day: no year follows, which would make a longer date ("March 8, [10 days] after" may)
    "NO_YEAR_NEXT": r"(?!\s*\d|\s*,\s*(?:\d{3,4}|'\d\d)\b)",
    # "the 1990s", "the '90s", and "the 90s" only after "the" ("in his 90s" is an age)
    "DECADE": r"(?:1[6-9]\d0|20[0-9]0)'?s|'\d0s",
    "SHORT_DECADE": r"(?:(?<=the\s)|(?<=the\searly\s)|(?<=the\slate\s)|(?<=the\smid-))[1-9]0s",   # "the 90s"
    "DECADE_WORD": _alternation(DECADE_WORDS),
    "ORDINAL": _alternation(ORDINALS),
    "QUARTER_ORDINAL": r"(?:first|second|third|fourth|1st|2nd|3rd|4th|final|last)",
    "NUMBER": r"(?:(?!(?:1[6-9]|20)\d\d\b)\d+(?:[.,]\d+)?(?:\s+\d/\d|\s+(?:million|billion))?|" + _COMPOUND_NUMBER + "|" + _WORD_NUMBER
    + r"|one\s+and\s+a\s+half|(?:a\s+)?couple\s+of|a\s+dozen|"
    + r"a\s+hundred|half\s+an?|an?)",
    "VAGUE": _alternation(VAGUE_NUMBERS),
    # "a quarter of the market" is a fraction, not three months
    "UNIT": r"(?:minute|hour|day|night|week|fortnight|weekend|month|" + _NOT_A_FRACTION + r"quarter(?!\s+of\b)|year|decade|"
            r"centur(?:y|ie)|millenni(?:um|a))",
    "UNITS": r"(?:seconds|minutes|hours|days|nights|weeks|fortnights|weekends|months|quarters(?!\s+of\b)|years|decades|centuries|millennia)",
    "CALENDAR_UNIT": r"(?:day|week|weekend|month|quarter|year|decade|century)",
    "HOUR": r"(?:1[0-2]|0?[1-9])",
    "HOUR_OF_DAY": r"(?:[01]?\d|2[0-3])",
    "HOUR_WORD": r"(?:1[0-2]|0?[1-9]|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)",
    "MINUTE": r"[0-5]\d",
    "AMPM": r"(?:a\.m\.|p\.m\.|am\b|pm\b)",
    "TIMEZONE": r"(?:[ECMP][SD]?T|GMT|UTC|BST|CES?T|(?:local|Eastern|Central|Mountain|Pacific)\s+(?:standard\s+|daylight\s+)?time"
    r"|(?-i:Eastern|Central|Mountain|Pacific)(?!\s+(?-i:[A-Z])))",   # "9 p.m. Eastern" (not "Eastern Europe")
    "APPROX": r"(?:about|around|nearly|almost|roughly|some|more\s+than|less\s+than|at\s+least|"
    + OVER_AS_MORE_THAN + r"|up\s+to|under|no\s+more\s+than|another|an\s+additional)",
    "EDGE": r"(?:early|late|mid|(?:the\s+)?end\s+of|(?:the\s+)?beginning\s+of|(?:the\s+)?start\s+of|"
    r"the\s+middle\s+of|the\s+close\s+of|end(?=-)|"    # business news: "by end of June", "end-2013"
    r"the\s+(?:early|earlier|later|latter|first|last|final)\s+part\s+of)",   # "the early part of 2012"
}


# words for a share of what follows "of": "most of [the spring]"
SHARE_WORDS = ("most", "much", "all", "part", "half", "rest", "some", "bulk")


def after_one_of(*words):
    """A lookbehind: the match must follow one of ``words`` and a space ("in [spring]")."""
    return "(?:" + "|".join(rf"(?<=\b{word}\s)" for word in words) + ")"


def expand(pattern):
    """Expand ``{NAME}`` and ``{group:NAME}`` into regex text."""
    def replace(match):
        group, name = match.group("group"), match.group("name")
        body = SUB_PATTERNS[name]
        return f"(?P<{group}>{body})" if group else f"(?:{body})"

    expanded = re.sub(r"\{(?:(?P<group>[a-z_0-9]+):)?(?P<name>[A-Z_]+)\}", replace, pattern)
    unknown = re.search(r"\{(?:[a-z_0-9]+:)?[A-Z][A-Z_0-9]*\}", expanded)
    if unknown:
        raise ValueError(f"no sub-pattern named {unknown.group()} (names are capitals and underscores)")
    return expanded


# Every temporal expression holds one of these words or figures (a test checks each rule's
# examples), so tagging only has to look near them. Word starts: "week" also finds "weekend".
WEEKDAY_START = r"(?:mon|tues|wednes|thurs|fri|satur|sun)day|(?-i:Mon|Tue|Wed|Thu|Fri|Sat|Sun)\.?"   # "Sundays" too
TRIGGER = re.compile(
    r"\b(?:" + expand("{MONTH}|{SEASON}|{DECADE_WORD}") + "|" + WEEKDAY_START
    + r"|seconds|minute|hour|day|dai|night|week|fortnight|month|quarter|year|decade|centur|millenni"
    + r"|morning|afternoon|evening|noon|midnight|midday|midweek|midyear|midmorning|overnight|o'clock|tonight|today|yesterday|tomorrow"
    + r"|now|current|recent|late|past|present|future|soon|ago|earlier|once|twice|time|moment|point"
    + r"|term|while|date|period|half|annual|semiannual|biannual|christmas|easter|thanksgiving|halloween|nineteen|thousand|biweekly|bimonthly"
    + r"|passover|rosh|yom|eid|diwali)"
    + r"|\d{4}|\d0'?s\b|['’]\d\d|\d(?:st|nd|rd|th)\b|\d\s*[ap]\.?m\b|\d[:.]\d\d|\d/\d|\bQ[1-4]|\bFY\s?'?\d\d|\b[12]H'?\d\d|\bH[12]'?\d\d",
    re.IGNORECASE)
# Narrower triggers for rules that name the family every match of theirs holds (``Rule.near``).
TRIGGERS = {
    None: TRIGGER,
    "MONTH": re.compile(r"\b(?:" + expand("{MONTH}|{MONTH_NAME}") + ")", re.IGNORECASE),
    "WEEKDAY": re.compile(r"\b(?:" + WEEKDAY_START + ")", re.IGNORECASE),
    "UNIT": re.compile(r"\b(?:second|minute|hour|day|night|week|fortnight|month|quarter|year|decade|centur|millenni)",
                       re.IGNORECASE),
    "SEASON": re.compile(r"\b(?:spring|summer|autumn|fall|winter)", re.IGNORECASE),
    "QUARTER": re.compile(r"\b(?:quarter|half|[1-4]Q|Q[1-4]|[12]H|H[12])", re.IGNORECASE),
}


# --- normalizers: group base name -> function(text, context) -> str -------------

def _key(text):
    return re.sub(r"\s+", " ", text.lower().strip(" .'"))


def number_value(text):
    """"three" -> 3, "twenty-five" -> 25, "1,000" -> 1000, "2 1/2" -> 2.5; vague -> None."""
    word = _key(text)
    if word in SMALL_NUMBERS:
        return SMALL_NUMBERS[word]
    if word in VAGUE_NUMBERS:
        return None
    scaled = re.fullmatch(r"(.+?)\s+(million|billion)", word)   # "13.1 billion (years ago)"
    if scaled:
        base = number_value(scaled.group(1))
        return None if base is None else _whole(base * LARGE_NUMBERS[scaled.group(2)])
    digits = re.fullmatch(r"(\d+)(?:[.,](\d+))?(?:\s+(\d)/(\d))?", word)
    if digits:
        whole, decimals, num, den = digits.groups()
        if decimals and text.count(",") and len(decimals) == 3:
            return int(whole + decimals)
        value = float(f"{whole}.{decimals}") if decimals else int(whole)
        return value + int(num) / int(den) if num else value
    parts = [p for p in re.split(r"[-\s]+", word) if p != "and"]
    if not parts or not all(p in SMALL_NUMBERS for p in parts):
        return None
    total = 0
    for part in parts:   # "two thousand" multiplies, "twenty five" adds
        value = SMALL_NUMBERS[part]
        total = total * value if value in (100, 1000) and total else total + value
    return total


LARGE_NUMBERS = {"million": 10 ** 6, "billion": 10 ** 9}


def _whole(value):
    return int(round(value)) if abs(value - round(value)) < 1e-6 else value


def _format_number(value):
    if value is None:
        return "X"
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    return str(value)


def _plus_half(number, context):
    """"two and a half hours", "a minute and a half": the number and a half."""
    if number is None or not (context.get("and_half") or context.get("and_half2")):
        return number
    return number + 0.5


def _year(text):
    """"1998" -> "1998", "'98" -> "XX98" (century left to the resolver), "ninety-six" -> "96",
    "nineteen ninety-four" -> "1994"."""
    text = text.strip()
    spoken = re.fullmatch(r"(nineteen|two[-\s]thousand(?:\s+and)?)[-\s]+(.+)", text, re.IGNORECASE)
    if spoken:
        return f"{19 if spoken.group(1).lower() == 'nineteen' else 20}{number_value(spoken.group(2)):02d}"
    if text[-1:].isdigit():
        return text if len(text) == 4 else "XX" + text[-2:]
    return f"{number_value(text):02d}"


def _decade(text):
    word = _key(text)
    if word in DECADE_WORDS:
        return "XX" + str(DECADE_WORDS[word])
    digits = re.sub(r"\D", "", word)
    if re.fullmatch(r"1\d00", digits):
        return digits[:2]        # "the 1800s": the century (TIMEX3 "18"), not its first ten years
    return digits[:3] if len(digits) == 4 else "XX" + digits[0]


def _unit(text):
    word = _key(text)
    word = re.sub(r"(?<!centurie)s$", "", word) if word not in ("millennia",) else word
    return UNITS.get(word, UNITS.get(word.rstrip("s"), "X"))


@lru_cache(maxsize=1)
def _date_reader():
    from dateparser.date import (
        DateDataParser,  # loading its language data takes a moment: only when needed
    )
    return DateDataParser(languages=["en"], settings={
        "RETURN_TIME_AS_PERIOD": True, "REQUIRE_PARTS": ["year"], "PREFER_DAY_OF_MONTH": "first"})


def read_explicit_date(text):
    """A date that names its year ("Tuesday, Aug. 12, 2025", "June 2024"), read by dateparser
    at the granularity it names: "2025-08-12", "2024-06"; "XXXX-XX-XX" if it cannot be read."""
    text = re.sub(SPOKEN_YEAR, lambda spoken: _year(spoken.group()), text, flags=re.IGNORECASE)
    text = re.sub(_DAY_WORD, lambda day: str(DAY_WORDS[day.group().lower().replace(" ", "-")]), text)  # "the Fourth of July, 1946"
    if not re.search(r"(?<!\d)\d{4}(?!\d)", text):
        return "XXXX-XX-XX"          # "March 11" is no year 2011
    data = _date_reader().get_date_data(re.sub(r"\s+", " ", text))
    if data.date_obj is None:
        return "XXXX-XX-XX"
    day = data.date_obj.date()
    return {"year": f"{day.year:04d}", "month": f"{day.year:04d}-{day.month:02d}"}.get(data.period, day.isoformat())


def _holiday_key(text):
    """"Thanksgiving Day" -> "thanksgiving", "New Year's Eve" -> "new_years_eve"."""
    key = re.sub(r"[^a-z ]", "", text.lower())
    key = re.sub(r"\s+(day|sunday)$", "", key) if not key.startswith(("christmas", "new year")) else key
    return re.sub(r"\s+", "_", key.strip())


def _hour24(text, context):
    hour = int(text) if text.isdigit() else number_value(text)
    ampm = (context.get("ampm") or "").lower().replace(".", "")
    if any(part in (context.get("daypart") or "").lower() for part in ("afternoon", "evening", "tonight")):
        ampm = "pm"
    if ampm == "pm" and hour < 12:
        hour += 12
    if ampm == "am" and hour == 12:
        hour = 0
    return f"{hour:02d}"


NORMALIZERS = {
    "month": lambda t, c: f"{int(t) if t.isdigit() else MONTHS[_key(t)]:02d}",
    "weekday": lambda t, c: str(WEEKDAYS[_key(t)]),
    "qmonth": lambda t, c: str((MONTHS[_key(t)] - 2) % 12 // 3 + 1),   # the quarter of the month before
    "day": lambda t, c: f"{DAY_WORDS.get(_key(t)) or int(re.sub(r'[a-z]', '', t.lower())):02d}",
    "year": lambda t, c: _year(t),
    "decade": lambda t, c: _decade(t),
    "season": lambda t, c: SEASONS[_key(t)],
    "part": lambda t, c: PARTS_OF_DAY[_key(t)],
    "number": lambda t, c: _format_number(_plus_half(number_value(t), c)),
    "unit": lambda t, c: _unit(t),
    "ordinal": lambda t, c: str(ORDINALS[_key(t)]),
    # "the third week of January": the week that holds its 15th; the last week, its 25th
    "nth": lambda t, c: "-1" if _key(t) in ("last", "final") else str(ORDINALS[_key(t)]),
    "week_in_month": lambda t, c: {"last": "25", "final": "25"}.get(_key(t)) or f"{7 * ORDINALS[_key(t)] - 6:02d}",
    "quarter": lambda t, c: {"final": "4", "last": "4"}.get(_key(t), str(ORDINALS.get(_key(t), "X"))),
    "hour": _hour24,
    "hour_before": lambda t, c: f"{(int(_hour24(t, c)) - 1) % 12:02d}",   # "a quarter to nine": 08:45
    "minutes_past": lambda t, c: "30" if _key(t) == "half" else "15",      # "half past", "a quarter past"
    "minute": lambda t, c: t,
    "digits": lambda t, c: t,
    "half_digit": lambda t, c: t,
    "day_edge": lambda t, c: "FIRST" if _key(t) == "first" else "LAST",   # last, final
    "shift": lambda t, c: {"next": "+1", "last": "-1"}.get(_key(t), "+0"),   # the, this
    "day_word": lambda t, c: {"tomorrow": "+1", "yesterday": "-1"}.get(_key(t), "+0"),   # today, tonight, this ...
    "century_fraction": lambda t, c: {"half": "50"}.get(_key(t), "25"),   # quarter
    "year_shift": lambda t, c: "@Y" + {"next": "+1", "last": "-1"}.get(_key(t), "+0"),
    "half": lambda t, c: "1" if _key(t) in ("first", "front") else "2",   # second, last, latter, back
    # "the last three months of 2013": the fourth quarter; "the first six months": the first half
    "months_edge": lambda t, c: ("Q" if _key(c["number"]) == "three" else "H")
    + ("1" if _key(t) == "first" else "4" if _key(c["number"]) == "three" else "2"),
    "q": lambda t, c: t,
    "clock": lambda t, c: {"noon": "12:00", "midday": "12:00", "midnight": "24:00"}[_key(t)],
    "adverb": lambda t, c: ADVERB_SETS[_key(t)],
    "holiday": lambda t, c: _holiday_key(t),
    "week": lambda t, c: "@WE" if _key(t).endswith("weekend") else "@W",
    "side": lambda t, c: "-" if _key(t) in ("before", "ago", "last") else "+",
    "holiday_side": lambda t, c: "-" if _key(t) == "before" else "+",
    "explicit": lambda t, c: read_explicit_date(t),
    "century": lambda t, c: f"{int(re.sub(r'[a-z]', '', t.lower())) - 1:02d}",
}


def normalize(group, text, context):
    """Normalize the text captured by ``group`` (``month2`` uses ``month``)."""
    base = re.sub(r"\d+$", "", group)
    return NORMALIZERS[base](text, context)
