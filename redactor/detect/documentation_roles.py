"""Values the text itself says are documentation or test values: nobody's machine, nobody's card.

Some values are made to be printed: RFC 5737 and RFC 3849 reserve address blocks for documentation (192.0.2.0/24,
198.51.100.0/24, 203.0.113.0/24, 2001:db8::/32), and payment providers publish test card numbers for their sandboxes.
But the development and diagnosis corpora also use such values as stand-ins in real-looking traffic ("the backup
ingest at 203.0.113.44 is our own server", a VPN peer `right=203.0.113.77`, a card number in a booking) and annotate
them there: the form alone says nothing. What makes the value an example is its *role*, stated in its own sentence:
"192.0.2.10 (TEST-NET-1, documentation range)", "for example `ssh you@203.0.113.10`", "Beispieladresse
198.51.100.7", "Stripe's test card 4242 ...", "sandbox test card 4111 ...". Such a value is dropped, and so is the
same value written again elsewhere in the same text (the ping output under "may I ping a documentation address?").

- An IP address or CIDR inside a documentation block, whose sentence names documentation, an example or a
  placeholder, TEST-NET or an RFC;
- a CIDR that is a whole special-purpose block (RFC 6890's registry: 10.0.0.0/8, 172.16.0.0/12, 192.168.0.0/16,
  100.64.0.0/10, 169.254.0.0/16, 127.0.0.0/8, the documentation blocks, fc00::/7, fe80::/10) on a line naming an
  RFC ("RFC 1918: 10.0.0.0/8, 172.16.0.0/12 and 192.168.0.0/16"): the standard quoted. Without the RFC a whole block
  stays a finding: a firewall rule or an allow-list (`allow 10.0.0.0/8`) describes the estate, and the corpora
  annotate it;
- a payment card number whose sentence names documentation, an example, a test card, test mode or a sandbox;
- (round 34) a host under RFC 2606's and 6761's documentation names (`www01.example.com`, `db.example.net`,
  `x.example`) whose sentence names documentation, an example or a placeholder ("hosts from the Ansible
  documentation, www01.example.com to www50.example.com"), and AWS's documentation account `123456789012` so
  stated ("the placeholder account in its documentation"), with the resource of an ARN that holds it. Without the
  stated role both stay findings: code and tests write an organisation's own hosts under `example.com`, and people
  write `123456789012` for their own account too (infra_documentation_values.py).

The cue words are word stems in English and the languages of `name_parts.OTHER_LATIN_LANGUAGES` ("documentation",
"Dokumentation", "example", "Beispiel", "ejemplo", "exemple", "esempio", "voorbeeld", "placeholder"). "Reserved" is
not one ("Reservation SMH-... guaranteed on card ..."), and "test" alone is one only for cards, as "test card",
"test mode", "test number": test environments have real machines. The sentence is the value's own: "The fixture
uses the test card 4111 ... But line 88 has what looks like a real card: ..." keeps the second. A cue is a word of
the sentence's own: not a piece of another value (`AKIA...EXAMPLE`, `xoxb-...-EXAMPLE...`, `ghp_EXAMPLE...`) and not a
label of an e-mail address, URL or domain (`dana@example.org`), which name things and state no role.
"""
from __future__ import annotations

import functools
import ipaddress
import re
from typing import Sequence

from redactor.detect.base import Span

_ADDRESS_KINDS = frozenset({"IP_ADDRESS", "CIDR"})
_CARD_KINDS = frozenset({"CREDIT_CARD"})
_HOST_KINDS = frozenset({"INTERNAL_HOSTNAME", "INTERNAL_URL"})
# RFC 2606's second-level names and RFC 6761's `.example` TLD at a host's (or URL host's) end.
_DOCUMENTATION_HOST = re.compile(r"(?:^|[./@])example(?:\.(?:com|net|org))?\.?(?=$|[:/?#])", re.IGNORECASE)
# AWS's documentation account, written by its guides in every ARN and policy example.
_DOCUMENTATION_ACCOUNT = "123456789012"
# An ARN's resource (`user/DevAdmin` of `arn:aws:iam::123456789012:user/DevAdmin`) right after that account.
_ARN_WITH_DOCUMENTATION_ACCOUNT = re.compile(r"arn:[\w-]+:[\w-]*:[\w-]*:123456789012:[\w-]*[/:]?$")
# RFC 5737 (IPv4) and RFC 3849 (IPv6): the blocks reserved for documentation.
_DOCUMENTATION_BLOCKS = tuple(ipaddress.ip_network(block) for block in (
    "192.0.2.0/24", "198.51.100.0/24", "203.0.113.0/24", "2001:db8::/32"))
