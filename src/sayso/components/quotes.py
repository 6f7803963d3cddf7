"""Quotation marks of every style, paired in one linear pass.

Pairs: „…“ „…” »…« «…» “…” "…" ‚…‘ ‘…’ '…'. A quotation never crosses a line break, and
a second opening mark of a kind that is already open abandons the first: an unbalanced mark
therefore loses only its own stretch of text, never the rest of the article, and hostile
input (an unclosed „ repeated 10,000 times) stays linear.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

# opening mark -> the marks that close it
CLOSERS: dict[str, str] = {
    "„": "“”\"",
    "“": "”",
    "»": "«",
    "«": "»",
    "\"": "\"",
    "‚": "‘’",
    "‘": "’",
    "'": "'",
}
_MARKS = re.compile(r"[„“”»«\"‚‘’'\n]")
_SINGLE = frozenset("‚‘’'")


@dataclass(frozen=True, slots=True)
class Quote:
    start: int  # at the opening mark
    end: int  # after the closing mark
    level: int  # 0 for a top-level quotation, 1 for one nested inside another

    @property
    def inner(self) -> tuple[int, int]:
        return self.start + 1, self.end - 1


def _alnum(text: str, i: int) -> bool:
    return 0 <= i < len(text) and text[i].isalnum()


def find_quotes(text: str) -> list[Quote]:
    stack: list[tuple[str, int]] = []
    out: list[Quote] = []
    for m in _MARKS.finditer(text):
        ch = m.group()
        i = m.start()
        if ch == "\n":
            stack.clear()
            continue
        before, after = _alnum(text, i - 1), _alnum(text, i + 1)
        if ch in _SINGLE and before and after:
            continue  # an apostrophe inside a word: don't, Clinton’s
        # close the innermost open quotation this mark can close
        closed = False
        for depth in range(len(stack) - 1, -1, -1):
            opener, pos = stack[depth]
            if ch in CLOSERS[opener] and not (ch in _SINGLE and not before and after):
                if i - pos > 1:
                    out.append(Quote(pos, i + 1, depth))
                del stack[depth:]
                closed = True
                break
        if closed or ch not in CLOSERS:
            continue
        if ch in _SINGLE and (before or not after) and ch != "‚":
            continue  # a single mark that cannot open here is an apostrophe
        for depth, (opener, _) in enumerate(stack):
            if opener == ch:
                del stack[depth:]  # the earlier one was never closed
                break
        stack.append((ch, i))
    out.sort(key=lambda q: q.start)
    return out
