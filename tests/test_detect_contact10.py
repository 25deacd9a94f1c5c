"""Round 10's contact mechanisms: login columns of pipe tables, logins in account files and admin commands,
prose about an account on a service, and the precision items (module paths, data rows, TSV headers)."""
import pytest

from redactor.detect.usernames import find_usernames
from tests.growth import assert_linear_growth


def _logins(text):
    return {(text[start:end], score >= 0.6) for start, end, score in find_usernames(text)}


def _found(text):
    return {value for value, _ in _logins(text)}


@pytest.mark.parametrize("text, expected", [
    ("| User | Shell |\n|---|---|\n| jdoe | /bin/bash |\n| m.tan | /bin/zsh |", {"jdoe", "m.tan"}),
    ("| PR | Author |\n|:--|:--|\n| #412 | okafor-e |\n| #415 | lchen88 |", {"okafor-e", "lchen88"}),
    ("| jkowalski | 14 commits |\n| r_ahmed | 9 commits |\n| tolu-a | 3 commits |", {"jkowalski", "r_ahmed", "tolu-a"}),
    ("2024-05-01 10:00,tnguyen,LOGIN_OK\n2024-05-01 10:03,mkhan,LOGIN_FAIL\n2024-05-01 10:04,hwong,LOGIN_OK",
     {"tnguyen", "mkhan", "hwong"}),
])
def test_login_columns_of_pipe_tables_and_plain_logins(text, expected):
    assert expected <= _found(text)


@pytest.mark.parametrize("text, expected", [
    ("dmoreau:x:1001:1001:Denis Moreau,,,:/srv/d:/bin/bash", "dmoreau"),
    ("lchen:$6$abc$def:19700:0:99999:7:::", "lchen"),
    ("rgupta:$apr1$r31.....$HqJZimcKQFAMYayBlzkrA/", "rgupta"),
    ("kjames ALL=(ALL) NOPASSWD: ALL", "kjames"),
    ("0 5 * * * mfoster /usr/local/bin/backup.sh", "mfoster"),
    ("GRANT SELECT ON sales.* TO 'dchen'@'%';", "dchen"),
    ("GRANT readonly TO r_okafor;", "r_okafor"),
    ("kubectl get pods --as=jlarsen -n payments", "jlarsen"),
    ("Get-ADUser -Identity rgupta -Properties LastLogonDate", "rgupta"),
    ("subjects:\n- kind: User\n  name: jlarsen\n  apiGroup: rbac.authorization.k8s.io", "jlarsen"),
    ("I'm pixelwitch on Discord, add me", "pixelwitch"),
    ("Find me on GitHub as kmiller.", "kmiller"),
    ("She goes by nightowl on the forum.", "nightowl"),
    ("He posted as throwaway_9921 on reddit", "throwaway_9921"),
])
def test_logins_in_account_files_commands_and_service_prose(text, expected):
    assert expected in _found(text)


def test_tag_is_an_addressing_cue():
    from redactor.detect.keywords import lowered_same_length
    from redactor.detect.logins_in_person_slots import find_logins_in_person_slots

    text = "Tag lmorales in the PR please"
    assert [text[start:end] for start, end, _ in find_logins_in_person_slots(text, lowered_same_length(text))] == [
        "lmorales"]


def test_dictionary_word_logins_stay_doubtful():
    assert ("nightowl", False) in _logins("She goes by nightowl on the forum.")


@pytest.mark.parametrize("text", [
    "module example.com/app\n\nrequire (\n\tgithub.com/spf13/cobra v1.8.0\n\tgithub.com/spf13/viper v1.18.2\n)",
    "github.com/spf13/pflag v1.0.5 h1:iy+VFUOCP1a+8yFto/drg2CJ5u0yRoB7fZw3DKv/JXA=",
    'import "github.com/spf13/cobra"',
    "go install github.com/golangci/golangci-lint/cmd/golangci-lint@latest",
    "ts,user,event\n2024-05-01T10:00,jdoe,login\n2024-05-01T10:02,m.tan,logout",
    "nickname\tkarma\npixelwitch\t55",
    "| Step | Status |\n|---|---|\n| build | passed |\n| test | failed |",
    "* * * * * root /usr/bin/run-parts /etc/cron.hourly",
    "0 3 * * * python manage.py cleanup",
    "GRANT SELECT ON reports TO analytics_role;",
    "I'm fine on Discord, thanks",
    "she goes by Bill these days",
    "posted as a guest on reddit",
    "runas /user:CORP\\tkowal cmd.exe",
])
def test_no_login_in_module_paths_data_rows_roles_or_words(text):
    found = _found(text)
    assert not found & {"spf13", "golangci", "logout", "login", "karma", "build", "test", "python", "analytics_role",
                        "fine", "Bill", "guest", "CORP"}


