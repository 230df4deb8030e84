"""English wording of tasks, deadlines and reports on earlier tasks: plain data, read by
`extract/assignments.py`, `extract/reports.py` and `extract/deadlines.py` through `domain_data("en", "assignments")`.

Phrases are matched case-insensitively; entries marked *regex* are templates whose `{placeholders}` the code fills:
`{assignee}` (people or a group), `{people}`, `{d}` `{m}` `{y}` (day, month, year numbers), `{month}` (a month
name), `{n}` (a count), `{q}` (a quarter).
"""

from __future__ import annotations

from extract.lang.en import lexicon

# who: people and groups ------------------------------------------------------------------------------------
PEOPLE_JOINERS = ("and", "&", "with")
SINGLE_NAME_NEEDS_TITLE = False  # "Bell and Raman", "Grace to circulate …"
NOT_NAMES = (
    "It",
    "He",
    "She",
    "They",
    "We",
    "This",
    "That",
    "There",
    "Everyone",
    "All",
    "Each",
    "Action",
    "Motion",
    "Vote",
    "Votes",
    "Result",
    "Item",
    "Members",
    "Staff",
    "Update",
    "Discussion",
    "Following",
    "After",
    "Next",
    "Board",
)
GROUPS = (  # regex: a group or an office that can be given a task
    r"(?:(?i:the)\s+)?(?:[A-Z][\w&'’-]*\s+){0,3}"
    r"(?i:staff|committee|subcommittee|sub-committee|task\s+force|working\s+group|board|council|team|"
    r"secretary|treasurer|chair|chairperson|president|director|manager|clerk|administrator|attorney|counsel|"
    r"officers|members|librarian|superintendent|executive\s+committee|office|department)(?!\w)",
)

