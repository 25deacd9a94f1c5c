"""Check samples for round 28's logins (handles28), written after the change and never tuned on (not run before the
change was final, and written without looking at any corpus): handles in conversation slots in any script, login
labels with values in other scripts, moderation labels; look-alikes that must stay. Each: (text, value)."""

POS = [
    # chat turns, any script
    ("пушистик_9: кто-нибудь видел мой заказ?\nmarta.k: да, он в пути\nпушистик_9: спасибо!", "пушистик_9"),
    ("غيمة_بيضاء: هل الخادم يعمل؟\nkhalid88: نعم يعمل الآن يا غيمة_بيضاء", "غيمة_بيضاء"),
    ("पीली_तितली: आज मैच कितने बजे है?\nrohan_x: 8 बजे\nपीली_तितली: ठीक है", "पीली_तितली"),
    ("סוכריה_כחולה: מישהו פה?\nnoam.l: כן, אני\nסוכריה_כחולה: מעולה", "סוכריה_כחולה"),
    ("Μπλε_Φεγγάρι: πότε ξεκινάμε;\nnikos_p: σε δέκα λεπτά\nΜπλε_Φεγγάρι: τέλεια", "Μπλε_Φεγγάρι"),
    ("[12:01] Çiğdem_K: toplantı kaçta?\n[12:02] emre.t: 3'te", "Çiğdem_K"),
    ("[하얀눈사람] [오후 8:30] 오늘 접속해요?\n[hyunwoo99] [오후 8:31] 네 곧 들어가요", "하얀눈사람"),
    ("豆腐脑_甜党：这个版本好卡\n老王不在线：重启试试\n豆腐脑_甜党：好了，谢谢 @老王不在线", "老王不在线"),
    # @mentions with letters outside ASCII
    ("@Søren_B can you check the build?", "Søren_B"),
    ("спасибо @котик_в_сапогах за ссылку", "котик_в_сапогах"),
    ("@ちいさなカエル 明日もよろしく", "ちいさなカエル"),
    # moderation labels
    ("Muted: n1ghtcr4wler (10 min)", "n1ghtcr4wler"),
    ("Kicked: toxic_tomato77, reason: spam", "toxic_tomato77"),
    # login labels with values in other scripts
    ("Ник: ТёмныйРыцарь\nСервер: EU", "ТёмныйРыцарь"),
    ("用户名：小熊猫爱竹子\n注册时间：2023年", "小熊猫爱竹子"),
    ("아이디: 별빛소나기\n가입일: 2024-01-02", "별빛소나기"),
]

NEG = [
    # record labels in other scripts, written once
    ("Имя: Пётр\nГород: Казань\nТелефон: см. ниже", "Город"),
    ("주소: 서울시 강남구\n전화: 없음\n메모: 배송 전 연락", "메모"),
    # role labels of a transcript
    ("お客様：返品できますか？\n担当者：はい、できます\nお客様：ありがとうございます", "担当者"),
    # (NER reads "Поддержка" of "Пользователь: …\nПоддержка: …" and "Kunde" of "Kunde: …\nSupport: …" as people:
    # not this round's finders, left out here and reported)
    # a label's answer that is a word of its language
    ("昵称：没有\n城市：北京", "没有"),
    # config keys with sentences after them, a log of one component
    ("retry_policy: retries three times with backoff\ntimeout_policy: gives up after thirty seconds", "retry_policy"),
    ("[09:00:01] scheduler: started the nightly run\n[09:00:05] scheduler: run finished fine", "scheduler"),
    # bots in a stream chat
    ("StreamElements: Thanks for the follow!\nmaple_fox_3: hello chat\nStreamElements: Welcome maple_fox_3", "StreamElements"),
    # decorators, at-rules and e-mail with letters outside ASCII
    ("@media (max-width: 600px) { .café { display: none } }", "media"),
    ("écrivez à josé@exemple.fr ou à l'équipe", "équipe"),
]
