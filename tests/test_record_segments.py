"""A segment of an EDI message (X12, EDIFACT) is no picked password; a password with the same symbols still is."""
from redactor.detect.base import DetectionInput
from redactor.detect.record_segments import is_record_segment
from redactor.detect.secrets import SecretsDetector

_DETECTOR = SecretsDetector()


def _passwords(text: str, kind: str = "tool_result") -> list[str]:
    spans = _DETECTOR.detect(DetectionInput(text=text, segment_kind=kind))
    return [text[span.start:span.end] for span in spans if span.kind == "PASSWORD"]


def test_x12_claim_segments_are_not_passwords():
    claim = ("ST*837*0042*005010X222A1~\nCLM*PAT7781*125***11:B:1*Y*A*Y*Y~\nSV1*HC:99213*125*UN*1***1~\n"
             "HI*ABK:J0300~\nDTP*472*D8*20261104~\n")
    found = _passwords(claim)
    assert not any("*" in value or "~" in value for value in found)  # no whole segment
    assert "005010X222A1" in found and "20261104" in found  # long references stay covered, tags and codes go


def test_edifact_invoice_segments_are_not_passwords_but_their_references_stay_covered():
    invoice = "UNH+77+INVOIC:D:01B:UN'\nBGM+380+INV7730912+9'\nQTY+47+12:PCE'\nMOA+203+1440.00'\nUNT+5+77'\n"
    assert _passwords(invoice) == ["INV7730912"]


def test_segments_after_terminators_on_one_line_are_a_message():
    text = "HL*1**20*1~PRV*BI*PXC*207Q00000X~SBR*P*18*******CI~"
    assert is_record_segment(text, text.index("SBR"), len(text) - 1)


def test_a_lone_terminated_segment_quoted_in_prose_is_a_record():
    text = "what does CLM*ACCT22*310***21:B:1~ mean in our claim file?"
    start = text.index("CLM")
    assert is_record_segment(text, start, text.index("~") + 1)


def test_passwords_with_segment_symbols_stay_passwords():
    assert _passwords("the wifi is Tr0ub4dor*3 now", "prose") == ["Tr0ub4dor*3"]
    assert _passwords("use Wq*7rTz!p2 for the router", "prose") == ["Wq*7rTz!p2"]
    assert _passwords("the code is Mz^83kLp*q", "prose") == ["Mz^83kLp*q"]
    # capitals only, but inside a sentence and unterminated: a password, not a segment
    assert _passwords("the safe code is QX7*K2M*9ZP1 today", "prose") == ["QX7*K2M*9ZP1"]


def test_a_capitalised_password_alone_on_its_line_is_no_segment_without_another_segment():
    text = "new vpn secret:\nQA7*K2M*9ZP1\nrotate it monthly"
    assert not is_record_segment(text, text.index("QA7"), text.index("QA7") + len("QA7*K2M*9ZP1"))


def test_mixed_case_words_are_never_segments():
    text = "REF*0F*123456~\nAbc*Def*9xy~\n"
    assert not is_record_segment(text, text.index("Abc"), text.index("Abc") + len("Abc*Def*9xy~"))


def test_a_place_element_of_an_address_segment_stays_covered():
    # The town has no digit and no other finder reads it in a segment: the narrowed finding keeps it.
    member = "NM1*IL*1*HOLLOWAY*REGINA****MI*W7734091~\nN4*BRACKENFIELD*OH*44094~\nDMG*D8*19790401*F~\n"
    found = _passwords(member)
    assert "BRACKENFIELD" in found and "44094" in found
    assert "N4" not in found and "OH" not in found and "D8" not in found  # tags and short codes go back
