"""Round 24 (address24): a town in a contact line whose fields are aligned columns, middle dots or escaped line
breaks, and a contact line held by an e-mail address or a phone number rather than a name (0.55).

The dev set was written before the change; the check set after it, on forms it was not tuned on."""
import pytest

from redactor.detect.address_runs import address_runs
from redactor.detect.place_names import load as load_place_names
from tests.address_pieces import piece_spans

load_place_names()


def _places(text: str, pieces: list[tuple[str, str]]) -> list[str]:
    return [text[span.start:span.end] for span in address_runs(text, piece_spans(text, pieces))
            if span.detector == "address_record_places"]


# Dev set: written before the change.
@pytest.mark.parametrize("text, pieces, town", [
    # pandas prints a frame in columns aligned with spaces
    ("0  Ana Ruiz       ana.ruiz@mail.es       Sevilla\n",
     [("PERSON", "Ana Ruiz"), ("EMAIL", "ana.ruiz@mail.es")], "Sevilla"),
    # a fixed-width report
    ("Jonas Weber      1987-03-12   Freiburg   active", [("PERSON", "Jonas Weber")], "Freiburg"),
    # a signature with middle dots
    ("Lena Fischer · lena.fischer@posteo.de · Leipzig",
     [("PERSON", "Lena Fischer"), ("EMAIL", "lena.fischer@posteo.de")], "Leipzig"),
    # a table printed inside a JSON string (a tool's stdout)
    ('{"stdout": "id  name          city\\n1   Tomas Silva   Porto\\n"}', [("PERSON", "Tomas Silva")], "Porto"),
    # a line held by an e-mail address alone
    ("maria.k@gmail.com   Thessaloniki", [("EMAIL", "maria.k@gmail.com")], "Thessaloniki"),
    # bullets between fields
    ("• Priya Nair • Chennai • +91 98400 12345", [("PERSON", "Priya Nair"), ("PHONE", "+91 98400 12345")], "Chennai"),
])
def test_dev_a_town_in_a_contact_lines_column(text, pieces, town):
    assert _places(text, pieces) == [town]


@pytest.mark.parametrize("text, pieces", [
    ("Ana Ruiz joined.  Paris is next on the list.", [("PERSON", "Ana Ruiz")]),       # sentences, not columns
    ("Ana Ruiz  ·  Design Lead  ·  Acme", [("PERSON", "Ana Ruiz")]),                   # no town
    ("Ana Ruiz    Phoenix    deploy", [("PERSON", "Ana Ruiz")]),                       # a software name first
    ("Berlin    200 OK   12ms", []),                                                   # no contact on the line
    ("eu-west   Frankfurt   3 nodes", []),                                             # a region's data centre
])
def test_dev_what_stays(text, pieces):
    assert _places(text, pieces) == []


# Check set: written after the change, not tuned on.
@pytest.mark.parametrize("text, pieces, town", [
    # `column -t` over a CSV export
    ("Kofi Mensah    kofi.mensah@yahoo.com    Kumasi    2023-04-11",
     [("PERSON", "Kofi Mensah"), ("EMAIL", "kofi.mensah@yahoo.com")], "Kumasi"),
    # a phone list with the town last, aligned
    ("+48 601 222 333    Gdansk", [("PHONE", "+48 601 222 333")], "Gdansk"),
    # a mail footer written with middle dots, town in the middle
    ("Ines Duarte · Braga · +351 912 345 678", [("PERSON", "Ines Duarte"), ("PHONE", "+351 912 345 678")], "Braga"),
    # an escaped tab inside a JSON log message
    ('{"msg": "user\\tHelga Berg\\tTromso\\tactive"}', [("PERSON", "Helga Berg")], "Tromso"),
])
def test_check_a_town_in_a_contact_lines_column(text, pieces, town):
    assert _places(text, pieces) == [town]


@pytest.mark.parametrize("text, pieces", [
    ("Kofi Mensah    kofi.mensah@yahoo.com    Gold    2023-04-11",
     [("PERSON", "Kofi Mensah"), ("EMAIL", "kofi.mensah@yahoo.com")]),                  # a plan, a word
    ("ops@acme.io  ·  on call  ·  weekends", [("EMAIL", "ops@acme.io")]),              # no town
    ("    return Denver  # Helga Berg's fix", [("PERSON", "Helga Berg")]),             # code, not a field
    ("Helga Berg    Norway    2021", [("PERSON", "Helga Berg")]),                       # a country alone
])
def test_check_what_stays(text, pieces):
    assert _places(text, pieces) == []
