"""Organisation and place columns of a table: what was found in two or more cells marks the rest (the wire only):
column_kinds.py. Dev set (written before the change) and check set (written after)."""
from __future__ import annotations

import pytest

from redactor.detect.engine import DetectionEngine
from redactor.policy import load_policy
from tests.wire_coverage import covered_by_one_finding


@pytest.fixture(scope="module")
def engine() -> DetectionEngine:
    return DetectionEngine.from_policy(load_policy("default"))


def covered(engine: DetectionEngine, text: str, value: str, role: str = "tool", kind: str = "tool_result") -> bool:
    return covered_by_one_finding(engine, text, value, role, kind)


DEV = [
    ("account_id,account_name,segment,arr\n"
     "A-1001,Harrowgate Analytics Ltd,enterprise,120000\nA-1002,Brightwave Foods GmbH,mid,48000\n"
     "A-1003,Qorvana,smb,9000\nA-1004,Pellucid Partners LLP,mid,51000\n", "Qorvana"),
    ("vendor\tcountry\tcontract_end\nKestrelmoor Logistics AB\tSE\t2027-01-31\nTamsin & Hale Ltd\tUK\t2026-11-30\n"
     "Vyronex\tGR\t2026-06-30\nOstfelder Bau GmbH\tDE\t2027-03-31\n", "Vyronex"),
    ("| Lieferant | Ansprechpartner | Ort |\n|---|---|---|\n| Müller Haustechnik GmbH | Frau Brandt | Kassel |\n"
     "| Schreinerei Vollmer KG | Herr Ude | Fulda |\n| Tischlerwerk Rhön | Herr Pohl | Gersfeld |\n", "Tischlerwerk Rhön"),
    ("id;empresa;ciudad\n1;Construcciones Aldabe S.L.;Bilbao\n2;Talleres Urkiola S.A.;Durango\n3;Bidaurre Ingenieros;Eibar\n",
     "Bidaurre Ingenieros"),
    ("name,employer,start\nMaeve Lonergan,Corrib Data Ltd,2021\nSione Taufa,Moana Freight Ltd,2019\n"
     "Elif Kaya,Anatolia Kimya,2020\n", "Anatolia Kimya"),
    ("customer,bank,iban_last4\nJ. Okafor,Sterling Crest Bank plc,1234\nR. Iyer,Nandi Cooperative Bank,9981\n"
     "T. Berg,Fjordkreditt,5521\n", "Fjordkreditt"),
    # (an xfail until round 16: the schools were found as addresses and a person; the "school" header now says it)
    ("school,district,enrolled\nHollins Park Academy,North,812\nSt Aldric's College,East,640\n"
     "Wexcombe High,West,701\n", "Wexcombe High"),
    ("partner|tier|region\nLumentra Systems Inc.|gold|NA\nCobaltline Networks Ltd|silver|EMEA\nZefiro Digitale|silver|EMEA\n",
     "Zefiro Digitale"),
    ("clinic,city,beds\nRiverside Family Clinic,Dayton,24\nMercy Ridge Medical Group,Toledo,40\nBuckeye Wellness Partners,Akron,18\n",
     "Buckeye Wellness Partners"),
    ("supplier_name,city,postcode\nGranary Mills Ltd,Ipswich,IP1 3QR\nHeron Wharf Trading,Norwich,NR1 1AA\n"
     "Thistledown Provisions,Colchester,CO1 1AB\n", "Thistledown Provisions"),
    ("firma,miasto\nPolmex Budownictwo Sp. z o.o.,Kraków\nZakłady Mięsne Bałtyk S.A.,Gdańsk\nKorneliusz i Syn,Łódź\n",
     "Korneliusz i Syn"),
    ("client,city,country\nNordlys Invest AS,Tromsø,NO\nHavbris Shipping AS,Bodø,NO\nSkarvheim Consulting,Alta,NO\n",
     "Skarvheim Consulting"),
    ("broker,carrier\nAshgrove Insurance Brokers Ltd,Aviva\nPennock & Dale Ltd,Allianz\nMarrowby Risk,Zurich\n",
     "Marrowby Risk"),
    ("landlord,agent,property\nDunmore Estates Ltd,Harcourt Lettings,12 Elm Row\nCaldwell Property Holdings,Harcourt Lettings,4 Mill Lane\n"
     "Brackenfield Homes,Keystone Lets,9 Quay St\n", "Brackenfield Homes"),
    ("org_name,plan,seats\nInkwell Studio Pty Ltd,team,12\nBarramundi Labs Pty Ltd,business,40\nWattleworks,team,5\n",
     "Wattleworks"),
]


@pytest.mark.parametrize("text, value", DEV)
def test_dev_cells_of_an_organisation_column(engine, text, value):
    assert covered(engine, text, value), value
