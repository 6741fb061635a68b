// Reference content, kept as a module so the seed and the bench import it typed.
const data = {
  "_comment": "Defaults for the document-texts global. Finnish, Swedish and English are reviewed; the other material languages are draft translations made for the portal, to be checked by a native speaker (their translationStatus says so). Paragraphs are separated by blank lines. The event invitation and the coordinate grid are made in Finnish and Swedish only.",
  "status": {
    "fi": "reviewed",
    "sv": "reviewed",
    "en": "reviewed",
    "ar": "draft",
    "se": "draft",
    "so": "draft",
    "sw": "draft",
    "uk": "draft",
    "ru": "draft",
    "vi": "draft",
    "et": "draft"
  },
  "texts": {
    "fi": {
      "invitation": {
        "title": "Kutsu keskustelutilaisuuteen",
        "letter": "Hyvä asukas,\n\nkutsumme sinut keskustelemaan siitä, miltä elämä kunnassamme tuntuu: voitko vaikuttaa asioihin, miten ihmiset suhtautuvat toisiinsa, tunnetko olosi turvalliseksi ja kohtaavatko eri ryhmät toisiaan.\n\nKeskustelu käydään omalla kielelläsi. Nimiäsi tai yhteystietojasi ei kirjata mihinkään. Kokemuksistanne kootaan kortteja, joita kunnan päättäjät käsittelevät ja joiden pohjalta he sopivat toimenpiteistä.\n\nTervetuloa!",
        "date": "Päivämäärä ja aika",
        "place": "Paikka",
        "organiser": "Järjestäjä",
        "blank": "______________________________",
        "questionsHeading": "Keskustelukysymykset",
        "facilitatorHeading": "Ohjeet keskustelun ohjaajalle",
        "facilitatorGuidance": "Kerro alussa, mistä keskustelussa on kyse ja että nimiä ei kirjata. Käy teemat läpi järjestyksessä ja anna jokaisen puhua. Kysy tarkentavia kysymyksiä: mitä tapahtui, miltä se tuntui, mikä auttaisi?\n\nVarmista lopuksi, että kirjuri on saanut tärkeimmät asiat ylös, ja kerro, mitä kokemuksille tapahtuu seuraavaksi.",
        "scribeHeading": "Ohjeet kirjurille",
        "scribeGuidance": "Kirjaa keskustelu lomakkeelle kysymys kerrallaan. Älä kirjaa nimiä tai muita tunnistettavia tietoja. Kirjoita ensin osallistujien omin sanoin ja tee sen jälkeen lyhyt suomenkielinen yhteenveto.\n\nKirjaa lopuksi yleiset havainnot, myönteiset ja kielteiset kokemukset sekä ehdotukset."
      },
      "scribeForm": {
        "title": "Kirjurin raportointilomake",
        "project": "Projekti",
        "session": "Keskustelutilaisuus",
        "populationGroup": "Väestöryhmä",
        "language": "Kieli",
        "date": "Päivämäärä",
        "participants": "Osallistujien määrä",
        "noNames": "Älä kirjaa lomakkeelle osallistujien nimiä tai yhteystietoja.",
        "questionsHeading": "Kysymykset ja muistiinpanot",
        "notes": "Muistiinpanot keskustelun kielellä",
        "finnish": "Yhteenveto suomeksi",
        "general": "Yleiset havainnot",
        "positive": "Myönteiset kokemukset",
        "negative": "Kielteiset kokemukset",
        "proposals": "Ehdotukset"
      },
      "eventInvitation": {
        "title": "Kutsu päättäjätilaisuuteen",
        "text": "Kunnan asukkaat ovat kertoneet omalla kielellään, miltä elämä kunnassa tuntuu. Heidän kokemuksistaan on koottu kokemuskortteja.\n\nTilaisuudessa luemme kortit pienryhmissä, päätämme, mitä halutaan enemmän ja mitä vähemmän, ja sovimme yhdestä neljään toimenpidettä, joilla väestösuhteita parannetaan.",
        "date": "Aika",
        "place": "Paikka",
        "programme": "Ohjelma",
        "invited": "Kutsutut ja miksi"
      },
      "grid": {
        "title": "Koordinaatisto",
        "xAxisLow": "Helppo muuttaa",
        "xAxisHigh": "Vaikea muuttaa",
        "yAxisLow": "Pieni vaikutus",
        "yAxisHigh": "Suuri vaikutus"
      }
    },
    "sv": {
      "invitation": {
        "title": "Inbjudan till ett diskussionstillfälle",
        "letter": "Bästa invånare,\n\nvi bjuder in dig att diskutera hur livet i vår kommun känns: kan du påverka, hur förhåller sig människor till varandra, känner du dig trygg och möts olika grupper?\n\nDiskussionen förs på ditt eget språk. Ditt namn eller dina kontaktuppgifter antecknas inte. Av era erfarenheter sammanställs kort som kommunens beslutsfattare behandlar och utifrån vilka de kommer överens om åtgärder.\n\nVälkommen!",
        "date": "Datum och tid",
        "place": "Plats",
        "organiser": "Arrangör",
        "blank": "______________________________",
        "questionsHeading": "Diskussionsfrågor",
        "facilitatorHeading": "Anvisningar för diskussionsledaren",
        "facilitatorGuidance": "Berätta i början vad diskussionen handlar om och att inga namn antecknas. Gå igenom teman i ordning och låt alla komma till tals. Ställ följdfrågor: vad hände, hur kändes det, vad skulle hjälpa?\n\nKontrollera till sist att skribenten har fått med det viktigaste, och berätta vad som händer med erfarenheterna härnäst.",
        "scribeHeading": "Anvisningar för skribenten",
        "scribeGuidance": "Anteckna diskussionen på blanketten fråga för fråga. Anteckna inga namn eller andra identifierande uppgifter. Skriv först med deltagarnas egna ord och gör sedan ett kort sammandrag på finska.\n\nAnteckna till sist allmänna iakttagelser, positiva och negativa erfarenheter samt förslag."
      },
      "scribeForm": {
        "title": "Skribentens rapporteringsblankett",
        "project": "Projekt",
        "session": "Diskussionstillfälle",
        "populationGroup": "Befolkningsgrupp",
        "language": "Språk",
        "date": "Datum",
        "participants": "Antal deltagare",
        "noNames": "Anteckna inte deltagarnas namn eller kontaktuppgifter på blanketten.",
        "questionsHeading": "Frågor och anteckningar",
        "notes": "Anteckningar på diskussionens språk",
        "finnish": "Sammandrag på finska",
        "general": "Allmänna iakttagelser",
        "positive": "Positiva erfarenheter",
        "negative": "Negativa erfarenheter",
        "proposals": "Förslag"
      },
      "eventInvitation": {
        "title": "Inbjudan till beslutsfattartillfälle",
        "text": "Kommunens invånare har på sitt eget språk berättat hur livet i kommunen känns. Av deras erfarenheter har vi sammanställt erfarenhetskort.\n\nPå tillfället läser vi korten i smågrupper, bestämmer vad vi vill ha mer och mindre av och kommer överens om en till fyra åtgärder som förbättrar befolkningsrelationerna.",
        "date": "Tid",
        "place": "Plats",
        "programme": "Program",
        "invited": "Inbjudna och varför"
      },
      "grid": {
        "title": "Koordinatsystem",
        "xAxisLow": "Lätt att ändra",
        "xAxisHigh": "Svårt att ändra",
        "yAxisLow": "Liten effekt",
        "yAxisHigh": "Stor effekt"
      }
    },
    "en": {
      "invitation": {
        "title": "Invitation to a discussion session",
        "letter": "Dear resident,\n\nwe invite you to talk about how life in our municipality feels: can you influence matters, how do people treat each other, do you feel safe, and do different groups meet?\n\nThe discussion is held in your own language. Your name and contact details are not written down. Your experiences are gathered into cards that the municipality's decision-makers discuss and use to agree on actions.\n\nWelcome!",
        "date": "Date and time",
        "place": "Place",
        "organiser": "Organiser",
        "blank": "______________________________",
        "questionsHeading": "Discussion questions",
        "facilitatorHeading": "Guidance for the facilitator",
        "facilitatorGuidance": "Explain at the start what the discussion is about and that no names are written down. Go through the themes in order and let everyone speak. Ask follow-up questions: what happened, how did it feel, what would help?\n\nAt the end, check that the scribe has the main points, and tell what happens to the experiences next.",
        "scribeHeading": "Guidance for the scribe",
        "scribeGuidance": "Record the discussion on the form question by question. Do not write names or anything else that identifies a person. Write first in the participants' own words, then a short summary in Finnish.\n\nFinally record general observations, positive and negative experiences, and proposals."
      },
      "scribeForm": {
        "title": "Scribe reporting form",
        "project": "Project",
        "session": "Discussion session",
        "populationGroup": "Population group",
        "language": "Language",
        "date": "Date",
        "participants": "Number of participants",
        "noNames": "Do not write participants' names or contact details on this form.",
        "questionsHeading": "Questions and notes",
        "notes": "Notes in the language of the discussion",
        "finnish": "Summary in Finnish",
        "general": "General observations",
        "positive": "Positive experiences",
        "negative": "Negative experiences",
        "proposals": "Proposals"
      },
      "eventInvitation": {
        "title": "Invitation to the decision-maker event",
        "text": "Residents have told, in their own languages, how life in the municipality feels. Their experiences have been gathered into experience cards.\n\nAt the event we read the cards in small groups, decide what we want more of and less of, and agree on one to four actions to improve population relations.",
        "date": "Time",
        "place": "Place",
        "programme": "Programme",
        "invited": "Who is invited and why"
      },
      "grid": {
        "title": "Coordinate grid",
        "xAxisLow": "Easy to change",
        "xAxisHigh": "Hard to change",
        "yAxisLow": "Small impact",
        "yAxisHigh": "Large impact"
      }
    },
    "ar": {
      "invitation": {
        "title": "دعوة إلى جلسة نقاش",
        "letter": "عزيزي الساكن، عزيزتي الساكنة،\n\nندعوك إلى الحديث عن الحياة في بلديتنا: هل يمكنك التأثير في الأمور، وكيف يتعامل الناس بعضهم مع بعض، وهل تشعر بالأمان، وهل تلتقي المجموعات المختلفة؟\n\nيجري النقاش بلغتك. لا تُكتب أسماء ولا بيانات اتصال. تُجمع تجاربكم في بطاقات يناقشها صانعو القرار في البلدية.\n\nأهلاً وسهلاً!",
        "date": "التاريخ والوقت",
        "place": "المكان",
        "organiser": "الجهة المنظمة",
        "blank": "______________________________",
        "questionsHeading": "أسئلة النقاش",
        "facilitatorHeading": "إرشادات لميسّر النقاش",
        "facilitatorGuidance": "اشرح في البداية موضوع النقاش وأن الأسماء لا تُكتب. تناول المحاور بالترتيب وأعطِ الجميع فرصة للكلام. اطرح أسئلة توضيحية: ماذا حدث، وكيف شعرت، وما الذي قد يساعد؟",
        "scribeHeading": "إرشادات للكاتب",
        "scribeGuidance": "دوّن النقاش في الاستمارة سؤالاً بعد سؤال. لا تكتب أسماء أو معلومات تكشف الهوية. اكتب أولاً بكلمات المشاركين، ثم ملخصاً قصيراً بالفنلندية."
      },
      "scribeForm": {
        "title": "استمارة تقرير الكاتب",
        "project": "المشروع",
        "session": "جلسة النقاش",
        "populationGroup": "الفئة السكانية",
        "language": "اللغة",
        "date": "التاريخ",
        "participants": "عدد المشاركين",
        "noNames": "لا تكتب أسماء المشاركين أو بيانات الاتصال بهم في هذه الاستمارة.",
        "questionsHeading": "الأسئلة والملاحظات",
        "notes": "ملاحظات بلغة النقاش",
        "finnish": "ملخص بالفنلندية",
        "general": "ملاحظات عامة",
        "positive": "تجارب إيجابية",
        "negative": "تجارب سلبية",
        "proposals": "مقترحات"
      }
    },
    "se": {
      "invitation": {
        "title": "Bovdehus ságastallamii",
        "letter": "Buorre ássi,\n\nbovdet du ságastallat das, makkár eallin lea min gielddas: sáhtátgo váikkuhit áššiide, movt olbmot meannudit guhtet guimmiideaset, dovddatgo iežat oadjebassan ja deaivvadit go iešguđet joavkkut?\n\nSágastallan dollojuvvo du iežat gillii. Namat eai čálihuvvo. Vásáhusain ráhkaduvvojit karttat, maid gieldda mearrideaddjit gieđahallet.\n\nBuresboahtin!",
        "date": "Beaivi ja áigi",
        "place": "Báiki",
        "organiser": "Lágideaddji",
        "blank": "______________________________",
        "questionsHeading": "Ságastallangažaldagat",
        "facilitatorHeading": "Rávvagat ságastallama jođiheaddjái",
        "facilitatorGuidance": "Muital álggus, maid birra ságastallan lea ja ahte namat eai čálihuvvo. Mana fáttáid čađa ortnegis ja divtte buohkaid hupmat.",
        "scribeHeading": "Rávvagat čálliide",
        "scribeGuidance": "Čále ságastallama skovvái gažaldat gažaldagas. Ale čále namaid. Čále vuos oassálastiid iežaset sániiguin, dasto oanehis čoahkkáigeassu suomagillii."
      },
      "scribeForm": {
        "title": "Čálli raporterenskovvi",
        "project": "Prošeakta",
        "session": "Ságastallan",
        "populationGroup": "Álbmotjoavku",
        "language": "Giella",
        "date": "Beaivi",
        "participants": "Oassálastiid lohku",
        "noNames": "Ale čále oassálastiid namaid dahje oktavuohtadieđuid skovvái.",
        "questionsHeading": "Gažaldagat ja notáhtat",
        "notes": "Notáhtat ságastallama gillii",
        "finnish": "Čoahkkáigeassu suomagillii",
        "general": "Oppalaš áicamat",
        "positive": "Positiivvalaš vásáhusat",
        "negative": "Negatiivvalaš vásáhusat",
        "proposals": "Evttohusat"
      }
    },
    "so": {
      "invitation": {
        "title": "Casuumad kulan wada-hadal",
        "letter": "Deggane sharafta leh,\n\nwaxaan kuugu yeeraynaa inaad ka hadasho sida noloshu u tahay degmadeenna: ma saamayn kartaa arrimaha, sidee dadku isula dhaqmaan, ma dareentaa ammaan, kooxaha kala duwanna ma kulmaan?\n\nWada-hadalka waxaa lagu qabanayaa luqaddaada. Magacyada lama qorayo. Waayo-aragnimadiinna waxaa laga samaynayaa kaarar ay go'aan-gaarayaasha degmadu ka doodaan.\n\nSoo dhowow!",
        "date": "Taariikhda iyo waqtiga",
        "place": "Goobta",
        "organiser": "Qabanqaabiyaha",
        "blank": "______________________________",
        "questionsHeading": "Su'aalaha wada-hadalka",
        "facilitatorHeading": "Tilmaamaha hagaha wada-hadalka",
        "facilitatorGuidance": "Bilowga u sheeg waxa wada-hadalku ku saabsan yahay iyo in magacyada aan la qorayn. Mawduucyada si habaysan u mar oo qof walba u oggolow inuu hadlo.",
        "scribeHeading": "Tilmaamaha qoraha",
        "scribeGuidance": "Wada-hadalka foomka ku qor su'aal su'aal. Ha qorin magacyo. Marka hore ku qor erayada ka-qaybgalayaasha, kadibna soo koobid gaaban oo af-Finnish ah."
      },
      "scribeForm": {
        "title": "Foomka warbixinta qoraha",
        "project": "Mashruuca",
        "session": "Kulanka wada-hadalka",
        "populationGroup": "Kooxda bulshada",
        "language": "Luqadda",
        "date": "Taariikhda",
        "participants": "Tirada ka-qaybgalayaasha",
        "noNames": "Ha ku qorin foomka magacyada ama xiriirka ka-qaybgalayaasha.",
        "questionsHeading": "Su'aalaha iyo qoraallada",
        "notes": "Qoraallo luqadda wada-hadalka",
        "finnish": "Soo koobid af-Finnish ah",
        "general": "Indha-indhayn guud",
        "positive": "Waayo-aragnimo wanaagsan",
        "negative": "Waayo-aragnimo xun",
        "proposals": "Soo jeedin"
      }
    },
    "sw": {
      "invitation": {
        "title": "Mwaliko kwa kikao cha majadiliano",
        "letter": "Mkazi mpendwa,\n\ntunakualika kuzungumza kuhusu jinsi maisha yalivyo katika manispaa yetu: je, unaweza kushawishi mambo, watu wanachukuliana vipi, unajisikia salama, na makundi tofauti hukutana?\n\nMajadiliano yanafanyika kwa lugha yako. Majina hayaandikwi. Uzoefu wenu unakusanywa kuwa kadi ambazo watoa maamuzi wa manispaa huzijadili.\n\nKaribu!",
        "date": "Tarehe na saa",
        "place": "Mahali",
        "organiser": "Mwandalizi",
        "blank": "______________________________",
        "questionsHeading": "Maswali ya majadiliano",
        "facilitatorHeading": "Mwongozo kwa mwezeshaji",
        "facilitatorGuidance": "Eleza mwanzoni majadiliano yanahusu nini na kwamba majina hayaandikwi. Pitia mada kwa mpangilio na umpe kila mtu nafasi ya kuzungumza.",
        "scribeHeading": "Mwongozo kwa mwandishi",
        "scribeGuidance": "Andika majadiliano kwenye fomu swali kwa swali. Usiandike majina. Andika kwanza kwa maneno ya washiriki, kisha muhtasari mfupi kwa Kifini."
      },
      "scribeForm": {
        "title": "Fomu ya ripoti ya mwandishi",
        "project": "Mradi",
        "session": "Kikao cha majadiliano",
        "populationGroup": "Kundi la watu",
        "language": "Lugha",
        "date": "Tarehe",
        "participants": "Idadi ya washiriki",
        "noNames": "Usiandike majina ya washiriki wala mawasiliano yao kwenye fomu hii.",
        "questionsHeading": "Maswali na maelezo",
        "notes": "Maelezo kwa lugha ya majadiliano",
        "finnish": "Muhtasari kwa Kifini",
        "general": "Uchunguzi wa jumla",
        "positive": "Uzoefu mzuri",
        "negative": "Uzoefu mbaya",
        "proposals": "Mapendekezo"
      }
    },
    "uk": {
      "invitation": {
        "title": "Запрошення на обговорення",
        "letter": "Шановний мешканцю, шановна мешканко,\n\nзапрошуємо вас поговорити про те, яким є життя в нашому муніципалітеті: чи можете ви впливати на справи, як люди ставляться одне до одного, чи почуваєтеся ви в безпеці та чи зустрічаються різні групи?\n\nОбговорення відбувається вашою мовою. Імена не записуються. З вашого досвіду складаються картки, які обговорюють особи, що ухвалюють рішення в муніципалітеті.\n\nЛаскаво просимо!",
        "date": "Дата і час",
        "place": "Місце",
        "organiser": "Організатор",
        "blank": "______________________________",
        "questionsHeading": "Питання для обговорення",
        "facilitatorHeading": "Вказівки для ведучого",
        "facilitatorGuidance": "На початку поясніть, про що обговорення і що імена не записуються. Проходьте теми по черзі та дайте кожному висловитися.",
        "scribeHeading": "Вказівки для секретаря",
        "scribeGuidance": "Записуйте обговорення у форму питання за питанням. Не записуйте імен. Спершу пишіть словами учасників, потім коротке резюме фінською."
      },
      "scribeForm": {
        "title": "Форма звіту секретаря",
        "project": "Проєкт",
        "session": "Обговорення",
        "populationGroup": "Група населення",
        "language": "Мова",
        "date": "Дата",
        "participants": "Кількість учасників",
        "noNames": "Не записуйте у форму імена чи контакти учасників.",
        "questionsHeading": "Питання та нотатки",
        "notes": "Нотатки мовою обговорення",
        "finnish": "Резюме фінською",
        "general": "Загальні спостереження",
        "positive": "Позитивний досвід",
        "negative": "Негативний досвід",
        "proposals": "Пропозиції"
      }
    },
    "ru": {
      "invitation": {
        "title": "Приглашение на обсуждение",
        "letter": "Уважаемый житель, уважаемая жительница,\n\nприглашаем вас поговорить о том, какова жизнь в нашем муниципалитете: можете ли вы влиять на дела, как люди относятся друг к другу, чувствуете ли вы себя в безопасности и встречаются ли разные группы?\n\nОбсуждение проходит на вашем языке. Имена не записываются. Из вашего опыта составляются карточки, которые обсуждают лица, принимающие решения в муниципалитете.\n\nДобро пожаловать!",
        "date": "Дата и время",
        "place": "Место",
        "organiser": "Организатор",
        "blank": "______________________________",
        "questionsHeading": "Вопросы для обсуждения",
        "facilitatorHeading": "Указания для ведущего",
        "facilitatorGuidance": "В начале объясните, о чём обсуждение и что имена не записываются. Проходите темы по порядку и дайте каждому высказаться.",
        "scribeHeading": "Указания для секретаря",
        "scribeGuidance": "Записывайте обсуждение в форму вопрос за вопросом. Не записывайте имена. Сначала пишите словами участников, затем краткое резюме на финском."
      },
      "scribeForm": {
        "title": "Форма отчёта секретаря",
        "project": "Проект",
        "session": "Обсуждение",
        "populationGroup": "Группа населения",
        "language": "Язык",
        "date": "Дата",
        "participants": "Число участников",
        "noNames": "Не записывайте в форму имена или контакты участников.",
        "questionsHeading": "Вопросы и заметки",
        "notes": "Заметки на языке обсуждения",
        "finnish": "Резюме на финском",
        "general": "Общие наблюдения",
        "positive": "Положительный опыт",
        "negative": "Отрицательный опыт",
        "proposals": "Предложения"
      }
    },
    "vi": {
      "invitation": {
        "title": "Thư mời tham dự buổi thảo luận",
        "letter": "Kính gửi cư dân,\n\nchúng tôi mời bạn trò chuyện về cuộc sống ở thành phố của chúng ta: bạn có thể ảnh hưởng đến các vấn đề không, mọi người đối xử với nhau thế nào, bạn có cảm thấy an toàn không và các nhóm khác nhau có gặp gỡ nhau không?\n\nBuổi thảo luận diễn ra bằng ngôn ngữ của bạn. Tên không được ghi lại. Trải nghiệm của các bạn được tổng hợp thành thẻ để những người ra quyết định thảo luận.\n\nHoan nghênh bạn!",
        "date": "Ngày và giờ",
        "place": "Địa điểm",
        "organiser": "Đơn vị tổ chức",
        "blank": "______________________________",
        "questionsHeading": "Câu hỏi thảo luận",
        "facilitatorHeading": "Hướng dẫn cho người điều phối",
        "facilitatorGuidance": "Lúc bắt đầu, hãy giải thích nội dung buổi thảo luận và cho biết tên không được ghi lại. Đi qua các chủ đề theo thứ tự và để mọi người đều được nói.",
        "scribeHeading": "Hướng dẫn cho người ghi chép",
        "scribeGuidance": "Ghi lại buổi thảo luận vào mẫu theo từng câu hỏi. Không ghi tên. Trước tiên ghi bằng lời của người tham gia, sau đó tóm tắt ngắn bằng tiếng Phần Lan."
      },
      "scribeForm": {
        "title": "Mẫu báo cáo của người ghi chép",
        "project": "Dự án",
        "session": "Buổi thảo luận",
        "populationGroup": "Nhóm dân cư",
        "language": "Ngôn ngữ",
        "date": "Ngày",
        "participants": "Số người tham gia",
        "noNames": "Không ghi tên hoặc thông tin liên lạc của người tham gia vào mẫu này.",
        "questionsHeading": "Câu hỏi và ghi chú",
        "notes": "Ghi chú bằng ngôn ngữ thảo luận",
        "finnish": "Tóm tắt bằng tiếng Phần Lan",
        "general": "Nhận xét chung",
        "positive": "Trải nghiệm tích cực",
        "negative": "Trải nghiệm tiêu cực",
        "proposals": "Đề xuất"
      }
    },
    "et": {
      "invitation": {
        "title": "Kutse aruteluüritusele",
        "letter": "Hea elanik,\n\nkutsume sind rääkima sellest, milline on elu meie vallas: kas saad asjadele kaasa rääkida, kuidas inimesed üksteisesse suhtuvad, kas tunned end turvaliselt ja kas erinevad rühmad kohtuvad?\n\nArutelu toimub sinu emakeeles. Nimesid üles ei kirjutata. Teie kogemustest koostatakse kaardid, mida valla otsustajad arutavad.\n\nTere tulemast!",
        "date": "Kuupäev ja kellaaeg",
        "place": "Koht",
        "organiser": "Korraldaja",
        "blank": "______________________________",
        "questionsHeading": "Aruteluküsimused",
        "facilitatorHeading": "Juhised arutelu juhile",
        "facilitatorGuidance": "Selgita alguses, millest arutelu räägib ja et nimesid üles ei kirjutata. Käi teemad järjest läbi ja lase kõigil rääkida.",
        "scribeHeading": "Juhised protokollijale",
        "scribeGuidance": "Kirjuta arutelu vormile küsimus küsimuse järel. Ära kirjuta nimesid. Kirjuta esmalt osalejate sõnadega, seejärel lühike kokkuvõte soome keeles."
      },
      "scribeForm": {
        "title": "Protokollija aruandevorm",
        "project": "Projekt",
        "session": "Arutelu",
        "populationGroup": "Elanikerühm",
        "language": "Keel",
        "date": "Kuupäev",
        "participants": "Osalejate arv",
        "noNames": "Ära kirjuta vormile osalejate nimesid ega kontaktandmeid.",
        "questionsHeading": "Küsimused ja märkmed",
        "notes": "Märkmed arutelu keeles",
        "finnish": "Kokkuvõte soome keeles",
        "general": "Üldised tähelepanekud",
        "positive": "Positiivsed kogemused",
        "negative": "Negatiivsed kogemused",
        "proposals": "Ettepanekud"
      }
    }
  }
}

export default data
