"""Times of day, with or without their day."""
from .model import Rule

CLOCK = r"(?:{hour:HOUR}(?::{minute:MINUTE})?\s*{ampm:AMPM}|{hour2:HOUR}:{minute2:MINUTE})(?:\s+{TIMEZONE})?"

RULES = (
    Rule("clock_weekday", CLOCK + r",?\s+(?:on\s+)?{weekday:WEEKDAY}", "WD-{weekday}|T{hour}{hour2}:{minute}{minute2}",
         type="TIME",
         examples=(("10 p.m. Wednesday", "2025-08-13T22:00"),)),
    Rule("clock", CLOCK, "REF+0D|T{hour}{hour2}:{minute}{minute2}", type="TIME",
         examples=(("8 p.m.", "2025-08-13T20:00"), ("10:30 a.m. EST", "2025-08-13T10:30"))),
    Rule("noon_weekday", r"(?P<clock>noon|midnight|midday),?\s+(?:on\s+)?{weekday:WEEKDAY}", "WD-{weekday}|T{clock}",
         type="TIME",
         examples=(("noon Saturday", "2025-08-16T12:00"),)),
    Rule("noon", r"(?P<clock>noon|midnight|midday)", "REF+0D|T{clock}", type="TIME",
         examples=(("midnight", "2025-08-13T24:00"),)),
    Rule("weekday_part", r"(?:early\s+|late\s+)?{weekday:WEEKDAY}\s+{part:PART_OF_DAY}", "WD-{weekday}|T{part}",
         type="TIME",
         examples=(("Friday evening", "2025-08-15TEV"), ("Tuesday night", "2025-08-12TNI"))),
    Rule("part_weekday", r"(?:early\s+|late\s+)?{part:PART_OF_DAY}\s+(?:on\s+)?{weekday:WEEKDAY}", "WD-{weekday}|T{part}",
         type="TIME",
         examples=(("mid-afternoon Tuesday", "2025-08-12TAF"),)),
    Rule("this_part", r"(?:early\s+|late\s+|later\s+|earlier\s+)?this\s+{part:PART_OF_DAY}",
         "DCT+0D|T{part}", type="TIME",
         examples=(("this morning", "2025-08-13TMO"),)),
    Rule("the_part_of_day", r"(?:the\s+(?:early\s+|late\s+)?{part:PART_OF_DAY}|(?P<part2>overnight|mid[-\s]afternoon))(?!\s+(?:of|after|before)\b)",
         "REF+0D|T{part}{part2}", type="TIME",
         examples=(("in [the morning] to start trading", "2025-08-13TMO"), ("overnight", "2025-08-13TNI"))),
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