# assignments ----------------------------------------------------------------------------------------------
ASSIGNMENT_PATTERNS = (  # regex: the task is the text after the match, up to the end of the clause
    r"(?i:action(?:\s+items?)?|to\s+do|follow[-\s]up)\s*[:：–-]\s*(?P<assignee>{assignee})\s*"
    r"(?:[:–]\s*|(?i:to|will|shall|is\s+to|are\s+to)\s+)",
    r"^(?P<assignee>{assignee})\s+(?i:was|were|has\s+been|have\s+been|is|are)\s+(?i:asked|directed|instructed|"
    r"tasked|requested|charged|assigned|authorized|authorised)\s+(?:(?i:with)\s+)?(?:(?i:to)\s+)?",
    r"(?<!\w)(?i:asked|directed|instructed|requested|tasked|charged)\s+(?P<assignee>{assignee})\s+(?i:to|with)\s+",
    r"^(?P<assignee>{assignee})\s+(?i:agreed|volunteered|offered|undertook|promised)\s+to\s+",
    r"(?i:agreed|decided|resolved)\s+(?i:that)\s+(?P<assignee>{assignee})\s+(?i:would|will|should|is\s+to|are\s+to)\s+",
    r"^(?P<assignee>{assignee})\s+(?i:is|are|will\s+be)\s+(?i:responsible)\s+(?i:for)\s+",
    r"^(?P<assignee>{strict})\s+to\s+(?=[a-z])",  # "Liam O'Connor to organise a clinic in January."
    r"^(?P<assignee>{known})\s+to\s+(?=[a-z])",  # "Bakare to price the repairs." (Olumide Bakare is present)
)
DEADLINE_PATTERNS = (  # regex: a subject and what it will do, a task only when a deadline follows
    r"^(?P<assignee>{strict})\s+(?i:will|shall|must|needs?\s+to|is\s+to|are\s+to)\s+"
    r"(?!(?i:be(?!\s+responsible)|meet|have)\b)",
    r"^(?P<assignee>{known})\s+(?i:will|shall|must|needs?\s+to|is\s+to)\s+(?!(?i:be(?!\s+responsible)|meet|have)\b)",
)
ITEM_ORDINALS = (r"(?i:first(?:ly)?|second(?:ly)?|third(?:ly)?|fourth(?:ly)?|fifth(?:ly)?|finally|lastly)",)  # regex
COMMITMENT_WORDS: tuple[str, ...] = ("will", "shall")  # a commitment holds one of these
COMMITMENT_PATTERNS = (  # regex: what one of the document's people will do, a task even without a deadline
    r"^(?P<assignee>{strict}|{known})\s+(?i:will|shall)\s+(?!(?i:be|have|not|also\s+be|remain|continue\s+as)\b)"
    r"(?=[a-z])",
)
TRIGGER_WORDS = (  # a clause holds one of these words when an ASSIGNMENT_PATTERNS entry can match it
    "action",
    "to do",
    "follow-up",
    "follow up",
    "asked",
    "directed",
    "instructed",
    "tasked",
    "requested",
    "charged",
    "assigned",
    "authorized",
    "authorised",
    "agreed",
    "volunteered",
    "offered",
    "undertook",
    "promised",
    "responsible",
    "to",
)
TRAILING_PATTERNS = (  # regex: the task first, its owner after it ("Print posters (responsible: Dmitri Volkov)")
    r"^(?P<task>[^–—(:]{3,}?)\s*[(–—-]\s*(?i:responsible|owner|lead|assigned\s+to)\s*[:–-]?\s*(?P<assignee>{strict})"
    r"\s*\)?",
)
SECTION_TRAILING = (  # regex: the same in a part about tasks, where the owner needs no label
    r"^(?P<task>[^–—(:]{3,}?)\s*(?:[–—]|\s-|\()\s*\**(?P<assignee>{strict})\**\s*\)?(?=\s*(?:[,;.]|[–—]|$))",
)
EXTRA_HONORIFICS = ("cllr",)  # besides the lexicon's honorifics
SECTION_PATTERNS = (  # regex: only in a part of the minutes about tasks ("Action items:")
    r"^(?P<assignee>{people})\s*(?:[:：–—]\s*|\s-\s+|\s(?i:to|will|shall)\s+)",  # "X - confirm the booking …"
    # "- priya nair - email the form to all teachers - by oct 18": owner - task - deadline, names in lower case
    r"^(?P<assignee>(?P<plain>[a-z][a-z'’-]+(?:\s+[a-z][a-z'’-]+){1,2}))\s+[-–—]\s+(?=\S.*?\s[-–—]\s+\S)",
)
SECTION_OWNER_AFTER_COLON: tuple[str, ...] = ()
NOT_TASKS = (  # regex, searched in a task: what is not a task (chairing the rest of the meeting, a list's lead)
    r"^(?i:chair|preside\s+over|run|conduct)\s+(?:(?i:the)\s+)?(?i:rest|remainder|balance)\s+(?i:of)",
    r"(?i:as\s+follows|the\s+following)\s*[:：]?$",
)
BODIES = r"(?:(?i:the)\s+)?(?i:board|council|committee|commission|meeting|membership|assembly)"
SECTIONS = (r"(?i:action\s+items|actions|assignments|tasks|follow[-\s]ups?|next\s+steps)(?!\s+(?i:from|of|on))",)
TASK_TAILS = (
    r"(?:[,;:(\s]+(?i:and|to\s+be\s+(?:completed|done|finished)|completed|due|deadline))?[,;:(\s]*$",
)  # "book the hall (by 1 June)": the "(" left once the deadline is cut off

TASK_LEADS = (r"^(?i:action(?:\s+item)?)\s*(?:(?i:no\.?|#)\s*)?\d[\w/.-]*\s*[:–—-]\s*",)  # regex: "ACTION 26/03 – "

# tables ---------------------------------------------------------------------------------------------------
TABLE_TASK = ("action item", "action", "task", "item", "description", "what")
TABLE_OWNER = ("responsible", "owner", "assigned to", "assignee", "who", "lead", "person responsible")
TABLE_DUE = ("due date", "due", "deadline", "by when", "target date", "when")
TABLE_STATUS = ("status", "progress", "outcome")

