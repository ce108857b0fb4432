"""Dates relative to the publication date (DCT) or to the narrative's time (REF)."""
from .model import Rule

SHIFT = r"(?:(?:earlier|later|early|late|earlier\s+in|later\s+in|the\s+end\s+of|the\s+start\s+of|the\s+beginning\s+of|the\s+middle\s+of|around)\s+)?"

THIS_UNITS = r"(?P<unit>month|year|week|quarter|decade|century)"

# "last fiscal year", "this financial year": a company's or a government's year, named as the calendar's
ACCOUNTING = r"(?:(?:fiscal|financial|calendar)\s+(?=year\b|quarter\b))?"

# "the director, who took [over] a fortnight ago": before "ago", "over" after "took" is the verb's
NOT_A_PARTICLE_OF_TAKE = "".join(rf"(?<!\b{word}\s)" for word in ("took", "take", "takes", "taken", "taking"))

RULES = (
    # Comparisons ("up from $5 a year earlier") name the same period of the year before:
    # a year before the narrative's time, at its granularity; they do not move the narrative.
    Rule("quarter_year_ago", r"(?:the\s+)?(?:comparable\s+|same\s+)?(?:year[-\s](?:ago|earlier)|prior[-\s]year)\s+(?:{QUARTER_ORDINAL}\s+)?quarter|"
         r"last\s+year'?s\s+(?:{QUARTER_ORDINAL}\s+)?quarter|the\s+(?:same\s+|comparable\s+)?quarter\s+(?:a\s+year\s+(?:ago|earlier)|(?:of\s+)?last\s+year)",
         "QUARTER-1Y", moves_reference=False, comparison=True,
         near="QUARTER", examples=(("the year-ago quarter", "2024-Q2"), ("last year's quarter", "2024-Q2"),
                   ("the quarter a year ago", "2024-Q2"), ("the prior-year quarter", "2024-Q2"))),
    Rule("year_ago", r"(?:the\s+)?(?:comparable\s+|same\s+)?(?:year[-\s](?:ago|earlier)(?:\s+(?:period|month|results))?|prior[-\s]year\s+period)",
         "REF-1Y@REF", moves_reference=False, comparison=True,
         examples=(("the year-ago period", "2024"), ("year-earlier", "2024"), ("the prior-year period", "2024"))),
    Rule("a_year_earlier", r"a\s+year\s+(?:(?:ago|earlier)(?=\s+(?-i:[A-Z]))|(?:ago|earlier|before)(?=\s*[,.;:)]|\s+and\b|\s*$))",
         "REF-1Y@REF", moves_reference=False, comparison=True,   # not "a year before the vote": a length leading to the vote
         examples=(("a year earlier", "2024"), ("a year ago", "2024"), ("[A year earlier] UniFirst earned", "2024"))),
    Rule("same_period_last_year", r"the\s+(?:same|corresponding|comparable)\s+(?:period|time|month|week)\s+(?:of\s+)?(?:last|a)\s+year(?:\s+earlier|\s+ago)?|last\s+year'?s\s+period",
         "REF-1Y@REF", moves_reference=False, comparison=True,
         examples=(("the corresponding period last year", "2024"),)),
    # --- the publication day --------------------------------------------------------
    Rule("today", r"(?:earlier\s+|later\s+)?(?-i:today)|this\s+day", "DCT+0D",
         examples=(("today", "2025-08-13"), ("Obama [today] signed", "2025-08-13"), ("Earlier today", "2025-08-13"))),
    # "Today" right after a capitalized word is a name: "USA Today", "VOA Today"
    Rule("today_capitalized", r"(?-i:Today|TODAY)", "DCT+0D", unless_before=r"(?-i:\b[A-Z][\w'’]*)\s+$",
         examples=(("Today", "2025-08-13"), ("in New York. [Today] it rained", "2025-08-13"))),
    Rule("yesterday", r"(?:early\s+|late\s+|earlier\s+|later\s+)?yesterday", "DCT-1D",
         examples=(("yesterday", "2025-08-12"), ("Later yesterday", "2025-08-12"))),
    Rule("tomorrow", r"(?:early\s+|late\s+)?tomorrow", "DCT+1D",
         examples=(("tomorrow", "2025-08-14"),)),
    Rule("day_before_yesterday", r"the\s+day\s+before\s+yesterday", "DCT-2D",
         examples=(("the day before yesterday", "2025-08-11"),)),
    Rule("unit_before_last", r"the\s+(?P<unit>week|weekend|month|year)\s+before\s+last", "DCT-2{unit}",
         near="UNIT", examples=(("the year before last", "2023"), ("the week before last", "2025-W31"),
                                ("the weekend before last", "2025-W31-WE"))),
    Rule("the_unit_after_next", r"the\s+(?P<unit>week|weekend|month|year)\s+after\s+next", "DCT+2{unit}",
         near="UNIT", examples=(("resume [the week after next]", "2025-W35"), ("the year after next", "2027"))),
    Rule("day_after_tomorrow", r"the\s+day\s+after\s+tomorrow", "DCT+2D",
         examples=(("the day after tomorrow", "2025-08-15"),)),
    # "will one day be", "hopes he one day follows": an unnamed time ahead (placed before the
    # durations, which would read "one day" as P1D; "One day, he left" stays a day's length)
    Rule("some_day", r"(?:one|some)\s+day|someday", "FUTURE_REF",
         only_after=r"\b(?:will|would|could|may|might|can|should|must|to|he|she|they|we|i|you|it)\s+",
         unless_after=r"\s*[.,;:)]|\s+(?:of|later|earlier|after|before|and|or)\b",   # "limited to one day."
         near="UNIT", examples=(("Islam will [one day] be", "FUTURE_REF"), ("hopes he [one day] follows", "FUTURE_REF"))),
    # --- this / last / next unit ------------------------------------------------------
    # "clashed again this weekend", written on a Wednesday: the weekend just past
    Rule("this_weekend", SHIFT + r"this\s+weekend", "DCT+0WE@END",
         examples=(("this weekend", "2025-W33-WE"),)),
    # (not a programme's name in quotes: ABC's "This Week")
    Rule("this_unit", r"(?!(?<=[\"“])(?-i:This\s+Week)\b)" + SHIFT + r"this\s+" + ACCOUNTING + r"(?P<unit>week|weekend|month|quarter|year|decade|century)",
         "DCT+0{unit}",
         near="UNIT", examples=(("this year", "2025"), ("this month", "2025-08"), ("earlier this week", "2025-W33"),
                   ("this quarter", "2025-Q3"))),
    Rule("last_unit", SHIFT + r"last\s+" + ACCOUNTING + r"(?P<unit>week|weekend|month|quarter|year|decade|century)",
         "DCT-1{unit}",
         near="UNIT", examples=(("last month", "2025-07"), ("last year", "2024"), ("late last week", "2025-W32"),
                   ("last fiscal year", "2024"))),
    Rule("the_past_unit", r"the\s+(?:past|last)\s+" + ACCOUNTING + r"(?P<unit>week|month|quarter|year|decade|century)\b(?!\s+(?:ago|earlier|later))",
         "DCT-1{unit}",
         near="UNIT", examples=(("the past year", "2024"), ("the last decade", "201"))),
    Rule("next_unit", SHIFT + r"next\s+" + ACCOUNTING + r"(?P<unit>week|weekend|month|quarter|year|decade|century)",
         "DCT+1{unit}",
         near="UNIT", examples=(("next week", "2025-W34"), ("early next year", "2026"))),
    Rule("current_unit", r"the\s+current\s+(?:fiscal\s+)?(?P<unit>week|month|quarter|year)", "DCT+0{unit}",
         near="UNIT", examples=(("the current quarter", "2025-Q3"),)),
    Rule("mid_unit", r"mid[-\s]?(?P<unit>week|year)", "DCT+0{unit}",
         examples=(("due [midweek]", "2025-W33"), ("at [midyear]", "2025"))),
    Rule("year_end", r"(?:around\s+)?(?:the\s+)?year[-\s]end", "DCT+0Y",
         examples=(("year-end", "2025"),)),
    # --- N units ago: a date at the unit's granularity --------------------------------
    Rule("units_ago", r"(?:" + NOT_A_PARTICLE_OF_TAKE + r"{APPROX}\s+)?{number:NUMBER}\s+{unit:UNIT}s?(?:\s+or\s+so)?\s+ago",
         "DCT-{number}{unit}@POINT",
         near="UNIT", examples=(("two years ago", "2023"), ("a decade ago", "2015"), ("three months ago", "2025-05"), ("a week ago", "2025-W32"),
                   ("about two years ago", "2023"), ("10 days ago", "2025-08-03"), ("a week or so ago", "2025-W32"))),
    Rule("century_fraction_ago", r"(?:{APPROX}\s+)?(?:an?\s+)?(?P<century_fraction>quarter|half)(?:[-\s]+|\s+of\s+a\s+)century\s+ago",
         "DCT-{century_fraction}Y@POINT",
         near="UNIT", examples=(("a quarter century ago", "2000"), ("nearly a half-century ago", "1975"))),
    Rule("units_from_now", r"{number:NUMBER}\s+{unit:UNIT}s?\s+from\s+now", "DCT+{number}{unit}@POINT",
         near="UNIT", examples=(("two weeks from now", "2025-W35"), ("a year from now", "2026"))),
    # "fifty years ago this week": that week (month) of the year it names
    Rule("units_ago_this_unit", r"{number:NUMBER}\s+{unit:UNIT}s?\s+ago\s+this\s+(?P<unit2>week|month)",
         "DCT-{number}{unit}@{unit2}",
         near="UNIT", examples=(("fifty years ago this week", "1975-W33"), ("a year ago this month", "2024-08"))),
    # "a week from today", "a year ago today": measured from the day, so a day
    Rule("units_from_today", r"{number:NUMBER}\s+{unit:UNIT}s?\s+(?P<side>ago|from)\s+today", "DCT{side}{number}{unit}@D",
         near="UNIT", examples=(("a week from today", "2025-08-20"), ("a year ago today", "2024-08-13"))),
    Rule("vague_units_ago", r"(?:(?:tens|hundreds|thousands|millions|billions)\s+of\s+)?"
         r"(?:(?:{VAGUE}|{UNITS})\s+{UNITS}?|(?:a\s+)?moments?)\s*ago", "PAST_REF",
         examples=(("a few years ago", "PAST_REF"), ("months ago", "PAST_REF"), ("Just [moments ago]", "PAST_REF"),
                   ("[a moment ago]", "PAST_REF"), ("possibly [billions of years ago]", "PAST_REF"))),
    # --- relative to the narrative's time ---------------------------------------------
    # "three days later": the duration P3D (TimeML leaves "later" out as a signal); the
    # clause it dates happened three days after the narrative's time.
    Rule("units_earlier", r"(?:{APPROX}\s+)?{number:NUMBER}\s+{unit:UNIT}s?(?=\s+(?:earlier(?!\s+than)|before(?:\s*[,.;:)]|\s+and\b|\s*$)))",
         "P{number}{unit}", type="DURATION", leads_to="REF-{number}{unit}",
         near="UNIT", examples=(("[two years] earlier,", "P2Y"), ("[two days] earlier.", "P2D"), ("[a week] before,", "P1W"))),
    Rule("units_later", r"(?:{APPROX}\s+)?{number:NUMBER}\s+{unit:UNIT}s?(?=\s+(?:later(?!\s+than)|after(?:\s*[,.;:)]|\s+and\b|\s*$)|on\s*,))",
         "P{number}{unit}", type="DURATION", leads_to="REF+{number}{unit}",
         near="UNIT", examples=(("[two days] later,", "P2D"), ("[a month] later.", "P1M"), ("[an hour] later,", "PT1H"),
                   ("[two years] later the war ended", "P2Y"), ("[Two weeks] on, the search goes on", "P2W"))),
    Rule("next_day", r"the\s+(?:next|following|subsequent)\s+(?P<unit>day|week|month|year|quarter)(?:\s+or\s+so)?",
         "REF+1{unit}",
         near="UNIT", examples=(("the next day", "2025-08-14"), ("the following year", "2026"), ("the next year or so", "2026"))),
    # the first weekend after the story's day ("on Sunday ... [the following weekend]")
    Rule("following_weekend", r"the\s+(?:next|following|subsequent)\s+weekend", "WEEKEND@REF", direction="after",
         examples=(("the following weekend", "2025-W33-WE"),)),
    # ("the next decade" is mostly a length ahead: "over the next decade", see durations)
    Rule("following_decade", r"the\s+(?:following|subsequent)\s+decade", "REF+1DE",
         examples=(("In the 1970s he wrote; in [the following decade] he painted.", "198"),)),
    Rule("previous_decade", r"the\s+(?:previous|preceding|prior)\s+decade", "REF-1DE",
         examples=(("In the 1970s he wrote; in [the previous decade] he painted.", "196"),)),
    Rule("next_morning", r"the\s+(?:next|following)\s+(?:morning|afternoon|evening|night)", "REF+1D",
         examples=(("the next morning", "2025-08-14"),)),
    Rule("previous_evening", r"the\s+(?:previous|preceding|prior)\s+(?:morning|afternoon|evening|night)", "REF-1D",
         examples=(("the previous evening", "2025-08-12"),)),
    Rule("previous_day", r"the\s+(?:previous|preceding|prior)\s+" + ACCOUNTING + r"(?P<unit>day|week|month|year|quarter)",
         "REF-1{unit}",
         near="UNIT", examples=(("the previous day", "2025-08-12"), ("the previous year", "2024"))),
    # standing alone ("The day after, rain fell", "the year after that"); "the day after the vote" is
    # left to the events
    Rule("day_before_or_after", r"the\s+(?P<unit>day|week|month|year|night)\s+(?P<side>before|after)"
         r"(?:(?=\s*[,.;:)]|\s*$|\s+(?:and|but)\s+(?!after|before))"   # ("bought it the month before and had ...")
         r"|\s+that(?=\s*[,.;:)]|\s*$|\s+(?:he|she|it|they|we|I|you|the|a|an|his|her|its|their)\b))",
         "REF{side}1{unit}",
         near="UNIT", examples=(("the day before", "2025-08-12"), ("[The day after], rain fell.", "2025-08-14"),
                                ("He had bought it [the month before] and had kept it", "2025-07"),
                                ("In 2014 she sold it, and [the year after that] she moved.", "2015"))),
    # "sold out earlier in the week", in a Monday's story of Sunday's final: the story's week
    # ("later in the day" stays out: the corpora annotate it once in four)
    Rule("earlier_in_the_unit", r"(?:early|late|earlier|later)\s+in\s+the\s+(?P<unit>week|month|year)", "REF+0{unit}",
         near="UNIT", examples=(("earlier in the week", "2025-W33"), ("later in the month", "2025-08"),
                                ("[early in the year]", "2025"), ("earlier in the year", "2025"),
                                ("In 2012 sales slowed [late in the year].", "2012"),
                                ("Jobs fell in May, blamed on rain [late in the month].", "2025-05"))),
    Rule("same_day", r"(?:(?:earlier|later)\s+)?(?:that(?:\s+same)?|the\s+same)\s+(?P<unit>day|week|month|year)", "REF+0{unit}",
         near="UNIT", examples=(("that day", "2025-08-13"), ("the same year", "2025"), ("that same day", "2025-08-13"),
                                ("In 2004 he joined. [Later that year]", "2004"))),
    # "the quarter ended Sept. 30": the three months up to that day, named by their middle month
    Rule("quarter_ended", r"the\s+(?:latest\s+|fiscal\s+|first\s+|second\s+|third\s+|fourth\s+)?quarter(?=,?\s+(?:that\s+)?end(?:ed|ing|s)\s+{qmonth:MONTH}\s+{DAY})",
         "XXXX-Q{qmonth}",
         near="MONTH", examples=(("[the quarter] ended Sept. 30", "2025-Q3"), ("[the quarter] ended July 31", "2025-Q2"))),
    Rule("the_quarter", r"the\s+(?:latest|most\s+recent|recent|same|just-ended|just\s+ended|fiscal|)\s*(?:fiscal\s+)?quarter|the\s+(?:latest|most\s+recent)\s+period",
         "QUARTER",
         examples=(("the latest quarter", "2025-Q2"), ("the quarter", "2025-Q2"), ("the latest period", "2025-Q2"))),
    Rule("that_quarter", r"that\s+(?:same\s+|fiscal\s+)?quarter", "QUARTER@LAST",
         near="QUARTER", examples=(("Results for [that quarter] included a gain", "2025-Q2"),)),
    # ("the weekend of March 9-10" leaves the dates to say which, as "the night of Oct. 7" does)
    # "sales of $6 billion in the latest fiscal year": the last one completed, as "the latest quarter"
    Rule("the_latest_year", r"the\s+(?:latest|most\s+recent)\s+(?:full\s+|fiscal\s+|financial\s+)*(?P<unit>year|month)",
         "DCT-1{unit}",
         near="UNIT", examples=(("in [the latest fiscal year]", "2024"), ("the most recent month", "2025-07"))),
    Rule("the_weekend", r"the\s+weekend(?!\s+of\s+{MONTH})", "WEEKEND",
         examples=(("the weekend", "2025-W33-WE"),)),
    Rule("past_week", r"(?:this|the)\s+past\s+week(?!end)", "DCT-1W",
         examples=(("this past week", "2025-W32"),)),
    Rule("past_weekend", r"(?:this|the)\s+(?:past|previous)\s+weekend", "WEEKEND", direction="before",
         examples=(("this past weekend", "2025-W32-WE"),)),
    Rule("coming_weekend", r"(?:this|the)\s+coming\s+weekend", "WEEKEND", direction="after",
         examples=(("this coming weekend", "2025-W33-WE"),)),
    # "cash at the end of the quarter": the quarter the report is about, as "the quarter" is
    Rule("end_of_the_quarter", r"(?:the\s+)?(?:end|beginning|start|middle)\s+of\s+the\s+(?:fiscal\s+)?quarter", "QUARTER",
         near="QUARTER", examples=(("the end of the quarter", "2025-Q2"),)),
    # this unit, unless the tense points past its end ("expired at the end of the year": last
    # year's) or beyond its start ("takes effect at the start of the year": next year's)
    Rule("end_of_unit", r"(?:the\s+)?end\s+of\s+(?!the\s+(?:fiscal\s+)?quarter)(?:the|this)\s+(?:fiscal\s+)?" + THIS_UNITS,
         "DCT+0{unit}@END",
         near="UNIT", examples=(("the end of the month", "2025-08"), ("the end of the year", "2025"),
                                ("the end of the fiscal year", "2025"))),
    Rule("start_of_unit", r"(?:the\s+)?(?:beginning|start)\s+of\s+(?!the\s+(?:fiscal\s+)?quarter)(?:the|this)\s+(?:fiscal\s+)?" + THIS_UNITS,
         "DCT+0{unit}@START",
         near="UNIT", examples=(("the start of the year", "2025"), ("the beginning of the month", "2025-08"))),
    # "will stand trial in the new year": written late in a year, the next one (as "the start of
    # the year" ahead is); written in January, this one
    Rule("the_new_year", r"the\s+new\s+year(?!'|\s+(?:holidays?|celebrations?|party|parties|eve|day|message|speech)\b)",
         "DCT+0Y@START",
         examples=(("so far in [the new year]", "2025"),)),
    Rule("middle_of_unit", r"(?:the\s+)?middle\s+of\s+(?!the\s+(?:fiscal\s+)?quarter)(?:the|this)\s+" + THIS_UNITS,
         "DCT+0{unit}",
         near="UNIT", examples=(("the middle of the month", "2025-08"),)),
    # "by mid-century": the middle of this century ("mid-century modern" is a style)
    Rule("mid_century", r"mid-?century(?!\s+(?:modern|style|design|furniture|architecture)\b)", "DCT+0CE@MID",
         examples=(("Sea levels could rise a meter by [mid-century].", "20"),)),
    # a day at an edge of a unit: "until 8 p.m. on the last day of the month"
    Rule("edge_day_of_unit", r"the\s+(?P<day_edge>first|last|final)\s+day\s+of\s+(?P<shift>the|this|next|last)\s+"
         r"(?P<unit>month|quarter|year)",
         "DCT{shift}{unit}:{day_edge}",
         near="UNIT", examples=(("on [the last day of the month]", "2025-08-31"), ("the first day of next year", "2026-01-01"),
                                ("the final day of the quarter", "2025-09-30"))),
    Rule("edge_day_of_year", r"the\s+(?P<day_edge>first|last|final)\s+day\s+of\s+{year:YEAR}", "{year}:{day_edge}",
         examples=(("on [the first day of 2012]", "2012-01-01"), ("the last day of 1999", "1999-12-31"))),
    Rule("end_of_that_unit", r"(?:the\s+)?(?:end|beginning|start|middle)\s+of\s+that\s+(?P<unit>month|year|week|quarter|decade)",
         "REF+0{unit}",
         near="UNIT", examples=(("In 2004 he joined. By [the end of that year]", "2004"),)),
    Rule("the_unit_ended", r"the\s+(?:fiscal\s+|full\s+|calendar\s+)?(?P<unit>year|month|week)(?=\s+(?:ended|ending|that\s+ended|to|through)\b)",
         "P1{unit}", type="DURATION",
         near="UNIT", examples=(("for [the year] ended March 31", "P1Y"), ("in [the week] ended Friday", "P1W"),
                                ("in [the week] through Wednesday", "P1W"))),
    # "The index ended the year up 13 percent", told on Jan. 3: the year just ended (as "the end
    # of the year" in the past is); "began the year" the one begun
    Rule("ended_the_unit", r"the\s+(?P<unit>year|month|week|quarter)", "DCT+0{unit}@END",
         only_after=r"\b(?:end|ends|ended|ending|finish|finishes|finished|finishing|close|closes|closed|closing)\s+",
         near="UNIT", examples=(("stocks ended [the year] higher", "2025"), ("closed [the month] lower", "2025-08"))),
    # "Stocks fell sharply Monday ... The Dow ended [the day] at 10,300": the story's day
    Rule("ended_the_day", r"the\s+day(?!\s+(?:before|after|of|when|that)\b)", "REF+0D",
         only_after=r"\b(?:end|ends|ended|ending|finish|finishes|finished|finishing|close|closes|closed|closing|"
                    r"begin|begins|began|beginning|start|starts|started|starting|open|opens|opened|opening)\s+",
         examples=(("stocks ended [the day] higher", "2025-08-13"),)),
    Rule("began_the_unit", r"the\s+(?P<unit>year|month|week|quarter)", "DCT+0{unit}@START",
         only_after=r"\b(?:begin|begins|began|beginning|start|starts|started|starting|open|opens|opened|opening)\s+",
         near="UNIT", examples=(("stocks began [the year] higher", "2025"),)),
    # a year named again beside itself: "in 1977, [the year] of the Queen's Silver Jubilee"
    Rule("the_year_in_apposition", r"the\s+(?-i:year)(?!\s+(?:before|earlier|ago|after|later)\s*[,.;]|[-\w])", "REF+0Y",
         only_after=r"\b{YEAR},\s+",
         examples=(("won in 1977, [the year] of the Jubilee", "1977"), ("left in 2001, [the year] the towers fell", "2001"))),
    # a market report's tally: "For [the week], the Dow gained 2.2 percent", "down 3 percent on [the month]."
    Rule("the_unit_tallied", r"the\s+(?P<unit>week|month)(?=\s*[,.;])", "REF+0{unit}",
         only_after=r"(?<!\w\s)for\s+|\b(?:up|down|higher|lower|percent|points?)\s+on\s+|(?<=%)\s+on\s+",   # (opening a clause)
         examples=(("For [the week], the Dow gained 2.2 percent", "2025-W33"), ("down 3 percent on [the month].", "2025-08"),
                   ("up 1.2% on [the week].", "2025-W33"))),
    # ("year" in lower case: "Person of the Year" is a title)
    Rule("the_year", r"the\s+(?:fiscal\s+)?(?-i:year)(?!\s+(?:before|earlier|ago|after|later|end|old|long)\b|[-\s]+(?:earlier|ago|old|long))",
         "DCT+0Y",
         examples=(("for [the year], volume was flat", "2025"), ("the first nine months of [the year]", "2025"))),
    Rule("years_end", r"(?:the\s+)?year'?s\s+end", "DCT+0Y",
         examples=(("year's end", "2025"),)),
    Rule("the_full_year", r"the\s+(?:full|whole|entire|current|calendar)\s+(?:fiscal\s+)?year",
         "DCT+0Y",
         examples=(("the full year", "2025"),)),
)
