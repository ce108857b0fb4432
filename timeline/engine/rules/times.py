"""Times of day, with or without their day."""
from .model import Rule
from .vocabulary import SHOW_AFTER_A_PART_OF_DAY

# "8 p.m.", "10.30pm", "10:30 a.m. EST", "14:00 GMT"
# (a 24-hour clock is no race time: "ran [a 3:58] mile")
CLOCK = (r"(?:{hour:HOUR}(?:[:.]{minute:MINUTE})?\s*{ampm:AMPM}"
         r"|(?<!\ba\s){hour2:HOUR_OF_DAY}:{minute2:MINUTE}(?![.:]?\d)(?!\s+(?:miles?|marathon|pace|kilometers?)\b)"
         r"|(?P<hour3>[01]\d|2[0-3])(?P<minute3>[0-5]\d)(?=\s+{TIMEZONE}))"   # "0600 GMT": a military clock needs its zone
         r"(?:\s+{TIMEZONE})?")
CLOCK_VALUE = "T{hour}{hour2}{hour3}:{minute}{minute2}{minute3}"   # whichever of the three forms matched
ABOUT = r"(?:(?:around|about|approximately|roughly)\s+)?"   # a hedge is part of the extent ("shortly after" is a signal)

# "held overnight rates near zero", "the overnight lending rate": a money market's term, not a night
NOT_A_MONEY_MARKET_TERM = (r"(?!\s+(?:(?:interest|lending|borrowing|interbank|call)\s+)?"
                           r"(?:rates?|lending|loans?|borrowing|deposits?|repos?|interbank|funds|money)\b)")

