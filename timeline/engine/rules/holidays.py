"""Named days of the year: holidays whose date is a rule ("the fourth Thursday of November")."""
from .model import Rule

RULES = (
    Rule("holiday", r"(?:{EDGE}[-\s]+)?(?P<holiday>Thanksgiving(?:\s+Day)?|Christmas\s+(?:Day|Eve)|New\s+Year'?s\s+(?:Day|Eve)|"
         r"Election\s+Day|Independence\s+Day|Memorial\s+Day|Labor\s+Day|Veterans\s+Day|Easter(?:\s+Sunday)?|"
         r"Valentine'?s\s+Day|Halloween)(?!\s+(?:weekend|season|holiday|shopping|sales|party|parties|dinner|message|speech|tree|card|cards|break|truce|ceasefire)\b)",
         "HOLIDAY-{holiday}",
         examples=(("Thanksgiving Day", "2025-11-27"), ("Christmas Day", "2025-12-25"), ("Easter", "2025-04-20"),
                   ("Election Day", "2025-11-04"))),
    Rule("last_holiday", r"last\s+(?P<holiday>Thanksgiving|Christmas|Easter|Halloween|New\s+Year'?s(?:\s+Day)?)",
         "HOLIDAY-{holiday}", direction="before",
         examples=(("last Christmas", "2024-12-25"), ("last Thanksgiving", "2024-11-28"))),
)
