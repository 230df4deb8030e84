"""English wording of agenda items and section titles: plain data, read by `extract/topics.py` through
`domain_data("en", "topics")`. Entries are regular expressions, matched case-insensitively where marked (?i:).
"""

from __future__ import annotations

CONTENT_START = (r"^(?i:agenda|order of business|business|proceedings|discussion items)\b",)
AGENDA_LABELS = (r"^(?i:agenda(?: items)?|order of business)\s*[:：]\s*",)
ITEM_LABELS = (r"^(?i:item|agenda item)\s+#?\d{1,2}[a-z]?\s*[:.–-]\s*",)
SUBITEM_SECTIONS = (r"^(?i:old business|new business|unfinished business|other business|agenda)\b",)
EXCLUDE = (  # lines that are parts of any minutes, not topics
    r"^(?i:call(?:ed)? to order|roll call|attendance|present|absent|also present|members present|members absent|"
    r"guests|regrets|staff present|adjourn|adjournment|the meeting adjourned|respectfully submitted|signed|"
    r"approved:|date:|time:|location:|place:|recorder|recording secretary|motion|moved|seconded|resolved)\b",
)
EXCLUDE_TITLES = (  # whole titles that are parts of any minutes, not topics
    r"(?i:action\s+items?|new\s+action\s+items|actions?|agenda|directors\s+present|attendees|apologies|"
    r"declarations?\s+of\s+interests?|date\s+of\s+(?:the\s+)?next\s+meeting|next\s+meeting|welcome|close|closing|"
    r"opening|staff\s+direction|direction\s+to\s+staff|purpose\s+of\s+the\s+meeting|quorum)",
)
TOPIC_LINES = (r"^(?i:topic|subject|special\s+topic)\s*[:：]\s*(?=\S)",)  # a line that is a topic as a whole
SUBTITLE_LABELS = ("topic", "subject", "theme", "re", "special topic")  # "Topic: …" keeps what follows the colon
END = (r"^(?i:respectfully submitted|there being no further business|the meeting (?:was )?adjourned)",)
