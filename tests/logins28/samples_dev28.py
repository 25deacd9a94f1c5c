"""Dev samples for round 28's logins (handles28), written before any change (tuned on): handles in the slots of
conversations in any script (a chat turn's speaker, an @mention), a moderation label's list, a login label's value
in another script; role labels, record labels and people's names that are roles or words stay.
Each: (text, value)."""

POS = [
    # speakers of chat turns, any script, with a colon (ASCII or full-width) and a speaker who recurs
    ("星星糖_88：请问什么时候发货？\n店小二：今天下午\n星星糖_88：好的谢谢", "星星糖_88"),
    ("蓝莓芝士：有人组队吗\n夜猫子007：我来\n蓝莓芝士：@夜猫子007 进房间", "蓝莓芝士"),
    ("바다소년: 오늘 레이드 가능?\n초코파이77: 9시 이후에\n바다소년: ㅇㅋ @초코파이77", "바다소년"),
    ("ночной_волк: кто в рейд?\nlisa_k: я\nночной_волк: отлично, жду", "ночной_волк"),
    ("فارس_الليل: متى يبدأ السيرفر؟\nmona_22: بعد ساعة يا فارس_الليل", "فارس_الليل"),
    ("さくらもち：明日の配信何時から？\nゆうた99：20時です\nさくらもち：了解！", "さくらもち"),
    # stamped turns: a time stamp before the speaker, or a bracketed speaker then a bracketed time
    ("09:14:02 JoséLuis_R: can we move the standup?\n09:14:40 priya.n: fine by me", "JoséLuis_R"),
    ("[달빛고양이] [오전 9:02] 출근했어요\n[minsu.park] [오전 9:05] 저도요", "달빛고양이"),
    ("[Łukasz_W] [10:41] deploy done\n[tomas] [10:42] thanks", "Łukasz_W"),
    # ASCII speakers of a conversation that no shape rule reads (mixed case, beside a login-shaped speaker)
    ("river_otter_9: can you ship to Lyon?\nVelvetThimble: yes, tracked only", "VelvetThimble"),
    # @mentions of handles with letters outside ASCII
    ("merci @Zoé_L pour le lien", "Zoé_L"),
    ("спасибо, @тихий_кот, всё работает", "тихий_кот"),
    ("感谢 @抹茶拿铁 的反馈", "抹茶拿铁"),
    ("ping @Ελένη_Κ about the invoice", "Ελένη_Κ"),
    # moderation written as a label, then a list
    ("Reported: frostbyte_44, quietmoss\nReason: harassment", "frostbyte_44"),
    ("Banned: xX_Zer0_Xx (chat spam)", "xX_Zer0_Xx"),
    # a login label's value in another script
    ("昵称：奶茶不加糖🧋\n城市：成都", "奶茶不加糖"),
    ("ニックネーム：しろくま_2\n地域：札幌", "しろくま_2"),
    ("닉네임: 구름빵\n지역: 부산", "구름빵"),
]

NEG = [
    # a record's labels: each written once, values are not turns
    ("姓名：张伟\n电话：见附件\n公司：华星科技", "公司"),
    ("昵称：奶茶不加糖\n城市：成都\n备注：老客户", "城市"),
    # role labels of a transcript, in several languages
    ("用户：我的订单呢？\n客服：正在处理\n用户：好的", "用户"),
    ("고객: 환불 가능한가요?\n상담원: 네 가능합니다\n고객: 감사합니다", "상담원"),
    ("العميل: أين طلبي؟\nالموظف: في الطريق\nالعميل: شكرا", "العميل"),
    ("User: how do I reset it?\nAssistant: open settings\nUser: thanks", "Assistant"),
    # keys of a config with sentences after them
    ("description: the service that sends mail\nsummary: sends mail for the shop\ndescription: again", "summary"),
    # log lines with a time stamp: levels
    ("[10:02:11] INFO: started\n[10:02:12] WARN: slow disk", "INFO"),
    ("问：怎么退款？\n答：在订单页申请\n问：多久到账？", "答"),
]
