"""keywords.py: finding cue words fast gives the same answers as the plain regex search.

Detectors try a costly pattern only where one of its cue words occurs
(`matches_at_keywords`); that is only right while every way the pattern can
start is covered by a cue word, so the name rules' cue lists are checked
against their patterns here.
"""
from __future__ import annotations

import random
import re
import re._constants as sre_constants  # the parsed form of a pattern, to read how it can start
import re._parser as sre_parse

import pytest

from redactor.detect import ner
from redactor.detect.keywords import keyword_positions, keyword_spans, lowered_same_length, matches_at_keywords


@pytest.mark.parametrize("keywords", [("ana", "anna", "nn"), tuple(f"w{i}" for i in range(20)) + ("ana", "anna", "nn")])
def test_every_occurrence_is_found_overlapping_ones_too_with_few_keywords_or_many(keywords):
    text = "annabel and ana met hanna"
    spans = keyword_spans(text, keywords)
    assert spans == sorted((m.start(), m.start() + len(k)) for k in keywords
                           for m in re.finditer(f"(?={re.escape(k)})", text))
    assert keyword_positions(text, keywords) == [start for start, _ in spans]


def test_cue_lists_answered_from_one_shared_scan_match_a_scan_of_each_list_alone():
    """Many lists asked of one text (lower-cased and as written), in any order, across texts."""
    rng = random.Random(7)
    words = ["id", "user", "username", "pass", "password", "ass", "ID", "@", "://", " at ", "db.", "é"]
    lists = [tuple(rng.sample(words, rng.randint(1, 6))) for _ in range(12)]
    lists.append(tuple(f"w{i}" for i in range(12)) + ("pass", "pass", "password"))  # a long list, a word twice
    lists.append(("pass", "pass"))  # a short list: one find scan per entry reports the word twice
    for round_number in range(5):
        text = " ".join(rng.choice(words + ["Password", "USER", "x"]) for _ in range(60)) + f" r{round_number}"
        if round_number == 4:
            text += " \ud800 id"  # a lone surrogate (from a broken JSON escape) has no UTF-8 form
        lowered = lowered_same_length(text)
        for keywords in rng.sample(lists, len(lists)):
            for haystack in (lowered, text):
                scanned = keywords if len(keywords) <= 8 else set(keywords)  # one automaton entry per distinct word
                expected = sorted(m.start() for k in scanned for m in re.finditer(f"(?={re.escape(k)})", haystack))
                assert keyword_positions(haystack, keywords) == expected


def test_lower_casing_keeps_every_offset():
    text = "İstanbul Straße ǅemal"  # "İ".lower() is two characters long
    lowered = lowered_same_length(text)
    assert len(lowered) == len(text) and lowered.endswith("straße ǆemal")


def test_matches_at_keywords_are_the_matches_of_the_whole_search():
    pattern = re.compile(r"(?i:\b(?:ask|ping|thanks)[ \t]+)(?P<name>[a-z]+)")
    rng = random.Random(7)
    words = ["ask", "Ask", "task", "ping", "PING", "thanks", "thanksgiving", "raj", "ana", " ", "\t", ",", "ping ask"]
    for _ in range(5000):
        text = " ".join(rng.choice(words) for _ in range(rng.randint(1, 10)))
        assert [m.span() for m in matches_at_keywords(pattern, text, ("ask", "ping", "thanks"))] == \
               [m.span() for m in pattern.finditer(text)]


def _literal_starts(parsed) -> list[tuple[str, bool]]:
    """(literal prefix, whether the whole sequence was literal) for every way a parsed pattern can start."""
    starts = [("", True)]
    for op, value in parsed:
        if not any(complete for _, complete in starts):
            break
        if op is sre_constants.AT:
            continue  # \b, ^: zero-width
        if op is sre_constants.LITERAL:
            starts = [(prefix + chr(value), True) if complete else (prefix, False) for prefix, complete in starts]
            continue
        if op is sre_constants.SUBPATTERN:
            inner = _literal_starts(value[-1])
        elif op is sre_constants.BRANCH:
            inner = [start for branch in value[1] for start in _literal_starts(branch)]
        else:
            inner = [("", False)]
        starts = [(prefix + more, complete_more) if complete else (prefix, False)
                  for prefix, complete in starts for more, complete_more in inner]
    return starts


