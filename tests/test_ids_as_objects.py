"""ids_as_objects: a record's id in a URL path after its collection word, a long number after '#' (dev set:
tests/corpus/pii_recall/samples_contact16.py, 'id_bare')."""
from __future__ import annotations

import pytest

from redactor.detect.ids_as_objects import find_ids_as_objects
from tests.growth import assert_linear_growth


def _found(text: str) -> list[str]:
    return [text[start:end] for start, end, _ in find_ids_as_objects(text)]


@pytest.mark.parametrize("text, ids", [
    ("GET /api/v2/patients/P0093321/visits returned 404", ["P0093321"]),
    ("https://crm.example.com/customers/C88120/invoices", ["C88120"]),
    ("see https://shop.example.de/kunden/KD-448120?tab=orders", ["KD-448120"]),
    ('{"href": "/members/88201934"}', ["88201934"]),
    ("curl -X DELETE https://api.example.com/users/u_77120934", ["u_77120934"]),
    ("Refund for #4471902 approved by finance.", ["4471902"]),
    ("Pedido #20240918 cancelado", ["20240918"]),
])
def test_ids_referred_to_as_objects(text, ids):
    assert _found(text) == ids


@pytest.mark.parametrize("text", [
    "curl -s https://api.example.com/v1/users/me/orders?limit=50",
    "GET /users/{id}/orders/:orderId",
    "GET /users/42",  # a fixture's short number
    "/users/3fa85f64-5717-4562-b3fc-2c963f66afa6",  # a UUID: the program's key
    "/orders/v2/list",
    "fixes #123456 in the changelog",  # an issue number
    "body { color: #333333; fill: #00000080; }",
    "https://example.com/page#12345678",
    "&#8212;&#1234567;",
])
def test_not_ids(text):
    assert _found(text) == []


def test_linear_growth():
    chunk = "GET /customers/C88120/invoices #4471902 /users/me color: #00000080;\n"

    def work(size: int):
        text = chunk * (size // len(chunk))
        return lambda: list(find_ids_as_objects(text))

    assert_linear_growth(work, 200_000)
