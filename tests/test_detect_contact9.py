"""Round 9 contact mechanisms: phones after `key=` and in Russia's trunk-8 layout, logins under person-word
columns, in chat copies, after chat lead-ins, "login as", named accounts and "for <login>" about an account."""
import pytest

from redactor.detect.base import DetectionInput
from redactor.detect.keywords import lowered_same_length
from redactor.detect.login_cues import find_cued_logins
from redactor.detect.pii import PiiDetector
from redactor.detect.usernames import find_usernames
from tests.growth import assert_linear_growth

PII = PiiDetector()


def phones(text: str) -> list[str]:
    return [text[s.start:s.end] for s in PII.detect(DetectionInput(text, "prose", None)) if s.kind == "PHONE"]


def logins(text: str) -> list[str]:
    return [text[start:end] for start, end, _ in find_usernames(text)]


@pytest.mark.parametrize("text, phone", [
    ("2024-03-01 INFO sms.send to=+14155550123 status=queued", "+14155550123"),
    ("sid=SM1 to=+447700900123 ok", "+447700900123"),  # a fictional (possible, not valid) range after "to="
    ("caller_id=+12025550143 duration=34s", "+12025550143"),
    ("msisdn:+491701234567 registered", "+491701234567"),
    ("тел. 8-912-345-67-89", "8-912-345-67-89"),
    ("звоните 8 912 345-67-89", "8 912 345-67-89"),
    ("Phone: 8 800 555 35 35", "8 800 555 35 35"),
    ("Контакт: 8 (495) 123-45-67", "8 (495) 123-45-67"),
    ("Anna, (+44) 20-7946-0958, Berlin", "(+44) 20-7946-0958"),
    ("You can reach Anna on 0532 418 77 20 after six.", "0532 418 77 20"),
])
def test_phones_after_keys_and_russian_trunk(text, phone):
    assert phone in phones(text)


@pytest.mark.parametrize("text", ["ratio=+12.5 offset=+3600", "x=+1234567890123 y", "build 8 123 456 78 90 done",
                                  "reach the API on 10 20 30 40 50", "f(+12) 3456 7890",
                                  "user, email, created\ndmitri, dmitri@corp.example, 2024-01-01",
                                  "mail a@b.com, 12.03.2024"])
def test_no_phone_in_signed_numbers_or_invalid_trunk_numbers(text):
    assert phones(text) == []


@pytest.mark.parametrize("text, expected", [
    ("date,who,ip\n2024-05-01,dmitri,10.0.0.4\n2024-05-02,kpatel,10.0.0.5", ["dmitri", "kpatel"]),
    ("ts;operator;action\n09:00;hsato;restart", ["hsato"]),
    ("kpatel  10:42 AM\nthe build is red again", ["kpatel"]),
    ("sroy [10:43 AM]: yes looking", ["sroy"]),
    ("thanks\n— olga.s, 10:42 AM", ["olga.s"]),
    ("@kpatel: see above", ["kpatel"]),
    ("Message from tkowalski: please review", ["tkowalski"]),
    ("login as tkowal and run the script", ["tkowal"]),
    ('The user named "zoe_w" keeps getting 403s.', ["zoe_w"]),
    ("WARN session expired for jkowalczyk", ["jkowalczyk"]),
    ("Can you reset the password for mfernandes? She is locked out.", ["mfernandes"]),
])
def test_cued_logins(text, expected):
    assert [login for login in logins(text) if login in expected] == expected


@pytest.mark.parametrize("text", [
    "who,count\nyes,3\nno,5",
    "sender,count\nsystem,4\nnoreply,9",
    "Message from the team: thanks",
    "login as admin and open settings",
    "reset the password for production, then rotate the keys",
    "the session expired for today.",
    "Results  10:42 AM\nall green",
    "password for config.yaml\n",
])
def test_no_cued_login_in_ordinary_words(text):
    assert logins(text) == []


