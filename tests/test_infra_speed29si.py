"""Round 29 speed work on the infra detector (issue 14): patterns whose leading look-behind made `re` try every
position of the text are tried only where their matches can start (read backwards from a dot, at a cue word, on the
lines holding one), and find what the pattern over the whole text finds.

The dev texts were written while changing the code; the check texts (`_CHECK_*`) afterwards, not tuned on.
"""
from __future__ import annotations

import itertools

import pytest

from redactor.detect import infra_names_in_prose, infra_table_machines, infra_tenants
from redactor.detect.infra import registrable_domain
from redactor.detect.keywords import lines_holding, matches_at_starts, starts_read_backwards

_ADDRESS_TEXTS = [
    "100.101.3.7    quarry-nuc     tagged-devices  linux   -\n100.88.14.2    tillwerk-prod  ops@            linux   idle\n",
    "| web-01 | ACTIVE | private=10.8.0.14 | m1.small |\n| db-02 | ACTIVE | private=10.8.0.15 | m1.large |",
    "version 1234.5.6.7 and v10.0.0.1 and 10.0.0.1.5 and 1.2.3.4.5 and 999.1.1.1 and 01.02.03.04",
    "printer at 192.168.7.20 (ricoh-floor2), scanner 192.168.7.21(scan-2f) and 10.0.0.9 ( spaced )",
    "arabic digits \u0661\u0660.\u0660.\u0660.\u0661 and 10.0.0.1\u0663 and \u0663.1.1.1",
]
_CHECK_ADDRESS_TEXTS = [
    "nomad node status\nID        DC   Name       Class   Address      Status\n8f1c2d3e  dc1  nomad-c01  <none>  10.20.0.11  ready\n"
    "9a8b7c6d  dc1  nomad-c02  <none>  10.20.0.12  ready\n",
    "192.168.1.254(gw-edge).10.0.0.1 (a.b) 172.16.0.1 (core-sw-01) x10.1.1.1 _10.1.1.1 .10.1.1.1",
    "mount -t cifs //NASBOX3/scans /mnt/scans -o vers=3.0 ; fstab: //fs-02/home$ /home cifs\n\\\\srv\\share ///x/y",
]


@pytest.mark.parametrize("text", _ADDRESS_TEXTS + _CHECK_ADDRESS_TEXTS)
def test_addresses_read_backwards_from_dots_are_those_the_whole_text_search_finds(text):
    assert [match.span() for match in infra_table_machines._addresses(text)] == \
        [match.span() for match in infra_table_machines._ANY_IPV4.finditer(text)]


@pytest.mark.parametrize("text", _ADDRESS_TEXTS + _CHECK_ADDRESS_TEXTS)
def test_names_after_addresses_tried_at_the_addresses_are_those_the_whole_text_search_finds(text):
    starts = [match.start() for match in infra_table_machines._addresses(text)]
    assert [match.span() for match in matches_at_starts(infra_table_machines._NAME_AFTER_ADDRESS, text, starts)] == \
        [match.span() for match in infra_table_machines._NAME_AFTER_ADDRESS.finditer(text)]


@pytest.mark.parametrize("text", _ADDRESS_TEXTS + _CHECK_ADDRESS_TEXTS)
def test_share_servers_tried_at_double_slashes_are_those_the_whole_text_search_finds(text):
    found = [(start, end) for start, end, _, score in infra_table_machines.find_table_row_machines(text, registrable_domain)
             if score == infra_table_machines.SHARE_SERVER_SCORE]
    assert found == [match.span("host") for match in infra_table_machines._SHARE_SERVER.finditer(text)
                     if any(character.isalpha() for character in match.group("host"))]


def test_machines_in_rows_with_addresses_and_after_an_address_are_found():
    text = _ADDRESS_TEXTS[0] + "\nthe printer 192.168.7.20 (ricoh-floor2) jams\n"
    found = {text[start:end] for start, end, _, _ in infra_table_machines.find_table_row_machines(text, registrable_domain)}
    assert {"quarry-nuc", "tillwerk-prod", "ricoh-floor2"} <= found


