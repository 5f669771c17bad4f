"""The extraction's fast paths are worked out from the patterns themselves, so they cannot drift from them."""

import json
import re
from pathlib import Path

import pytest

from scoring.extraction import money, regions, signals, spoken, terms
from scoring.extraction.prefilter import (
    DIGITS,
    crosses_full_stop,
    crosses_line,
    first_characters,
    never_starts_with_space,
    required_words,
)
from scoring.extraction.text import Lowered, Scanner, ci, matches_at
from tests.offers import corpus_records

BENCH = Path(__file__).resolve().parent.parent / "bench"


def _texts() -> list[str]:
    texts = [record["text"] for record in corpus_records()]
    for line in (BENCH / "dev_offers.jsonl").read_text().splitlines():
        record = json.loads(line)
        texts.append("\n".join(str(record.get(k) or "") for k in ("title", "description", "requirements")))
    return texts


def _patterns() -> dict[str, re.Pattern]:
    found = {}
    for module in (money, regions, signals, terms):
        for name, value in vars(module).items():
            regex = value.regex if isinstance(value, Lowered) else value
            if isinstance(value, str) and name.endswith("_PATTERN"):  # a cue list searched alternative by alternative
                regex = ci(value).regex
            if isinstance(regex, re.Pattern) and name.isupper():
                found[f"{module.__name__.rsplit('.', 1)[1]}.{name}"] = regex
    return found


def _pattern_objects() -> dict[str, Lowered]:
    return {
        f"{module.__name__.rsplit('.', 1)[1]}.{name}": value
        for module in (money, regions, signals, terms)
        for name, value in vars(module).items()
        if isinstance(value, Lowered) and name.isupper()
    }


