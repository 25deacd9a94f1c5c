#!/usr/bin/env python3
"""Nightly sync of partner reports into the warehouse."""
import logging
import requests
from sqlalchemy import create_engine

log = logging.getLogger(__name__)

PARTNER_FEED = "https://reports:Partn3r-F33d!@feeds.partner-co.example/v1/daily.csv"
WAREHOUSE_URI = "postgresql+psycopg2://loader:L0ader-Wh-Pg@warehouse.acme.internal:5432/dw"
HEADERS = {"Authorization": "Bearer U07j5d5LXeFAKE1Osjnc2tfZrkzTZZo5", "User-Agent": "acme-sync/1.4"}

SLACK_WEBHOOK = "https://hooks.slack.com/services/TZO1T4TE0/BNCRNCVYRG1/ErJCskJpFAKEiWpp1mLWl1gb"
SENDGRID_KEY = "SG.a1wbTl4FAKEzMLHYfhkQFK.HkMIrhq-AICC1NFAKEuqlz5xfGZNHIM41o7Kw5q3A5F"


def fetch() -> bytes:
    resp = requests.get(PARTNER_FEED, headers=HEADERS, timeout=30)
    resp.raise_for_status()
    return resp.content


def load(data: bytes) -> None:
    engine = create_engine(WAREHOUSE_URI)
    with engine.begin() as conn:
        conn.exec_driver_sql("TRUNCATE staging.partner_daily")
    log.info("loaded %d bytes", len(data))


def notify(text: str) -> None:
    requests.post(SLACK_WEBHOOK, json={"text": text}, timeout=10)
    requests.post(
        "https://api.mailgun.net/v3/mg.acme-corp.net/messages",
        auth=("api", "key-985be20177deadbeefb2b554df316e26"),
        data={"from": "sync@acme-corp.net", "to": "data@acme-corp.net", "subject": "sync", "text": text},
        timeout=10,
    )


if __name__ == "__main__":
    load(fetch())
    notify("partner sync done")