@pytest.mark.parametrize("pattern, cue_words", [
    (ner._SIGN_OFF, ner._SIGN_OFF_STARTS),
    (ner._LOWER_CASE_AFTER_CUE, ner._LOWER_CASE_CUE_STARTS),
    (ner._SLOT_CUE, ner._SLOT_CUE_STARTS),
    (ner._SELF_INTRODUCTION, ner._SELF_INTRODUCTION_STARTS),
])
def test_every_way_a_name_rule_pattern_can_start_is_one_of_its_cue_words(pattern, cue_words):
    for prefix, _ in _literal_starts(sre_parse.parse(pattern.pattern, pattern.flags)):
        assert any(prefix.lower().startswith(word) for word in cue_words), (prefix, pattern.pattern[:60])


def _digit_first_patterns():
    from redactor.detect import addresses, infra, pii
    from redactor.detect.keywords import DigitFirstPattern
    return [(f"{module.__name__}.{name}", value) for module in (addresses, infra, pii)
            for name, value in vars(module).items() if isinstance(value, DigitFirstPattern)]


@pytest.mark.parametrize("name,pattern", _digit_first_patterns())
def test_a_digit_first_pattern_matches_what_its_unicode_regex_matches_on_any_text(name, pattern):
    rng = random.Random(name)
    alphabet = "0123456789 -./,:\tabcXYZ_\n" + "٠١٢٣٤٥٦٧٨٩" + "é"
    for _ in range(300):
        text = "".join(rng.choice(alphabet[:24] if rng.random() < 0.7 else alphabet) for _ in range(rng.randint(0, 60)))
        expected = [(m.span(), m.groups()) for m in pattern.unicode.finditer(text)]
        assert [(m.span(), m.groups()) for m in pattern.finditer(text)] == expected, text


def test_a_pattern_anchored_at_line_starts_finds_the_same_matches_tried_at_line_starts_only():
    from redactor.detect import infra, secrets
    from redactor.detect.keywords import matches_at_line_starts, starts_at_line_start

    assert not starts_at_line_start(re.compile(r"(?m)^a|b"))  # "b" may start anywhere
    assert not starts_at_line_start(re.compile(r"^a"))  # without MULTILINE, the text's start only
    patterns = [infra._HOSTS_FILE_LINE, infra._SYSLOG_HOST, secrets._LABEL_LINE_THEN_VALUE, *secrets._LINE_START_REGEXES]
    assert all(starts_at_line_start(pattern) for pattern in patterns)
    lines = ["10.0.0.5 db01 db01.corp", "Mar  3 10:15:03 web-01 sshd[42]: ok", "password:", "Tr1cky-Gate42",
             "*:5432:app:deploy:S3cr3t", "", "  ", "x\r", "2026-11-02T10:15:03Z app-1 cron: run"]
    rng = random.Random(3)
    for _ in range(200):
        text = "\n".join(rng.choice(lines) for _ in range(rng.randint(0, 8))) + rng.choice(["", "\n"])
        for pattern in patterns:
            assert [m.span() for m in matches_at_line_starts(pattern, text)] == [m.span() for m in pattern.finditer(text)]


