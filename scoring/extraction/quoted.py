"""The seeker's own message quoted under an employer's reply is not part of the offer.

A seeker who pastes a recruiter's e-mail often pastes the thread: the reply on top, then "On Tue, Mar 4, Denise
Harper wrote:" and Denise's own question in "> " lines ("do I have to pay for the training?"). Read as the
offer, that question becomes a training fee. The quote is the seeker's when the reply greets the person the
quote's header names ("Hi Denise," ... "Denise Harper wrote:"); its lines are blanked, keeping every offset, so
that nothing in them is read. Deeper quotes (">> ") under it are the employer's earlier message and are kept.
Outlook-style threads ("From: Jordan L." / "Sent: Monday 9:14 AM" and the message below, unmarked) are read the
same way: the seeker's message runs to the next "From:" header or to the end.
In a chat pasted with speaker labels ("Kiara: someone messaged me on WhatsApp saying they're your HR ... Is that
you?"), the seeker's turn that tells what someone else did is set aside when the recruiter's next turn denies it
("That's not us"): the impostor's chat app, check or fee belongs to no offer.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from itertools import accumulate, islice

# The reply's greeting: "Hi Denise,", "Hoi Bas,", "Walaikum Assalam Nimra,", "Magandang araw Camille!", first
# in its line (a subject or "From:" line may come before it)
GREETING = re.compile(
    # after a channel's or a notice's label: "SMS: Hi Rachelle, ...", "انٹرویو یاد دہانی: محترم حسن صاحب"
    r"^[ \t]*(?:[^\n:]{0,30}(?:sms|e-?mail|text|whatsapp|viber|telegram|message|reminder|herinnering|paalala"
    r"|یاد دہانی|پیغام|ای میل)[^\n:]{0,20}:[ \t]*)?"
    r"(?:hi|hello|hey|dear|hoi|hallo|beste|goeie\s?(?:more|middag|dag)|(?:wa?\s?)?alaikum\s+(?:as)?salam|"
    r"as?salam\s?o?\s?alaikum|salam|magandang\s+\w+|kumusta|محترمہ|محترم|جناب|عزیز|پیارے)[\s,!]+"
    r"(?:(?:ms|mr|mrs|miss|mx|dr|sir|ma'?am|mevrouw|meneer|mnr|mev|me|mej)\b\.?\s+)?"  # "Dear Ms. Sneha Arora,"
    r"(?P<name>[^\W\d_][\w'-]{1,30})",
    re.IGNORECASE | re.MULTILINE,
)
HEADER_WORDS = r"wrote|schreef|geskryf|skryf|nag-?sulat|ne likha|نے لکھا"
# A quote's header line, itself perhaps quoted: "> On Sun, 10 Aug 2025, Nimra Khalid wrote:",
# "Op wo 22 okt 2025 om 10:14 schreef Bas Kuipers:", "Op 3 Mrt 2025 het Thandi geskryf:"
HEADER = re.compile(
    r"^(?P<depth>(?:>[ \t]?)*)"
    r"(?P<line>(?:[^\n<>]|<[^\n<>]{0,80}>){0,200}"  # an address in brackets: "Tom Alvarez <tom88@yahoo.com> wrote:"
    rf"\b(?:{HEADER_WORDS})\b[^\n>:]{{0,60}}:)[ \t]*$",
    re.IGNORECASE | re.MULTILINE,
)
# The whole quote on its header's line: "> Jerome wrote: Ma'am may babayaran po ba ako para sa laptop?"
INLINE_HEADER = re.compile(
    rf"^(?P<depth>(?:>[ \t]?)+)(?P<line>[^\n<>:]{{1,80}}?\b(?:{HEADER_WORDS})\b[ \t]*:)[ \t]*\S",
    re.IGNORECASE | re.MULTILINE,
)
HEADER_LINES_BACK = 3  # a greeting under its header, perhaps after a blank line or two
# A real thread quotes the seeker once or twice; past this many, the rest of a pasted text is read as it is.
MAX_QUOTES = 20
QUOTE_MARKS = re.compile(r"^(?:>[ \t]?)*")
# An Outlook-style header: "From: Jordan L." with "Sent:", "Date:", "To:" or "Subject:" on one of the next lines.
FROM_HEADER = re.compile(
    r"^(?:>[ \t]?)*(?:from|van|vanaf)[ \t]*:[ \t]*(?P<line>[^\n]{1,160})\n(?:[^\n]*\n){0,2}?"
    r"(?:>[ \t]?)*(?:sent|date|to|subject|verzonden|datum|aan|onderwerp|gestuur)[ \t]*:",
    re.IGNORECASE | re.MULTILINE,
)


# A speaker's label at the start of a line: "Kiara:", "Reply from Sneha:", "From: Jordan Pike", "HR (Viber):".
TURN_LABEL = re.compile(
    r"^[ \t]*(?:reply from[ \t]+|from[ \t]*:[ \t]*)?(?P<who>[^\W\d_][\w'.-]*(?:[ \t]+[^\W\d_][\w'.-]*){0,3})"
    # ... or a chat's name line with the sender's company: "Jasmine R. - Mesa Verde Home Warranty"
    r"[ \t]*(?:\([^)\n]{0,30}\))?[ \t]*(?::|$|[ \t][-–|][ \t][^\n:]{1,60}$)",
    re.IGNORECASE | re.MULTILINE,
)
# What someone else did, told by the seeker: "someone messaged me on WhatsApp saying they're from your HR", "my last
# 'job offer' wanted me to pay for a starter kit", "may nag-message sa akin", "Kisi ne WhatsApp pe message kiya tha".
REPORTED = re.compile(
    r"\b(?:someone|somebody|some (?:guy|lady|person|recruiter)"
    r"|(?:a|an|one) (?:guy|lady|person|recruiter|woman|man|consultant|caller|agent|agency|number|stranger)"
    r" (?:on|from|who|called|messaged|texted|contacted|e-?mailed|said|asked)"
    r"|another (?:recruiter|company|agency)|my (?:last|previous|old) [\"'“]?(?:job|offer|employer|recruiter)"
    # "the last "job" i got told me to buy gift cards", "that other one that wanted R500 for 'training material'"
    r"|(?:the|that) (?:last|previous|other) [\"'“]?(?:job|offer|employer|recruiter|company|one)\b[\"'”]?"
    r" (?:i|that|who|which)"
    r"|kisi ne|koi (?:banda|shakhs|aadmi)|may nag-?(?:message|text|chat|pm|call|email)|iemand|'n ander)\b|کسی نے",
    re.IGNORECASE,
)
# The recruiter's answer that disowns it, in its first words: "That's not us", "No, that is not from us",
# "So sorry that happened. No, ...", "Hindi po sa amin yan", "Nahi, hum ... nahi karte", "Nee, dat zijn wij niet".
DISOWNED = re.compile(
    r"\bnot (?:from )?us\b|\bno\b|\bnope\b|\bnever\b|\bnahi|\bhindi\b|\bnee\b|\bnie\b|\bblock\b|\bignore\b"
    r"|\bscam|\bfake\b|\bimpost|niet van ons|nie van ons|wij niet|ons nie|hum nahi|نہیں",
    re.IGNORECASE,
)
# The seeker's own label when the seeker pasted the chat: "Me:", "Ako:", "Ek:", "Ik:", "Main:".
SEEKER_SELF = re.compile(r"^(?:me|ako|ek|ik|main|میں)$", re.IGNORECASE)
DISOWNED_REACH = 160  # characters of the next turn, after its label


def _depth(line: str) -> int:
    return QUOTE_MARKS.match(line).group().count(">")


def _reported_turns(text: str, name: re.Pattern, starts: list[int]) -> set[int]:
    """The lines of the seeker's chat turns that tell what someone else did, when the next turn disowns it."""
    labels = [m for m in TURN_LABEL.finditer(text) if m.group("who").strip()]
    lines: set[int] = set()
    turns = 0
    for label, following in zip(labels, labels[1:], strict=False):
        if not name.search(label.group("who")) or name.search(following.group("who")):
            continue
        if not REPORTED.search(text, label.end(), following.start()):
            continue
        if not DISOWNED.search(text, following.end(), following.end() + DISOWNED_REACH):
            continue
        first = bisect_right(starts, label.start()) - 1
        lines.update(range(first, bisect_right(starts, following.start()) - 1))  # up to the next label's line
        turns += 1
        if turns == MAX_QUOTES:
            break
    return lines


