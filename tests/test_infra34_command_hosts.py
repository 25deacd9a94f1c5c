"""Round 34 (infra34, issue 12): one-label machines where a network command puts a host, and documentation values
by their stated role. All names are invented and written for these tests (not the corpus's phrasings)."""
import pytest

from redactor.detect.engine import DetectionEngine
from redactor.detect.infra_command_hosts import find_hosts_in_network_commands
from redactor.policy import load_policy
from tests.detection_support import blanked


@pytest.fixture(scope="module")
def engine():
    return DetectionEngine.from_policy(load_policy("default"))


def _found(text):
    return [text[start:end] for start, end, _ in find_hosts_in_network_commands(text, frozenset)]


@pytest.mark.parametrize("text, host", [
    ("$ ping -c 4 -W 1 brackenhall\n", "brackenhall"),
    ("root@ops:~# traceroute -n quillmere\n", "quillmere"),
    ("`telnet sorrowby 25` hangs after EHLO", "sorrowby"),
    ("$ nc -zv pellinor 6432\n", "pellinor"),
    ("$ ssh -p 2222 -i ~/.ssh/ops_ed25519 ops@yarrowdene\n", "yarrowdene"),
    ("$ dig @ns-int-2 +short larkspur-api\n", "larkspur-api"),
    ("$ sudo nmap -sS -p 1-1024 corvath\n", "corvath"),
    ("PING ferrowgate (10.4.0.7) 56(84) bytes of data.", "ferrowgate"),
    ("traceroute to ulverston-gw (10.1.0.1), 30 hops max, 60 byte packets", "ulverston-gw"),
    ("ssh: connect to host wendlebury port 22: No route to host", "wendlebury"),
    ("curl: (6) Could not resolve host: tamsworth", "tamsworth"),
    ("ssh: Could not resolve hostname pinfold: Temporary failure in name resolution", "pinfold"),
    ("Error: getaddrinfo EAI_AGAIN kestrelmoor", "kestrelmoor"),
    ("dial tcp: lookup ravensike on 10.0.0.2:53: server misbehaving", "ravensike"),
    ('psql: error: could not translate host name "glenmarsh" to address', "glenmarsh"),
    ("ERROR 2005 (HY000): Unknown MySQL server host 'thornbury' (-2)", "thornbury"),
    ("Could not connect to Redis at hollowmere:6380: Connection refused", "hollowmere"),
    ("** server can't find oakenshaw: NXDOMAIN", "oakenshaw"),
    ("Host fellbarrow not found: 3(NXDOMAIN)", "fellbarrow"),
    ("java.net.UnknownHostException: skelwith", "skelwith"),
    ("ping: wastwater: Name or service not known", "wastwater"),
])
def test_a_one_label_name_in_a_host_slot_of_a_network_command_is_a_machine(engine, text, host):
    assert host in _found(text)
    start = text.index(host)
    assert set(blanked(engine, text)[start:start + len(host)]) == {"#"}


def test_ssh_config_aliases_are_machines():
    text = "Host tarnbeck coldkeld\n    HostName 10.30.2.9\n    User ops\nHost *\n    ServerAliveInterval 30\n"
    assert _found(text) == ["tarnbeck", "coldkeld"]


@pytest.mark.parametrize("text", [
    "$ ping -c 1 localhost\nPING localhost (127.0.0.1) 56(84) bytes of data.",
    "ping me when the migration is done",
    "host the static files on a bucket",
    "ssh into the box and check the logs",
    "$ ssh -i ~/.ssh/id_ed25519 ubuntu@$SERVER_IP",
    "$ ping -c 3 <hostname>",
    "Could not connect to Redis at redis:6379: Connection refused",
    'could not translate host name "postgres" to address: Name or service not known',
    " 1  _gateway (192.168.1.1)  0.512 ms",
    "$ dig github.com +short",
    "Host *\n    ServerAliveInterval 60\n",
])
def test_software_defaults_placeholders_sentences_and_dotted_names_are_not_taken_here(text):
    from redactor.detect.infra import _generic_service_names
    assert [text[s:e] for s, e, _ in find_hosts_in_network_commands(text, _generic_service_names)] == []


def test_an_ordinary_word_in_a_host_slot_is_doubtful():
    [(_, _, score)] = list(find_hosts_in_network_commands("$ ping -c 2 orchard\n", frozenset))
    assert score < 0.6


@pytest.mark.parametrize("text, kind, value", [
    ("Copied from the Terraform docs: web-3.example.net sits behind the balancer.", "INTERNAL_HOSTNAME", "web-3.example.net"),
    ("z przykładu w dokumentacji: pg-a.example.org i pg-b.example.org", "INTERNAL_HOSTNAME", "pg-a.example.org"),
    ("Placeholder values: the account 123456789012 appears in every guide.", "AWS_ACCOUNT_ID", "123456789012"),
])
def test_documentation_names_so_stated_are_no_ones(text, kind, value):
    from redactor.detect.documentation_roles import states_documentation_role
    start = text.index(value)
    assert states_documentation_role(text, start, start + len(value), kind)


@pytest.mark.parametrize("text, kind, value", [
    ("Our staging box is web-3.example.net, reachable over the VPN.", "INTERNAL_HOSTNAME", "web-3.example.net"),
    ("The finance account is 123456789012; deploy there only on Fridays.", "AWS_ACCOUNT_ID", "123456789012"),
    ("See the documentation on runner-7.qorvath.net for the new pool.", "INTERNAL_HOSTNAME", "runner-7.qorvath.net"),
])
def test_without_the_stated_role_or_the_documentation_form_they_stay_findings(text, kind, value):
    from redactor.detect.documentation_roles import states_documentation_role
    start = text.index(value)
    assert not states_documentation_role(text, start, start + len(value), kind)


def test_a_sentence_opening_with_a_command_word_names_no_machine():
    # Dutch prose: "ssh times out at the second hop" (no prompt, no option, words after the would-be target)
    assert _found("ssh timt uit op de tweede hop, klopt deze config?") == []
    assert _found("nc mossgate 5432") == ["mossgate"]