def test_alternatives_grouped_by_first_character_match_what_the_pattern_matches():
    from redactor.detect import pii, secrets
    from redactor.detect.keywords import _MORE_FOLDS, alternatives_by_first_character

    # The characters outside ASCII that a case-insensitive ASCII letter matches, asked of the engine itself.
    candidates = "".join(chr(code) for code in range(0x80, 0x2200))
    for letter in "abcdefghijklmnopqrstuvwxyz":
        assert "".join(re.findall(f"(?i){letter}", candidates)) == _MORE_FOLDS.get(letter, "")
    patterns = [pii._LABELLED_ID, pii._ID_COLUMN_LABEL, secrets._KEY_QUALIFIER_BEFORE,
                re.compile(r"(?i:employee|emp|member|Kelvin|sat|İx|id(?P<n>\d)?)\d"),
                re.compile(r"abc|abd|x(?:y|z)|ab|(?i:Ab)|(?<=a|b)c|(a|ab)(c|bcd)(d*)")]
    words = ["Employee ID: 12345", "member no 4471", "KELVIN5", "\u212aelvin4", "ſat1", "ıx2", "İx3", "id7", "ID",
             "abd", "ab", "xz", "aB", "abcd", "Account Number ........ 0048", "client = boto3", "MRN 0048213",
             "secret_", "API-", "Vertragsnummer: 4471-8812-03", "a/c 12345678", "\n", " ", ":", "#"]
    rng = random.Random(14)
    for original in patterns:
        grouped = alternatives_by_first_character(original)
        assert (grouped.pattern, grouped.groupindex, grouped.groups) == (original.pattern, original.groupindex,
                                                                        original.groups)
        for _ in range(150):
            text = "".join(rng.choice(words) + rng.choice(["", " ", "\t", "_"]) for _ in range(rng.randint(1, 6)))
            for position in range(len(text) + 1):
                expected, found = original.match(text, position), grouped.match(text, position)
                assert (found and (found.span(), found.groups())) == (expected and (expected.span(), expected.groups()))
            assert [m.span() for m in grouped.finditer(text)] == [m.span() for m in original.finditer(text)]


def test_the_shared_cue_scan_is_built_once_for_all_threads_without_a_half_built_state():
    # The proxy's threads scan at once. A union built in two steps let a thread read the second part as None
    # (a TypeError, 2 of 400 requests under load); each fresh union here is scanned by staggered threads.
    import threading
    import time

    from redactor.detect.keywords import _CueFamilies

    families = (tuple(f"cue{number}word" for number in range(4000)), ("owner", "reviewer"))
    text = "the owner and the reviewer met cue17word " * 20
    errors: list[BaseException] = []

    def scan(union, delay):
        time.sleep(delay)
        try:
            assert union.scan(text)[0]  # (positions by list; each word's starts come second)
        except BaseException as exc:  # noqa: BLE001 - any failure of a thread fails the test
            errors.append(exc)

    for _ in range(30):
        union = _CueFamilies(families, True)
        threads = [threading.Thread(target=scan, args=(union, 0.0004 * k)) for k in range(6)]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join()
    assert errors == []


def test_matches_tried_at_starts_are_the_matches_of_the_whole_search_also_for_a_digit_first_pattern():
    from redactor.detect.keywords import DigitFirstPattern, matches_at_starts

    empty_allowed = re.compile(r"[a-z]*")  # a match that ends where it starts moves the next try one character on
    digit_first = DigitFirstPattern(re.compile(r"\d[\d-]{2,}"))
    rng = random.Random(12)
    alphabet = "0123456789 -abc\n" + "٣٤é"
    for _ in range(300):
        text = "".join(rng.choice(alphabet) for _ in range(rng.randint(0, 50)))
        every_start = list(range(len(text) + 1))
        assert [m.span() for m in matches_at_starts(empty_allowed, text, every_start)] == [
            m.span() for m in empty_allowed.finditer(text)], text
        assert [m.span() for m in matches_at_starts(digit_first, text, every_start)] == [
            m.span() for m in digit_first.unicode.finditer(text)], text


def test_a_text_read_backwards_is_its_own_even_when_texts_alternate():
    from redactor.detect.keywords import starts_read_backwards

    dot_then_octet = re.compile(r"\.\d{1,3}+(?!\d)")  # read backwards: digits, then a dot
    first, second = "host 10.0.0.1 and 7.8", "v1.2 at 192.168.3.44"
    for _ in range(2):
        for text in (first, second, "".join(first)):  # an equal text that is another object too
            expected = [len(text) - m.end() for m in reversed(list(dot_then_octet.finditer(text[::-1])))]
            assert starts_read_backwards(dot_then_octet, text) == expected


