"""Calendar dates named by their parts: days, months, years, weekdays,
seasons, quarters, halves, decades, centuries."""
from .model import Rule
from .vocabulary import SHARE_WORDS, SHOW_AFTER_A_PART_OF_DAY, after_one_of

EDGE = r"(?:{EDGE}[-\s]+)?"          # "early", "late", "mid-", "the end of": part of the extent
THE = r"(?:the\s+)?"
# "Sunday school", "Saturday Night Live", "Monday Night Football": a weekday in a name or a kind of thing
WEEKDAY_IN_A_NAME = r"\s+(?:school\b|(?-i:Night|Morning)\s+" + SHOW_AFTER_A_PART_OF_DAY + ")"
# a weekday in a named day is no weekday of its own: "Good Friday", "Ash Wednesday, Feb. 13"
NAMED_DAY_WORDS = ("Black", "Good", "Cyber", "Ash", "Holy", "Palm", "Maundy", "Bloody", "Super", "Shrove", "Easter")
NOT_IN_A_NAMED_DAY = "".join(rf"(?<!(?-i:\b{word})\s)" for word in NAMED_DAY_WORDS)
# "Flight 2011", "Room 1984", "Resolution 1973", "Windows 2000": a number in a name, not a year
NUMBERED_NAME = (r"(?-i:\b(?:Flight|Room|Windows|Highway|Route|Interstate|Gate|Terminal|Apollo|Suite|Apartment|"
                 r"Resolution|Amendment|Chapter|Article|Section|Model|Version|Vision|Agenda|Platform|Exhibit|No\.))\s+$")
# "About 1990 workers struck", "found 1999 rounds": a count of people or things, not a year
# (but after a preposition a year: "In 2008 jobs vanished")
COUNTED_NOUN = (r"\s+(?:people|workers|troops|soldiers|policemen|police\s+officers|employees|students|children|"
                r"residents|protesters|refugees|migrants|rounds|shells|rockets|homes|houses|cars|vehicles|jobs|"
                r"tons|tonnes|barrels|acres|miles|kilometers|kilometres|feet|meters|metres)\b")
NOT_A_COUNT = r"(?:" + after_one_of("in", "since", "of", "by", "until", "during", "from", "to", "before", "after") \
              + r"|(?!\d{4}" + COUNTED_NOUN + r"))"
TEMPERATURE_WORDS = r"\b(?:temperatures?|degrees|mercury|highs|lows)\b[^.!?]*$"   # "temperatures in the thirties"
# A bare season needs a preposition before it ("in spring"), and no noun it qualifies after it.
SEASON_AFTER_PREPOSITION = after_one_of(
    "in", "by", "since", "until", "during", "before", "after", "through", "throughout", "over", "from",
    *(f"{share} of" for share in SHARE_WORDS),   # ("spent most of [the spring] there")
    *(f"{season} {joint}" for season in ("spring", "summer", "autumn", "fall", "winter") for joint in ("and", "or")))
#                                                           ("in the spring and [summer]")
NOT_A_SEASON_AFTER = (r"(?:\s+(?:and|or)\s+(?:summer|winter|spring|autumn|fall))?"   # ("the winter and summer Games")
                      r"[-\s]+(?:(?-i:[A-Z])|training|camps?|schools?|storms?|olympics|games|break|vacations?|holidays?|"
                      r"sessions?|term|solstice|wheat|collections?|sales|festivals?|fashions?|tours?|leagues?|jobs?|"
                      r"homes?|houses?|clothes|coats?|weather|months|season|time)")
# "April Ryan asked", "May I ask": a month name before a capitalized word is a name, unless a
# preposition says it is a time ("in June Carter sang")
MONTH_NOT_A_NAME = ("(?:" + after_one_of("in", "since", "by", "until", "during", "through", "from", "to", "of",
                                         "before", "after", "last", "next", "this", "early", "late", "mid")
                    + r"|(?!{MONTH_NAME}\s+(?-i:[A-Z])))")
# "Theresa May", "Brian May": a month right after a capitalized word that says no time is a surname
AFTER_A_NAME = (r"(?-i:\b(?!(?:In|On|At|By|Of|Since|Until|Till|From|To|Through|Throughout|During|Before|After|Around|"
                r"Last|Next|This|That|Each|Every|Early|Late|Mid|And|Or|But|Then|Only|Even|The|A|An|Its|His|Her|"
                r"Their|Our|Your|My)\b)[A-Z][a-z]+)\s+$")
# what may stand between a month the text dates ("in June 2012") and a later day or month of the
# same sentence that goes on from it ("..., days before he took office on [June 30]")
AFTER_A_DATED_MONTH = r"{MONTH},?\s+(?:of\s+)?(?:{YEAR}|last\s+year)\b[^.;!?\n]{1,80}?"
WEEK_OF_MONTH = r"the\s+(?P<week_in_month>first|second|third|fourth|last|final)\s+week\s+of\s+{month:MONTH}"
NTH_WEEKDAY_OF_MONTH = (r"the\s+(?P<nth>first|second|third|fourth|fifth|last|final)\s+{weekday:WEEKDAY}\s+(?:in|of)\s+"
                        r"{month:MONTH_NAME}")
SEASON_BEFORE_A_YEAR = r"(?:{season:SEASON},?\s+of\s+|(?P<season2>summer|winter|autumn),?\s+(?:of\s+)?)"

# "at 1600 Pennsylvania Avenue", "1999 Broadway": a house number, not a year (unless after a
# preposition of time: "In 1998 Main Street merchants protested")
NOT_A_HOUSE_NUMBER = ("(?!" + "".join(rf"(?<!\b{word}\s)" for word in ("in", "since", "by", "of", "from", "until",
                                                                        "before", "after"))
                      + r"\d{4}\s+(?:(?-i:[A-Z][a-z]+)\s+){0,2}(?-i:Avenue|Ave\.|Street|St\.|Road|Rd\.|Boulevard|Blvd\.?|"
                      r"Drive|Lane|Place|Broadway|Parkway|Highway)\b)")


def _quarter_of_months(joiner):
    """"April-June", "Jan.-March": a quarter's first and last months, joined by ``joiner`` (the
    last, in a group ``qmonthN``, names the quarter)."""
    pairs = (("jan(?:uary|\\.)?", "mar(?:ch|\\.)?"), ("apr(?:il|\\.)?", "june?"),
             ("july?", "sep(?:t|tember)?\\.?"), ("oct(?:ober|\\.)?", "dec(?:ember|\\.)?"))
    return "(?:" + "|".join(rf"{first}{joiner}(?P<qmonth{i}>{last})" for i, (first, last) in enumerate(pairs, 1)) + ")"


QUARTER_OF_MONTHS = _quarter_of_months("[-–]")   # hyphenated, as in "expanded 1.7 percent in April-June"
MONTHS_JOINED = r"\s*(?:[-–/]|-to-|\s+to\s+)\s*"   # "the April-June period", "the April-to-June period"
PAIRED = r"\s*(?:(?:and|or|to|through|until|till)\s+|[-–/]\s*)"   # what joins the two dates of a pair
# A sentence telling of a game, with nothing of business: "scored in [the second half]" is the game's half
GAME_WORDS = (r"scored|scores?|goals?|equali[sz]er|header|penalty|half-?time|led|trailed|trailing|touchdowns?|"
              r"innings?|rebounds|baskets?|whistle|possession|substituted|points|\d+(?:st|nd|rd|th)\s+minute|"
              r"kick-?off|overtime")
