"""Secrets in the value slot of a record's name/value pair (round 39): a HAR header object named Cookie, a browser
dump's `cookies:` line, a password manager entry's Password field holding digits."""
from redactor.detect.base import DetectionInput
from redactor.detect.secrets import SecretsDetector


def _found(text: str) -> list[tuple[str, str]]:
    return [(s.kind, text[s.start:s.end]) for s in SecretsDetector().detect(DetectionInput(text))]


def test_a_har_header_object_named_cookie_holds_the_session():
    text = ('"headers": [{"name": "Accept", "value": "text/html"}, '
            '{"name": "Cookie", "value": "lang=nl; wb_auth=Q2x1c3Rlci1mYWtlLXNlc3Npb24tOTk0MQ"}]')
    assert any(kind == "SESSION_COOKIE" and "Q2x1c3Rlci1mYWtlLXNlc3Npb24tOTk0MQ" in value
               for kind, value in _found(text))


def test_a_cookies_line_of_a_browser_dump_holds_every_token_pair():
    text = "cookies: theme=dark; portal_csrf=9f1c0be27d4a5e6f8a3b2c1d0e9f8a7b6c5d4e3f\nlocalStorage: {}"
    assert any("9f1c0be27d4a5e6f8a3b2c1d0e9f8a7b6c5d4e3f" in value for _, value in _found(text))


def test_digits_under_a_password_managers_password_key():
    text = ("<Entry><String><Key>Title</Key><Value>Bike lock</Value></String>"
            "<String><Key>Password</Key><Value ProtectInMemory=\"True\">5082</Value></String></Entry>")
    assert ("PASSWORD", "5082") in _found(text)


def test_cookie_words_in_prose_and_other_fields_stay():
    text = ('{"name": "Cookie policy", "value": "accepted"} cookies: none set yet. '
            "<String><Key>Title</Key><Value>2024</Value></String>")
    assert _found(text) == []


def test_a_password_handed_out_in_groups_is_one_value():
    from redactor.detect.password_slots import password_slot_spans
    text = "Nextcloud, app-Passwort für den Kalender: Q7WM 2KD9 XR4T P0LB, bitte nicht teilen"
    found = [text[s.start:s.end] for s in password_slot_spans(text, text.lower(), [])]
    assert found == ["Q7WM 2KD9 XR4T P0LB"]


def test_a_number_in_groups_after_a_password_word_is_no_grouped_password():
    from redactor.detect.password_slots import password_slot_spans
    text = "password reset line: 0800 1234 5678"
    assert "0800 1234 5678" not in [text[s.start:s.end] for s in password_slot_spans(text, text.lower(), [])]
