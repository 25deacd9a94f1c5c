"""The owner's slot of a system prompt's opening sentence in more scripts without capitals (org_deploying.py, round 38).

The second-person pronoun that opens the prompt and the genitive marker that joins the owner to the role are the
grammar of the slot; the words between them (or after a marker that precedes its noun, up to the role and the copula)
are the deploying organisation, unless every word is one of its script's most frequent words.
Names and sentences written for these tests, in other wordings than the corpora that showed the class.
"""
from __future__ import annotations

import pytest

from redactor.detect.org_deploying import deploying_organisations


def _owners(text: str) -> list[str]:
    return [text[span.start:span.end] for span in deploying_organisations(text, "test")
            if span.kind == "ORGANIZATION"]


@pytest.mark.parametrize("text, name", [
    ("तुम गंगोत्री हैंडलूम्स की बिक्री सहायक हो। ऑर्डर देखो।", "गंगोत्री हैंडलूम्स"),  # Hindi, informal you
    ("तू सह्याद्री ट्रेक्स चा बुकिंग सहाय्यक आहेस.", "सह्याद्री ट्रेक्स"),  # Marathi
    ("तपाईं हिमचुली हार्डवेयर को बिक्री सहायक हुनुहुन्छ।", "हिमचुली हार्डवेयर"),  # Nepali
    ("آپ نورانی ٹیکسٹائلز کے سیلز اسسٹنٹ ہیں۔", "نورانی ٹیکسٹائلز"),  # Urdu
    ("আপনি পদ্মাপার টেক্সটাইলস-এর বিক্রয় সহকারী।", "পদ্মাপার টেক্সটাইলস"),  # Bengali
    ("ඔබ රුහුණු ටයිල්ස් හි විකුණුම් සහායකයා වේ.", "රුහුණු ටයිල්ස්"),  # Sinhala
    ("သင်သည် ဧရာဝတီ ဆန်စက် ၏ အရောင်းအကူ ဖြစ်သည်။", "ဧရာဝတီ ဆန်စက်"),  # Burmese
    ("አንተ የአባይ ቡና ቤት ረዳት ነህ። ትዕዛዞችን ትቀበላለህ።", "አባይ ቡና ቤት"),  # Amharic
    ("ته د کابل قالین پلورنځی مرستیال یې. پیرودونکو ته ځواب ورکوه.", "کابل قالین پلورنځی"),  # Pashto
    ("អ្នកគឺជាជំនួយការរបស់ ហាងកាហ្វេមេគង្គ នៅសៀមរាប។", "ហាងកាហ្វេមេគង្គ"),  # Khmer
    ("ທ່ານແມ່ນຜູ້ຊ່ວຍຂອງຮ້ານກາເຟນ້ຳຂອງ ຫຼວງພະບາງ.", "ຮ້ານກາເຟນ້ຳຂອງ"),  # Lao
])
def test_the_owner_between_pronoun_and_genitive(text: str, name: str) -> None:
    assert name in _owners(text)


@pytest.mark.parametrize("text", [
    "आप ग्राहकों के लिए एक सहायक हैं।",  # "for customers": a compound postposition
    "तुम हमारी कंपनी की सहायक हो।",  # "our company": frequent words only
    "आप एक मददगार सहायक हैं।",  # no owner at all
])
def test_no_owner_in_the_slot(text: str) -> None:
    assert _owners(text) == []
