"""Signature blocks: the short blocks at the end of minutes where the recorder and the chair sign.

The signature starts at the earliest block, among the short blocks that end the document, that holds a
signing role on a line of its own ("THƯ KÝ", "CHỦ TRÌ", "T/M CHI BỘ", "(Ký, ghi rõ họ tên)", "Secretary",
"Chair"), a line such as "Grace Nakamura, Secretary", or a closing formula ("Respectfully submitted"); it
runs to the end. A table counts when it is small (at most three columns) and its first row holds such
lines only ("THƯ KÝ | CHỦ TRÌ").
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import TYPE_CHECKING

from ingest.document import BlockKind

if TYPE_CHECKING:
    from ingest.draft import Draft

_ROLE = (
    r"(?:thư\s+ký(?:\s+(?:cuộc\s+họp|hội\s+nghị|buổi\s+họp))?|chủ\s+trì(?:\s+hội\s+nghị)?|chủ\s+tọa"
    r"|(?:phó\s+)?bí\s+thư(?:\s+chi\s+bộ)?|(?:phó\s+)?chủ\s+tịch|(?:người\s+)?ghi\s+biên\s+bản"
    r"|thu\s+ky|chu\s+tri|chu\s+toa|(?:pho\s+)?bi\s+thu(?:\s+chi\s+bo)?|(?:nguoi\s+)?ghi\s+bien\s+ban"  # unaccented
    r"|\(\s*da\s+ky\s*\)"
    r"|(?:t/m|k/t|tm\.?|kt\.?)\s+\S+(?:\s+\S+){0,3}?"
    r"|\(\s*ký,?\s+(?:và\s+)?ghi\s+rõ\s+họ\s+(?:và\s+)?tên\s*\)|\(\s*ký\s+tên\s*\)|\(\s*đã\s+ký\s*\)"
    r"|(?:(?:recording|hon\.?|honorary)\s+)?secretary|chair(?:person|man|woman)?|(?:vice[\s-]+)?president|clerk|recorder"
    r"|minutes\s+(?:taker|recorder))"
)
_ROLES_LINE = re.compile(rf"{_ROLE}[.:,]?(?:\s+{_ROLE}[.:,]?)*", re.IGNORECASE)
_NAMED_ROLE = re.compile(rf"[^\W\d][^:;\d]{{0,50}},\s*{_ROLE}\.?", re.IGNORECASE)
_CLOSING = re.compile(
    r"(?:respectfully\s+submitted|submitted\s+by|minutes\s+(?:recorded|taken|prepared)\s+by|attest)\b",
    re.IGNORECASE,
)

_WINDOW = 10  # how many blocks from the end are looked at
_MAX_LINE = 80
_MAX_LINES = 6
_MAX_COLUMNS = 3
_MAX_ROWS = 8


def is_signature_line(line: str) -> bool:
    """A line that opens or names a signature ("THƯ KÝ", "Respectfully submitted,", "Ann Lee, Secretary")."""
    line = line.strip()
    return bool(_ROLES_LINE.fullmatch(line) or _NAMED_ROLE.fullmatch(line) or _CLOSING.match(line))


def mark_signatures(drafts: list[Draft]) -> None:
    """Set the kind of the trailing signature blocks of `drafts` to SIGNATURE, in place."""
    start: int | None = None
    for index in range(len(drafts) - 1, max(-1, len(drafts) - 1 - _WINDOW), -1):
        draft = drafts[index]
        if not _is_short(draft):
            break
        if _opens_signature(draft):
            start = index
    if start is not None:
        for draft in drafts[start:]:
            draft.kind = BlockKind.SIGNATURE


def _opens_signature(draft: Draft) -> bool:
    """A text block with a signature line, or a table whose first row names the signers in every cell."""
    if draft.rows is None:
        return any(is_signature_line(line) for line in draft.text.splitlines())
    for row in draft.rows:
        firsts = [cell.strip().splitlines()[0] for cell in row if cell.strip()]
        if firsts:
            return all(is_signature_line(line) for line in firsts)
    return False


def _lines(draft: Draft) -> Iterator[str]:
    if draft.rows is None:
        yield from draft.text.splitlines()
    else:
        for row in draft.rows:
            for cell in row:
                yield from cell.splitlines()


def _is_short(draft: Draft) -> bool:
    if draft.rows is not None:
        columns = max((len(row) for row in draft.rows), default=0)
        if columns > _MAX_COLUMNS or len(draft.rows) > _MAX_ROWS:
            return False
        return all(len(line.strip()) <= _MAX_LINE for line in _lines(draft))
    lines = [line for line in draft.text.splitlines() if line.strip()]
    return len(lines) <= _MAX_LINES and all(len(line.strip()) <= _MAX_LINE for line in lines)
