"""Round 25 (secrets25), dev set: written before the change, the examples it was built on.

Three mechanisms: a column of a pasted credential inventory holds a secret per row even when its header names no
secret (`value`, `cred`) or there is no header, because its cells are random and differ row to row; a vault
export aligned with blanks under a lower-case header (`db user password`); and the password-hash lines of
`shadow` and of pwdump (`user:rid:LM:NT:::`). Every value here is invented.
"""
from __future__ import annotations

import pytest

from redactor.detect.engine import DetectionEngine
from redactor.policy import load_policy
from tests.wire_coverage import covered_on_wire, untouched_on_wire


@pytest.fixture(scope="module")
def engine() -> DetectionEngine:
    return DetectionEngine.from_policy(load_policy("default"))


RANDOM_COLUMNS = [
    # no header: service, owner, the secret, a date
    ("orders\tapp_rw\tQ7vLm2xTp9Rk\t2024-01-01\nbilling\tbill_ro\thN4sW8cZe1Yu\t2024-01-02\n"
     "reports\trep_ro\tpZ3kD9wQ1vXe\t2024-01-03", ["Q7vLm2xTp9Rk", "hN4sW8cZe1Yu", "pZ3kD9wQ1vXe"]),
    # a header that names no secret (`url`), hex-40 keys
    ("name,url,cred\ngitlab runner,https://gitlab.example.com,5f1a9c3e7b2d4068a1c3e5f7b9d2a4c6e8f0b1d3\n"
     "ci bot,https://ci.example.com,c2e4a6b8d0f1a3c5e7b9d1f2a4c6e8b0d2f4a6c8",
     ["5f1a9c3e7b2d4068a1c3e5f7b9d2a4c6e8f0b1d3", "c2e4a6b8d0f1a3c5e7b9d1f2a4c6e8b0d2f4a6c8"]),
    # a Markdown inventory without a secret word in the header
    ("| app | env | issued | |\n|---|---|---|---|\n| mailer | prod | 2024-02-11 | Vb7Kx2Qm9LpT4zRw |\n"
     "| search | prod | 2024-03-02 | Nd3Fy8Ws1HjC6gPa |", ["Vb7Kx2Qm9LpT4zRw", "Nd3Fy8Ws1HjC6gPa"]),
    # generated passwords written in groups (a password manager's "memorable" random form)
    ("host,login,pw\nnas-01,admin,kDx7Qm-vR2pLt-9wZbNe\nnas-02,admin,Tq4nWc-8JhsKd-pL3xYv\nnas-03,admin,bN6rZe-Fw2kQm-7tHcXs",
     ["kDx7Qm-vR2pLt-9wZbNe", "Tq4nWc-8JhsKd-pL3xYv", "bN6rZe-Fw2kQm-7tHcXs"]),
    ("| svc | cred | |\n|---|---|---|\n| ftp | Xk9m-Qp2L-w7Zt-R4vB | rotated |\n| smb | Lw3n-Hc8D-q1Ys-T6pK | rotated |",
     ["Xk9m-Qp2L-w7Zt-R4vB", "Lw3n-Hc8D-q1Ys-T6pK"]),
    # one key shared by two rows of four: still a column of keys (the repeat is what the reader asks about)
    ("site\tkey\nmill lane\tf0d9a1c7e3b54a2c8e6d0b9f7a1c3e5d\nquay st\t7b3e9d1f5a2c4e6b8d0f1a3c5e7b9d2f\n"
     "old mill\tf0d9a1c7e3b54a2c8e6d0b9f7a1c3e5d\nharbour\t2c4e6a8b0d1f3a5c7e9b1d3f5a7c9e0b",
     ["7b3e9d1f5a2c4e6b8d0f1a3c5e7b9d2f", "2c4e6a8b0d1f3a5c7e9b1d3f5a7c9e0b", "f0d9a1c7e3b54a2c8e6d0b9f7a1c3e5d"]),
]


@pytest.mark.parametrize("text,values", RANDOM_COLUMNS)
def test_a_column_of_random_values_is_redacted(engine, text, values):
    for value in values:
        assert covered_on_wire(engine, text, value), value


LOWER_CASE_ALIGNED = [
    ("db user password\norders app_rw Q7vLm2xTp9Rk\nbilling bill_ro hN4sW8cZe1Yu", ["Q7vLm2xTp9Rk", "hN4sW8cZe1Yu"]),
    ("host        login     passwd\ndb-main     backup    Kestrel-Moon-71\ndb-replica  reporter  Quill8-Harbor",
     ["Kestrel-Moon-71", "Quill8-Harbor"]),
]


