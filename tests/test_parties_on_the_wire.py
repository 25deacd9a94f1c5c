"""A bank statement, a shipping label and a passport scan go through `redactor redact --policy default` with no
party, reference, document number or birth date left, and come back whole from `redactor restore`."""
from __future__ import annotations

import json
import os
import subprocess
import sys

STATEMENT_AND_LABEL = """Date,Description,Amount
03/11/2025,FASTER PAYMENT FROM K ADEYEMI REF FLAT 4 RENT,650.00
05/11/2025,DD SEVERN TRENT WATER W-7Q41K2,-38.20
Ksh2,000.00 sent to AKINYI OTIENO on 3/12/25.
SHIP TO:
MORWENNA PASCOE
Atatürk Cad. No: 12, Kadıköy / İstanbul
P<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<<<<<<<<<
L898902C36UTO7408122F1204159ZE184226B<<<<<10
Larkspur Dental | reception | info@larkspurdental.com
"""
SENSITIVE = ("ADEYEMI", "SEVERN TRENT", "W-7Q41K2", "AKINYI", "MORWENNA", "PASCOE", "Atatürk Cad", "ERIKSSON",
             "L898902C3", "740812", "Larkspur Dental")


def _cli(args: list[str], text: str, tmp_path) -> subprocess.CompletedProcess:
    env = dict(os.environ, REDACTOR_VAULT_URL=f"sqlite:///{tmp_path}/vault.db",
               REDACTOR_VAULT_KEY_FILE=str(tmp_path / "vault.key"))
    return subprocess.run([sys.executable, "-m", "redactor.cli", *args], input=text.encode(), capture_output=True,
                          env=env, timeout=180)


def test_payment_parties_addresses_and_passport_fields_never_reach_the_wire_and_are_restored(tmp_path) -> None:
    redacted = _cli(["redact", "--policy", "default", "--json"], STATEMENT_AND_LABEL, tmp_path)
    assert redacted.returncode == 0, redacted.stderr
    out = json.loads(redacted.stdout)
    assert [value for value in SENSITIVE if value in out["text"]] == []
    assert "UTO" in out["text"]  # the issuing state and nationality are no one's data
    restored = _cli(["restore", "--conversation", out["conversation"], "--policy", "default"], out["text"], tmp_path)
    assert restored.returncode == 0, restored.stderr
    assert restored.stdout.decode() == STATEMENT_AND_LABEL
