"""Long conversations: history re-sent every turn is never scanned again, yet stays consistently redacted.

Agents re-send the whole conversation each turn. Detection scans only the
segments it has not seen; propagation searches old texts only for values
that became known since the last turn; and a value learned in a later turn
is still redacted wherever it occurs in the history.
"""
from __future__ import annotations

from redactor.detect.base import Span
from redactor.detect.engine import DetectionEngine, DetectionStats
from redactor.policy import parse_policy
from redactor.segments import Segment


class _CountingEmailFinder:
    """Finds `@example.org` addresses and counts the texts it was asked to scan."""

    name = "counting"

    def __init__(self) -> None:
        self.scanned: list[str] = []

    def detect(self, item):
        import re

        self.scanned.append(item.text)
        return [Span(m.start(), m.end(), "EMAIL", "pii", 0.9, self.name)
                for m in re.finditer(r"[a-z.]+@example\.org", item.text)]


def _engine() -> tuple[DetectionEngine, _CountingEmailFinder]:
    policy = parse_policy("name: t\nstages: [placeholders]\ndetection:\n  ner:\n    enabled: false\n")
    finder = _CountingEmailFinder()
    return DetectionEngine(policy, [finder]), finder


def test_history_is_scanned_once_and_each_turn_scans_only_the_new_message():
    engine, finder = _engine()
    history: list[Segment] = []
    for turn in range(1, 31):
        history.append(Segment(f"turn {turn}: nothing to see here"))
        stats = DetectionStats()
        engine.detect(history, stats=stats)
        assert stats.scanned == 1 and stats.cache_hits == turn - 1
    assert len(finder.scanned) == 30


def test_a_value_learned_later_is_redacted_in_the_history_too():
    engine, _ = _engine()
    # (Not the e-mail's own local part: a found e-mail's local part written elsewhere is a login at once.)
    first = Segment("please forward this to ana.silva@example.org and cc tpham")
    [spans] = engine.detect([first])
    assert len(spans) == 1
    # Turn 2: the vault now knows the bare handle (redacted in another message);
    # turn 1's text, already searched, must be searched again for it.
    second = Segment("tpham is on leave")
    spans_first, spans_second = engine.detect([first, second], known_values={"tpham": "USERNAME"})
    assert [first.text[s.start:s.end] for s in spans_first] == ["ana.silva@example.org", "tpham"]
    assert [second.text[s.start:s.end] for s in spans_second] == ["tpham"]


def test_propagation_is_the_same_whether_history_was_searched_before_or_not():
    history = [Segment(f"message {i} mentions Okonkwo and Okafor") for i in range(20)]
    known_by_turn = [{"Okafor": "PERSON"}, {"Okafor": "PERSON", "Okonkwo": "PERSON"},
                     {"Okafor": "PERSON", "Okonkwo": "PERSON", "message 3": "PROPAGATED"}]
    warm, _ = _engine()
    for known in known_by_turn:
        incremental = warm.detect(history, known_values=known)
        cold, _ = _engine()
        assert incremental == cold.detect(history, known_values=known)


def test_resent_history_is_not_propagated_again_and_is_searched_only_for_new_values(monkeypatch):
    from redactor.detect import engine as engine_module

    engine, _ = _engine()
    history = [Segment(f"turn {turn}: ask ana{turn}@example.org" + (", cc ops-lead" if turn == 7 else ""))
               for turn in range(30)]
    known = {f"ana{turn}@example.org": "EMAIL" for turn in range(30)}
    engine.detect(history, known_values=known)
    propagated, searched = [], []
    leftmost_longest = engine_module._leftmost_longest
    monkeypatch.setattr(engine_module, "_leftmost_longest",
                        lambda candidates, labels: propagated.append(1) or leftmost_longest(candidates, labels))
    candidates = engine_module._ValueFinder.candidates
    monkeypatch.setattr(engine_module._ValueFinder, "candidates",
                        lambda finder, text: searched.append(text) or candidates(finder, text))
    # The next turn: the history again, one new message, and a value learned elsewhere that turn 7 holds.
    new_message = Segment("turn 30: nothing new")
    spans = engine.detect(history + [new_message], known_values={**known, "ops-lead": "USERNAME"})
    # One pass over all old texts finds where the new value may be: only turn 7 is searched
    # and propagated again; the new message, in which no value occurs, costs that pass only.
    assert searched == [history[7].text]
    assert len(propagated) == 1
    assert [history[7].text[s.start:s.end] for s in spans[7]] == ["ana7@example.org", "ops-lead"]
    cold, _ = _engine()
    assert spans == cold.detect(history + [new_message], known_values={**known, "ops-lead": "USERNAME"})


