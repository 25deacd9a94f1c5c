"""Marked samples of round 8's names in scripts without letter case (issue 12), written before building the finder
from realistic traffic: an English ticket or log with one Arabic, Hebrew, Chinese or Thai name inside, chats and
notes in Russian, Greek, Arabic, Hebrew, Persian, Hindi, Bengali, Tamil, Korean, Japanese, Georgian and Armenian,
names alone and in pairs, with and without a greeting, title or verb of saying beside them. The `negative` family
carries no annotation: ordinary sentences of those languages (greetings, product talk, places) must stay.

Build scripts8.jsonl (leakbench's JSONL format) with:
    python tests/corpus/pii_recall/samples_scripts8.py
"""
import json
import sys
from pathlib import Path

SAMPLES = [
    # --- 1. one non-Latin name inside an English text ---------------------------------------------
    ("mixed", "Refund approved for ⟦PERSON:محمد الشهري⟧, order 88123, please close the ticket."),
    ("mixed", "Customer ⟦PERSON:יוסי כהן⟧ called twice about the invoice, escalate if he calls again."),
    ("mixed", "The driver ⟦PERSON:王建国⟧ never scanned the parcel at the depot."),
    ("mixed", "Can you check why ⟦PERSON:Дмитрий Козлов⟧ still has admin rights on prod?"),
    ("mixed", "Booking for ⟦PERSON:สมชาย ใจดี⟧ was cancelled by the hotel, refund pending."),
    ("mixed", "Onboarding: ⟦PERSON:राहुल वर्मा⟧ starts Monday on the payments team."),
    ("mixed", "Merged the fix ⟦PERSON:Γιώργος Παπαδόπουλος⟧ suggested in the review."),
    ("mixed", "Shipment held at customs; consignee ⟦PERSON:김민수⟧ needs to upload the invoice."),
    ("mixed", "Ticket #4471 reopened after ⟦PERSON:فاطمة⟧ replied with the screenshot."),
    ("mixed", "Payroll mismatch reported for ⟦PERSON:Олена Ковальчук⟧ (March)."),
    ("mixed", "The interview with ⟦PERSON:佐藤 健一⟧ moved to Thursday 10:00 JST."),
    ("mixed", "Lost badge belongs to ⟦PERSON:ნინო ბერიძე⟧, desk 4B."),
    # --- 2. running text of the script -----------------------------------------------------------
    ("chat", "Привет! ⟦PERSON:Андрей⟧ сказал, что релиз переносится на пятницу."),
    ("chat", "Сегодня ⟦PERSON:Иванова Мария⟧ не выйдет, замена — ⟦PERSON:Сергей Петров⟧."),
    ("chat", "Коллеги, кто может подменить ⟦PERSON:Наталью⟧ на дежурстве?"),
    ("chat", "مرحبا ⟦PERSON:أحمد⟧، هل يمكنك مراجعة الطلب اليوم؟"),
    ("chat", "أرسل ⟦PERSON:خالد العتيبي⟧ الملف إلى الفريق أمس."),
    ("chat", "שלום ⟦PERSON:דנה⟧, הקובץ מצורף."),
    ("chat", "⟦PERSON:משה לוי⟧ אמר שהשרת יחזור בערב."),
    ("chat", "لطفا فایل را برای ⟦PERSON:زهرا محمدی⟧ بفرستید."),
    ("chat", "⟦PERSON:सुनीता शर्मा⟧ ने कहा कि रिपोर्ट कल तक भेज देंगी।"),
    ("chat", "নমস্কার ⟦PERSON:অর্পিতা⟧, মিটিং কাল সকালে।"),
    ("chat", "⟦PERSON:கார்த்திக்⟧ நாளை விடுமுறையில் இருப்பார்."),
    ("chat", "⟦PERSON:이서연⟧ 대리가 자료를 보냈습니다."),
    ("chat", "明日の会議には⟦PERSON:田中⟧さんと⟦PERSON:鈴木 明美⟧が出席します。"),
    ("chat", "请把合同发给⟦PERSON:李娜⟧，她今天负责审核。"),
    ("chat", "Καλημέρα ⟦PERSON:Μαρία⟧, το αρχείο είναι έτοιμο."),
    ("chat", "Ο ⟦PERSON:Νίκος Αντωνίου⟧ θα καλύψει τη βάρδια."),
    ("chat", "Բարև ⟦PERSON:Արամ⟧, ֆայլը ուղարկել եմ։"),
    ("chat", "ขอบคุณคุณ⟦PERSON:วิภา⟧ที่ช่วยตรวจเอกสาร"),
    # --- 3. lists, labels without a person label, logs ---------------------------------------------
    ("list", "Attendees: ⟦PERSON:Алексей Смирнов⟧, ⟦PERSON:Ольга Кузнецова⟧, ⟦PERSON:Павел Волков⟧"),
    ("list", "on-call rota\n- ⟦PERSON:עומר ביטון⟧\n- ⟦PERSON:נועה פרץ⟧\n- ⟦PERSON:אורי דהן⟧"),
    ("list", "2026-03-02 10:14:09 INFO login ok user_display=\"⟦PERSON:Сергей Иванов⟧\" ip=10.2.3.4"),
    ("list", "winners: ⟦PERSON:محمد⟧ (1st), ⟦PERSON:ليلى حداد⟧ (2nd)"),
    ("list", "| id | owner | status |\n| 12 | ⟦PERSON:陈志强⟧ | open |\n| 13 | ⟦PERSON:刘洋⟧ | closed |"),
    ("list", "Gate pass issued: ⟦PERSON:अनिल कुमार⟧, ⟦PERSON:प्रिया सिंह⟧"),
    ("list", "approved by ⟦PERSON:Ганна Шевченко⟧ on 2026-01-12"),
    ("list", "Delivery label\nนาย⟦PERSON:สมศักดิ์ ทองดี⟧\n99/12 ถ.สุขุมวิท กรุงเทพฯ 10110"),
    # --- negatives: ordinary sentences of those languages -----------------------------------------
    ("negative", "Спасибо за помощь, релиз выйдет в пятницу после тестов."),
    ("negative", "Сервер перезагружен, ошибка больше не воспроизводится."),
    ("negative", "شكرا لكم، تم حل المشكلة بعد تحديث النظام."),
    ("negative", "השרת חזר לעבוד אחרי העדכון, תודה לכולם."),
    ("negative", "请在周五之前提交测试报告，谢谢。"),
    ("negative", "サーバーの再起動が完了しました。ご確認ください。"),
    ("negative", "배포가 완료되었습니다. 확인 부탁드립니다."),
    ("negative", "रिपोर्ट तैयार है, कृपया जाँच करें।"),
    ("negative", "Το σύστημα ενημερώθηκε χωρίς προβλήματα."),
    ("negative", "Our office in Москва moved; the new address is in the wiki."),
    ("negative", "ระบบจะปิดปรับปรุงในวันเสาร์นี้"),
    ("negative", "Добро пожаловать в команду! Вопросы задавайте в общем чате."),
]


def main() -> None:
    sys.path.insert(0, str(Path(__file__).resolve().parent))
    from build import unmark

    out = Path(__file__).resolve().parent / "scripts8.jsonl"
    with out.open("w", encoding="utf-8") as handle:
        for number, (family, marked) in enumerate(SAMPLES, start=1):
            text, annotations = unmark(marked)
            record = {"id": f"scripts8-{family}-{number:03d}", "split": "dev", "text": text, "annotations": annotations}
            handle.write(json.dumps(record, ensure_ascii=False) + "\n")
    print(f"{len(SAMPLES)} samples -> {out}")


if __name__ == "__main__":
    main()
