"""English wording of attendance lists (who was present, absent, a guest, late, left early): plain data,
loaded with `domain_data("en", "attendance")`.

Phrases are matched case-insensitively and without diacritics; entries marked *regex* are regular-expression
fragments.
"""

from __future__ import annotations

# A label, at the start of a line or after ";", "." or "|", then at most a few words and ":" (or a joiner).
LABELS: dict[str, tuple[str, ...]] = {
    "present": (
        "present",
        "members present",
        "board members present",
        "trustees present",
        "directors present",
        "councillors present",
        "councilors present",
        "commissioners present",
        "committee members present",
        "voting members present",
        "members in attendance",
        "attendees",
        "attending",
        "the following members were present",
        "the following were present",
        "those present",
        "present were",
        "here",
    ),
    "absent": (
        "absent",
        "members absent",
        "board members absent",
        "trustees absent",
        "directors absent",
        "councillors absent",
        "councilors absent",
        "commissioners absent",
        "not present",
        "not here",
    ),
    "excused": (
        "regrets",
        "apologies",
        "apologies for absence",
        "absent with notice",
        "excused",
        "excused absences",
        "excused absence",
        "absent (excused)",
        "absent, excused",
        "members absent (excused)",
    ),
    "unexcused": (
        "absent without notice",
        "unexcused",
        "unexcused absences",
        "unexcused absence",
        "absent (unexcused)",
        "absent, unexcused",
    ),
    "guest": (
        "guests",
        "guest",
        "also present",
        "also in attendance",
        "also there",
        "also",
        "also attending",
        "staff present",
        "staff",
        "others present",
        "visitors",
        "invited guests",
    ),
    "higher": (),
    "attendance": ("in attendance",),  # members when no list of members stands before it; guests after one
    "roll": (
        "members",  # "Members: A (chair), B (minutes), C (absent), D (apologies)": each with a status or present
        "trustees",
        "roll call",
        "roll-call",
        "attendance roll call",
        "roll call of officers",
        "roll call of members",
        "roll call of directors",
    ),
}
SUBLABELS: dict[str, tuple[str, ...]] = {
    "excused": ("excused", "with notice"),
    "unexcused": ("unexcused", "without notice"),
}
JOINERS = (
    "were received from",
    "was received from",
    "received from",
    "were",
    "was",
    "included",
)  # "In attendance were …": a label's value after these, without ":"
GUEST_HEADS = (
    r"^\W*(?:also present|also in attendance|guests present|staff present)\s+were\s*:?\s*$",
)  # regex, folded
GUEST_INTROS = ("also present were", "also in attendance were", "also attending were")
GUEST_VERBS: tuple[str, ...] = ()
HIGHER_LEVEL: tuple[str, ...] = ()
MEMBER_ROLES: tuple[str, ...] = ()
ITEM_LEADS = ("including", "incl.", "namely", "among them")  # words before a list item's name
# regex on folded text: the end of a sentence saying its people were absent ("Cllr X was absent without apology")
ABSENT_TAIL = (
    r"\s+(?:was|were)\s+(?:absent|not\s+present)(?:\s+(?:(?P<unexcused>without\s+(?:apology|apologies|notice|explanation))|"
    r"(?P<excused>with\s+(?:apology|apologies|notice))))?\s*$"
)
HONORIFICS = (
    "cllr",
    "county cllr",
    "district cllr",
    "councilmembers",
    "councillors",
    "councilors",
    "commissioners",
    "trustees",
    "directors",
    "mr",
    "mrs",
    "ms",
    "miss",
    "dr",
    "prof",
    "rev",
    "hon",
    "sir",
    "dame",
)
ABBREVIATIONS = ("mr", "mrs", "ms", "dr", "prof", "rev", "hon", "st", "jr", "sr", "no", "vs")
LIST_JOINERS = ("and", "&")
ROLE_CONTINUES_LOWER = False
EXCUSED_WORDS = ("excused", "with notice", "with apologies", "apologies", "regrets", "notified")
UNEXCUSED_WORDS = (
    "unexcused",
    "without notice",
    "no notice",
    "not excused",
    "no apologies",
    "without apology",
    "without apologies",
    "no apology",
)
REASON_MEANS_EXCUSED = False  # "Absent: Mary Poe (ill)" does not say whether the absence was excused
ALL_WORDS = ("all", "both")
HIGHER_LEVEL_PATTERNS: tuple[str, ...] = ()
REASON_PREFIXES = ("reason", "due to", "because of")
STATUS_PRESENT = ("present", "here", "yes", "y", "p", "x", "✓", "✔", "√", "attended", "in person", "remote", "online")
ABSENT_LEADS = ("absent",)  # a note beginning with the status: "Vắng có lý do (…)"
STATUS_ABSENT = ("absent", "no", "n", "a", "-", "excused", "regrets", "apologies", "unexcused", "✗", "✘")
ABSENT_TABLE_HEADERS = ("reason for absence", "reason absent")  # a table of absentees and reasons
NAME_HEADERS = ("name", "member", "members", "trustee", "director", "councillor", "councilor", "commissioner")
STATUS_HEADERS = ("present/absent", "present / absent", "attendance", "status", "attended", "roll call")
PRESENT_HEADERS = ("present",)
ABSENT_HEADERS = ("absent", "apologies", "regrets", "excused", "absent (excused)")
EXCUSED_HEADERS = ("apologies", "regrets", "excused", "absent (excused)")  # an absent column saying excused
REASON_HEADERS = ("reason", "notes", "note", "remarks", "comments")
ROLE_HEADERS = ("role", "position", "title", "office")
# late arrivals and early departures: *regex* written right after a person ("… arrived at 7:15 p.m.")
LATE_PATTERNS = (
    r"(?i:arrived|joined\s+the\s+(?:meeting|call|session)|joined(?=\s+(?:at|during|late)\b)|entered\s+the\s+meeting|"
    r"came\s+in(?=\s+(?:late|at|during)\b)|was\s+late)",
)
LEFT_PATTERNS = (
    r"(?i:left\s+the\s+(?:meeting|call|session|room)|left\s+(?:early|at)|left(?=\s+\d)|departed|"
    r"excused\s+(?:himself|herself|themselves)|withdrew\s+from\s+the\s+meeting|exited\s+the\s+meeting)",
)
# words that may stand between a label and its ":" ("Present at the meeting (7 members):")
FILLER_WORDS = (
    "at the meeting",
    "at this meeting",
    "at meeting",
    "the following",
    "following",
    "members",
    "member",
    "board members",
    "trustees",
    "directors",
    "councillors",
    "councilors",
    "commissioners",
    "of",
    "out of",
    "total",
    "in person",
    "remotely",
    "virtually",
    "were",
    "are",
    "being",
    "namely",
)
# a capitalised phrase holding one of these words is a role, not a name ("Mark Lee, Finance Officer")
ROLE_WORDS = (
    "officer",
    "director",
    "manager",
    "librarian",
    "clerk",
    "secretary",
    "treasurer",
    "chair",
    "coordinator",
    "counsel",
    "attorney",
    "solicitor",
    "engineer",
    "administrator",
    "superintendent",
    "planner",
    "assistant",
    "president",
    "representative",
    "liaison",
    "consultant",
    "auditor",
    "accountant",
    "supervisor",
    "principal",
    "head",
    "chief",
    "deputy",
    "staff",
    "member",
    "members",
    "public",
    "library",
    "city",
    "county",
    "department",
    "friends",
    "management",
    "company",
    "inc",
    "llc",
    "ltd",
    "services",
    "group",
    "corporation",
    "office",
    "police",
    "association",
    "committee",
    "council",
    "board",
)
# words of LATE_PATTERNS / LEFT_PATTERNS: a line holding none of them is not read for them
MOVEMENT_WORDS = (
    "arrived",
    "joined",
    "entered",
    "came",
    "late",
    "left",
    "departed",
    "excused",
    "withdrew",
    "exited",
    "returned",
    "rejoined",
    "re",
)
# the same in the note column of an attendance table, where no person stands before it ("Present (joined 14:20)")
NOTE_LATE_PATTERNS = (r"(?i:arrived|joined|came\s+in|late)",)
NOTE_LEFT_PATTERNS = (r"(?i:left|departed|leaving)",)
# a person who leaves and comes back has not left early: *regex*, written right after the person
RETURN_PATTERNS = (r"(?i:returned|rejoined|came\s+back|re-entered)",)
# who a "present" / "absent" label speaks of, written before it ("Council present:", "Director absent:")
LABEL_SUBJECTS = (
    "council",
    "council members",
    "board",
    "board members",
    "committee",
    "committee members",
    "commission",
    "members",
    "member",
    "trustees",
    "trustee",
    "directors",
    "director",
    "commissioners",
    "commissioner",
    "councillors",
    "councilors",
    "officers",
    "voting members",
    "governors",
    "elders",
    "wardens",
    "delegates",
    "stewards",
)
# phrases that open a list of excused absentees in prose: "Apologies were received from …"
EXCUSED_INTROS = (
    "apologies were received from",
    "apologies were received and accepted from",
    "apologies received from",
    "apologies for absence were received from",
    "regrets were received from",
    "absent with apologies were",
)
EXCUSE_HEADERS = ("excused", "excused?", "excused/unexcused", "excused / unexcused")