# RFC 6890's special-purpose blocks that texts quote whole when they explain a standard.
_SPECIAL_PURPOSE_BLOCKS = frozenset(ipaddress.ip_network(block) for block in (
    "10.0.0.0/8", "172.16.0.0/12", "192.168.0.0/16", "100.64.0.0/10", "169.254.0.0/16", "127.0.0.0/8",
    "192.0.2.0/24", "198.51.100.0/24", "203.0.113.0/24", "2001:db8::/32", "fc00::/7", "fe80::/10"))
_DOCUMENTATION_STEMS = (r"doc(?:s\b|ument)|dokument|exampl|e\.g\.|beispiel|ejempl|exempl|esempi|voorbeeld|przykład|"
                        r"örnek|placeholder|platzhalter|marcador|segnaposto|test-net|rfc[ \t]?\d{3,4}")
_ADDRESS_ROLE = re.compile(rf"(?<![\w-])(?:{_DOCUMENTATION_STEMS})", re.IGNORECASE)
_CARD_ROLE = re.compile(
    rf"(?<![\w-])(?:{_DOCUMENTATION_STEMS}|sandbox|test[ \t-]?(?:cards?|mode|numbers?|vectors?|payments?)\b|"
    r"(?:tarjeta|carte|karte|carta|cartão)s?[ \t]+de[ \t]+(?:prueba|test|teste)|testkarte)", re.IGNORECASE)
_RFC = re.compile(r"(?<![\w-])rfc[ \t]?\d{3,4}", re.IGNORECASE)
# A sentence ends at a line break or at ".", "!", "?" before a blank ("e.g. 4242" and "i.e. 10.0.0.1" do not end one).
_SENTENCE_END = re.compile(r"\n|(?<![^\w]e\.g)(?<![^\w]i\.e)[.!?](?=[ \t])")
# Around the value: its sentence, at most this many characters each side (a long single-line paragraph is no sentence).
_CONTEXT = 200


def states_documentation_role(text: str, start: int, end: int, kind: str) -> bool:
    """Whether the finding `text[start:end]` is a documentation or test value by its stated role (module docstring)."""
    if kind in _CARD_KINDS:
        return _role_stated(text, start, end, _CARD_ROLE)
    if kind in _HOST_KINDS:
        return bool(_DOCUMENTATION_HOST.search(text, start, end)) and _role_stated(text, start, end, _ADDRESS_ROLE)
    if text[start:end] == _DOCUMENTATION_ACCOUNT:  # as an account id, or as any 12-digit number's finding
        return _role_stated(text, start, end, _ADDRESS_ROLE)
    if kind == "AWS_ARN":
        arn = _ARN_WITH_DOCUMENTATION_ACCOUNT.search(text, max(0, start - 120), start)
        return arn is not None and _role_stated_near(text, arn.start(), start, _ADDRESS_ROLE)
    if kind not in _ADDRESS_KINDS:
        return False
    network = _network(text[start:end])
    if network is None:
        return False
    if network in _SPECIAL_PURPOSE_BLOCKS and _RFC.search(_line_around(text, start, end)):
        return True
    if not any(network.subnet_of(block) for block in _DOCUMENTATION_BLOCKS if block.version == network.version):
        return False
    return _role_stated(text, start, end, _ADDRESS_ROLE)


def _role_stated_near(text: str, start: int, end: int, role: re.Pattern[str]) -> bool:
    """Whether the sentence around `text[start:end]` (an ARN up to its resource) states the role."""
    return bool(role.search(_prose_of(_sentence_around(text, start, end))))