BUSINESS_WORDS = (r"percent|per\s+cent|sales|profits?|revenues?|earnings|economy|growth|GDP|output|shares|"
                  r"prices?|rates?|basis|fiscal|billion|million|demand|inflation|deliveries|orders|results")
A_GAME = rf"^(?!.*(?:\b(?:{BUSINESS_WORDS})\b|\d\s?%)).*\b(?:{GAME_WORDS})\b"
QUARTER_WORDS = r"(?:(?:flat|strong|weak|fiscal|current|latest)(?:\s+|-(?=\w)))*"   # "a flat third quarter", "the fiscal-first quarter"

RULES = (
    # --- full dates ---------------------------------------------------------
    # Dates that name their year are read by dateparser ("{explicit}").
    Rule("weekday_month_day_year",
         r"(?P<explicit>(?:" + NOT_IN_A_NAMED_DAY + r"{WEEKDAY},?\s+)?{MONTH}\s+{DAY},?\s+{YEAR})", "{explicit}",
         near="MONTH", examples=(("March 11, 2025", "2025-03-11"), ("Tuesday, Aug. 12, 2025", "2025-08-12"))),
    Rule("day_month_year",
         r"(?P<explicit>(?:{WEEKDAY},?\s+)?(?:the\s+)?{DAY}\s+(?:of\s+)?{MONTH},?\s+{YEAR})", "{explicit}",
         near="MONTH", examples=(("12 August 2025", "2025-08-12"), ("the 12th of August, 2025", "2025-08-12"))),
    Rule("iso_date", r"(?P<explicit>{YEAR}(?P<separator>[-/])(?:0[1-9]|1[0-2])(?P=separator)[0-3]\d)", "{explicit}",
         examples=(("2025-08-12", "2025-08-12"), ("2025/08/12", "2025-08-12"))),
    Rule("numeric_date_us", r"(?P<explicit>(?:1[0-2]|0?[1-9])/[0-3]?\d/{YEAR})", "{explicit}",
         examples=(("8/12/2025", "2025-08-12"),)),
    # day first: with dots ("20.03.2013", as in Europe), or with slashes when the day cannot be a month
    Rule("numeric_date_day_first",
         r"(?P<day>[12]\d|3[01]|0?[1-9])\.(?P<month>1[0-2]|0?[1-9])\.{year:YEAR}|"
         r"(?P<day2>1[3-9]|2\d|3[01])/(?P<month2>1[0-2]|0?[1-9])/{year2:YEAR}",
         "{year}{year2}-{month}{month2}-{day}{day2}",
         examples=(("20.03.2013", "2013-03-20"), ("5.3.2013", "2013-03-05"), ("20/03/2013", "2013-03-20"))),
    # --- day and month, year unknown ----------------------------------------
    # the weekday picks the year, whatever the tense: "Thursday, Dec. 5" told in August 2025 is
    # 2024's (Dec. 5, 2025 is a Friday)
    Rule("weekday_month_day",
         NOT_IN_A_NAMED_DAY + r"{weekday:WEEKDAY},?\s+{month:MONTH}\s+{day:DAY}", "XXXX-{month}-{day}@WD{weekday}",
         near="MONTH", examples=(("Saturday, April 12", "2025-04-12"), ("Friday, Dec. 5", "2025-12-05"),
                                 ("Thursday, Dec. 5", "2024-12-05"))),
    # "April 24 and [25]": the second day of a pair, in the month of the first
    Rule("paired_day", r"{day:DAY_NUMBER}", "DOM-{day}", only_after=r"{MONTH}\s+{DAY}" + PAIRED,
         unless_after=r"\s*,?\s*(?:{YEAR}|%|percent)|\s+(?!(?:in|at|on|and|or|to|when|as|but|after|before|the|this|that)\b)(?-i:[a-z])",
         near="MONTH", examples=(("on Aug. 11 and [12]", "2025-08-12"), ("from Aug. 4 to [8]", "2025-08-08"),
                   ("on Aug. 4-[8]", "2025-08-08"))),
    Rule("paired_day_year", r"{day:DAY_NUMBER},?\s+{year:YEAR}", "{year}-{month}-{day}",
         only_after=r"{month:MONTH}\s+{DAY}" + PAIRED,
         near="MONTH", examples=(("Jan. 1-[5, 2013]", "2013-01-05"), ("September 14 and [18, 2010]", "2010-09-18"))),
    # "on the 15th": a day of the month the story is at; not "the 15th floor", "the 15th century"
    Rule("day_of_month", after_one_of("on", "by", "until", "since", "before", "after", "from")
         + r"the\s+{day:DAY_ORDINAL}(?:\s+of\s+(?:this|the|that)\s+month)?", "DOM-{day}",
         unless_after=r"[-\s]+(?!(?:and|or|to|through|at|in|on|when|after|before|as|but|the|a|an|this|that|his|her|"
                      r"its|their|our|he|she|it|they|we|i|you|there)\b)(?-i:[a-z])"
                      r"|\s+(?:and|or|to)\s+(?:the\s+)?\d{1,2}(?:st|nd|rd|th)[-\s]centuries",   # (a century of a pair)
         examples=(("signed on [the 15th]", "2025-08-15"), ("paid on [the 3rd of this month]", "2025-08-03"))),
    # the first of a pair takes the year named after the second, the year before if it
    # comes later in the calendar: "Nov. 29 through Dec. 1, 2012", "Dec. 30 to Jan. 2, 2013"
    Rule("day_before_dated_day",
         r"{month:MONTH}\s+{day:DAY}(?=" + PAIRED + r"{month2:MONTH}\s+{day2:DAY},?\s+{year:YEAR})",
         "UPTO-{year}-{month2}-{day2}:{month}-{day}",
         near="MONTH", examples=(("[Nov. 29] through Dec. 1, 2012", "2012-11-29"), ("[Dec. 30] to Jan. 2, 2013", "2012-12-30"))),
    Rule("day_before_dated_pair", r"{month:MONTH}\s+{day:DAY}(?=" + PAIRED + r"{DAY_NUMBER},?\s+{year:YEAR})",
         "{year}-{month}-{day}",
         near="MONTH", examples=(("[September 14] and 18, 2010", "2010-09-14"),)),
    # the first day of a British pair: "between [10] and 12 March", "from [3] to 5 May 2024", "[10]-12 March"
    Rule("day_before_dated_day_month",
         r"{day:DAY_NUMBER}(?=" + PAIRED + r"{DAY_NUMBER}\s+(?:of\s+)?{month:MONTH},?\s+{year:YEAR})",
         "{year}-{month}-{day}",
         near="MONTH", examples=(("from [3] to 5 May 2024", "2024-05-03"),)),
    Rule("day_before_day_month",
         r"{day:DAY_NUMBER}(?=" + PAIRED + r"{DAY_NUMBER}\s+(?:of\s+)?{month:MONTH_NAME}{NO_YEAR_NEXT})",
         "XXXX-{month}-{day}",   # (a month name in full or with its dot: "the 2-1 Jun Li goal" is a score)
         near="MONTH", examples=(("between [10] and 12 March", "2025-03-10"), ("[10]-12 March", "2025-03-10"))),
    Rule("day_month_after_day", r"{day:DAY_NUMBER}\s+(?:of\s+)?{month:MONTH_NAME}{NO_YEAR_NEXT}", "XXXX-{month}-{day}",
         only_after=r"{DAY_NUMBER}-",   # the second of "14-15 March" (a hyphen stops other rules at the word edge)
         near="MONTH", examples=(("14-[15 March]", "2025-03-15"),)),
    Rule("week_of_month_day", r"the\s+week\s+of\s+{month:MONTH}\s+{day:DAY}{NO_YEAR_NEXT}", "XXXX-{month}-{day}@W",
         near="MONTH", examples=(("the week of March 6", "2025-W10"), ("the week of Aug. 4", "2025-W32"))),
    Rule("week_of_month_year", WEEK_OF_MONTH + r",?\s+(?:of\s+)?{year:YEAR}", "{year}-{month}-{week_in_month}@W",
         near="MONTH", examples=(("the last week of June 2024", "2024-W26"),)),
    Rule("week_of_month", WEEK_OF_MONTH, "XXXX-{month}-{week_in_month}@W",
         near="MONTH", examples=(("the first week of December", "2025-W49"), ("the third week of January", "2025-W03"))),
    # "the first weekend in May": the weekend of its first Saturday
    Rule("nth_weekend_of_month", r"the\s+(?P<nth>first|second|third|fourth|last|final)\s+weekend\s+(?:in|of)\s+{month:MONTH_NAME}",
         "NTH{nth}-WD6-{month}@WE",
         near="MONTH", examples=(("the first weekend in May", "2025-W18-WE"), ("the last weekend of August", "2025-W35-WE"))),
    Rule("nth_weekday_of_month_year", NTH_WEEKDAY_OF_MONTH + r",?\s+{year:YEAR}", "NTH{nth}-WD{weekday}-{month}@{year}",
         near="MONTH", examples=(("the last Thursday of November 2012", "2012-11-29"),)),
    Rule("nth_weekday_of_shifted_month", r"the\s+(?P<nth>first|second|third|fourth|fifth|last|final)\s+{weekday:WEEKDAY}\s+"
         r"(?:in|of)\s+(?P<shift>next|this|last|the)\s+month", "NTH{nth}-WD{weekday}@DCT{shift}M",
         near="WEEKDAY", examples=(("the first Friday of next month", "2025-09-05"), ("the last Monday of this month", "2025-08-25"),
                                   ("the first Tuesday of the month", "2025-08-05"))),
    Rule("nth_weekday_of_month", NTH_WEEKDAY_OF_MONTH, "NTH{nth}-WD{weekday}-{month}",
         near="MONTH", examples=(("the first Monday in October", "2025-10-06"), ("the second Tuesday of March", "2025-03-11"),
                                 ("the last Friday in August", "2025-08-29"))),
    # the second of a pair comes after the first: "Dec. 30 to [Jan. 2]", "from late May to [early June]"
    Rule("day_after_day", EDGE + r"{month:MONTH}\s+{day:DAY}{NO_YEAR_NEXT}", "AFTER@REF:{month}-{day}",
         only_after=r"{MONTH}\s+{DAY}" + PAIRED,
         near="MONTH", examples=(("Dec. 30 to [Jan. 2]", "2025-01-02"), ("Nov. 29 through [Dec. 1]", "2025-12-01"))),
    # (see month_after_dated_month)
    Rule("day_after_dated_month", r"{month:MONTH}\s+{day:DAY}{NO_YEAR_NEXT}", "AFTER@REF:{month}-{day}",
         only_after=AFTER_A_DATED_MONTH + r"\b(?:on|by|until|from)\s+",
         near="MONTH", examples=(("dissolved in June 2012, days before he took office on [June 30]", "2012-06-30"),)),
    # "the Sept. 11 attacks": the day is the name (placed before month_day, which would pick a year)
    Rule("september_eleventh", r"Sept(?:ember|\.)?\s+11(?:th)?(?=\s+(?:terrorist\s+|terror\s+)?(?:attacks|hijackings|hijackers|commission)\b)",
         "2001-09-11", near="MONTH",
         examples=(("the [Sept. 11] attacks", "2001-09-11"), ("the [September 11] commission", "2001-09-11"))),
    Rule("month_day", r"(?:around\s+)?" + EDGE + r"{month:MONTH}\s+(?:the\s+(?={DAY_ORDINAL}))?{day:DAY}{NO_YEAR_NEXT}",
         "XXXX-{month}-{day}",   # ("March the 8th", not "in May the second round")
         near="MONTH", examples=(("August 10", "2025-08-10"), ("Sept. 3", "2025-09-03"), ("March eighth", "2025-03-08"),
                   ("around Nov. 1", "2025-11-01"), ("March the 8th", "2025-03-08"))),
    Rule("day_month", r"(?:{WEEKDAY},?\s+)?(?:the\s+)?{day:DAY}\s+(?:of\s+)?{month:MONTH}{NO_YEAR_NEXT}",
         "XXXX-{month}-{day}",
         near="MONTH", examples=(("10 August", "2025-08-10"), ("Tuesday 12 August", "2025-08-12"))),
    # --- months --------------------------------------------------------------
    Rule("month_year", EDGE + r"(?P<explicit>{MONTH},?\s+(?:of\s+)?{YEAR})", "{explicit}",
         near="MONTH", examples=(("June 2024", "2024-06"), ("late November 1998", "1998-11"),
                   ("January nineteen ninety-seven", "1997-01"))),
    Rule("month_short_year", r"{month:MONTH}\s+{year:SHORT_YEAR}", "{year}-{month}",
         near="MONTH", examples=(("June '98", "1998-06"),)),
    Rule("month_before_dated_month",
         EDGE + r"{month:MONTH_NAME}(?=" + PAIRED + r"(?:{EDGE}[-\s]+)?{month2:MONTH},?\s+(?:of\s+)?{year:YEAR})",
         "UPTO-{year}-{month2}:{month}",
         near="MONTH", examples=(("[May] and June 2011", "2011-05"), ("between [January] and March 2012", "2012-01"),
                   ("[December] to February 1998", "1997-12"), ("the [May]/June 2011 issue", "2011-05"))),
    # "Sept. 11 last year", "11 September last year", "July 1 next year": the day in the year named after it
    Rule("day_of_a_year_beside",
         r"(?:{month:MONTH}\s+{day:DAY}|{day2:DAY}\s+(?:of\s+)?{month2:MONTH}),?\s+(?P<shift>last|this|next)\s+year",
         "DCT{shift}Y:{month}{month2}-{day}{day2}",
         near="MONTH", examples=(("Sept. 11 last year", "2024-09-11"), ("11 September last year", "2024-09-11"),
                                 ("Jan. 5 this year", "2025-01-05"),
                                 ("retire at 63 from [July 1 next year]", "2026-07-01"), ("1 July next year", "2026-07-01"))),
    Rule("month_of_last_year", EDGE + r"{month:MONTH},?\s+(?:of\s+)?last\s+year", "DCT-1Y:{month}",
         near="MONTH", examples=(("May of last year", "2024-05"), ("June last year", "2024-06"))),
    Rule("month_of_this_year", EDGE + r"{month:MONTH},?\s+(?:of\s+)?this\s+year", "DCT+0Y:{month}",
         near="MONTH", examples=(("January this year", "2025-01"),)),
    Rule("month_of_that_year", EDGE + r"{month:MONTH},?\s+(?:of\s+)?(?:that|the\s+same)\s+year",
         "REF+0Y:{month}",
         near="MONTH", examples=(("In 2010 it began. [April of that year]", "2010-04"), ("In 2010 it began. [June the same year]", "2010-06"))),
    Rule("month_of_next_year", EDGE + r"{month:MONTH},?\s+(?:of\s+)?next\s+year", "DCT+1Y:{month}",
         near="MONTH", examples=(("March of next year", "2026-03"),)),
    Rule("last_month_day", r"(?:last|this\s+past)\s+{month:MONTH}\s+{day:DAY}{NO_YEAR_NEXT}", "XXXX-{month}-{day}",
         direction="before",
         near="MONTH", examples=(("last Oct. 23", "2024-10-23"), ("last August 10", "2025-08-10"))),
    # "last February" written in March is a year back: the month just past would be "last month"
    # (but "last December" written in January is the December just past, last year's)
    Rule("last_month_name", r"last\s+{month:MONTH}(?!\.?\s*\d)", "XXXX-{month}@NOT_LAST_MONTH",
         direction="before",
         near="MONTH", examples=(("last June", "2025-06"), ("last December", "2024-12"), ("last August", "2024-08"),
                   ("last July", "2024-07"))),
    Rule("past_month_name", r"(?:this\s+)?past\s+{month:MONTH}(?!\.?\s*\d)", "XXXX-{month}",
         direction="before",
         near="MONTH", examples=(("this past July", "2025-07"),)),
    Rule("next_month_name", r"next\s+{month:MONTH}", "XXXX-{month}@NOT_NEXT_MONTH",
         direction="after",
         near="MONTH", examples=(("next March", "2026-03"), ("next September", "2026-09"), ("next October", "2025-10"))),
    Rule("coming_month_name", r"(?:this\s+)?coming\s+{month:MONTH}", "XXXX-{month}",
         direction="after",
         near="MONTH", examples=(("this coming September", "2025-09"),)),
    Rule("this_month_name", r"this\s+{month:MONTH}", "DCT+0Y:{month}",
         near="MONTH", examples=(("this September", "2025-09"),)),
    # "twice last year, in June and July", "in 2011, in March": a month in the year just named
    Rule("month_of_the_year_just_named", EDGE + r"{month:MONTH_NAME}(?!\.?\s*\d)", "REF+0Y:{month}",
         only_after=r"(?:(?:last|this|next)\s+year|{YEAR})\s*,\s*(?:in\s+|during\s+)?",
         near="MONTH", examples=(("last year, in [June]", "2024-06"), ("in 2011, in [March]", "2011-03"))),
    Rule("month_after_month", EDGE + r"{month:MONTH_NAME}(?!\.?\s*\d)", "AFTER@REF:{month}",
         only_after=r"{MONTH_NAME}" + PAIRED,
         near="MONTH", examples=(("from late November to [early January]", "2026-01"), ("between March and [June]", "2025-06"))),
    # "lost a challenge in February last year, and declined to run in [March]": later in the same
    # sentence, a bare month goes on from the dated month before it (the first such month after it)
    Rule("month_after_dated_month", EDGE + r"{month:MONTH_NAME}(?!\.?\s*\d)", "AFTER@REF:{month}",
         only_after=AFTER_A_DATED_MONTH + r"\b(?:in|by|until|from)\s+",
         near="MONTH", examples=(("born in May 1950, he moved to Paris in [June]", "1950-06"),
                                 ("elected in November 2007 and deposed in [March]", "2008-03"))),
    Rule("month", EDGE + MONTH_NOT_A_NAME + r"{month:MONTH_NAME}(?!\.?\s*\d|\s+(?:for|of\s+the|on(?!\s+{WEEKDAY}))\s+(?-i:[A-Z]))", "XXXX-{month}",
         unless_before=AFTER_A_NAME,
         near="MONTH", examples=(("June", "2025-06"), ("early September", "2025-09"), ("mid-July", "2025-07"),
                   ("[March] for health reasons", "2025-03"), ("in [June] Carter sang", "2025-06"))),
    # --- years, decades, centuries ------------------------------------------
    Rule("year", EDGE + r"(?:(?:pre|post)-|calendar\s+(?:year\s+)?)?" + NOT_A_COUNT + NOT_A_HOUSE_NUMBER + r"{year:YEAR}(?!\s*(?:%|percent|per\s+cent))(?:\s+(?:or\s+(?:later|earlier)|and\s+beyond))?", "{year}",
         unless_before=NUMBERED_NAME,
         examples=(("2019", "2019"), ("early 1999", "1999"), ("the end of 1998", "1998"), ("post-1959", "1959"),
                   ("nineteen ninety-six", "1996"), ("nineteen seventy", "1970"), ("1994 or later", "1994"),
                   ("since [two thousand five]", "2005"), ("in [two thousand and eight]", "2008"),
                   ("the end of calendar 2015", "2015"), ("calendar year 2012", "2012"),
                   ("the Class of [2012]", "2012"))),
    # the second year of a range, after the first: "1990-[1995]", "the 1990-[91] war", "the 2013/[14] season"
    Rule("paired_year", r"{year:YEAR}", "{year}", only_after=r"{YEAR}\s*[-–/]\s*",
         examples=(("from 1990-[1995]", "1995"), ("1999-[2000]", "2000"))),
    Rule("paired_short_year", r"(?P<digits>\d\d)", "XX{digits}@REF", only_after=r"{YEAR}[-–/]",
         examples=(("the 1990-[91] war", "1991"), ("the 2013/[14] season", "2014"), ("1999-[00]", "2000"))),
    # a year cut to its last two figures, after a preposition: "the Blizzard of '78", "won in '98"
    # (not "the '90s", a decade)
    Rule("short_year", r"{year:SHORT_YEAR}(?![\w'’])", "{year}", only_after=r"\b(?:of|in|since|from|until|by)\s+",
         examples=(("the Blizzard of ['78]", "1978"), ("the class of [’92]", "1992"), ("since ['09]", "2009"))),
    # an accounting year across two calendar years, named by both: dated by the first, as seasons are
    # ("the 2013-14 financial year", "FY2024-25", "the current fiscal year 2025-26")
    Rule("fiscal_year_range",
         r"(?:(?:the\s+)?(?:(?:current|next|last|previous|coming)\s+)?(?:fiscal|financial|budget)\s+(?:year\s+)?|FY\s?)"
         r"{year:YEAR}[-–/](?:19|20)?\d\d(?!\d)"
         r"|(?:the\s+)?{year2:YEAR}[-–/](?:19|20)?\d\d\s+(?:fiscal|financial|budget)\s+year",
         "{year}{year2}",
         examples=(("the 2013-14 financial year", "2013"), ("FY2024-25", "2024"),
                   ("the current fiscal year 2025-26", "2025"), ("fiscal 2012/13", "2012"))),
    Rule("fiscal_year", r"(?:the\s+)?fiscal(?:\s+year)?\s+{year:YEAR}|FY\s?{year2:YEAR}", "{year}{year2}",
         examples=(("fiscal 1998", "1998"), ("FY2025", "2025"))),
    Rule("fiscal_short_year", r"(?-i:FY)\s?'?(?P<digits>\d\d)", "XX{digits}",
         examples=(("FY13", "2013"), ("FY'99", "1999"))),
    Rule("half_year", r"(?-i:H(?P<digits>[12]))\s+{year:YEAR}|(?P<digits2>[12])(?-i:H)\s+{year2:YEAR}", "{year}{year2}-H{digits}{digits2}",
         near="QUARTER", examples=(("H2 2013", "2013-H2"), ("1H 2024", "2024-H1"))),
    # the analysts' short form: "1H13", "2H'14", "H1 FY14" is left to the fiscal rules
    Rule("half_short_year", r"(?P<half_digit>[12])(?-i:H)'?(?P<digits>\d\d)|(?-i:H)(?P<half_digit2>[12])'?(?P<digits2>\d\d)(?!\d)",
         "XX{digits}{digits2}-H{half_digit}{half_digit2}",
         near="QUARTER", examples=(("Profit rose in [1H13].", "2013-H1"), ("guidance for [2H'25]", "2025-H2"))),
    # "the 1988 quarter": the quarter the text is about, in that year
    Rule("year_period", r"the\s+{year:YEAR}\s+(?:period|quarter|season|fiscal\s+year)", "QUARTER@{year}",
         examples=(("the 1997 period", "1997"),)),
    # "the same quarter of 2012": the quarter the text is about, in that year
    Rule("same_period_of_year", r"the\s+(?:same|corresponding|comparable)\s+(?:period|quarter)\s+(?:of|in)\s+{year:YEAR}",
         "QUARTER@{year}", moves_reference=False, comparison=True,
         examples=(("Compared with [the same quarter of 2012], output rose", "2012"),
                   ("the corresponding period in 1988", "1988"))),
    Rule("decade", THE + EDGE + THE + r"{decade:DECADE}", "{decade}",
         examples=(("the 1990s", "199"), ("the late 1980s", "198"), ("the '90s", "199"), ("the 1800s", "18"),
                   ("the 2000s", "200"), ("the end of the 1990s", "199"))),
    # a bare "the 90s" or "the thirties" is a temperature after "temperatures", "highs", "lows"
    Rule("short_decade", THE + EDGE + THE + r"{decade:SHORT_DECADE}", "{decade}",
         unless_before=TEMPERATURE_WORDS,
         examples=(("the late 90s", "199"), ("the 60s", "196"))),
    Rule("decade_word", EDGE + r"the\s+{decade:DECADE_WORD}", "{decade}",
         unless_before=TEMPERATURE_WORDS,
         examples=(("the nineties", "199"),)),
    Rule("century", THE + EDGE + THE + r"(?P<century>\d{1,2}(?:st|nd|rd|th))[-\s]centur(?:y|ies)", "{century}",
         examples=(("the 20th century", "19"), ("the 21st century", "20"), ("the late 20th century", "19"),
                   ("the end of the 19th century", "18"), ("a [20th-century] poet", "19"),
                   ("works from the 19th and [20th centuries]", "19"))),
    # "the 19th and 20th centuries": two centuries, the first named by its ordinal alone
    Rule("century_of_a_pair", THE + r"(?P<century>\d{1,2}(?:st|nd|rd|th))(?=\s+(?:and|or|to)\s+(?:the\s+)?\d{1,2}(?:st|nd|rd|th)[-\s]centuries\b)",
         "{century}", near="UNIT", examples=(("works from [the 19th] and 20th centuries", "18"),)),
    # "since the turn of the century": the century's first year nearest the story (2000 in 2013)
    Rule("turn_of_the_century", r"the\s+turn\s+of\s+the\s+century", "XX00",
         examples=(("since [the turn of the century]", "2000"),)),
    Rule("turn_of_a_century", r"the\s+turn\s+of\s+the\s+(?P<century>\d{1,2}(?:st|nd|rd|th))[-\s]century", "{century}00",
         examples=(("the turn of the 20th century", "1900"),)),
    Rule("year_two_thousand", r"the\s+year\s+two\s+thousand", "2000",
         examples=(("the year two thousand", "2000"),)),
    # --- weekdays ---------------------------------------------------------------
    # "the previous Friday", "the following Monday": next to the day the story is at
    Rule("previous_weekday", r"the\s+(?:previous|preceding|prior)\s+{weekday:WEEKDAY}", "WD-{weekday}@REF",
         direction="before",
         near="WEEKDAY", examples=(("the previous Friday", "2025-08-08"),)),
    Rule("following_weekday", r"the\s+(?:following|next)\s+{weekday:WEEKDAY}", "WD-{weekday}@REF",
         direction="after",
         near="WEEKDAY", examples=(("the following Monday", "2025-08-18"),)),
    Rule("last_weekday", r"(?:last|this\s+past|past)\s+{weekday:WEEKDAY}", "WD-{weekday}",
         direction="before",
         near="WEEKDAY", examples=(("last Friday", "2025-08-08"), ("last Wednesday", "2025-08-06"))),
    # "next Friday" is next week's: this week's, still ahead, would be "Friday" or "this coming Friday"
    Rule("next_weekday", r"next\s+{weekday:WEEKDAY}", "WD-{weekday}@NEXT",
         near="WEEKDAY", examples=(("next Tuesday", "2025-08-19"), ("next Friday", "2025-08-22"),
                                   ("next Sunday", "2025-08-17"))),
    Rule("coming_weekday", r"(?:this\s+coming|coming)\s+{weekday:WEEKDAY}", "WD-{weekday}",
         direction="after",
         near="WEEKDAY", examples=(("this coming Sunday", "2025-08-17"), ("the [coming Friday]", "2025-08-15"))),
    # "this Friday": the one ahead (today's included) unless told in the past ("was unveiled this Monday")
    Rule("this_weekday", r"this\s+{weekday:WEEKDAY}", "WD-{weekday}@THIS",
         near="WEEKDAY", examples=(("this Friday", "2025-08-15"), ("this Wednesday", "2025-08-13"),
                                   ("[this Monday]'s vote", "2025-08-18"))),
    Rule("that_weekday", r"that\s+{weekday:WEEKDAY}", "WD-{weekday}@REF",
         near="WEEKDAY", examples=(("that Tuesday", "2025-08-12"),)),
    # "a week ago Tuesday": the Tuesday a week before the last one; "the Monday after next",
    # "two weeks from Friday": weeks on from the coming one
    Rule("weekday_weeks_ago", r"{number:NUMBER}\s+weeks?\s+ago\s+{weekday:WEEKDAY}", "WD-{weekday}-{number}W",
         direction="past",
         near="WEEKDAY", examples=(("a week ago Tuesday", "2025-08-05"), ("two weeks ago Friday", "2025-07-25"))),
    Rule("weekday_before_last", r"the\s+{weekday:WEEKDAY}\s+before\s+last", "WD-{weekday}-1W",
         direction="before",
         near="WEEKDAY", examples=(("the Sunday before last", "2025-08-03"), ("the Wednesday before last", "2025-07-30"))),
    Rule("weekday_weeks_from", r"{number:NUMBER}\s+weeks?\s+(?:from|on)\s+{weekday:WEEKDAY}", "WD-{weekday}+{number}W",
         direction="future",
         near="WEEKDAY", examples=(("a week from Tuesday", "2025-08-26"), ("two weeks from Friday", "2025-08-29"),
                                   ("a week on Tuesday", "2025-08-26"))),
    # British "Tuesday week": a week after the coming Tuesday
    Rule("weekday_week", r"{weekday:WEEKDAY}\s+week(?![-\w])", "WD-{weekday}+1W",
         direction="after",
         near="WEEKDAY", examples=(("set for [Tuesday week]", "2025-08-26"),)),
    Rule("weekday_after_next", r"the\s+{weekday:WEEKDAY}\s+after\s+next", "WD-{weekday}+1W",
         direction="after",
         near="WEEKDAY", examples=(("the Monday after next", "2025-08-25"), ("the Wednesday after next", "2025-08-27"))),
    # "[Tuesday] last week", "[Friday] next week": that weekday of the week named after it
    Rule("weekday_of_last_week", r"{weekday:WEEKDAY}(?=,?\s+(?:of\s+)?last\s+week\b)", "DCT-1W:WD{weekday}",
         near="WEEKDAY", examples=(("[Tuesday] last week", "2025-08-05"), ("[Thursday] of last week", "2025-08-07"))),
    Rule("weekday_of_next_week", r"{weekday:WEEKDAY}(?=,?\s+(?:of\s+)?next\s+week\b)", "DCT+1W:WD{weekday}",
         near="WEEKDAY", examples=(("[Friday] next week", "2025-08-22"), ("[Monday] next week", "2025-08-18"))),
    # the end of a range comes after its start: "from Wednesday to [Friday]" ("made Friday and
    # Thursday" need not run forward)
    Rule("weekday_after_weekday", r"{weekday:WEEKDAY}(?!\s+(?:morning|afternoon|evening|night)s)", "WD-{weekday}@REF",
         direction="after", only_after=r"{WEEKDAY},?\s+(?:(?:to|through|until|till)\s+|[-–]\s*)",
         near="WEEKDAY", examples=(("lies in state from Wednesday to [Friday]", "2025-08-15"),)),
    # "next Tuesday and [Wednesday]", "last Monday and [Tuesday]": the second day follows the first
    Rule("weekday_paired_with_a_qualified_one", r"{weekday:WEEKDAY}", "WD-{weekday}@REF",
         direction="after", only_after=r"\b(?:next|last|this\s+coming|this\s+past)\s+{WEEKDAY}\s+(?:and|or)\s+",
         near="WEEKDAY", examples=(("The Fed meets next Tuesday and [Wednesday].", "2025-08-20"),
                                   ("They met last Monday and [Tuesday].", "2025-08-12"))),
    # "on a Tuesday in early March", "one Friday": a weekday of no week the text names (not "a
    # Sunday night memorial service", the day a service was held)
    Rule("indefinite_weekday", r"(?<![\w-])(?:a|one)\s+{weekday:WEEKDAY}(?=\s*(?:[,.;:!?)]|$)|\s+(?:in|when|and|after|before|at)\b)",
         "XXXX-WXX-{weekday}",
         unless_before=r"(?:,|\b(?:was|is|be|been|being|fell\s+on|falls\s+on))\s*$",   # ("On June 7, a Saturday,")
         near="WEEKDAY", examples=(("It began on [a Tuesday] in early March 2011.", "XXXX-WXX-2"),
                                   ("[One Friday], the mill closed.", "XXXX-WXX-5"))),
    # "on the Saturday after the review ran": a weekday told by a happening, of no week the text names
    Rule("weekday_after_a_happening",
         r"the\s+{weekday:WEEKDAY}(?=\s+(?:after|before|following)\s+(?:the|a|an|his|her|its|their)\s)",
         "XXXX-WXX-{weekday}",
         near="WEEKDAY", examples=(("on [the Saturday] after the review ran, the line stretched", "XXXX-WXX-6"),
                                   ("[the Friday] before the election", "XXXX-WXX-5"))),
    # "The Sunday Times" is a name ("the Tuesday meeting" is a date)
    Rule("weekday", r"(?!(?<=\bthe\s){WEEKDAY}\s+(?-i:[A-Z]))(?:(?:early|late|earlier|later)\s+)?{weekday:WEEKDAY}"
         r"(?!\s+(?:and|or)\s+{WEEKDAY}\s+(?:morning|afternoon|evening|night)s)", "WD-{weekday}",   # a set (sets.py)
         unless_before=r"(?-i:\b(?:" + "|".join(NAMED_DAY_WORDS) + r"))\s+$",
         unless_after=WEEKDAY_IN_A_NAME,
         near="WEEKDAY", examples=(("Tuesday", "2025-08-12"), ("Wednesday", "2025-08-13"), ("late Friday", "2025-08-15"))),
    # --- seasons ------------------------------------------------------------------
    # a winter that runs into the next year is named by both ("the winter of 1995-96") and dated by the first
    Rule("season_year", EDGE + THE + r"{season:SEASON}\s+(?:of\s+)?(?P<year>{YEAR}|{SHORT_YEAR})(?:[-–/](?:19|20)?\d\d(?![\d-]))?",
         "{year}-{season}",
         near="SEASON", examples=(("the summer of 1998", "1998-SU"), ("spring 2024", "2024-SP"), ("the summer of '69", "1969-SU"),
                   ("the winter of nineteen ninety-four", "1994-WI"), ("the winter of 1995-96", "1995-WI"))),
    # "the [spring] and summer of 2008": the first of a pair takes the year named after the second
    Rule("season_before_dated_season",
         EDGE + THE + r"{season:SEASON}(?=" + PAIRED + r"(?:the\s+)?(?:{EDGE}[-\s]+)?{SEASON}\s+(?:of\s+)?{year:YEAR})",
         "{year}-{season}",
         near="SEASON", examples=(("[the spring] and summer of 2008", "2008-SP"), ("[spring] and early summer 1998", "1998-SP"))),
    Rule("season_of_that_year", EDGE + THE + r"{season:SEASON}\s+of\s+(?:that|the\s+same)\s+year", "REF+0Y:{season}",
         near="SEASON", examples=(("The war began in 1939. In [the spring of that year]", "1939-SP"),)),
    # "the spring of last year", "summer next year": the season of the year named by its place
    # (without "of" not "fall" or "spring": "The fall last year was sharp" is a drop)
    Rule("season_of_a_named_year", EDGE + THE + SEASON_BEFORE_A_YEAR + r"(?P<shift>last|next|this)\s+year",
         "DCT{shift}Y:{season}{season2}",
         near="SEASON", examples=(("Snow fell in [the spring of last year]", "2024-SP"), ("summer last year", "2024-SU"),
                   ("in [the autumn of next year]", "2026-FA"), ("in [the summer of this year]", "2025-SU"))),
    # "The firm collapsed that autumn": the season of the year the story is at ("that fall" only
    # after a preposition: "stocks that fall" is a verb)
    Rule("that_season", r"(?:(?:later|earlier)\s+)?that\s+(?P<season>spring|summer|autumn|winter)", "REF+0Y:{season}",
         near="SEASON", examples=(("In 2010 a whistleblower came forward. The firm collapsed [that autumn]", "2010-FA"),)),
    # "Unemployment peaked that October": the month of the year the story is at (not "said that
    # June sales rose", where "that" opens what was said)
    Rule("that_month_name", r"(?:(?:later|earlier)\s+)?that\s+{month:MONTH_NAME}", "REF+0Y:{month}",
         unless_before=r"\b(?:said|says|say|announced|added|noted|reported|stated|believed|believes|thought|"
                       r"expects?|expected|hopes?|hoped|warned|predicted|shows?|showed|knew|know|so|such)\s+$",
         near="MONTH", examples=(("The recession ended in June 2009. Unemployment peaked [that October].", "2009-10"),
                                 ("In 1945 the war ended. [That December], he married.", "1945-12"))),
    Rule("that_fall", r"that\s+(?P<season>fall)", "REF+0Y:{season}",
         only_after=r"\b(?:in|by|during|until|through|later|earlier)\s+",
         near="SEASON", examples=(("In 2010 he left. He returned in [that fall]", "2010-FA"),)),
    # "Two years later she opened a shop. [The following spring], ...": the first spring after the
    # time the story is at ("the previous summer": the last one before it)
    Rule("following_season", r"the\s+(?:following|next|subsequent)\s+{season:SEASON}", "NEXT@REF:{season}",
         near="SEASON", examples=(("She arrived in 1998. [The following spring] she opened a bakery.", "1999-SP"),
                   ("She arrived in January 1998; [the following spring] she opened a bakery.", "1998-SP"))),
    Rule("previous_season", r"the\s+(?:previous|preceding|prior)\s+{season:SEASON}", "PREVIOUS@REF:{season}",
         near="SEASON", examples=(("She opened in 1998, having arrived [the previous summer].", "1997-SU"),)),
    Rule("this_season", EDGE + r"this\s+(?:past\s+)?{season:SEASON}", "DCT+0Y:{season}",
         near="SEASON", examples=(("this summer", "2025-SU"),)),
    Rule("last_season", EDGE + r"last\s+{season:SEASON}", "XXXX-{season}", direction="before",
         near="SEASON", examples=(("last fall", "2024-FA"), ("last spring", "2025-SP"), ("late last summer", "2024-SU"))),
    Rule("next_season", EDGE + r"next\s+{season:SEASON}", "XXXX-{season}", direction="after",
         near="SEASON", examples=(("next spring", "2026-SP"), ("by [the end of next summer]", "2026-SU"))),
    Rule("the_season", EDGE + r"the\s+(?:(?:early|late|mid)[-\s]+)?(?P<season>summer|winter|autumn)", "XXXX-{season}",
         unless_after=NOT_A_SEASON_AFTER + r"|\s+of\s+(?!\d)",   # "the Summer Palace"
         near="SEASON", examples=(("the winter", "2025-WI"), ("the early summer", "2025-SU"))),
    # "the fall" and "the spring" are as often a drop and a coil: seasons only after a preposition
    Rule("the_fall_or_spring", SEASON_AFTER_PREPOSITION + r"the\s+(?:(?:early|late|mid)[-\s]+)?(?P<season>fall|spring)",
         "XXXX-{season}", unless_after=NOT_A_SEASON_AFTER + r"|\s+of\s+(?!\d)",   # "the fall of Rome"
         near="SEASON", examples=(("resume in [the fall]", "2025-FA"), ("by [the late spring]", "2025-SP"),
                   ("spent most of [the spring] near its landing site", "2025-SP"))),
    Rule("bare_season", SEASON_AFTER_PREPOSITION
         + r"(?:(?:early|late|mid)[-\s]+(?P<season>{SEASON})|(?-i:(?P<season2>spring|summer|autumn|winter)))"
         + r"|(?:early|late|mid)[-\s]+(?P<season3>spring|summer|autumn|winter)",
         "XXXX-{season}{season2}{season3}", unless_after=NOT_A_SEASON_AFTER,
         near="SEASON", examples=(("closed in [early spring]", "2025-SP"), ("by [autumn]", "2025-FA"), ("[late summer]", "2025-SU"),
                   ("sales rose in the spring and [summer]", "2025-SU"))),
    # --- quarters and halves --------------------------------------------------------
    Rule("quarter_of_year",
         EDGE + r"(?:the\s+)?(?:fiscal\s+)?{quarter:QUARTER_ORDINAL}[-\s]+(?:fiscal\s+)?quarter\s+(?:of\s+)?(?:fiscal\s+)?{year:YEAR}",
         "{year}-Q{quarter}",
         near="QUARTER", examples=(("the third quarter of 1998", "1998-Q3"), ("due at [the end of the first quarter of 2014]", "2014-Q1"))),
    Rule("year_quarter",
         r"(?:the\s+)?{year:YEAR}\s+(?:fiscal\s+)?{quarter:QUARTER_ORDINAL}[-\s]+quarter"
         r"|(?:fiscal\s+)?{year2:YEAR}['’]s\s+(?:fiscal\s+)?{quarter2:QUARTER_ORDINAL}[-\s]+(?:fiscal[-\s]+)?quarter",
         "{year}{year2}-Q{quarter}{quarter2}",
         near="QUARTER", examples=(("the 1998 second quarter", "1998-Q2"), ("fiscal 1990's first quarter", "1990-Q1"),
                   ("2012's fourth quarter", "2012-Q4"))),
    Rule("this_years_quarter",
         r"this\s+year'?s\s+{quarter:QUARTER_ORDINAL}[-\s]+quarter|"
         r"(?:the\s+)?{quarter2:QUARTER_ORDINAL}[-\s]+quarter\s+of\s+(?:this|the\s+current)\s+year", "DCT+0Y:Q{quarter}{quarter2}",
         near="QUARTER", examples=(("this year's third quarter", "2025-Q3"), ("the first quarter of this year", "2025-Q1"))),
    Rule("last_years_quarter",
         r"(?:the\s+)?{quarter:QUARTER_ORDINAL}[-\s]+quarter\s+(?:of\s+)?last\s+year|last\s+year'?s\s+{quarter2:QUARTER_ORDINAL}[-\s]+quarter",
         "DCT-1Y:Q{quarter}{quarter2}",
         near="QUARTER", examples=(("the fourth quarter of last year", "2024-Q4"), ("last year's first quarter", "2024-Q1"))),
    Rule("next_years_quarter",
         r"next\s+year'?s\s+{quarter:QUARTER_ORDINAL}[-\s]+quarter|"
         r"(?:the\s+)?{quarter2:QUARTER_ORDINAL}[-\s]+quarter\s+(?:of\s+)?next\s+year", "DCT+1Y:Q{quarter}{quarter2}",
         near="QUARTER", examples=(("next year's first quarter", "2026-Q1"), ("the first quarter of next year", "2026-Q1"),
                   ("will slow in [the second quarter next year]", "2026-Q2"))),
    Rule("last_or_next_years_half",
         r"(?:the\s+)?(?P<half>first|second)\s+half\s+(?:of\s+)?(?P<side>last|next)\s+year|"
         r"(?P<side2>last|next)\s+year'?s\s+(?P<half2>first|second)\s+half", "DCT{side}{side2}1Y:H{half}{half2}",
         near="QUARTER", examples=(("the second half of next year", "2026-H2"), ("last year's first half", "2024-H1"))),
    # "the January-March quarter": named by its months (the quarter of the month before the last)
    Rule("months_quarter", THE + r"{MONTH}" + MONTHS_JOINED + r"{qmonth:MONTH}\s+quarter", "XXXX-Q{qmonth}",
         near="MONTH", examples=(("the January-March quarter", "2025-Q1"), ("the April-June quarter", "2025-Q2"),
                                 ("sales rose in [the July-to-September quarter]", "2025-Q3"))),
    # "the April-June period": a "period" is a quarter only when its months make one
    # "a slump in the April-June period next year"
    Rule("months_period_of_a_year_beside", THE + _quarter_of_months(MONTHS_JOINED) + r"\s+(?:period|quarter)\s+"
         r"(?:of\s+)?(?P<side>last|next)\s+year", "DCT{side}1Y:Q{qmonth1}{qmonth2}{qmonth3}{qmonth4}",
         near="MONTH", examples=(("a slump in [the April-June period next year]", "2026-Q2"),
                                 ("the July-September quarter of last year", "2024-Q3"))),
    Rule("months_period", THE + _quarter_of_months(MONTHS_JOINED) + r"\s+period",
         "XXXX-Q{qmonth1}{qmonth2}{qmonth3}{qmonth4}",
         near="MONTH", examples=(("in [the April-June period]", "2025-Q2"), ("the Jan.-March period", "2025-Q1"),
                                 ("after expanding in [the April-to-June period]", "2025-Q2"))),
    # "expanded 1.7 percent in April-June (2012)": months that make a quarter, hyphenated, are the
    # quarter (not "runs June-August"; not before a day: "April-June 3")
    Rule("months_as_a_quarter", QUARTER_OF_MONTHS + r"(?!\s*,?\s*\d)", "XXXX-Q{qmonth1}{qmonth2}{qmonth3}{qmonth4}",
         near="MONTH", examples=(("expanded 1.7 percent in [April-June]", "2025-Q2"), ("in [Oct-Dec]", "2025-Q4"))),
    Rule("months_as_a_quarter_of_year", QUARTER_OF_MONTHS + r"\s+{year:YEAR}", "{year}-Q{qmonth1}{qmonth2}{qmonth3}{qmonth4}",
         near="MONTH", examples=(("output fell in [April-June 2012]", "2012-Q2"),)),
    # the second of two hyphenated months with their year: "June-[August 2012]"
    Rule("paired_month_year", r"{month:MONTH}\s+{year:YEAR}", "{year}-{month}", only_after=r"{MONTH}[-–]",
         near="MONTH", examples=(("June-[August 2012]", "2012-08"),)),
    # "the March quarter" (as companies with their own fiscal years call it): the quarter it ends
    Rule("month_quarter", THE + r"{qmonth:MONTH_NAME}(?:-ended)?\s+quarter", "XXXX-Q{qmonth}",
         near="MONTH", examples=(("the March quarter", "2025-Q1"), ("the June quarter", "2025-Q2"))),
    Rule("quarter",
         # "the third quarter" keeps its article, "a [third-quarter] loss" does not; "the last
         # quarter" is the fourth, but "last quarter" alone the one before this (deictic.py)
         EDGE +   # "the end of the second quarter"
         r"(?!last\s+quarter\b)(?:(?:the|a)\s+(?=" + QUARTER_WORDS + r"{QUARTER_ORDINAL}\s+(?:fiscal\s+)?quarter))?"
         + QUARTER_WORDS + r"{quarter:QUARTER_ORDINAL}[-\s]+(?:fiscal[-\s]+)?quarter",
         "XXXX-Q{quarter}", unless_in_sentence=A_GAME, unless_after=r"\s+in\s+a\s+row",   # (a count of quarters)
         near="QUARTER", examples=(("the third quarter", "2025-Q3"), ("fourth-quarter", "2025-Q4"), ("first-quarter", "2025-Q1"),
                   ("a [third-quarter] loss", "2025-Q3"), ("the end of the second quarter", "2025-Q2"),
                   ("for [the fiscal-first quarter] ended Sept. 30", "2025-Q1"))),
    # "the third and fourth quarters": two quarters, the first of them named by its ordinal alone
    # (not "the first and second quarters of next year", whose year lies beyond the pair)
    Rule("quarter_of_a_pair", r"{quarter:QUARTER_ORDINAL}(?=\s+(?:and|or)\s+{QUARTER_ORDINAL}[-\s]+quarters\b(?!\s+of\b))",
         "XXXX-Q{quarter}",
         near="QUARTER", examples=(("the [third] and fourth quarters", "2025-Q3"),)),
    Rule("quarters_of_a_pair", r"{quarter:QUARTER_ORDINAL}[-\s]+quarters(?!\s+of\b)", "AFTER@REF:Q{quarter}",
         only_after=r"{QUARTER_ORDINAL}\s+(?:and|or)\s+",
         near="QUARTER", examples=(("the third and [fourth quarters]", "2025-Q4"),)),
    Rule("q_year", r"(?-i:Q)(?P<q>[1-4])(?:\s+|-|/)(?:FY\s?)?{year:YEAR}|(?P<q2>[1-4])(?-i:Q)\s+{year2:YEAR}",
         "{year}{year2}-Q{q}{q2}",
         near="QUARTER", examples=(("Q2 2024", "2024-Q2"), ("its best quarter since [2Q 2011]", "2011-Q2"))),
    Rule("q_alone", r"(?-i:Q)(?P<q>[1-4])(?!\d)", "XXXX-Q{q}",
         near="QUARTER", examples=(("Q2", "2025-Q2"),)),
    Rule("half_of_year", r"(?:the\s+)?(?:(?P<half>first|second|last|latter)\s+half|(?P<half2>first|last)\s+two\s+quarters)\s+of\s+(?:fiscal\s+)?{year:YEAR}"
         r"|(?:fiscal\s+)?{year2:YEAR}['’]s\s+(?P<half3>first|second)\s+half",
         "{year}{year2}-H{half}{half2}{half3}",
         near="QUARTER", examples=(("the first half of 2024", "2024-H1"), ("the last half of 1989", "1989-H2"),
                   ("the first two quarters of 1990", "1990-H1"), ("the latter half of 2014", "2014-H2"),
                   ("the first half of fiscal 2013", "2013-H1"), ("2013's second half", "2013-H2"))),
    # a half naming a company's or an economy's figures: "First-half profit was $6.9 billion" (not a match's: "a second-half goal")
    Rule("half_adjective", r"(?P<half>first|second)[-\s]half(?=\s+(?:(?:net|operating|pretax|pre-tax|core)\s+)?"
         r"(?:profits?|earnings|results|sales|revenues?|income|loss(?:es)?|output|growth|figures|dividends?|GDP)\b)",
         "XXXX-H{half}",
         near="QUARTER", examples=(("[First-half] profit was $6.9 billion.", "2025-H1"), ("[second-half] earnings", "2025-H2"))),
    # (not the half of something else: "the first half of March", "the second half of the decade")
    Rule("half", r"the\s+(?P<half>first|second|back|front)\s+half(?:\s+of\s+(?:the|this)\s+year|(?!\s+of\b))", "XXXX-H{half}",
         unless_in_sentence=A_GAME,
         near="QUARTER", examples=(("the first half", "2025-H1"), ("the second half of the year", "2025-H2"),
                   ("demand picked up in [the back half of the year]", "2025-H2"))),
)