def test_cued_logins_grow_linearly():
    block = ("date,who,ip\n2024-05-01,dmitri,10.0.0.4\nkpatel  10:42 AM\nhi\n@sroy: ok\nMessage from tkow: x\n"
             "login as tkowal now\nuser named \"zoe_w\"\nsession expired for jkow\n")

    def work(size: int):
        text = block * (size // len(block))
        lowered = lowered_same_length(text)
        return lambda: list(find_cued_logins(text, lowered))
    assert_linear_growth(work, 200_000)


# --- address pieces written alone ------------------------------------------------------------------

from redactor.detect.address_fragments import find_address_fragments  # noqa: E402


@pytest.mark.parametrize("text, piece", [
    ("I'm in flat 4 now, the buzzer is broken.", "flat 4"),
    ("Apartment 3C has a leak again", "Apartment 3C"),
    ("the parcel went to unit 12 instead of mine", "unit 12"),
    ("postcode 10115, Berlin", "10115"),
    ("zip code is 94043", "94043"),
    ("my house number is 27", "27"),
])
def test_address_pieces_alone(text, piece):
    assert piece in [text[s.start:s.end] for s in PII.detect(DetectionInput(text, "prose", None))
                     if s.kind == "STREET_ADDRESS"]


@pytest.mark.parametrize("text", [
    "unit 12 of the test suite fails; see room 4 in the wiki",
    "the zip 2024 archive is 10115 bytes",
    "flat 4% growth this quarter",
])
def test_no_address_piece_without_a_dwelling(text):
    assert list(find_address_fragments(text)) == []


def test_a_piece_inside_a_record_leaves_the_record_its_whole_address():
    text = "GT1|1||NAIDOO^PRIYA||7 MARINE PARADE^FLAT 3^DURBAN^KZN^4001^ZA|^PRN^PH^^^^0315550111"
    assert "7 MARINE PARADE^FLAT 3^DURBAN^KZN^4001^ZA" in [
        text[s.start:s.end] for s in PII.detect(DetectionInput(text, "prose", None)) if s.kind == "STREET_ADDRESS"]


def test_address_pieces_grow_linearly():
    block = "flat 4, unit 12 of the suite, parcel to unit 5, postcode 10115, house number 27, room 3\n"

    def work(size: int):
        text = block * (size // len(block))
        return lambda: list(find_address_fragments(text))
    assert_linear_growth(work, 200_000)


# --- an e-mail's local part elsewhere --------------------------------------------------------------

from redactor.detect.base import Span  # noqa: E402
from redactor.detect.logins_of_people import logins_of_people  # noqa: E402


def _local_part_logins(text: str) -> list[str]:
    emails = [Span(s.start, s.end, s.kind, "pii", s.score, "pii") for s in PII.detect(DetectionInput(text, "prose", None))
              if s.kind == "EMAIL"]
    return [text[s.start:s.end] for s in logins_of_people(text, emails)]


@pytest.mark.parametrize("text, login", [
    ("username,email\njsmith,jsmith@acme.com", "jsmith"),
    ("From: priya.n@globex.io\n...\npriya.n said she'd look", "priya.n"),
])
def test_local_part_of_an_email_elsewhere_is_a_login(text, login):
    assert _local_part_logins(text) == [login]


@pytest.mark.parametrize("text", [
    "Contact info@acme.com or support@acme.com; our info page has more.",
    "mark@example.org wrote: mark the ticket as done",
])
def test_function_mailboxes_and_words_are_not_logins(text):
    assert _local_part_logins(text) == []


def test_local_parts_grow_linearly():
    block = "jsmith,jsmith@acme.com,x\nsomeone wrote to dkowal today about dkowal@corp.example\n"

    def work(size: int):
        text = block * (size // len(block))
        emails = [Span(s.start, s.end, s.kind, "pii", s.score, "pii")
                  for s in PII.detect(DetectionInput(text, "prose", None)) if s.kind == "EMAIL"]
        return lambda: logins_of_people(text, emails)
    assert_linear_growth(work, 100_000)


@pytest.mark.parametrize("text, expected", [
    ("    by j-novak on 2024-05-01", ["j-novak"]),
    ("Tagging svetlana-p and j.ortega here", ["svetlana-p", "j.ortega"]),
    ("The screenshot shows the logged-in user as nkariuki.", ["nkariuki"]),
    ("okafor.e commented: this looks wrong", ["okafor.e"]),
    ("lchen88 approved these changes", ["lchen88"]),
    ("team: platform; oncall: jlarsen", ["jlarsen"]),
    ("Assignee\ndmitri", ["dmitri"]),
])
def test_forge_timelines_ops_labels_and_initial_surname_logins(text, expected):
    found = [text[s.start:s.end] for s in PII.detect(DetectionInput(text, "prose", None)) if s.kind == "USERNAME"]
    assert [login for login in found if login in expected] == expected


@pytest.mark.parametrize("text", [
    "dependabot opened a pull request; someone pushed a fix",
    "sent by e-mail today",
    "primary: eu-west-1\nsecondary: us-east-2",
])
def test_no_login_in_bots_words_or_regions(text):
    assert [s for s in PII.detect(DetectionInput(text, "prose", None)) if s.kind == "USERNAME"] == []


@pytest.mark.parametrize("text, expected", [
    ("Benutzername,Abteilung\nmweber,Vertrieb", ["mweber"]),
    ("utilisateur;service\njdupont;RH", ["jdupont"]),
    ("mi usuario es mgarcia84", ["mgarcia84"]),
    ("用户名：wangwei88", ["wangwei88"]),
    ("mon identifiant est jdupont.", ["jdupont"]),
])
def test_username_labels_in_other_languages(text, expected):
    assert [login for login in logins(text) if login in expected] == expected


@pytest.mark.parametrize("text", [
    "el usuario es responsable de la contraseña",
    "Die Benutzer\nhaben keinen Zugriff",
    "Benutzer: root",
])
def test_no_login_after_a_foreign_label_word_in_prose(text):
    assert logins(text) == []


def test_camel_case_chat_speakers_with_a_stamp_or_in_a_transcript():
    assert logins("[21:04] darkPhoenix: anyone up for a raid?") == ["darkPhoenix"]
    assert logins("nightOwl42: anyone up for a raid?\nzeroCool_7: sure, in ten") == ["nightOwl42", "zeroCool_7"]
    assert logins("errorMessage: could not connect\nretryPolicy: exponential backoff with jitter") == []
