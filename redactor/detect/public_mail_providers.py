"""Mail providers and platforms everyone writes from: their domain says nothing about the writer's organisation.

A leaf module (no imports from redactor): the e-mail rules (email_domains.py) and the infrastructure rules
(infra_mail_domain_hosts.py, imported by infra.py, which email_domains.py imports) both read it.
"""
from __future__ import annotations

# Domains people of every company write from or receive from: a mention of these is about the service.
PUBLIC_MAIL_LABELS = frozenset("""
    gmail googlemail google yahoo ymail rocketmail hotmail outlook live msn microsoft icloud apple aol
    proton protonmail tutanota tuta fastmail zoho gmx yandex rambler mail inbox email qq foxmail sina sohu
    aliyun naver daum hanmail kakao rediffmail seznam centrum atlas onet interia libero virgilio alice
    tiscali orange wanadoo laposte free sfr bluewin freenet arcor online telenet skynet kpnmail ziggo
    btinternet virginmedia talktalk sky comcast verizon sbcglobal bellsouth charter shaw rogers sympatico
    bigpond optusnet xtra telus videotron earthlink juno netzero mailbox posteo hushmail runbox
    github gitlab bitbucket atlassian slack amazon amazonaws facebook meta linkedin twitter dropbox
    salesforce zendesk hubspot mailchimp sendgrid mailgun stripe paypal shopify notion figma
    example invalid localhost test testing domain company acme corp mycompany yourcompany
""".split())


def is_public_mail_label(label: str) -> bool:
    """A public mail provider's or platform's domain label (`gmail`, `github`): everyone writes from it."""
    return label in PUBLIC_MAIL_LABELS