PATTERNS = _patterns()
PATTERN_OBJECTS = _pattern_objects()
# Phrases the corpus happens not to hold; the patterns that end in "$" are tried on the words just before
# a match, so here they end the text.
SAMPLES = [
    "R250 per sale on funeral cover, ",
    "the $39 deposit is credited back ",  # money.PROMISED_BACK: read up to "after hire"
    "Walang ",
    "salary_range: ",
    "Quick apply\nFull legal name\nDate of birth\nSocial Security Number (for pre-screening)\n",
    "Phone surveys, paid per complete (",
    "Questions? We will",
    "You do not need to be a U.S. citizen; U.S. citizens or permanent residents welcome.",
    "You must be a U.S. citizen.",
    "Take a weekend getaway with your family.",
    "There is no",
    "Bilingual English and Spanish is a plus (+",
    "Paid training, plus paid study time and ",
    "Review customers' ",
    "I'll email your offer letter and your start date, okay?",
    "Starter kit needed: headset and SIM card – ",  # what precedes a price: money.KIT_LISTED_BEFORE
    "Rs 50,000, paid ",  # what precedes "training": money.PAID_BEFORE_KIND
    "You will help millions of players across the ",  # what precedes a place: regions.CUSTOMERS_THERE
    "process card refunds and explaining ",  # what precedes a fee the work explains: money.WORK_VERB_BEFORE
    "Har successful call (transfer) pe ",  # what precedes per-piece pay after a bracket: money.PER_PIECE_BRACKETED
    "Pay: eighteen fifty an hour, or sixty cents a call. Bonus twenty bucks. Tankhwah pachees hazar rupay mahana.",
    "Send us:\n- Full name: ____\n• SSN (for payroll)\nDate of birth:\n",
    "Once you pass you receive a flat ",  # what precedes a payment to the seeker: money.RECEIVED_BEFORE
    "Die opleiding is twee aande aanlyn, en word ",  # what precedes "teen R30 per uur": money.PASSIVE_BEFORE_TEEN
    "Commission ONLY, ₱500 per closed sale ng ",  # what precedes what a sale sells: money.PER_SALE_BEFORE
    "Netherlands residents only, you ",  # what precedes "need a Dutch BSN": signals.YOU_BEFORE
    "ok but she didn't say if the ",  # what precedes "training is paid": terms.IF_ASKED_BEFORE
    "paid to the screening company; nothing is ever owed ",  # what precedes "before an offer": money.NOTHING_DUE_BEFORE
    "Training: two paid days (",  # what precedes "$120 flat)": money.PAID_TO_YOU_BEFORE
    "Do I handle money? No. Customers ",  # what precedes "pay the company directly": money.OTHERS_PAY
    "Het uurloon voor thuiswerkende medewerkers is ",  # what precedes "€12,50 bruto": money.HOURLY_NAMED_FAR
    "Never any ",  # what precedes "fees" before the pay ("Never any fees. $16/hr"): money.FEE_DENIED_BEFORE
    "- Fee: ",  # a line's label before a freelancer's rate ("- Fee: €0.19 per call minute"): money.FEE_LABEL_BEFORE
    "Training - 4 days online, paid as a flat ",  # what precedes "$120" paid to the seeker: money.PAID_AS_BEFORE
    "Pasted chat:\n[",  # what precedes "Messenger] Recruiter:": signals.APP_LINE_LABEL
]
TEXTS = _texts() + SAMPLES
# Patterns that are never searched through the text by sentence: helpers matched at a known offset or in a
# sentence already found.
WHOLE_TEXT = {
    "money.MONEY_START",
    "money.DIGIT_RUN",  # where a number starts: the bare salaries are tried only there
    "money.MONTHLY_BY_WHAT_FOLLOWS",  # matched right after an amount: a line end is all it may need
    "money.YEARLY_BY_WHAT_FOLLOWS",  # the same
    "money.LABEL_OPENING",
    "money.LABEL_LINE_START",  # matched between a line's start and a cue: a bullet and "your" are all it may hold
    "money.NAME_BEFORE_KIND",  # matched between an amount and what it pays for: capitalised words are all it needs
    "money.WORDS_BEFORE_KIND",  # the same, any words
    "regions.CITY_BEFORE",
    "regions.TWO_LETTERS",
    "regions.ITEM_BEFORE",  # matched just before a place found: a list separator is all it may need
    "regions.ITEM_AFTER",  # matched just after it
    "terms.PRICED",
    "signals.LIST_SEPARATOR",
    "terms.CHOSEN_AFTER",  # matched right after an either/or question's mark: the word there is the answer
    "signals.LINE_START",  # matched just before a chat app: a line's start is all it needs
}


@pytest.mark.parametrize(
    ("pattern", "words"),
    [
        (r"\bwhats\s?app|telegram", ("telegram", "whats")),
        # A short optional piece is spelled out: "send the money" and its variants, not "send " alone.
        (
            r"send (?:the |a )?(?:money|funds)",
            ("send a funds", "send a money", "send funds", "send money", "send the funds", "send the money"),
        ),
        (r"top[- ]?up", ("top up", "top-up", "topup")),  # never "top", which every "laptop" holds
        (
            r"(?:buy|purchase) gift ?cards?",
            ("buy gift card", "buy giftcard", "purchase gift card", "purchase giftcard"),
        ),
        (r"(?:a|b|c|d|e|f|g|h|i|j|k|l|m|n|o|p|q)x", ("x",)),  # too many spellings: the shared letter
        (r"(?:one|two) (?:x|y)+z", ("one ", "two ")),
        (r"\d+ hours|hourly", (" hours", "hourly")),
        (r"(?:a|)b", ("b",)),
        (r"[a-z]+@", ("@",)),
        (r"\w+", None),  # nothing every match must contain: the whole text is read
        (r"x?y?", None),
    ],
)
def test_required_words_are_the_literals_every_match_contains(pattern, words):
    assert required_words(re.compile(pattern, re.IGNORECASE)) == words


