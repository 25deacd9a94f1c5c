"""Write redactor/data/public_companies.txt from pytickersymbols (MIT), the listed companies of the world's main
stock indices (S&P 500, NASDAQ 100, DAX, FTSE 100, CAC 40, Nikkei 225, ...).

    pip install pytickersymbols && python scripts/public_companies.py

Each company's name and its other names ("akas"), with the legal form and a leading "The" taken off
(org_public_companies.public_company_key), one a line, sorted; and the brands below, by which prose names listed
groups or large companies that no index lists ("Google" of Alphabet, "IBM", "Lidl"). The package is needed only to
regenerate the file.
"""
from __future__ import annotations

from pathlib import Path

from pytickersymbols import PyTickerSymbols  # type: ignore[import-not-found]

from redactor.detect.org_public_companies import public_company_key

_OUT = Path(__file__).resolve().parent.parent / "redactor" / "data" / "public_companies.txt"
# Brands prose uses for listed groups (the index lists "Alphabet", "International Business Machines") and large
# companies outside the indices: a short supplement, checked against the dev set's misses.
_BRANDS = ("Google", "YouTube", "Meta", "Facebook", "Instagram", "WhatsApp", "IBM", "BMW", "BP", "HP", "Nestle",
           "Samsung", "IKEA", "Aldi", "Lidl", "Spotify", "Zara", "Bosch", "Huawei", "Xiaomi", "ByteDance", "TikTok",
           "Mars", "Cargill", "Deloitte", "PwC", "KPMG", "EY", "McKinsey", "Accenture", "HashiCorp", "GitHub", "GitLab",
           "OpenAI", "Anthropic", "Stripe", "Revolut", "Monzo", "N26")
_HEADER = """# Listed companies of the main stock indices (pytickersymbols, MIT; regenerate with scripts/public_companies.py),
# keyed by org_public_companies.public_company_key: lower case, legal form and a leading "the" taken off.
# A finding that is one of these names a public company in its public role: it is not redacted.
"""


def main() -> None:
    keys: set[str] = set()
    for stock in PyTickerSymbols().get_all_stocks():
        for name in [stock["name"], *(stock.get("akas") or [])]:
            key = public_company_key(name)
            if len(key) >= 4:  # (two- and three-letter names of the indices are tickers' look-alikes: "ALL", "AES")
                keys.add(key)
    keys.update(public_company_key(brand) for brand in _BRANDS)
    _OUT.write_text(_HEADER + "".join(f"{key}\n" for key in sorted(keys)), encoding="utf-8")
    print(f"{len(keys)} names -> {_OUT}")


if __name__ == "__main__":
    main()