def test_word_positions_from_the_shared_scan_are_each_words_every_occurrence():
    from redactor.detect.keywords import keyword_positions, word_positions

    def by_find(text, words):
        found = {}
        for word in words:
            starts = [i for i in range(len(text)) if text.startswith(word, i)]
            if starts:
                found[word] = starts
        return found

    lists = [tuple(sorted({"key", "token", "ke", "passwd", "pass", "sk-", "é", "ключ", "ss"})),
             ("AKIA", "ghp_", "KEY", "Key"), tuple(f"w{n}" for n in range(20))]
    other = ("user", "pass", "ey")  # another detector's cue list in the same union (overlapping words)
    rng = random.Random(14)
    alphabet = list("keytokenpassw_-sk AKIAghpKEYé ключ\n0123") + ["\ud800"]  # a lone surrogate: the scan's fallback
    for round_ in range(400):
        text = "".join(rng.choice(alphabet[:-1] if rng.random() < 0.9 else alphabet) for _ in range(rng.randint(0, 60)))
        lowered = lowered_same_length(text)
        for haystack in (lowered, text):
            keyword_positions(haystack, other)
            for words in lists:
                got = word_positions(haystack, words)
                assert {word: sorted(starts) for word, starts in got.items()} == by_find(haystack, words), (round_, words)
                assert all(starts == sorted(starts) for starts in got.values())
        if round_ == 200:  # a list asked for the first time on a text already scanned: answered alone, then joins
            lists.append(("zz", "k", "yt"))