def test_first_characters_cover_every_way_a_match_can_start():
    # "\d" also starts an amount written in Urdu digits ("۶۰,۰۰۰ روپے").
    assert first_characters(re.compile(r"\$|USD|\d")) == "".join(sorted("$Uu" + DIGITS))
    assert "۶" in first_characters(re.compile(r"\d")) and "7" in first_characters(re.compile(r"\d"))
    assert first_characters(re.compile(r"a?b")) is None


def test_only_the_helper_patterns_have_no_required_word():
    assert {name for name, regex in PATTERNS.items() if required_words(regex) is None} == WHOLE_TEXT


@pytest.mark.parametrize("name", sorted(set(PATTERNS) - WHOLE_TEXT))
def test_every_match_in_real_offers_contains_one_of_its_patterns_required_words(name):
    """Were a pattern's derived words wrong, reading would miss these matches; checked on every corpus offer."""
    regex = PATTERNS[name]
    words = required_words(regex)
    matches = 0
    for text in TEXTS:
        subject = text.lower() if regex.pattern == regex.pattern.lower() else text
        for m in regex.finditer(subject):
            matches += 1
            assert any(word in m.group().lower() for word in words), (name, m.group(), words)
    assert matches, f"{name} matches no corpus offer or sample: add a text it is meant to find"


def test_amounts_start_only_where_the_money_pattern_says_they_can():
    starts = first_characters(money.MONEY)
    for text in TEXTS:
        for m in money.MONEY.finditer(text):
            assert text[m.start()] in starts, m.group()


def test_money_alternatives_tried_one_by_one_find_what_the_single_alternation_finds():
    """Each money-handling alternative runs only where its own anchors are, yet the matches (and which kind
    each is) must be those of the one big alternation: leftmost first, the search going on after each."""
    alternation = ci(
        "|".join(f"(?P<{name}>{pattern})" for name, pattern in signals.MONEY_HANDLING).replace(
            r"[^.;\n]", signals.IN_SENTENCE
        )
    )
    compared = 0
    for text in TEXTS:
        scanner = Scanner(text)
        one_by_one = [(kind, m.span()) for kind, m in scanner.find_first_of(signals.MONEY_PATTERNS)]
        expected = [(m.lastgroup, m.span()) for m in alternation.finditer(scanner.low)]
        assert one_by_one == expected, text[:80]
        compared += len(expected)
    assert compared > 100


def test_anchor_index_finds_the_same_sentences_as_searching_word_by_word():
    texts = TEXTS[:400]
    for text in texts:
        Scanner(text).find(signals.CHAT_APP)  # the first offers teach the index every anchor set
    for name in sorted(set(PATTERNS) - WHOLE_TEXT):
        words = required_words(PATTERNS[name])
        for text in texts:
            scanner = Scanner(text)
            low = scanner.low
            by_word = sorted(i for word in words for i in range(len(low)) if low.startswith(word, i))
            expected = []
            for hit in by_word:
                if expected and hit < expected[-1][1]:
                    continue
                begin, end = scanner.sentence(hit, hit + 1)
                if expected and begin <= expected[-1][1]:
                    expected[-1] = (expected[-1][0], max(end, expected[-1][1]))
                else:
                    expected.append((begin, end))
            assert scanner.anchored(words) == expected, (name, text[:60])


def test_patterns_that_can_run_over_a_full_stop_are_told_apart_from_those_that_stop_at_one():
    assert crosses_full_stop(re.compile(r"code\b[^\n]{0,80}?\bdoorsturen"))
    assert crosses_full_stop(re.compile(r"a.b"))
    assert crosses_full_stop(re.compile(r"a\W+b"))
    assert not crosses_full_stop(re.compile(r"training\b[^.;\n]{0,40}\bunpaid"))
    assert not crosses_full_stop(re.compile(r"(?<![\d.,])\d{1,3}(?:[.,]\d{3})+"))  # a number's separator