def test_account_file_and_service_rules_grow_linearly():
    unit = ("kjames:x:1001:1001::/srv/k:/bin/sh\n0 5 * * * mfoster /usr/bin/b\nGRANT x TO 'dchen'@'%';\n"
            "I'm pixelwitch on Discord and on Steam as GrimTusk\n| a | b |\n|---|---|\n| jdoe | c |\n")

    def work(size):
        text = unit * (size // len(unit))
        return lambda: list(find_usernames(text))

    assert_linear_growth(work, 100_000)


@pytest.mark.parametrize("text, expected", [
    ("cc: @r.okafor, tpham3, mkhan and kt_vance", {"r.okafor", "tpham3", "mkhan", "kt_vance"}),
    ("Discord: pixelwitch", {"pixelwitch"}),
    ("IG - ana.travels", {"ana.travels"}),
    ("steam_id=GrimTusk", {"GrimTusk"}),
])
def test_lists_holding_a_login_and_service_labels(text, expected):
    assert expected <= _found(text)


@pytest.mark.parametrize("text", [
    "ticket,assigned_to,status\nT-1,jdoe_2,open\nT-2,mkhan_3,closed",
    "reviewers: jdoe_2, build, Alice",
    "cc: @r.okafor, the docs team and ops",
])
def test_no_list_neighbour_that_is_a_code_a_word_or_a_csv_cell(text):
    assert not _found(text) & {"T-1", "T-2", "build", "Alice", "the", "docs", "ops", "open", "closed"}


def test_list_neighbours_grow_linearly():
    def work(size):
        text = "cc: @r.okafor" + ", tpham3" * (size // 8)
        return lambda: list(find_usernames(text))

    assert_linear_growth(work, 40_000)


@pytest.mark.parametrize("text, phone", [
    ("Tel: 08-123 456 78", "08-123 456 78"),
    ("mobil 070-123 45 67, kontor 08-555 123 45", "070-123 45 67"),
    ("You can also try 08-123 456 78 in the morning.", "08-123 456 78"),
])
def test_swedish_phone_layout(text, phone):
    from redactor.detect.base import DetectionInput
    from redactor.detect.pii import PiiDetector

    spans = PiiDetector().detect(DetectionInput(text))
    assert phone in {text[span.start:span.end] for span in spans if span.kind == "PHONE"}


@pytest.mark.parametrize("text", ["version 08-123 456 78 is bogus", "PO 070-123 45 67 shipped",
                                  "server: web_01", "stack: node_modules", "matrix: py3_11"])
def test_no_phone_or_login_in_versions_orders_or_config_keys(text):
    from redactor.detect.base import DetectionInput
    from redactor.detect.pii import PiiDetector

    spans = PiiDetector().detect(DetectionInput(text))
    assert not [span for span in spans if span.kind in ("PHONE", "USERNAME")]


@pytest.mark.parametrize("text, login", [
    ("sam.ortiz3 can not push to the repo", "sam.ortiz3"),
    ("Could you unlock rpatel-dev?", "rpatel-dev"),
    ("Ravi Patel,ravi@x.io,rpatel-dev,Seattle", "rpatel-dev"),
    ("| 2024-05-01 | kt_vance | login failed |", "kt_vance"),
    ("Please give patel_r write access", "patel_r"),
])
def test_logins_built_of_a_name_standing_alone_are_doubtful(text, login):
    from redactor.detect.standalone_logins import find_standalone_logins

    assert (login, 0.55) in {(text[start:end], score) for start, end, score in find_standalone_logins(text)}


@pytest.mark.parametrize("text", [
    'if (!res.ok) throw new Error("refresh failed");',
    "the on-prem appliance was rebooted",
    "self.price = max_len * 2; import react-dom; sha256 and md5 digests",
    "see report_2024.csv and acme.com for the numbers",
    "pip install scikit-learn==1.4 and node-gyp",
    "const total = order.amount + tax_rate;",
])
def test_no_standalone_login_in_code_names_files_or_words(text):
    from redactor.detect.standalone_logins import find_standalone_logins

    assert list(find_standalone_logins(text)) == []


def test_standalone_logins_grow_linearly():
    from redactor.detect.standalone_logins import find_standalone_logins

    unit = "sam.ortiz3 asked rpatel-dev about kt_vance and the on-prem box, res.ok\n"

    def work(size):
        text = unit * (size // len(unit))
        return lambda: list(find_standalone_logins(text))

    assert_linear_growth(work, 200_000)


@pytest.mark.parametrize("text, phone", [
    ("you can reach her on 22 123 45 67 most days", "22 123 45 67"),
    ("her number is 912 34 567.", "912 34 567"),
    ("you can reach her on (11) 91234-5678 most days", "(11) 91234-5678"),
    ("her number is 0664 123 45 67.", "0664 123 45 67"),
])
def test_a_persons_number_after_reach_or_a_possessive(text, phone):
    from redactor.detect.base import DetectionInput
    from redactor.detect.pii import PiiDetector

    spans = PiiDetector().detect(DetectionInput(text))
    assert phone in {text[span.start:span.end] for span in spans if span.kind == "PHONE"}


@pytest.mark.parametrize("text", ["her order number is 22 123 45 67", "our number of users is 12 345 678"])
def test_no_phone_in_a_count_or_an_order_number(text):
    from redactor.detect.base import DetectionInput
    from redactor.detect.pii import PiiDetector

    assert not [span for span in PiiDetector().detect(DetectionInput(text)) if span.kind == "PHONE"]