# tasks written as labelled fields ("Owner: …", "Deadline: …"; see extract/assignments_fields.py) --------------
FIELD_TASK = ("action item", "action", "task", "to do")
FIELD_OWNER = (
    "owner", "owners", "responsible", "person responsible", "responsibility", "assigned to", "assignee", "lead",
    "who", "action by", "actioned by",
)  # fmt: skip
FIELD_DUE = ("due", "due date", "due by", "deadline", "by when", "target date", "timeline", "when", "complete by")

# deadlines ------------------------------------------------------------------------------------------------
DUE_LEADS = (
    "no later than",
    "not later than",
    "prior to",
    "in time for",
    "due by",
    "due on",
    "due",
    "deadline",
    "by",
    "before",
    "within",
    "until",
    "on or before",
    "in",
)
DUE_THROUGH = ("and", "through", "to", "until")  # join a deadline to a later one: the later is the due date
DUE_WORDS = (
    "by",
    "before",
    "within",
    "due",
    "until",
    "prior",
    "later than",
    "in ",
    "next",
    "ongoing",
    "asap",
    "soon",
    "reading",
)  # a deadline holds one
DEADLINES = {  # kind → regex; "date", "month", "quarter", "year" need a lead word in running text
    "date": (
        r"(?:(?i:the)\s+)?{d}(?:\s+(?i:of))?\s+{month}\.?(?:,?\s+{y})?",
        r"{month}\.?\s+{d}(?!\d)(?:,?\s+{y})?",
        r"{m}/{d}(?:/{y})?",
        r"{y}-{m}-{d}",
    ),
    "month": (r"(?:(?i:the\s+end\s+of)\s+)?{month}(?:\s+{y})?",),
    "quarter": (
        r"(?:(?i:the\s+end\s+of)\s+)?(?:(?i:the)\s+)?{q}\s+(?i:quarter)(?:\s+(?i:of)\s+{y})?",
        r"Q{q}(?:\s+{y})?",
    ),
    "year": (r"(?:(?i:the\s+end\s+of)\s+)?{y}",),
    "month_end": (r"(?i:(?:the\s+)?end\s+of\s+(?:the|this)\s+month|month[-\s]end|the\s+month's\s+end)",),
    "next_month_end": (r"(?i:(?:the\s+)?end\s+of\s+next\s+month)",),
    "year_end": (r"(?i:(?:the\s+)?end\s+of\s+(?:the|this)\s+year|year[-\s]end|the\s+end\s+of\s+the\s+fiscal\s+year)",),
    "quarter_end": (r"(?i:(?:the\s+)?end\s+of\s+(?:the|this)\s+quarter|quarter[-\s]end)",),
    "weekday": (r"(?:(?i:next|this)\s+)?{weekday}",),
    "relative": (r"(?:(?i:the\s+next)\s+)?{n}\s+(?P<unit>(?i:days?|weeks?|months?))",),
    "open": (
        r"(?:(?i:the)\s+)?(?i:next)\s+(?:(?i:regular|board|regular\s+board|committee|council)\s+)?(?i:meeting)",
        r"(?i:ongoing|as\s+soon\s+as\s+possible|asap)",
        r"(?:(?i:the)\s+)?(?i:next|second|third|final)\s+(?i:reading)",
    ),
}
UNITS = {"day": 1, "days": 1, "week": 7, "weeks": 7, "month": 30, "months": 30}
WEEKDAYS = {"monday": 0, "tuesday": 1, "wednesday": 2, "thursday": 3, "friday": 4, "saturday": 5, "sunday": 6}
QUARTERS = {"first": 1, "second": 2, "third": 3, "fourth": 4, "1": 1, "2": 2, "3": 3, "4": 4}
NUMBER_WORDS = {**lexicon.NUMBER_WORDS, "thirty": 30, "a": 1}  # "within thirty days", "within a week"