def test_a_request_whose_anchor_word_is_in_the_next_sentence_is_still_found():
    """Only the sentences holding an anchor word are searched; a match over a full stop is anchored on the
    word after it ("doorsturen"), so the sentence before is searched too."""
    text = (
        "Je reactie hebben we ontvangen. Je krijgt zo een sms met een verificatiecode van 6 cijfers. "
        "Wil je die hier naar mij doorsturen? Dan bevestig ik je aanmelding."
    )
    scanner = Scanner(text)
    assert (
        [m.span() for m in scanner.find(signals.CODE_PASSED_ON)]
        == [m.span() for m in signals.CODE_PASSED_ON.finditer(scanner.low)]
        != []
    )


def test_the_long_personal_data_pattern_stays_within_its_anchors_sentences():
    """Searching a long pattern over the sentences beside every anchor too cost reading 3% of its time; the one
    request that runs over a full stop is a pattern of its own."""
    assert not any(crosses_full_stop(pattern.regex) for _, pattern in signals.PERSONAL_DATA)
    assert crosses_full_stop(signals.CODE_PASSED_ON.regex)


@pytest.mark.parametrize(
    "source, alternatives",
    [
        ("PERSONAL_DATA_PATTERN", signals.PERSONAL_DATA),
        ("FEE_CUE_PATTERN", money.FEE_CUES),
    ],
)
def test_cue_lists_tried_alternative_by_alternative_find_what_their_one_alternation_finds(source, alternatives):
    """Each alternative runs only in the sentences holding its own anchor words; the matches must still be those of
    the one alternation searched in the sentences holding any of them: leftmost first, the search going on after
    each."""
    pattern = getattr(signals, source, None) or getattr(money, source)
    alternation = ci(pattern)
    compared = 0
    for text in TEXTS:
        scanner = Scanner(text)
        one_by_one = [m.span() for _, m in scanner.find_first_of(alternatives)]
        assert one_by_one == [m.span() for m in scanner.find(alternation)], text[:80]
        compared += len(one_by_one)
    assert compared > 100


@pytest.mark.parametrize(
    ("pattern", "never"),
    [
        (r"\bfee\b|(?<!no )\bcost", True),  # starts with a word character after a \b or a look-behind
        (r"\b\w*kosten\b", True),
        (r"(?:pre-)?register", True),
        (r"\s?fee", False),  # may start with white space
        (r"[^.]{0,5}fee", False),  # a class that holds a space
        (r"x?", False),  # may match nothing, so anywhere
        (r"(?:a|\s)b", False),
    ],
)
def test_a_scan_skips_white_space_only_where_no_match_can_start_with_it(pattern, never):
    assert never_starts_with_space(re.compile(pattern)) is never


def test_patterns_that_can_take_a_line_break_are_told_apart_from_those_that_stay_on_one_line():
    assert crosses_line(re.compile(r"a\s+b"))
    assert crosses_line(re.compile(r"a[^x]b"))
    assert crosses_line(re.compile(r"(?s)a.b"))
    assert not crosses_line(re.compile(r"a.b"))  # "." takes no line break without re.DOTALL
    assert not crosses_line(re.compile(r"^[^\S\n]*ssn[^\n]{0,30}(?=\n)$", re.M))
    # The form-field patterns read line by line stay on their line; were one to change, it would read the whole text.
    assert not crosses_line(signals.FORM_FIELD)
    assert not crosses_line(signals.FORM_FIELD_BULLET)


@pytest.mark.parametrize("pattern", [signals.FORM_FIELD, signals.FORM_FIELD_BULLET], ids=["field", "bullet"])
def test_form_fields_searched_only_on_lines_holding_a_sensitive_word_are_those_of_the_whole_text(pattern):
    found = 0
    for text in TEXTS:
        lines = Scanner(text).lines_holding(pattern)
        by_line = [m.span() for a, b in lines for m in pattern.finditer(text, a, b)]
        assert by_line == [m.span() for m in pattern.finditer(text)], text[:80]
        found += len(by_line)
    assert found > 10


