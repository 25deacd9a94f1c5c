"""community_logins.find_event_logins tries its event-line patterns only on the lines that hold their own word (a verb,
a label, "from" after an amount: the shared cue scan's positions), with the same findings as the patterns tried at
every line start and, for the amounts, over the whole text (round 30, speed30pii)."""
from __future__ import annotations

import pytest

from redactor.detect import community_logins as logins
from redactor.detect.keywords import lowered_same_length, matches_at_line_starts


def _found(text: str) -> list[str]:
    return [text[start:end] for start, end, _ in logins.find_event_logins(text, lowered_same_length(text))]


def _whole_text_scans(text: str) -> list[tuple[int, int, float]]:
    """What find_event_logins found before round 30: every line start tried, the amounts over the whole text."""
    found = []
    for pattern, strong in ((logins._EVENT_SUBJECT, None), (logins._EVENT_ITEM, False), (logins._EVENT_LABEL, True),
                            (logins._AMOUNT_FROM, True)):
        if pattern is logins._EVENT_ITEM and not ("·" in text or "•" in text or "|" in text):
            continue
        if pattern is logins._AMOUNT_FROM and not logins._DIGIT.search(text):
            continue
        matches = (matches_at_line_starts(pattern, text) if pattern in (logins._EVENT_SUBJECT, logins._EVENT_LABEL)
                   else pattern.finditer(text))
        for match in matches:
            start, end = logins._handle_at(text, match.start("user"), match.end("user"))
            score = logins.handle_in_slot(text[start:end], strong=bool(match.group("stamp")) if strong is None
                                          else strong)
            if score is not None:
                found.append((start, end, score))
    return found


def _same_as_whole_text_scans(text: str) -> bool:
    return list(logins.find_event_logins(text, lowered_same_length(text))) == _whole_text_scans(text)


# Dev set: the forms each line's word must reach (written for this change).
def test_an_event_line_is_read_from_its_verb():
    assert _found("[19:02] ShadowFox_92 followed\n[19:03] nightowl77 subscribed with Prime\n") == [
        "ShadowFox_92", "nightowl77"]


def test_a_label_line_and_an_amount_are_read_from_their_words():
    assert _found("New follower: PixelQueen_7\n€50.00 from froschkoenig thanks!\n") == ["PixelQueen_7", "froschkoenig"]


def test_lines_without_a_verb_label_or_from_are_not_tried():
    text = "ShadowFox_92 is here\nbeta_tester_4 wrote the notes\n12 items shipped\n"
    assert _found(text) == [] == _whole_text_scans(text)


@pytest.mark.parametrize("text", [
    "[19:02] ShadowFox_92 followed\n  - 18:40 dark_mage raided with 12 viewers\n• kx_77 cheered 100 bits\n",
    "Donation: zeta_wolf\nNEW FOLLOWER:  luna_rae99\ntop donor - 5 gifts: grim_tusk88\n",
    "300 bits from tinrobotnik\n20 zł od maciek.w\n$5\tFROM\tBigSpender_1\n5 EUR De Marta_v\n",
    "12 from\nfrom 5 items\n3 items from the store\n",
    "Spende: m_huber\n€50.00 von froschkoenig\n100 ₽ от ivan_petrov77\n",  # beyond ASCII: every line start tried
])
def test_the_lines_read_match_whole_text_scans_on_the_dev_forms(text: str):
    assert _same_as_whole_text_scans(text)


# Check set: forms not used while writing the change.
@pytest.mark.parametrize("text", [
    "stream log\n[20:11:03] GamerGirl_X has joined\n[20:11:09] bytewolf won the raffle\n[20:12] xX_sn1per_Xx left the chat\n",
    "| 2024-03-02 | kestrel_9 | merged |\n· omar.k pushed · lee_88 forked\n",
    "Subscriber:mara_v\n tip : @coffee_cat\nMember since 2019: not_a_login\n",
    "Received 25.00 USD from ann_m2 and 10 GBP from Bo_Li\n1,000 coins from dragon_rider\n",
    "Tipps: 10€ von Kai_W92 und 5 € VON lisa.m\n12 kr från sven_e\n",
    "def f():\n    return 1 from x\n# 2 de 3\n1 da bo\n4 di nando_7\n",
])
def test_the_lines_read_match_whole_text_scans_on_the_check_forms(text: str):
    assert _same_as_whole_text_scans(text)