def test_a_text_repeated_within_one_request_is_scanned_once():
    engine, finder = _engine()
    repeated = [Segment("ask ana@example.org"), Segment("other"), Segment("ask ana@example.org")]
    stats = DetectionStats()
    first, _, again = engine.detect(repeated, stats=stats)
    assert finder.scanned == ["ask ana@example.org", "other"]
    assert stats.scanned == 2 and stats.cache_hits == 1
    assert first == again and len(first) == 1


class _LoginFinder:
    """Finds "r.haddad": sure after "login:", doubtful elsewhere (as a standalone-login rule would be)."""

    name = "logins"

    def detect(self, item):
        import re

        return [Span(m.start(), m.end(), "USERNAME", "pii",
                     0.8 if item.text[:m.start()].endswith("login: ") else 0.55, self.name)
                for m in re.finditer(r"r\.haddad", item.text)]


def test_a_value_found_sure_elsewhere_raises_its_doubtful_finding_to_the_sure_score():
    policy = parse_policy("name: t\nstages: [placeholders]\ndetection:\n  ner:\n    enabled: false\n")
    engine = DetectionEngine(policy, [_LoginFinder()])
    segments = [Segment("login: r.haddad"), Segment("r.haddad says the build is green")]
    scores = [[span.score for span in spans] for spans in engine.detect(segments)]
    assert scores == [[0.8], [0.8]]


def test_each_turn_searches_its_new_message_without_rebuilding_the_automaton_of_every_value(monkeypatch):
    """A conversation's values grow by a few each turn; the new message of every turn must be searched
    for all of them, but the automaton of all values is rebuilt only once per many added values (held
    in the conversation's table), with the spans a cold engine finds."""
    from redactor.detect import engine as engine_module
    from redactor.detect.engine import ConversationLabels

    large_builds = []
    original_init = engine_module._ValueFinder.__init__

    def counting_init(self, values, *args, **kwargs):
        values = list(values)
        if len(values) > engine_module._JOIN_MAX_ADDED:
            large_builds.append(len(values))
        original_init(self, values, *args, **kwargs)

    monkeypatch.setattr(engine_module._ValueFinder, "__init__", counting_init)
    engine, _ = _engine()
    table = ConversationLabels()
    surnames = [f"Okonkwo{chr(97 + turn % 26)}{chr(97 + turn // 26)}" for turn in range(100)]
    history: list[Segment] = []
    known: dict[str, str] = {}
    for turn in range(100):
        # Each message names this turn's person and one named turns ago.
        history.append(Segment(f"turn {turn}: {surnames[turn]} takes over from {surnames[turn // 2]}"))
        known = {**known, surnames[turn]: "PERSON"}
        warm = engine.detect_settling(history, known_values=known, conversation_labels=table)[0]
        if turn % 10 == 9:
            cold, _ = _engine()
            builds_before = len(large_builds)
            assert warm == cold.detect(history, known_values=known)
            del large_builds[builds_before:]  # the cold engine's own
        assert [history[-1].text[s.start:s.end] for s in warm[-1]] == [surnames[turn], surnames[turn // 2]] or (
            turn == 0 and [history[-1].text[s.start:s.end] for s in warm[-1]] == [surnames[0], surnames[0]])
    # Rebuilt every request, the automaton of all values (each name with its letter-case variants)
    # would be built ~80 times with more than _JOIN_MAX_ADDED values; held and joined with a small
    # one, once per _JOIN_MAX_ADDED added values.
    assert len(large_builds) <= 400 // engine_module._JOIN_MAX_ADDED, large_builds