def test_bare_salaries_tried_at_the_start_of_each_number_are_those_of_the_whole_text():
    found = 0
    for pattern in (money.BARE_MONTHLY, money.BARE_K, money.BARE_DAILY, money.BARE_PLUS):
        for text in TEXTS:
            runs = [m.start() for m in money.DIGIT_RUN.finditer(text)]
            tried = [m.span() for m in matches_at(pattern, text, runs)]
            assert tried == [m.span() for m in pattern.finditer(text)], (pattern.pattern[:40], text[:80])
            found += len(tried)
    assert found > 100


def test_amounts_in_words_read_on_the_lower_cased_text_are_those_of_the_text():
    found = 0
    for text in TEXTS:
        sample = text[: spoken.SCAN_CHARS]
        if len(sample.lower()) != len(sample):
            continue
        lowered = [(m.span(), m.group("n").lower()) for m in spoken.SPOKEN_LOWERED.finditer(sample.lower())]
        assert lowered == [(m.span(), m.group("n").lower()) for m in spoken.SPOKEN.finditer(sample)], text[:80]
        found += len(lowered)
    assert found > 20


def test_every_cents_amount_holds_a_word_the_quick_check_looks_for():
    found = 0
    for text in TEXTS:
        for m in money.CENTS.finditer(text):
            low = m.group().lower()
            after = text[m.end() - 1 : m.end() + len(" per")].lower()  # "12c per call": the "c" and what follows
            assert "cent" in low or "¢" in low or after == "c per", m.group()
            found += 1
    assert found > 5


def test_the_anchor_index_tells_which_patterns_may_match_as_a_substring_search_does():
    texts = TEXTS[:400]
    for text in texts:
        Scanner(text).find(signals.CHAT_APP)
    for name in sorted(set(PATTERNS) - WHOLE_TEXT):
        pattern, words = PATTERNS[name], required_words(PATTERNS[name])
        for text in texts:
            scanner = Scanner(text)
            assert scanner.may_match(pattern) == any(word in scanner.low for word in words), (name, text[:60])


SPLIT_PATTERNS = {name: value for name, value in PATTERN_OBJECTS.items() if value.parts is not None}


def test_the_long_cue_lists_are_searched_alternative_by_alternative():
    assert {"terms.EMPLOYEE", "signals.MONEY_REACHES_YOU", "terms.TRAINING_UNPAID"} <= set(SPLIT_PATTERNS)


@pytest.mark.parametrize("name", sorted(SPLIT_PATTERNS))
def test_a_cue_list_searched_alternative_by_alternative_finds_what_its_one_alternation_finds(name):
    """`Scanner.find` tries each alternative of a split pattern only in the sentences holding its own anchor words;
    the matches must be exactly those of the one alternation, spans and text."""
    split = SPLIT_PATTERNS[name]
    whole = ci(split.source)
    compared = 0
    for text in TEXTS + SPLIT_SAMPLES:
        scanner = Scanner(text)
        found = [(m.span(), m.group()) for m in scanner.find(split)]
        assert found == [(m.span(), m.group()) for m in scanner.find(whole)], text[:80]
        compared += len(found)
    assert compared > 20


# Where a cue searched on its own could find what the whole alternation does not, or miss what it finds: a match
# that starts at the bullet ending the sentence before its anchor word, one that runs over a line break into a
# sentence another cue's word brought in, and a "\b" before a character that is no letter.
SPLIT_SAMPLES = [
    "Customer Support Rep · Employee · $17.50/hr",
    "Equipment:\nCompany provides laptop and headset",
    "Jy sal 'n werknemer wees, nie 'n kontrakteur nie.",
    "Training:Paid, 3 weeks",
]


def test_a_split_cue_list_needs_anchor_words_in_every_alternative():
    with pytest.raises(ValueError, match="anchor words"):
        ci(r"\bemployee\b|\d{2,}", split=True)
