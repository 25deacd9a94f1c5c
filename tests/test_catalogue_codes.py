"""catalogue_codes.py: a doubtful id that is a product's or a publication's code (check digits, a catalogue column)
is let through; a person's number and a sure finding stay."""
from redactor.detect.base import Span
from redactor.detect.catalogue_codes import is_catalogue_code, without_catalogue_codes


def test_isbns_and_issns_with_valid_check_digits_are_catalogue_codes():
    assert is_catalogue_code("978-0-306-40615-7")
    assert is_catalogue_code("9780306406157")
    assert is_catalogue_code("0-306-40615-2")
    assert is_catalogue_code("0317-8471")


def test_numbers_that_fail_the_check_or_the_layout_are_not():
    assert not is_catalogue_code("9780306406158")  # wrong check digit
    assert not is_catalogue_code("0306406152")  # ten bare digits: a phone number as often
    assert not is_catalogue_code("4006381333931")  # an EAN-13 outside Bookland: account numbers pass mod 10 too
    assert not is_catalogue_code("M-220415")


def _kept(text: str, values: list[str], score: float = 0.55) -> list[str]:
    spans = [Span(text.index(v), text.index(v) + len(v), "ID_NUMBER", "pii", score, "test") for v in values]
    return [text[s.start:s.end] for s in without_catalogue_codes(text, spans)]


def test_cells_under_a_catalogue_header_are_let_through():
    text = "Part No. | description | qty\nQX-4471 | hinge, steel | 40\nQX-4472 | hinge, brass | 12\n"
    assert _kept(text, ["QX-4471", "QX-4472"]) == []


def test_ids_under_other_headers_and_sure_findings_stay():
    text = "member | plan\nQX-4471 | gold\nQX-4472 | silver\n"
    assert _kept(text, ["QX-4471", "QX-4472"]) == ["QX-4471", "QX-4472"]
    text = "sku | owner\nQX-4471 | Ana\nQX-4472 | Ben\n"
    assert _kept(text, ["QX-4471"], score=0.8) == ["QX-4471"]


def test_a_book_number_is_let_through_beside_the_name_of_its_code():
    assert _kept("Order 7: ISBN 978-0-306-40615-7, two copies", ["978-0-306-40615-7"]) == []
    assert _kept("ISSN 0317-8471 (print)", ["0317-8471"]) == []


def test_check_digits_alone_do_not_let_a_number_go():
    # A hyphenated ten-digit number or a 13-digit one starting 978 passes the check one time in ten or eleven: a
    # recovery number or an account number that happens to pass stays redacted where nothing names a book's code.
    assert _kept("your recovery number is 0-306-40615-2, keep it", ["0-306-40615-2"]) == ["0-306-40615-2"]
    assert _kept("gift card 9780306406157 balance 40 EUR", ["9780306406157"]) == ["9780306406157"]