@pytest.mark.parametrize("text,values", LOWER_CASE_ALIGNED)
def test_a_lower_case_aligned_password_column_is_redacted(engine, text, values):
    for value in values:
        assert covered_on_wire(engine, text, value), value


HASH_LINES = [
    ("Administrator:500:aad3b435b51404eeaad3b435b51404ee:8846f7eaee8fb117ad06bdd830b7586c:::",
     ["8846f7eaee8fb117ad06bdd830b7586c"]),
    ("svc_sql:1104:aad3b435b51404eeaad3b435b51404ee:5835048ce94ad0564e29a924a03510ef:::\n",
     ["5835048ce94ad0564e29a924a03510ef"]),
    ("olduser:rq6Xzl1L2kFqY:18800:0:99999:7:::", ["rq6Xzl1L2kFqY"]),
    # an unsalted hash after a login with a hyphen, and an apr1 hash pasted short
    ("user-ro:8d969eef6ecad3c29a3a629280e686cf0c3f5d5a86aff3ca12020c923adc6c92",
     ["8d969eef6ecad3c29a3a629280e686cf0c3f5d5a86aff3ca12020c923adc6c92"]),
    ("jsmith:$apr1$Qz8dk2Lp$4mT9vXcR1bN7wQ", ["$apr1$Qz8dk2Lp$4mT9vXcR1bN7wQ"]),
]


@pytest.mark.parametrize("text,values", HASH_LINES)
def test_hashes_in_shadow_and_pwdump_lines_are_redacted(engine, text, values):
    for value in values:
        assert covered_on_wire(engine, text, value), value


KEPT = [
    # digests under a header that says so (a lone column of md5 digests is still taken by the random-token rule,
    # before this round too: not this mechanism)
    ("sha,author,date,message\n9fceb02d0ae598e95dc970b74767f19372d61af8,ana,2024-01-02,fix\n"
     "1c002dd4b536e7479fe34593e2d5a3c9b3c1a9a0,bo,2024-01-03,feat", "1c002dd4b536e7479fe34593e2d5a3c9b3c1a9a0"),
    # UUIDs of records
    ("order_id,customer_id,total\n3f2b1c9e-4d5a-4e6f-8a7b-9c0d1e2f3a4b,1201,20.00\n"
     "7a8b9c0d-1e2f-4a3b-8c4d-5e6f7a8b9c0d,1202,31.50", "3f2b1c9e-4d5a-4e6f-8a7b-9c0d1e2f3a4b"),
    # a column of words and versions
    ("package,version,license\nrequests,2.31.0,Apache-2.0\nnumpy,1.26.4,BSD-3-Clause\nurllib3,2.2.1,MIT", "BSD-3-Clause"),
    # a digest after a word that names one
    ("sha256:2c26b46b68ffc68ff99b453c1d30413413422d706483bfa0f98a5e886266e7ae",
     "2c26b46b68ffc68ff99b453c1d30413413422d706483bfa0f98a5e886266e7ae"),
    ("commit:9fceb02d0ae598e95dc970b74767f19372d61af8", "9fceb02d0ae598e95dc970b74767f19372d61af8"),
    # a shadow line with a locked account holds no hash
    ("daemon:*:19000:0:99999:7:::", "daemon"),
]


@pytest.mark.parametrize("text,value", KEPT)
def test_columns_and_lines_without_a_secret_stay(engine, text, value):
    assert untouched_on_wire(engine, text, value)


def test_a_column_whose_random_value_repeats_on_most_rows_is_a_constant_not_keys():
    from redactor.detect.secret_columns import random_value_cells
    text = ("job\tqueue\tstatus\nbackup\tq9Xf2LmZ7pRt4vKw\tok\nreport\tq9Xf2LmZ7pRt4vKw\tok\n"
            "sync\tq9Xf2LmZ7pRt4vKw\tok\nindex\tHd3Kq8Wz1NcV5bYt\tok")
    assert list(random_value_cells(text)) == []
    shared_once = text.replace("report\tq9Xf2LmZ7pRt4vKw", "report\tWm4Rt7Yp2Lk9Qs3X")  # backup and sync share one
    assert len(list(random_value_cells(shared_once))) == 4  # one key on two rows of four: the column holds keys