def _role_stated(text: str, start: int, end: int, role: re.Pattern[str]) -> bool:
    """Whether the sentence of the value, or of one of its other mentions in `text`, states the role."""
    if role.search(_prose_of(_sentence_around(text, start, end))):
        return True
    value = text[start:end]
    return any(role.search(_prose_of(_sentence_around(text, mention, mention + len(value))))
               for mention in _mentions(text, value) if mention != start)


# E-mail addresses, URLs and domain names in the sentence: their labels are names, not words that state a role
# ("mail dana@example.org about card 4111 ..." says nothing about the card). "e.g." stays (one-letter last label).
_NAMES_IN_PROSE = re.compile(r"[^\s@]+@[^\s@]+|\w+://\S+|(?<![\w.-])[\w-]+(?:\.[\w-]+)*\.[^\W\d_]{2,}(?![\w-])")


def _prose_of(sentence: str) -> str:
    return _NAMES_IN_PROSE.sub(" ", sentence)


def _network(value: str) -> ipaddress.IPv4Network | ipaddress.IPv6Network | None:
    try:
        return ipaddress.ip_network(value.strip().strip("[]"), strict=False)
    except ValueError:
        return None


def _line_around(text: str, start: int, end: int) -> str:
    line_start = max(text.rfind("\n", 0, start) + 1, start - _CONTEXT)
    line_end = text.find("\n", end)
    return text[line_start:min(len(text) if line_end < 0 else line_end, end + _CONTEXT)]


def _sentence_around(text: str, start: int, end: int) -> str:
    window_start = max(0, start - _CONTEXT)
    ends_before = [match.end() for match in _SENTENCE_END.finditer(text, window_start, start)]
    sentence_start = ends_before[-1] if ends_before else window_start
    after = _SENTENCE_END.search(text, end, min(len(text), end + _CONTEXT))
    return text[sentence_start:after.start() if after else min(len(text), end + _CONTEXT)]


def _mentions(text: str, value: str) -> list[int]:
    """Where `value` stands in `text` as a whole value (not inside a longer address or number)."""
    return [match.start() for match in _mention_pattern(value).finditer(text)]


@functools.lru_cache(maxsize=256)
def _mention_pattern(value: str) -> re.Pattern[str]:
    return re.compile(r"(?<![\w.:])" + re.escape(value) + r"(?![\w:]|\.\d)")


def documented_in_conversation(texts: Sequence[str], results: Sequence[Sequence[Span]]) -> list[list[Span]]:
    """`results` less every address or card whose documentation role is stated in *any* of the request's texts.

    A role stated once holds for the whole conversation: a tool call fills `{"card_number": "4242 ..."}` and the
    reply says "Stripe's test card 4242 ... succeeds"; an nginx file lists `allow 198.51.100.0/24` and the answer
    says "that documentation range". Each text's own check (`states_documentation_role`) sees only its own
    sentences, and propagation then writes the value back into the very sentence that stated its role. Here every
    distinct address or card value found anywhere is looked up in every text (as a whole value, `_mentions`), and if
    one of its sentences states the role (the same cues and the same form conditions as the per-text check), all
    its findings go. A value no sentence calls documentation stays everywhere, whatever its form.
    """
    values: dict[tuple[str, str], str] = {}
    for text, spans in zip(texts, results):
        for span in spans:
            if span.kind in _CARD_KINDS or span.kind in _ADDRESS_KINDS:
                values.setdefault((text[span.start:span.end], span.kind), span.kind)
    if not values:
        return [list(spans) for spans in results]
    documented = {value for value, kind in values
                  if any(states_documentation_role(text, mention, mention + len(value), kind)
                         for text in texts if value in text for mention in _mentions(text, value)[:1])}
    if not documented:
        return [list(spans) for spans in results]
    return [[span for span in spans if text[span.start:span.end] not in documented
             or not (span.kind in _CARD_KINDS or span.kind in _ADDRESS_KINDS)]
            for text, spans in zip(texts, results)]