def _under_a_header(text: str, start: int) -> bool:
    """Whether the line before `start`'s line (a blank line or two skipped) is a quote's header ("Tasha M. wrote:").
    Reads only those few lines, however long the text before them."""
    end = text.rfind("\n", 0, start)
    for _ in range(HEADER_LINES_BACK):
        if end < 0:
            return False
        begin = text.rfind("\n", 0, end) + 1
        line = text[begin:end]
        if line.strip():
            return HEADER.fullmatch(line) is not None
        end = begin - 1
    return False


def blank_seekers_quote(text: str) -> str:
    """`text` with the lines of the seeker's own quoted message turned to spaces (same length, same lines).

    Linear in the text: a pasted 200,000-character text of nothing but quote headers must not pin a worker, so
    line numbers come from one table of line starts, and at most MAX_QUOTES of the seeker's quotes are set aside
    (a real thread holds one or two)."""
    if "\n" not in text:
        return text  # a thread has lines
    # (a greeting just under a quote's header is the quoted writer's: "Tasha M. <...> wrote:\nHi Jasmine, ..." greets
    # the recruiter, whose reply further down greets the seeker)
    greeting = next(
        (g for g in islice(GREETING.finditer(text), MAX_QUOTES) if not _under_a_header(text, g.start())), None
    )
    lines = text.split("\n")
    starts = list(accumulate((len(line) + 1 for line in lines[:-1]), initial=0))
    if greeting is None:  # a chat pasted by the seeker may still label the seeker's own turns "Me:"
        blank = _reported_turns(text, SEEKER_SELF, starts)
        return _blanked(lines, blank) if blank else text
    name = re.compile(rf"\b{re.escape(greeting.group('name'))}\b", re.IGNORECASE)
    blank: set[int] = set()
    quotes = 0
    for header in HEADER.finditer(text):
        number = bisect_right(starts, header.start()) - 1
        if number in blank or not name.search(header.group("line")):
            continue
        depth = header.group("depth").count(">")
        # The quote's own depth: one more than its header's, or the same when the header is quoted with it
        # ("> On Sun, 10 Aug 2025, Nimra Khalid wrote:" above "> Assalam o Alaikum sir, ...").
        target = next((_depth(lines[i]) for i in range(number + 1, len(lines)) if lines[i].strip()), 0)
        if target == 0 or target not in (depth, depth + 1):
            continue
        blank.add(number)  # the header too: it holds the seeker's own address ("Tom Alvarez <tom88@yahoo.com> wrote:")
        for i in range(number + 1, len(lines)):
            quoted = _depth(lines[i])
            if quoted < target and lines[i].strip():
                break  # the quote has ended
            if quoted == target:
                blank.add(i)
        quotes += 1
        if quotes == MAX_QUOTES:
            break
    for header in INLINE_HEADER.finditer(text):
        number = bisect_right(starts, header.start()) - 1
        if quotes >= MAX_QUOTES or number in blank or not name.search(header.group("line")):
            continue
        depth = header.group("depth").count(">")
        blank.add(number)
        for i in range(number + 1, len(lines)):  # the same quote going on in lines of its own
            if _depth(lines[i]) != depth or not lines[i].strip():
                break
            blank.add(i)
        quotes += 1
    # Outlook style: from the seeker's header to the next header of someone else, or to the end.
    headers = [(m.start(), bool(name.search(m.group("line")))) for m in FROM_HEADER.finditer(text, greeting.end())]
    following_other, ends = len(text), []
    for start, seekers in reversed(headers):
        ends.append(following_other)
        if not seekers:
            following_other = start
    quotes = 0
    for (start, seekers), end in zip(headers, reversed(ends), strict=True):
        first = bisect_right(starts, start) - 1
        if not seekers or first in blank:
            continue
        last = bisect_right(starts, end - 1) - 1 if end < len(text) else len(lines) - 1
        blank.update(range(first, last + 1))
        quotes += 1
        if quotes == MAX_QUOTES:
            break
    blank.update(_reported_turns(text, re.compile(f"{name.pattern}|{SEEKER_SELF.pattern}", re.IGNORECASE), starts))
    return _blanked(lines, blank) if blank else text


def _blanked(lines: list[str], blank: set[int]) -> str:
    return "\n".join(" " * len(line) if i in blank else line for i, line in enumerate(lines))
