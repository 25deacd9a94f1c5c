"""Marked check samples for round 9's contact mechanisms, written after its fixes and never tuned on (measured
only)."""

SAMPLES = [
    ("phone_kv", "level=info msg=\"otp sent\" phone=⟦PHONE:+33612345678⟧ attempt=2"),
    ("phone_kv", "[sms] dest:⟦PHONE:+61412345678⟧ queued"),
    ("phone_kv", "webhook payload: from=⟦PHONE:+5511912345678⟧&body=hi"),
    ("phone_ru", "Мой номер ⟦PHONE:8 (916) 222-33-44⟧, пишите в любое время"),
    ("phone_ru", "call me: ⟦PHONE:8 903 111 22 33⟧"),
    ("user_column", "time,agent,queue\n08:01,⟦USERNAME:lmorales⟧,billing\n08:03,⟦USERNAME:ttran⟧,billing"),
    ("user_column", "file\tuploader\nreport.pdf\t⟦USERNAME:n.okafor⟧"),
    ("chat_time", "⟦USERNAME:abaker⟧  9:01 PM\nis prod down?"),
    ("chat_time", "@⟦USERNAME:r_ahmed⟧: can you check the queue"),
    ("chat_lead", "Forwarded from ⟦USERNAME:mkimura⟧: the cert expires friday"),
    ("session", "please logon as ⟦USERNAME:jfischer⟧ on the terminal server"),
    ("named", "a login named '⟦USERNAME:svc_kpatel⟧' was created yesterday"),
    ("for_end", "Account locked for ⟦USERNAME:egarcia⟧."),
    ("for_end", "password reset requested for ⟦USERNAME:h.yilmaz⟧"),
    ("negative", "the access token expired for everyone."),
    ("negative", "sender,count\nsystem,4\nnoreply,9"),
    ("negative", "Reply from the vendor: we will ship on monday"),
    ("negative", "temperature=+21.5 delta=+0.3"),
]
