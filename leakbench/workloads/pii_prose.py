"""pii_prose: support tickets, HR notes and emails that mention people and their personal data."""
from __future__ import annotations

import random

from leakbench.samples import AnnotatedSegment, TextBuilder, Value
from leakbench.workloads.persons import make_person
from leakbench.workloads.suite import Suite

DEFAULT_COUNT = 600

_TICKETS = [
    "Ticket #<%ticket%> - billing problem\n\nHi, my name is <%name%> and I was charged twice this month. "
    "The card ending in the number <%card%> was used for both payments. Please refund one of them to my account "
    "<%iban%>. You can reach me at <%email%> or on <%phone%> during office hours.",
    "Support request from <%name%> (<%email%>): the parcel never arrived at <%address%>. "
    "The tracking page has said 'out for delivery' for five days now. Callback number: <%phone%>.",
    "Customer <%name%> called about a failed identity check. Date of birth on file is <%dob%> and the "
    "national id they gave was <%ssn%>. The verification service rejected it twice, so please escalate "
    "to the second-line team and reply to <%email%>.",
    "Refund request: <%name%> wants the annual plan cancelled. Refund to IBAN <%iban%>, not to the card "
    "<%card%>. The customer is polite but frustrated; the previous agent promised a reply within a day.",
    "Hello support, I moved to <%address%> last month but invoices still go to my old address. "
    "Please update it. Thanks, <%name%>, phone <%phone%>.",
]
_HR_NOTES = [
    "HR note, confidential. Employee: <%name%>, born <%dob%>, national id <%ssn%>. Salary is paid to "
    "<%iban%>. Home address: <%address%>. Emergency contact is <%other%> (<%other_phone%>).",
    "Onboarding checklist for <%name%>: laptop ordered, badge requested, payroll form received with "
    "account <%iban%> and tax id <%ssn%>. Personal email for the welcome pack is <%email%>.",
    "Performance review summary. <%name%> exceeded the quarterly targets and mentored two new hires. "
    "Their manager, <%other%>, recommends a promotion. Contact <%other_email%> for the calibration meeting.",
    "Leave request from <%name%> (date of birth <%dob%>) for parental leave starting next month. "
    "Cover will be arranged by <%other%>. Questions to <%email%> or <%phone%>.",
]
_EMAILS = [
    "From: <%name%> <<%email%>>\nTo: <%other%> <<%other_email%>>\nSubject: Re: contract renewal\n\n"
    "Hi <%other_first%>,\n\nthanks for the quick turnaround. I signed the renewal and sent it back. "
    "For the deposit please use <%iban%>. My mobile is <%phone%> if anything is unclear.\n\nBest,\n<%first%>",
    "Dear <%other_first%>,\n\nI am writing on behalf of <%name%>, who cannot access the portal. They were "
    "born on <%dob%> and live at <%address%>. Could you reset the account and send the details to "
    "<%email%>?\n\nKind regards,\n<%other%>",
    "Hi team,\n\nquick reminder that <%name%> is presenting the roadmap on Thursday. If you need to reach "
    "them before then, email <%email%> or call <%phone%>. The slides are in the usual shared folder.\n\n"
    "Cheers, <%other_first%>",
]
_FILLER = [
    "The order was delayed because the warehouse in the northern region ran out of stock.",
    "We have already checked the logs and nothing unusual happened on our side.",
    "Please keep the reference number handy when you call back.",
    "The mobile app shows an error screen after the latest update, which might be related.",
    "Our standard processing time is three to five business days.",
    "This is the second time this quarter that the same issue has come up.",
    "The team agreed to revisit the process at the next planning meeting.",
]


def build(rng: random.Random, suite: Suite) -> tuple[list[AnnotatedSegment], dict]:
    person, other = make_person(rng), make_person(rng)
    values = {
        "ticket": str(rng.randint(10000, 99999)),
        "name": Value(person.name, "PERSON"), "first": Value(person.first, "PERSON"),
        "email": Value(person.email, "EMAIL"), "phone": Value(person.phone, "PHONE"),
        "address": Value(person.address, "STREET_ADDRESS"), "ssn": Value(person.national_id, "SSN"),
        "card": Value(person.card, "CREDIT_CARD"), "iban": Value(person.iban, "IBAN"),
        "dob": Value(person.birth_date, "DATE_OF_BIRTH"),
        "other": Value(other.name, "PERSON"), "other_first": Value(other.first, "PERSON"),
        "other_email": Value(other.email, "EMAIL"), "other_phone": Value(other.phone, "PHONE"),
    }
    family = rng.choice(["ticket", "hr", "email"])
    templates = {"ticket": _TICKETS, "hr": _HR_NOTES, "email": _EMAILS}[family]
    builder = TextBuilder()
    chosen = rng.sample(templates, k=rng.choice([1, 1, 2]))
    for number, template in enumerate(chosen):
        if number:
            builder.add("\n\n")
        builder.fill(template, values)
        if rng.random() < 0.6:
            builder.add(" " + rng.choice(_FILLER))
    return [builder.segment("user", "prose")], {"family": family, "locale": person.locale}