RULES = (
    Rule("clock_weekday", ABOUT + CLOCK + r",?\s+(?:on\s+)?{weekday:WEEKDAY}(?!,?\s+(?:the\s+)?{DAY}\s+(?:of\s+)?{MONTH})",
         "WD-{weekday}|" + CLOCK_VALUE,   # (not before the day it names: "17:00 BST on [Friday 5 April]")
         type="TIME",
         near="WEEKDAY", examples=(("10 p.m. Wednesday", "2025-08-13T22:00"), ("about 1:30 a.m. Saturday", "2025-08-16T01:30"))),
    Rule("clock_month_day", ABOUT + CLOCK + r",?\s+(?:on\s+)?(?:{WEEKDAY},?\s+)?{month:MONTH}\s+{day:DAY}{NO_YEAR_NEXT}",
         "XXXX-{month}-{day}|" + CLOCK_VALUE, type="TIME",
         near="MONTH", examples=(("5 p.m. EST Nov. 9", "2025-11-09T17:00"), ("9 a.m., Aug. 20", "2025-08-20T09:00"))),
    Rule("clock_in_the_part", ABOUT + r"{hour:HOUR_WORD}(?::{minute:MINUTE})?(?:\s+o'clock)?\s+in\s+the\s+"
         r"(?P<daypart>morning|afternoon|evening)",
         "REF+0D|T{hour}:{minute}", type="TIME",
         examples=(("4 in the morning", "2025-08-13T04:00"), ("three in the afternoon", "2025-08-13T15:00"),
                   ("around 3:30 in the afternoon", "2025-08-13T15:30"), ("7:15 in the evening", "2025-08-13T19:15"))),
    # spoken clocks: "seven o'clock", "half past seven", "a quarter to nine" (read on a 12-hour dial)
    Rule("oclock", r"{hour:HOUR_WORD}\s+o'clock", "REF+0D|T{hour}:00", type="TIME",
         examples=(("seven o'clock", "2025-08-13T07:00"),)),
    Rule("past_the_hour", r"(?P<minutes_past>half|(?:a\s+)?quarter)\s+(?:past|after)\s+{hour:HOUR_WORD}",
         "REF+0D|T{hour}:{minutes_past}", type="TIME",
         examples=(("half past seven", "2025-08-13T07:30"), ("a quarter past ten", "2025-08-13T10:15"))),
    Rule("quarter_to", r"(?:a\s+)?quarter\s+(?:to|before)\s+{hour_before:HOUR_WORD}", "REF+0D|T{hour_before}:45", type="TIME",
         examples=(("a quarter to nine", "2025-08-13T08:45"), ("quarter to one", "2025-08-13T00:45"))),
    Rule("clock_tonight", r"{hour:HOUR_WORD}(?:[:.]{minute:MINUTE})?(?:\s+o'clock)?\s+"
         r"(?P<daypart>tonight|this\s+(?:afternoon|evening))", "DCT+0D|T{hour}:{minute}", type="TIME",
         examples=(("7:30 tonight", "2025-08-13T19:30"), ("eight o'clock this evening", "2025-08-13T20:00"))),
    # "4 p.m. tomorrow", "9 p.m. yesterday", "8 p.m. tonight": one time, on the day the word names
    Rule("clock_day_word", ABOUT + CLOCK + r",?\s+(?P<day_word>today|tonight|tomorrow|yesterday|"
         r"this\s+(?:morning|afternoon|evening))\b",
         "DCT{day_word}D|" + CLOCK_VALUE, type="TIME",
         examples=(("8 p.m. tonight", "2025-08-13T20:00"), ("10 a.m. this morning", "2025-08-13T10:00"),
                   ("4 p.m. tomorrow", "2025-08-14T16:00"), ("about 9 p.m. yesterday", "2025-08-12T21:00"))),
    Rule("clock", ABOUT + CLOCK,
         "REF+0D|" + CLOCK_VALUE, type="TIME",
         examples=(("8 p.m.", "2025-08-13T20:00"), ("10:30 a.m. EST", "2025-08-13T10:30"), ("10.30pm", "2025-08-13T22:30"),
                   ("14:00 GMT", "2025-08-13T14:00"), ("0600 GMT", "2025-08-13T06:00"), ("9 p.m. ET", "2025-08-13T21:00"),
                   ("around 7:15 p.m.", "2025-08-13T19:15"))),
    Rule("noon_weekday", r"(?P<clock>noon|midnight|midday),?\s+(?:on\s+)?{weekday:WEEKDAY}", "WD-{weekday}|T{clock}",
         type="TIME",
         near="WEEKDAY", examples=(("noon Saturday", "2025-08-16T12:00"),)),
    Rule("noon", r"(?<!high\s)(?P<clock>noon|midnight|midday)", "REF+0D|T{clock}", type="TIME",
         examples=(("midnight", "2025-08-13T24:00"),)),
    Rule("last_weekday_part", r"(?:last|this\s+past)\s+{weekday:WEEKDAY}\s+{part:PART_OF_DAY}", "WD-{weekday}|T{part}",
         type="TIME", direction="before",
         near="WEEKDAY", examples=(("last Tuesday night", "2025-08-12TNI"), ("last Wednesday morning", "2025-08-06TMO"))),
    Rule("next_weekday_part", r"(?:next|this\s+coming)\s+{weekday:WEEKDAY}\s+{part:PART_OF_DAY}", "WD-{weekday}|T{part}",
         type="TIME", direction="after",
         near="WEEKDAY", examples=(("next Wednesday afternoon", "2025-08-20TAF"),)),
    Rule("weekday_part", r"(?:early\s+|late\s+)?{weekday:WEEKDAY}\s+{part:PART_OF_DAY}", "WD-{weekday}|T{part}",
         type="TIME", unless_after=r"\s+" + SHOW_AFTER_A_PART_OF_DAY,   # "Saturday Night Live"
         near="WEEKDAY", examples=(("Friday evening", "2025-08-15TEV"), ("Tuesday night", "2025-08-12TNI"))),
    Rule("part_weekday", r"(?:early\s+|late\s+)?{part:PART_OF_DAY}\s+(?:on\s+)?{weekday:WEEKDAY}", "WD-{weekday}|T{part}",
         type="TIME",
         near="WEEKDAY", examples=(("mid-afternoon Tuesday", "2025-08-12TAF"),)),
    Rule("this_part", r"(?:early\s+|late\s+|later\s+|earlier\s+)?this\s+{part:PART_OF_DAY}",
         "DCT+0D|T{part}", type="TIME",
         examples=(("this morning", "2025-08-13TMO"),)),
    # "bombed the city on Monday and again overnight": the night after the day just named
    Rule("overnight_after_a_weekday", r"overnight", "WD-{weekday}|TNI", type="TIME", moves_reference=False,
         only_after=r"{weekday:WEEKDAY},?\s+and\s+(?:again\s+|then\s+)?",
         near="WEEKDAY", examples=(("shelled on Monday and again [overnight]", "2025-08-11TNI"),)),
    Rule("overnight", r"overnight" + NOT_A_MONEY_MARKET_TERM, "OVERNIGHT|TNI", type="TIME", moves_reference=False,
         examples=(("Thousands gathered [overnight].", "2025-08-12TNI"),)),
    Rule("the_part_of_day", r"(?:the\s+(?:early\s+|late\s+)?{part:PART_OF_DAY}|(?P<part2>mid[-\s]?(?:afternoon|morning))|"
         r"(?:early|late)[-\s](?P<part3>morning|afternoon|evening))(?!\s+(?:of|after|before|shifts?|news|prayers?)\b)"
         + NOT_A_MONEY_MARKET_TERM,   # ("the night shift", "the evening news": a kind of thing)
         "REF+0D|T{part}{part2}{part3}", type="TIME",
         examples=(("in [the morning] to start trading", "2025-08-13TMO"), ("resumed [mid-morning]", "2025-08-13TMO"),
                   ("faded in [late afternoon] trading", "2025-08-13TAF"), ("an [early-morning] raid", "2025-08-13TMO"))),
    Rule("that_part", r"(?:(?:early|late|later|earlier)\s+)?(?:that|the\s+same)\s+{part:PART_OF_DAY}", "REF+0D|T{part}",
         type="TIME",
         examples=(("That evening", "2025-08-13TEV"), ("later that night", "2025-08-13TNI"))),
    Rule("tonight", r"(?:late\s+)?tonight", "DCT+0D|TNI", type="TIME",
         examples=(("tonight", "2025-08-13TNI"),)),
    Rule("tomorrow_part", r"tomorrow\s+{part:PART_OF_DAY}", "DCT+1D|T{part}", type="TIME",
         examples=(("tomorrow morning", "2025-08-14TMO"),)),
    Rule("last_night", r"(?:late\s+)?last\s+night", "DCT-1D|TNI", type="TIME",
         examples=(("last night", "2025-08-12TNI"),)),
    Rule("part_yesterday", r"(?:early\s+|late\s+)?(?:{part:PART_OF_DAY}\s+yesterday|yesterday\s+{part2:PART_OF_DAY})",
         "DCT-1D|T{part}{part2}", type="TIME",
         examples=(("yesterday morning", "2025-08-12TMO"), ("mid-afternoon yesterday", "2025-08-12TAF"))),
)
