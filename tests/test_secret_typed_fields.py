"""What a browser agent types into a control named for a password, a code or an answer, by the control's reference
in a later text (secret_typed_fields.py)."""
from redactor.detect.base import Span
from redactor.detect.secret_typed_fields import typed_field_spans
from redactor.segments import Segment


def _is_key(name: str) -> bool:
    return "token" in name.lower()


def _found(*texts: str) -> list[str]:
    segments = [Segment(text=text, role="user") for text in texts]
    added = typed_field_spans(segments, [[] for _ in texts], _is_key)
    return [text[span.start:span.end] for text, spans in zip(texts, added) for span in spans]


def test_a_value_typed_into_a_password_control_by_reference():
    page = '- heading "Anmelden"\n- textbox "E-Mail" [ref=e4]\n- textbox "Kennwort" [ref=e5]\n- button "Weiter" [ref=e6]'
    action = 'browser_type {"ref": "e5", "text": "Fjord Lantern 9"}'
    assert _found(page, action) == ["Fjord Lantern 9"]


def test_a_code_typed_by_number_and_the_same_code_in_groups_where_the_person_gave_it():
    page = '[12] StaticText "Wir haben Ihnen eine SMS gesendet"\n[14] textbox "Bestätigungscode"\n[15] button "OK"'
    told = "the sms says 731 064"
    action = '{"action": "type", "ref": 14, "text": "731064"}'
    assert sorted(_found(page, told, action)) == ["731 064", "731064"]


def test_the_answer_to_a_question_the_page_asks():
    page = ('[20] StaticText "Question de sécurité : quel était le nom de votre premier instituteur ?"\n'
            '[21] textbox "Réponse"')
    action = '{"action": "type", "ref": 21, "text": "Monsieur Carvalho"}'
    assert _found(page, action) == ["Monsieur Carvalho"]


def test_fields_filled_by_a_question_name():
    action = '{"action": "fill", "fields": {"In which city were you born?": "Ribeirão Preto", "Email": "a@b.co"}}'
    assert _found(action) == ["Ribeirão Preto"]


def test_other_controls_and_codes_of_other_shapes_stay():
    page = ('- searchbox "Search the help centre" [ref=e2]\n- textbox "Voucher code" [ref=e3]\n'
            '- textbox "First name" [ref=e4]')
    actions = ('browser_type {"ref": "e2", "text": "reset my router"}\n'
               'browser_type {"ref": "e3", "text": "SPRING-SALE"}\nbrowser_type {"ref": "e4", "text": "Ines"}')
    assert _found(page, actions) == []
