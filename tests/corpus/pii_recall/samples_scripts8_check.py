"""Check set of round 8's names in scripts without letter case (issue 12), written after building
names_in_scripts.py and never tuned on (measured only): other names, languages and layouts than scripts8.

Build scripts8_check.jsonl (leakbench's JSONL format) with:
    python tests/corpus/pii_recall/samples_scripts8_check.py
"""
import json
import sys
from pathlib import Path

SAMPLES = [
    ("mixed", "Please resend the contract to ⟦PERSON:عمر الفاروق⟧ before Friday."),
    ("mixed", "Warehouse note: ⟦PERSON:Татьяна Морозова⟧ signed for pallet 17."),
    ("mixed", "Escalated by ⟦PERSON:רונית אברהם⟧ from the Haifa branch, priority high."),
    ("mixed", "Visa letter drafted for ⟦PERSON:张伟⟧, waiting on HR."),
    ("mixed", "The laptop was handed to ⟦PERSON:Κατερίνα Γεωργίου⟧ yesterday."),
    ("mixed", "Seat 12A: ⟦PERSON:박지훈⟧ — vegetarian meal requested."),
    ("mixed", "New vendor contact is ⟦PERSON:प्रकाश पाटील⟧, see thread."),
    ("mixed", "Chargeback opened by ⟦PERSON:مریم حسینی⟧ for order 5521."),
    ("chat", "Вчера ⟦PERSON:Игорь⟧ написал, что сервер упал ночью."),
    ("chat", "Передай, пожалуйста, ⟦PERSON:Екатерине Соколовой⟧ отчёт."),
    ("chat", "صباح الخير ⟦PERSON:يوسف⟧، الاجتماع الساعة العاشرة."),
    ("chat", "⟦PERSON:נועם⟧ כתב שהבאג תוקן."),
    ("chat", "⟦PERSON:अमित⟧ ने टिकट बंद कर दिया।"),
    ("chat", "Γεια σου ⟦PERSON:Δημήτρη⟧, έστειλα το αρχείο."),
    ("chat", "⟦PERSON:高橋 直樹⟧さんから連絡がありました。"),
    ("chat", "⟦PERSON:최지우⟧ 과장이 승인했습니다."),
    ("chat", "მადლობა ⟦PERSON:გიორგი⟧, ყველაფერი მუშაობს."),
    ("chat", "হাই ⟦PERSON:রাকিব হাসান⟧, রিপোর্টটা দেখেছেন?"),
    ("list", "Speakers: ⟦PERSON:Андрей Новиков⟧; ⟦PERSON:Юлия Федорова⟧"),
    ("list", "- ⟦PERSON:سارا رضایی⟧ (QA)\n- ⟦PERSON:علی کریمی⟧ (backend)"),
    ("list", "reviewers=⟦PERSON:Олександр Бондаренко⟧,⟦PERSON:Ірина Мельник⟧"),
    ("list", "row 4: ⟦PERSON:黄丽⟧, 2026-02-01, paid"),
    ("negative", "Обновление установлено, перезапуск не требуется."),
    ("negative", "Мы обсудили план на следующую неделю и распределили задачи."),
    ("negative", "تم تحديث كلمة المرور بنجاح، يرجى تسجيل الدخول مرة أخرى."),
    ("negative", "הבדיקות עברו בהצלחה, אפשר למזג את הענף."),
    ("negative", "कल सुबह सर्वर का रखरखाव होगा।"),
    ("negative", "会议改到下午三点，地点不变。"),
    ("negative", "테스트 서버가 다시 정상입니다."),
    ("negative", "Η ενημέρωση ολοκληρώθηκε με επιτυχία."),
]


def main() -> None:
    sys.path.insert(0, str(Path(__file__).resolve().parent))
    from build import unmark

    out = Path(__file__).resolve().parent / "scripts8_check.jsonl"
    with out.open("w", encoding="utf-8") as handle:
        for number, (family, marked) in enumerate(SAMPLES, start=1):
            text, annotations = unmark(marked)
            record = {"id": f"scripts8check-{family}-{number:03d}", "split": "dev", "text": text, "annotations": annotations}
            handle.write(json.dumps(record, ensure_ascii=False) + "\n")
    print(f"{len(SAMPLES)} samples -> {out}")


if __name__ == "__main__":
    main()
