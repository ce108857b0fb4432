"""Durations: lengths of time, never points on the timeline."""
from .model import Rule

APPROX = r"(?:{APPROX}\s+)?"
NOT_A_TITLE = r"(?!(?-i:[A-Z]))"   # a unit capitalized is part of a name: "the Six-Day War", "the Hundred Years' War"
SPAN_WORDS = r"(?:past|last|next|first|previous|coming|final|remaining|following|additional|entire|whole|full|preceding|latest|initial)"
# "the past two months" keeps its article; "[two days]", "a [five year] plan" do not (TimeML)
# ... and "last" after "to" or a modal is the verb: "expected to last [several weeks]"
AFTER_A_VERB_WORD = "".join(rf"(?<!\b{word}\s)" for word in ("to", "will", "would", "could", "can", "may", "might",
                                                             "should", "must", "did", "does", "not"))
# ... and "following" with no article is the preposition: "after [a week] of mourning"
SPAN_START = (r"(?:(?:the|an?)\s+(?=" + SPAN_WORDS + r"\b)|(?!last\b|following\b)|" + AFTER_A_VERB_WORD
              + r"(?!following\b))(?:" + SPAN_WORDS + r"\s+)*")

# a rate: "$35 [a night]", "24 hours a day", and after a count of things ("202,000 jobs a month",
# "two meals a day"; not "Cahuzac, 64, has [10 days]")
RATE = (r"(?:\d|million|billion|trillion|cents?|dollars?|euros?|pounds?|yen|yuan|rupees?|francs?|pesos?|"
        r"shares?|seats|flights|units|times|barrels|tons|tonnes|hours|days|weeks|months|"
        r"miles|kilometers|kilometres|km|knots|feet|meters|metres)\s+$"   # (a speed: "eighty miles an hour")
        r"|(?:\d(?:[\d,.]*\d)?|\b(?:two|three|four|five|six|seven|eight|nine|ten|dozens|hundreds|thousands))"
        r"(?:\s+(?:million|billion))?\s+(?!(?:has|is|was|does|as|its|his|this|us)\s)[a-z]{2,}s\s+$")
AGE = r"^\s+old\b"
# "a day hike", "a day trip", "a night shift": a unit naming a kind of thing, no length
KIND_OF_THING = (r"^\s+(?:hikes?|trips?|pass(?:es)?|tours?|jobs?|care|schools?|students?|labou?rers?|tickets?|"
                 r"visitors?|camps?|spas?|shifts?|clubs?|games?|nurser(?:y|ies)|centers?|centres?|watch(?:man|men)?)\b")
NOT_A_LENGTH = AGE + "|" + KIND_OF_THING + r"|^\s+ago\b"   # ("took over [a fortnight ago]": a point)