_ESTATE_TEXTS = [
    "deploy to the payments-prod cluster, then namespace orders-api and project acme-data-lake",
    "ENV billing-uat2 | Workspace `team-ml_01` | org: none\nthe multi-tenant kube-system namespace",
    "a cluster of pre-prod boxes; `fin-core` environment; organisation zq-holdings-01 tenants",
    "clu\u017fter payments-prod and the orders-eu work\u017fpace (a long s: the case-blind words match it)",
    "the \u212a8s namespace orders-eu-2 and the WOR\u212aSPACE ml-sandbox-3 (a Kelvin sign)",
]
_CHECK_ESTATE_TEXTS = [
    "kubectl -n checkout-v2 get pods  # namespace checkout-v2\nproject: \"ledger-core\"\n\"ledger-core\" project",
    "envoy-proxy env\nprojects acme-web-3 and\nthe acme-web-3 projects, cluster\n\tgke-prod-eu",
    "İstanbul office: the tenant ist-ops-2 and the cluster ist-k8s-01 (a dotted capital I)",
]


def _estate_slugs_over_the_whole_text(text):
    matches = itertools.chain(infra_names_in_prose._SLUG_AFTER_WORD.finditer(text),
                              infra_names_in_prose._SLUG_BEFORE_WORD.finditer(text))
    return [(match.start("slug"), match.end("slug"), "CLOUD_ACCOUNT_ID") for match in matches
            if infra_names_in_prose.reads_as_estate_slug(match.group("slug"))]


@pytest.mark.parametrize("text", _ESTATE_TEXTS + _CHECK_ESTATE_TEXTS)
def test_estate_slugs_found_at_cues_and_on_their_lines_are_those_the_whole_text_search_finds(text):
    assert list(infra_names_in_prose.find_estate_slugs(text)) == _estate_slugs_over_the_whole_text(text)


def test_estate_slugs_are_found_beside_their_words():
    text = _ESTATE_TEXTS[0]
    assert {text[start:end] for start, end, _ in infra_names_in_prose.find_estate_slugs(text)} == {
        "payments-prod", "orders-api", "acme-data-lake"}


_DOTTED_TEXTS = [
    "open https://fenwick-orders.herokuapp.com/admin and qzkvbnrtwxlmpdfa.supabase.co",
    "boto3.client('s3').upload and os.path.join; v1.2.3 and a..b.c and -x.y.z and x_y.z.w",
    "mail ops@acme.example.co.uk, C:\\dir\\a.b.c and /srv/a.b.c and //a.b.c and caf\u00e9.b.c.d",
]
_CHECK_DOTTED_TEXTS = [
    "x7k2.myfritz.net:8443, my-app.netlify.app. The end.b.c. And 1.2.3.4.nip.io",
    "-.a.b.c and a-.b.c and --a.b.c and \u00e9a.b.c",
]


@pytest.mark.parametrize("text", _DOTTED_TEXTS + _CHECK_DOTTED_TEXTS)
def test_dotted_names_read_backwards_from_dots_are_those_the_whole_text_search_finds(text):
    starts = starts_read_backwards(infra_tenants._DOT_THEN_LABEL_RUN_REVERSED, text)
    assert [match.span() for match in matches_at_starts(infra_tenants._DOTTED_NAME, text, starts)] == \
        [match.span() for match in infra_tenants._DOTTED_NAME.finditer(text)]


def test_lines_holding_gives_each_line_once_with_its_bounds():
    text = "a cue here\nnone\ncue and cue\n\ncue"
    positions = [2, 16, 24, 29]
    assert list(lines_holding(text, positions)) == [(0, 10), (16, 27), (29, 32)]
    assert list(lines_holding(text, [10])) == [(0, 10)]  # a line break belongs to the line it ends
    assert list(lines_holding(text, [])) == []