def test_word_positions_cost_grows_linearly_with_the_text():
    from redactor.detect.keywords import word_positions
    from tests.growth import assert_linear_growth

    words = tuple(sorted({"key", "token", "pass", "secret", "sk-", "ghp_"} | {f"cue{n}" for n in range(300)}))
    line = "the api key is sk-abc and the token ghp_x; pass cue12 cue7 secret\n"

    def work(size):
        texts = [(line * (size // len(line) + 1))[:size] + str(salt) for salt in range(3)]  # new texts: no cached scan
        return lambda: [word_positions(lowered_same_length(text), words) for text in texts]

    word_positions(lowered_same_length(line), words)  # the list joins the shared scan
    assert_linear_growth(work, 400_000)


def test_any_keyword_answers_what_the_positions_of_each_list_say():
    """The gate's evidence (any_keyword) agrees with keyword_positions for lists known to the shared scan, lists new
    to it, lists asked of a text before any scan, and lists asked of lowered texts and texts as written alike."""
    from redactor.detect.keywords import any_keyword

    rng = random.Random(11)
    words = ["id", "user", "born", "dob", "@", "://", " at ", "é", "ZZ", "routing", "cc"]
    lists = [tuple(rng.sample(words, rng.randint(1, 5))) for _ in range(10)]
    lists.append(tuple(f"q{i}" for i in range(12)))  # a long list, never present
    for round_number in range(6):
        text = " ".join(rng.choice(words + ["Born", "USER", "x", "y"]) for _ in range(rng.randint(0, 40)))
        text += f" gate{round_number}"
        lowered = lowered_same_length(text)
        if round_number % 2:  # the shared scan made first, then the gate asked; else the gate asked first
            for keywords in lists:
                keyword_positions(lowered, keywords)
        for _ in range(3):
            groups = tuple(rng.sample(lists, rng.randint(1, 3)))
            for haystack in (lowered, text):
                expected = any(keyword_positions(haystack, keywords) for keywords in groups)
                assert any_keyword(haystack, groups) == expected
        fresh = (f"new{round_number}", "born")  # a list the union has never seen
        assert any_keyword(lowered, (fresh,)) == ("born" in lowered)


def test_a_finder_that_declares_its_cues_finds_nothing_without_them():
    """Each finder pii.py gates with keywords.needs_cues: on realistic texts without its cue words it finds nothing
    (the gate skips only what finds nothing; PiiDetector's findings with every gate open: test_pii_finder_gates)."""
    from redactor.detect import bank_codes, birth_date_layouts, ids_before_labels, logins_in_person_slots
    from redactor.detect.keywords import any_keyword
    from redactor.detect.pii import _DATE, _OTHER_DATE_LABEL, _plausible_birth_date, _year_of

    finders = {
        birth_date_layouts.find_birth_dates_in_people_lists: lambda text: birth_date_layouts.find_birth_dates_in_people_lists(text),
        birth_date_layouts.find_birth_dates_in_keyed_lists: lambda text: birth_date_layouts.find_birth_dates_in_keyed_lists(text, _DATE),
        birth_date_layouts.find_birth_dates_before_cues: lambda text: birth_date_layouts.find_birth_dates_before_cues(
            text, _DATE, _plausible_birth_date, _year_of, _OTHER_DATE_LABEL),
        ids_before_labels.find_ids_before_labels: lambda text: ids_before_labels.find_ids_before_labels(text),
        bank_codes.find_bank_account_numbers: lambda text: bank_codes.find_bank_account_numbers(text),
        bank_codes.find_unlabelled_bank_numbers: lambda text: bank_codes.find_unlabelled_bank_numbers(text),
        logins_in_person_slots.find_logins_in_person_slots: lambda text: logins_in_person_slots.find_logins_in_person_slots(
            text, lowered_same_length(text)),
    }
    texts = [
        "Birthdays: Anna Kowalski - 3 March 1984, Piet de Vries - 12/07/1979",
        "birth dates that failed:\nrow 12: 12.MAR.1985\nrow 13: 03.04.1990",
        "12/03/1985 is my DOB, call me on 0161 496 0000",
        "77082514178 is my PESEL and 85010112345 was the other one",
        "Routing 021000021, account 483920117 (checking), sort code 20-00-00 55779911",
        "wire it to the bank: 026009593 then 7739104482",
        "cc hpatel and thanks j.novak3 for the review; messaged dkim22 from the team",
        "2026-11-02T10:15:03Z INFO request handled path=/api/v1/orders status=200 client=10.2.3.4",
        "Hola equipo, el pedido 44120 llega el 5 de marzo; saludos desde Madrid",
        "Kontonummer 1234567890 bei der Sparkasse, BLZ 37050198",
        "",
        "12345",
    ]
    for text in texts:
        lowered = lowered_same_length(text)
        for finder, call in finders.items():
            assert finder.cue_families, finder.__name__
            if not any_keyword(lowered, finder.cue_families):
                assert list(call(text)) == [], (finder.__name__, text)


def test_contains_any_is_the_substring_test_on_short_and_long_texts_alike():
    """contains_any answers `any(word in text for word in words)`: by `in` below its length bound, from the shared
    cue scan above it (lowered texts and texts as written, lists new to the scan and known ones, every text new)."""
    from redactor.detect.keywords import contains_any

    rng = random.Random(5)
    pieces = ["user", "USER", "pts/", "tty", "</", "0x", "ucket", "•", "é", "ps aux", " -h", "AAAA", "x", "word"]
    lists = [("pts/", "tty"), ("USER", "LOGNAME"), ("</",), ("0x",), ("ucket", "UCKET"), ("••", "··"), (" -h",),
             ("AAAA",), ("é ps",), ("never-there",)]
    for round_number in range(12):
        size = rng.choice((0, 5, 100, 511, 512, 2000, 6000))
        text = ""
        while len(text) < size:
            text += rng.choice(pieces) + rng.choice(" \n:")
        text = text[:size] + f" c{round_number}"
        lowered = lowered_same_length(text)
        for haystack in (text, lowered):
            for words in rng.sample(lists, len(lists)):
                assert contains_any(haystack, words) == any(word in haystack for word in words), (words, len(text))


def test_longest_keyword_at_is_the_longest_word_of_the_list_that_starts_there():
    from redactor.detect.keywords import longest_keyword_at

    rng = random.Random(14)
    letters = "abcé:- "
    for _ in range(200):
        words = tuple(sorted({"".join(rng.choice(letters) for _ in range(rng.randint(1, 5))) for _ in range(30)}))
        text = "".join(rng.choice(letters) for _ in range(300))
        for position in sorted(set(keyword_positions(text, words))):
            expected = max((word for word in words if text.startswith(word, position)), key=len)
            assert longest_keyword_at(text, position, words) == expected
    assert longest_keyword_at("xyz", 1, ("", "y", "yz")) == "yz"
    assert longest_keyword_at("xyz", 0, ("", "y")) == ""  # the empty word starts everywhere
    with pytest.raises(ValueError):
        longest_keyword_at("xyz", 0, ("y",))


def test_a_text_scanned_in_one_thread_is_answered_in_another_without_a_second_scan(monkeypatch):
    # The detectors of one request may run in several threads on the same text: one cue scan serves them all
    # (round 19: the recent scans are kept for every thread, not one set per thread).
    import threading

    from redactor.detect import keywords

    cues = ("Deploy", "Owner")
    keyword_positions("the Owner warms the list up", cues)  # a new list: it joins the shared scan from the next text
    text = "Ask the Owner before you Deploy; the Owner is on call."
    in_worker: list[list[int]] = []
    worker = threading.Thread(target=lambda: in_worker.append(keyword_positions(text, cues)))
    worker.start()
    worker.join()
    scans: list[int] = []
    real_scan = keywords._CueFamilies.scan
    monkeypatch.setattr(keywords._CueFamilies, "scan",
                        lambda self, haystack: scans.append(len(haystack)) or real_scan(self, haystack))
    expected = [match.start() for match in re.finditer("(?=Deploy|Owner)", text)]
    assert in_worker == [expected]
    assert keyword_positions(text, cues) == expected
    assert keywords.any_keyword(text, (cues,))
    assert scans == []


def test_cue_answers_stay_the_texts_own_when_texts_come_and_go_in_many_threads():
    # The recent scans are known by the haystack's id: a text dropped and another made at the same address must not
    # be answered with the first one's positions, whichever thread scanned what.
    import threading

    cues = ("token", "owner")
    keyword_positions("token owner: the list joins the shared scan", cues)
    errors: list[str] = []

    def ask(seed: int) -> None:
        rng = random.Random(seed)
        for round_number in range(300):
            text = " ".join(rng.choice(["token", "owner", "x", "Token"]) for _ in range(rng.randint(1, 12)))
            text += f" {seed}/{round_number}"  # a new object each round, often at a freed one's address
            for haystack in (text, lowered_same_length(text)):
                expected = [match.start() for match in re.finditer("(?=token|owner)", haystack)]
                if keyword_positions(haystack, cues) != expected:
                    errors.append(f"{seed}/{round_number}")

    threads = [threading.Thread(target=ask, args=(seed,)) for seed in range(6)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert errors == []



def test_positions_answered_from_the_shared_scan_are_the_callers_own_list_found_or_not():
    # Callers extend and sort the list they get; the scan's own positions must stay as they were, for a list
    # with occurrences and for one with none (answered without a copy of anything).
    text = "ping user kdoe, then the user list"
    lowered = lowered_same_length(text)
    found, absent = ("user",), ("zzqx",)
    for keywords in (found, absent):
        keyword_positions(lowered, keywords)  # the first ask registers the list; the next text's scan holds it
    text = "ping user kdoe, then the user list again"
    lowered = lowered_same_length(text)
    first = keyword_positions(lowered, found)
    first.append(-1)
    assert keyword_positions(lowered, found) == [5, 25]
    empty = keyword_positions(lowered, absent)
    assert empty == []
    empty.append(7)
    assert keyword_positions(lowered, absent) == []


def test_build_shared_scan_leaves_no_automaton_build_to_the_next_text(monkeypatch):
    # A warm-up whose last text asked a new list left the automaton's build (0.2-0.6 s) to the first request;
    # build_shared_scan makes it at once, and the next text's scan builds nothing, answering the new list too.
    from redactor.detect import keywords

    new_list = ("zq7cueword", "xv3cueword")
    keyword_positions(lowered_same_length("warm-up text one"), new_list)  # asked first: joins the union
    builds: list[int] = []
    original = keywords._CueUnion.__init__

    def counted(self, *unions):
        builds.append(1)
        original(self, *unions)

    monkeypatch.setattr(keywords._CueUnion, "__init__", counted)
    keywords.build_shared_scan()
    assert builds == [1]
    text = lowered_same_length("a request with xv3cueword in it, and zq7cueword")
    assert keyword_positions(text, new_list) == [text.index("xv3cueword"), text.index("zq7cueword")]
    assert builds == [1]  # answered from the automaton built above