RULES = (
    # the months that make a quarter or a half of a year named after them lead to that part of it
    Rule("months_at_an_edge_of_a_year",
         r"the\s+(?P<months_edge>first|last|final)\s+(?P<number>three|six)\s+months(?=\s+of\s+(?P<year>(?:19|20)\d\d)\b)",
         "P{number}M", type="DURATION", leads_to="{year}-{months_edge}",
         near="UNIT", examples=(("grew 7.7 percent in [the last three months] of 2013", "P3M"),
                                ("[the first six months] of 2012", "P6M"))),
    Rule("number_units", APPROX + SPAN_START + r"{number:NUMBER}(?P<and_half>\s+and\s+a\s+half)?(?:\s+(?:more|full|straight|consecutive|long|trading|business|calendar))?\s+" + NOT_A_TITLE + r"(?:{unit:UNITS}|{unit2:UNIT})(?P<and_half2>\s+and\s+a\s+half)?(?:\s+or\s+so)?",
         "P{number}{unit}{unit2}", type="DURATION", unless_before=RATE, unless_after=NOT_A_LENGTH,
         near="UNIT", examples=(("three years", "P3Y"), ("one and a half months", "P1.5M"), ("the past two months", "P2M"),
                   ("nearly two months", "P2M"), ("five hours", "PT5H"), ("eight trading days", "P8D"),
                   ("a day", "P1D"), ("an hour", "PT1H"), ("three quarters", "P9M"),
                   ("more than two thousand years", "P2000Y"), ("twenty five years", "P25Y"),
                   ("2 1/2 years", "P2Y6M"), ("two and a half hours", "PT2H30M"), ("a minute and a half", "PT1M30S"),
                   ("almost two decades", "P20Y"), ("the latest nine months", "P9M"), ("the next two years or so", "P2Y"),
                   ("buried following [a week] of mourning", "P1W"), ("[the following two days]", "P2D"))),
    # a length told in two units is one length: "three hours and nine minutes" (PT3H9M)
    Rule("units_and_units", APPROX + r"{number:NUMBER}\s+(?:{unit:UNITS}|{unit2:UNIT})\s+and\s+{number2:NUMBER}\s+"
         r"(?:(?P<unit3>months|weeks|days|hours|minutes|seconds)|(?P<unit4>month|week|day|hour|minute|second))\b",
         "P{number}{unit}{unit2}{number2}{unit3}{unit4}", type="DURATION", unless_before=RATE, unless_after=AGE,
         near="UNIT", examples=(("after [three hours and nine minutes]", "PT3H9M"), ("two years and one month", "P2Y1M"),
                                ("an hour and 20 minutes", "PT1H20M"))),
    # ("quarters" alone may be parts: "three quarters of the vote")
    Rule("consecutive_quarters", APPROX + r"{number:NUMBER}\s+(?:consecutive|straight|successive)\s+(?P<unit>quarters)",
         "P{number}{unit}", type="DURATION",
         near="UNIT", examples=(("ended [six consecutive quarters] of contraction", "P18M"),)),
    # a range of lengths is one length, its lower bound (TimeBank: "two to three weeks" P2W);
    # "two or three years ago" stays a date (deictic.py)
    Rule("number_range_units", APPROX + SPAN_START + r"{number:NUMBER}\s*(?:to|or|[-–])\s*{NUMBER}\s+" + NOT_A_TITLE
         + r"{unit:UNITS}(?!\s+(?:ago|earlier|later|before|after|old)\b|-)",
         "P{number}{unit}", type="DURATION", unless_before=RATE,
         near="UNIT", examples=(("within [two to three weeks]", "P2W"), ("[six to eight weeks]", "P6W"),
                                ("over [the last four or five years]", "P4Y"), ("[2-3 days]", "P2D"))),
    Rule("another_unit", r"(?:another|an\s+additional|an\s+extra|one\s+more)\s+" + NOT_A_TITLE
         + r"(?P<unit>day|week|month|year|decade|hour)\b", "P1{unit}", type="DURATION",
         near="UNIT", examples=(("extended for [an additional year]", "P1Y"), ("stay [another week]", "P1W"))),
    Rule("the_past_fortnight", r"the\s+(?:past|last|next|coming|previous|following)\s+fortnight", "P2W", type="DURATION",
         examples=(("over [the past fortnight]", "P2W"),)),
    Rule("fraction_of_a_century", APPROX + r"(?:(?:the\s+)?(?:past|last|next)\s+|an?\s+)?(?P<century_fraction>quarter|half)(?:[-\s]+|\s+of\s+a\s+)century",
         "P{century_fraction}Y", type="DURATION", unless_after=AGE,
         near="UNIT", examples=(("a quarter century", "P25Y"), ("nearly a quarter of a century", "P25Y"),
                                ("the past quarter-century", "P25Y"), ("for [a half-century]", "P50Y"))),
    # "In the nine months, profit rose": a length named as a noun keeps its article; not
    # "the two days of music", where the length measures what follows, nor "the two day rally"
    Rule("the_number_units", r"the\s+{number:NUMBER}\s+" + NOT_A_TITLE + r"{unit:UNITS}(?!\s+of\b|-)",
         "P{number}{unit}", type="DURATION", unless_after=AGE,
         near="UNIT", examples=(("In [the nine months], profit rose", "P9M"), ("the four days", "P4D"))),
    Rule("the_next_unit", r"(?:the\s+)?(?:next|coming|first|whole|entire)\s+(?P<unit>day|week|month|year|decade|century|hour|minute)\b(?!\s+(?:ago|earlier|later))",
         "P1{unit}", type="DURATION",
         near="UNIT", examples=(("the coming week", "P1W"), ("the whole decade", "P10Y"))),
    Rule("hyphenated_units", APPROX + r"{number:NUMBER}(?P<and_half>-and-a-half)?-" + NOT_A_TITLE + r"{unit:UNIT}(?!-old)(?:-long)?",
         "P{number}{unit}", type="DURATION",
         near="UNIT", examples=(("five-day", "P5D"), ("10-year", "P10Y"), ("two-week", "P2W"), ("three-and-a-half-year", "P3Y6M"))),
    Rule("vague_units", APPROX + SPAN_START + r"(?:{VAGUE})\s+(?:more\s+)?{unit:UNITS}",
         "PX{unit}", type="DURATION",
         near="UNIT", examples=(("several years", "PXY"), ("the past few weeks", "PXW"), ("a few days", "PXD"),
                   ("expected to last [several weeks]", "PXW"))),
    Rule("units_long", r"{unit:UNITS}[-\s]long", "PX{unit}", type="DURATION",
         near="UNIT", examples=(("decades-long", "PXDE"), ("months-long", "PXM"))),
    Rule("unit_long", r"(?P<unit>day|week|month|year|hour|decade|century)[-\s]?long", "P1{unit}", type="DURATION",
         near="UNIT", examples=(("a [day-long] meeting", "P1D"), ("a [year-long] inquiry", "P1Y"), ("a [weeklong] standoff", "P1W"),
                                ("after a [decade-long] renovation", "P10Y"))),
    # a bare plural needs "for" before it or a clause edge after it ("within weeks or months");
    # days, hours and minutes only before "later" or "earlier" ("Hours later, they fled")
    Rule("the_following_units", r"the\s+(?:following|ensuing|subsequent|previous|preceding|intervening)\s+{unit:UNITS}",
         "PX{unit}", type="DURATION",
         near="UNIT", examples=(("Over [the following weeks], protests spread", "PXW"), ("the intervening years", "PXY"))),
    Rule("bare_units", r"(?:{APPROX}\s+)?(?:(?:(?<=for\s)|(?<=within\s)|(?<=take\s)|(?<=takes\s)|(?<=took\s)|(?<=taking\s)|"
         r"(?<=lasted\s)|(?<=spent\s)|(?<=waited\s))(?P<unit>years|decades|centuries|months|weeks|days|hours|minutes|seconds)|"
         r"(?P<unit2>years|decades|centuries|months|weeks)(?=\s+(?:of|to|before|after|since|and|or|now|later|ago|that\s+followed)\b"
         r"|\s*[,.;]|\s*$)|(?P<unit3>days|hours|minutes)(?=\s+(?:later|earlier)\b))",
         "PX{unit}{unit2}{unit3}", type="DURATION",
         near="UNIT", examples=(("decades", "PXDE"), ("for [weeks] the government has", "PXW"),
                                ("in the [months] that followed", "PXM"), ("[Hours] later, they fled", "PTXH"),
                                ("[days] later", "PXD"), ("without power for [days]", "PXD"),
                                ("a deal is expected within [days]", "PXD"), ("in the [years] since", "PXY"),
                                ("it could take [days] before the runway reopens", "PXD"),
                                ("the euro fell within [minutes] of the announcement", "PTXM"),
                                ("the phone rang for [seconds]", "PTXS"))),
    Rule("over_the_years", r"the\s+(?P<unit>years|decades|centuries|months|weeks)(?!\s+(?:of|before|after|since|ahead|to)\b)",
         "PX{unit}", type="DURATION", only_after=r"\b(?:over|through|down)\s+",
         near="UNIT", examples=(("over [the years] many more", "PXY"), ("down [the decades]", "PXDE"))),
    Rule("a_while", r"(?:quite\s+)?a\s+(?:long\s+|short\s+)?while", "PXX", type="DURATION",
         examples=(("a while", "PXX"),)),
)