# reports on earlier tasks -----------------------------------------------------------------------------------
REVIEW_SECTIONS = (  # regex: a title or label opening the review of earlier tasks
    r"(?i:(?:updates?|reports?|review|status|progress)\s+(?:on|of)\s+(?:the\s+)?"
    r"(?:(?:previous|prior|open|outstanding|earlier|pending|last\s+month's)\s+)?(?:action\s+items|actions|assignments|tasks)|"
    r"action\s+items\s+from\s+(?:the\s+)?(?:previous|last|prior)|(?:previous|prior|outstanding|open|old)\s+action\s+items|"
    r"follow[-\s]?ups?\s+(?:on|of|from)\s+(?:the\s+)?(?:previous|prior|earlier|last|outstanding|open)|"
    r"(?:previous|prior|last\s+month's)\s+actions|matters\s+arising|old\s+business|unfinished\s+business|"
    r"action\s+(?:log|tracker)|(?:actions?|items?|tasks?)\s+from\s+(?:the\s+)?(?:last|previous|prior|[A-Z]\w+)\b|"
    r"status\s+of\s+(?:the\s+)?(?:items|actions|tasks)|[\w\s]{0,30}?progress\s+since\b)",
)
STATUS_WORDS = (  # every STATUS entry holds one of these
    "not",
    "outstanding",
    "incomplete",
    "overdue",
    "pending",
    "progress",
    "under",
    "ongoing",
    "in process",
    "partially",
    "being",
    "done",
    "complete",
    "finished",
    "accomplished",
    "closed",
    "installed",
    "submitted",
    "delivered",
    "resolved",
    "in service",
    "sent",
    "paid",
    "signed",
    "carried",
    "deferred",
    "in hand",
    "fixed",
    "✔",
    "✓",
)
STATUS = {
    "not_done": (
        r"(?i:not\s+(?:yet\s+)?(?:done|complete[d]?|finished|started)|not\s+yet\s+[a-z]+|outstanding|incomplete|"
        r"overdue|pending|carried\s+forward|deferred)",
    ),
    "in_progress": (
        r"(?i:in\s+progress|under\s?way|ongoing|in\s+process|in\s+hand|partially\s+(?:done|complete[d]?)|"
        r"under\s+review|"
        r"(?:still\s+)?being\s+(?:drafted|prepared|finali[sz]ed|reviewed|updated|arranged|collected))",
    ),
    "done": (
        r"(?<!\w)(?i:done|complete[d]?|finished|accomplished|closed|installed|submitted|delivered|resolved|"
        r"in\s+service|sent|paid|signed|fixed)(?!\w)|[✔✓]",
    ),
}
STRONG_STATUS = (
    r"(?i:reported\s+that|(?:is|are|was|were|has\s+been|have\s+been|remains|remain)\s+(?:now\s+|still\s+)?"
    r"(?:complete[d]?|done|finished|in\s+progress|under\s?way|outstanding|pending|ongoing|in\s+service)|"
    r"\((?:done|complete[d]?|in\s+progress|pending|outstanding)\))",
)
REPORT_JOINERS = (r"^(?i:and|but|while|whereas|however),?\s+",)  # regex: cut from the start of a task
REPORTER_VERBS = (  # regex: after a person, what makes them the reporter rather than the one who did the task
    r"^(?i:reported|said|noted|confirmed|stated|informed\s+the\s+\w+|announced)(?:\s+(?i:that))?\s*[:,]?\s*",
)
REPORT_PREFIXES = (r"^.*?(?i:reported|said|noted|confirmed)\s+(?:(?i:that)\s+)?",)
REPORT_TAILS = (  # regex: cut from the end of a reported task
    r"[\s:,;–\-]*(?:(?<!\w)(?i:is|was|are|were|has\s+been|have\s+been|had\s+been|now|still|remains|remain)\s*)*"
    r"[\s:,;–\-]*$",
)
