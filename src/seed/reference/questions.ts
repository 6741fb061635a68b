// Reference content, kept as a module so the seed and the bench import it typed.
const data = {
  "_comment": "Discussion questions per theme. Finnish, Swedish and English are reviewed; the other material languages are draft translations made for the portal and must be checked by a native speaker before they are printed (translationStatus 'draft' says so to visitors).",
  "reviewedLocales": [
    "fi",
    "sv",
    "en"
  ],
  "questions": [
    {
      "theme": "participation",
      "order": 1,
      "text": {
        "fi": "Millaisia mahdollisuuksia sinulla on vaikuttaa asioihin ja osallistua toimintaan kotikunnassasi?",
        "sv": "Vilka möjligheter har du att påverka saker och delta i verksamhet i din hemkommun?",
        "en": "What chances do you have to influence matters and take part in activities in your home municipality?",
        "ar": "ما الفرص المتاحة لك للتأثير في الأمور والمشاركة في الأنشطة في البلدية التي تعيش فيها؟",
        "se": "Makkár vejolašvuođat dus leat váikkuhit áššiide ja oassálastit doaimmaide iežat ruovttusuohkanis?",
        "so": "Fursado noocee ah ayaad u leedahay inaad saameyn ku yeelato arrimaha oo aad ka qaybqaadato hawlaha degmada aad ku nooshahay?",
        "sw": "Una fursa gani za kushawishi mambo na kushiriki katika shughuli katika manispaa unayoishi?",
        "uk": "Які у вас є можливості впливати на рішення та брати участь у діяльності у вашому муніципалітеті?",
        "ru": "Какие у вас есть возможности влиять на решения и участвовать в деятельности в вашем муниципалитете?",
        "vi": "Bạn có những cơ hội nào để tác động đến các vấn đề và tham gia các hoạt động tại địa phương nơi bạn sống?",
        "et": "Millised võimalused on sul oma kodukohas asjade üle kaasa rääkida ja tegevustes osaleda?"
      },
      "facilitatorNote": {
        "fi": "Kysy konkreettisia esimerkkejä: yhdistykset, vanhempainillat, asukastilaisuudet, kyselyt. Mikä on estänyt osallistumasta?",
        "sv": "Be om konkreta exempel: föreningar, föräldramöten, invånarmöten, enkäter. Vad har hindrat deltagandet?",
        "en": "Ask for concrete examples: associations, parents’ evenings, residents’ meetings, surveys. What has stopped people from taking part?"
      }
    },
    {
      "theme": "participation",
      "order": 2,
      "text": {
        "fi": "Onko sinulla kokemuksia siitä, että sinua on kuultu – tai jätetty kuulematta – kunnan asioissa? Kerro esimerkki.",
        "sv": "Har du upplevt att du blivit hörd – eller inte hörd – i kommunens ärenden? Berätta om ett exempel.",
        "en": "Have you experienced being heard – or not heard – in municipal matters? Tell us about an example.",
        "ar": "هل مررت بتجربة شعرت فيها أنه تم الاستماع إليك – أو لم يتم الاستماع إليك – في شؤون البلدية؟ احكِ لنا مثالاً.",
        "se": "Leatgo vásihan ahte du leat gullan – dahje eai leat gullan – suohkana áššiin? Muital ovdamearkka.",
        "so": "Ma jirtay waqti lagu maqlay – ama aan lagu maqlin – arrimaha degmada? Na sii tusaale.",
        "sw": "Je, umewahi kuhisi kwamba ulisikilizwa – au hukusikilizwa – katika masuala ya manispaa? Toa mfano.",
        "uk": "Чи траплялося, що вас вислухали – або не вислухали – у справах муніципалітету? Розкажіть приклад.",
        "ru": "Бывало ли, что вас выслушали – или не выслушали – в муниципальных делах? Расскажите пример.",
        "vi": "Bạn đã từng có trải nghiệm được lắng nghe – hoặc không được lắng nghe – trong các công việc của chính quyền địa phương chưa? Hãy kể một ví dụ.",
        "et": "Kas sul on kogemusi sellest, et sind on omavalitsuse asjades ära kuulatud – või kuulamata jäetud? Too näide."
      },
      "facilitatorNote": {
        "fi": "Sekä myönteiset että kielteiset kokemukset ovat arvokkaita. Muistuta, ettei nimiä kirjata.",
        "sv": "Både positiva och negativa erfarenheter är värdefulla. Påminn om att inga namn antecknas.",
        "en": "Positive and negative experiences are equally valuable. Remind the group that no names are written down."
      }
    },
    {
      "theme": "participation",
      "order": 3,
      "text": {
        "fi": "Mikä helpottaisi sinun tai yhteisösi osallistumista kunnan palveluihin, harrastuksiin ja päätöksentekoon?",
        "sv": "Vad skulle göra det lättare för dig eller din gemenskap att delta i kommunens tjänster, fritidsaktiviteter och beslutsfattande?",
        "en": "What would make it easier for you or your community to take part in the municipality’s services, leisure activities and decision-making?",
        "ar": "ما الذي قد يسهّل عليك أو على مجتمعك المشاركة في خدمات البلدية وأنشطة أوقات الفراغ واتخاذ القرارات؟",
        "se": "Mii álkidivččii du dahje du servoša oassálastima suohkana bálvalusaide, astoáigedoaimmaide ja mearrádusaid dahkamii?",
        "so": "Maxaa kuu fududayn lahaa adiga ama bulshadaada ka qaybgalka adeegyada degmada, hawlaha madadaalada iyo go'aan gaarista?",
        "sw": "Ni nini kingerahisisha wewe au jamii yako kushiriki katika huduma za manispaa, shughuli za burudani na kufanya maamuzi?",
        "uk": "Що полегшило б вам або вашій спільноті участь у муніципальних послугах, дозвіллі та ухваленні рішень?",
        "ru": "Что облегчило бы вам или вашему сообществу участие в муниципальных услугах, досуге и принятии решений?",
        "vi": "Điều gì sẽ giúp bạn hoặc cộng đồng của bạn dễ dàng tham gia vào các dịch vụ, hoạt động giải trí và việc ra quyết định của địa phương hơn?",
        "et": "Mis teeks sinu või sinu kogukonna jaoks lihtsamaks osaleda omavalitsuse teenustes, huvitegevuses ja otsuste tegemises?"
      },
      "facilitatorNote": {
        "fi": "Kirjaa ehdotukset sellaisinaan; ne auttavat päättäjätilaisuudessa toimenpiteiden valinnassa.",
        "sv": "Anteckna förslagen som de framförs; de hjälper beslutsfattarna att välja åtgärder.",
        "en": "Record proposals as they are said; they help the decision-makers choose actions."
      }
    },
    {
      "theme": "attitudes",
      "order": 1,
      "text": {
        "fi": "Miten sinuun ja kaltaisiisi asukkaisiin suhtaudutaan kotikunnassasi arjen tilanteissa, esimerkiksi kaupassa, koulussa tai työpaikalla?",
        "sv": "Hur bemöts du och invånare som du i vardagliga situationer i din hemkommun, till exempel i butiken, i skolan eller på arbetsplatsen?",
        "en": "How are you and residents like you treated in everyday situations in your home municipality, for example in shops, at school or at work?",
        "ar": "كيف يُعامَل أنت والسكان الذين يشبهونك في المواقف اليومية في البلدية التي تعيش فيها، مثلاً في المتجر أو المدرسة أو مكان العمل؟",
        "se": "Mo dutnje ja du láhkásaš ássiide láhttejuvvo beaivválaš dilálašvuođain du ruovttusuohkanis, omd. gávppis, skuvllas dahje bargosajis?",
        "so": "Sidee loola dhaqmaa adiga iyo dadka deggan ee adiga oo kale ah xaaladaha maalinlaha ah ee degmadaada, tusaale ahaan dukaanka, dugsiga ama goobta shaqada?",
        "sw": "Wewe na wakazi kama wewe mnachukuliwaje katika hali za kila siku katika manispaa yako, kwa mfano dukani, shuleni au kazini?",
        "uk": "Як ставляться до вас і до таких мешканців, як ви, у повсякденних ситуаціях у вашому муніципалітеті, наприклад у магазині, у школі чи на роботі?",
        "ru": "Как относятся к вам и к таким жителям, как вы, в повседневных ситуациях в вашем муниципалитете, например в магазине, в школе или на работе?",
        "vi": "Bạn và những cư dân giống như bạn được đối xử như thế nào trong các tình huống hằng ngày tại địa phương, ví dụ ở cửa hàng, ở trường học hoặc nơi làm việc?",
        "et": "Kuidas suhtutakse sinusse ja sinusugustesse elanikesse igapäevastes olukordades sinu kodukohas, näiteks poes, koolis või tööl?"
      },
      "facilitatorNote": {
        "fi": "Anna tilaa myös myönteisille kokemuksille. Jos keskustelu kääntyy yksittäisiin henkilöihin, ohjaa se takaisin tilanteisiin.",
        "sv": "Ge utrymme även för positiva erfarenheter. Om samtalet vänder sig mot enskilda personer, led det tillbaka till situationerna.",
        "en": "Make room for positive experiences too. If the talk turns to individual people, steer it back to the situations."
      }
    },
    {
      "theme": "attitudes",
      "order": 2,
      "text": {
        "fi": "Oletko kohdannut tai nähnyt syrjintää, ennakkoluuloja tai rasismia kotikunnassasi? Entä myönteistä suhtautumista?",
        "sv": "Har du mött eller sett diskriminering, fördomar eller rasism i din hemkommun? Och positivt bemötande?",
        "en": "Have you met or witnessed discrimination, prejudice or racism in your home municipality? And positive attitudes?",
        "ar": "هل واجهت أو شهدت تمييزاً أو أحكاماً مسبقة أو عنصرية في البلدية التي تعيش فيها؟ وماذا عن المواقف الإيجابية؟",
        "se": "Leatgo vásihan dahje oaidnán vealaheami, ovdagáttuid dahje rasismma du ruovttusuohkanis? Ja positiivvalaš guottuid?",
        "so": "Ma la kulantay ama ma aragtay takoor, eex ama cunsuriyad degmadaada? Oo ka warran dhaqan wanaagsan?",
        "sw": "Je, umewahi kukutana na au kushuhudia ubaguzi, chuki au ubaguzi wa rangi katika manispaa yako? Na mtazamo chanya je?",
        "uk": "Чи стикалися ви з дискримінацією, упередженнями або расизмом у вашому муніципалітеті чи були їх свідком? А з доброзичливим ставленням?",
        "ru": "Сталкивались ли вы с дискриминацией, предрассудками или расизмом в вашем муниципалитете или были их свидетелем? А с доброжелательным отношением?",
        "vi": "Bạn đã từng gặp hoặc chứng kiến sự phân biệt đối xử, định kiến hay phân biệt chủng tộc tại địa phương chưa? Còn thái độ tích cực thì sao?",
        "et": "Kas oled oma kodukohas kogenud või näinud diskrimineerimist, eelarvamusi või rassismi? Aga positiivset suhtumist?"
      },
      "facilitatorNote": {
        "fi": "Aihe voi olla raskas. Kerro, mistä saa tukea, ja muistuta, että kysymykseen saa jättää vastaamatta.",
        "sv": "Ämnet kan vara tungt. Berätta var man får stöd och påminn om att man får låta bli att svara.",
        "en": "The subject can be heavy. Say where support is available and remind people that they need not answer."
      }
    },
    {
      "theme": "attitudes",
      "order": 3,
      "text": {
        "fi": "Mikä voisi parantaa eri väestöryhmien suhtautumista toisiinsa kotikunnassasi?",
        "sv": "Vad skulle kunna förbättra attityderna mellan olika befolkningsgrupper i din hemkommun?",
        "en": "What could improve the way different population groups regard each other in your home municipality?",
        "ar": "ما الذي يمكن أن يحسّن نظرة الفئات السكانية المختلفة بعضها إلى بعض في البلدية التي تعيش فيها؟",
        "se": "Mii sáhtášii buoridit iešguđet álbmotjoavkkuid guottuid nubbi nubbái du ruovttusuohkanis?",
        "so": "Maxaa hagaajin kara sida kooxaha kala duwan ee dadka deggan ay isu arkaan degmadaada?",
        "sw": "Ni nini kingeweza kuboresha jinsi makundi mbalimbali ya wakazi yanavyotazamana katika manispaa yako?",
        "uk": "Що могло б покращити ставлення різних груп населення одна до одної у вашому муніципалітеті?",
        "ru": "Что могло бы улучшить отношение разных групп населения друг к другу в вашем муниципалитете?",
        "vi": "Điều gì có thể cải thiện cách các nhóm dân cư khác nhau nhìn nhận nhau tại địa phương của bạn?",
        "et": "Mis võiks parandada eri elanikkonnarühmade suhtumist üksteisesse sinu kodukohas?"
      },
      "facilitatorNote": {
        "fi": "Pyydä ehdotuksia, joita kunta, järjestöt tai asukkaat voisivat itse toteuttaa.",
        "sv": "Be om förslag som kommunen, organisationerna eller invånarna själva kunde genomföra.",
        "en": "Ask for proposals that the municipality, the NGOs or residents themselves could carry out."
      }
    },
    {
      "theme": "safety",
      "order": 1,
      "text": {
        "fi": "Tunnetko olosi turvalliseksi kotikunnassasi – kotona, asuinalueellasi ja julkisilla paikoilla? Miksi tai miksi et?",
        "sv": "Känner du dig trygg i din hemkommun – hemma, i ditt bostadsområde och på offentliga platser? Varför eller varför inte?",
        "en": "Do you feel safe in your home municipality – at home, in your neighbourhood and in public places? Why or why not?",
        "ar": "هل تشعر بالأمان في البلدية التي تعيش فيها – في البيت وفي حيّك وفي الأماكن العامة؟ لماذا أو لماذا لا؟",
        "se": "Dovddatgo iežat oadjebassan du ruovttusuohkanis – ruovttus, orrunguovllustat ja almmolaš báikkiin? Manne dahje manne it?",
        "so": "Ma dareentaa nabadgelyo degmadaada – guriga, xaafaddaada iyo goobaha dadweynaha? Sababta?",
        "sw": "Je, unajisikia salama katika manispaa yako – nyumbani, katika mtaa wako na katika maeneo ya umma? Kwa nini au kwa nini sivyo?",
        "uk": "Чи почуваєтеся ви в безпеці у вашому муніципалітеті – вдома, у своєму районі та в громадських місцях? Чому так або чому ні?",
        "ru": "Чувствуете ли вы себя в безопасности в вашем муниципалитете – дома, в своём районе и в общественных местах? Почему да или почему нет?",
        "vi": "Bạn có cảm thấy an toàn tại địa phương nơi bạn sống không – ở nhà, trong khu phố và ở những nơi công cộng? Tại sao có hoặc tại sao không?",
        "et": "Kas tunned end oma kodukohas turvaliselt – kodus, oma elurajoonis ja avalikes kohtades? Miks või miks mitte?"
      },
      "facilitatorNote": {
        "fi": "Erottele tarvittaessa kokemukset eri paikoista ja vuorokaudenajoista.",
        "sv": "Skilj vid behov mellan erfarenheter från olika platser och tider på dygnet.",
        "en": "Where useful, separate experiences by place and by time of day."
      }
    },
    {
      "theme": "safety",
      "order": 2,
      "text": {
        "fi": "Onko paikkoja tai tilanteita, joissa tunnet olosi turvattomaksi? Mitä niissä tapahtuu?",
        "sv": "Finns det platser eller situationer där du känner dig otrygg? Vad händer där?",
        "en": "Are there places or situations where you feel unsafe? What happens there?",
        "ar": "هل هناك أماكن أو مواقف تشعر فيها بعدم الأمان؟ ماذا يحدث فيها؟",
        "se": "Leatgo báikkit dahje dilálašvuođat, main dovddat iežat eahpeoadjebassan? Mii doppe dáhpáhuvvá?",
        "so": "Ma jiraan meelo ama xaalado aad dareento amni darro? Maxaa halkaas ka dhaca?",
        "sw": "Je, kuna maeneo au hali ambazo unajisikia si salama? Nini hutokea huko?",
        "uk": "Чи є місця або ситуації, в яких ви почуваєтеся небезпечно? Що там відбувається?",
        "ru": "Есть ли места или ситуации, в которых вам небезопасно? Что там происходит?",
        "vi": "Có những nơi hoặc tình huống nào khiến bạn cảm thấy không an toàn không? Điều gì xảy ra ở đó?",
        "et": "Kas on kohti või olukordi, kus tunned end ebaturvaliselt? Mis seal juhtub?"
      },
      "facilitatorNote": {
        "fi": "Kirjaa paikat yleisellä tasolla (esim. ”asema-alue illalla”), ei osoitteita tai henkilöitä.",
        "sv": "Anteckna platserna på en allmän nivå (t.ex. ”stationsområdet på kvällen”), inte adresser eller personer.",
        "en": "Record places in general terms (e.g. “the station area in the evening”), not addresses or people."
      }
    },
    {
      "theme": "safety",
      "order": 3,
      "text": {
        "fi": "Mistä saat apua, jos jotain tapahtuu, ja luotatko viranomaisiin, kuten poliisiin?",
        "sv": "Var får du hjälp om något händer, och litar du på myndigheterna, till exempel polisen?",
        "en": "Where do you get help if something happens, and do you trust the authorities, such as the police?",
        "ar": "إلى أين تلجأ للحصول على المساعدة إذا حدث شيء ما، وهل تثق بالسلطات مثل الشرطة؟",
        "se": "Gos oaččut veahki, jos juoga dáhpáhuvvá, ja luohtátgo eiseválddiide, omd. polissii?",
        "so": "Xaggee ka heshaa caawimaad haddii wax dhacaan, oo ma aamintaa hay'adaha dawladda sida booliska?",
        "sw": "Unapata msaada wapi jambo likitokea, na je, unaziamini mamlaka kama vile polisi?",
        "uk": "Куди ви звертаєтеся по допомогу, якщо щось стається, і чи довіряєте ви органам влади, наприклад поліції?",
        "ru": "Куда вы обращаетесь за помощью, если что-то случилось, и доверяете ли вы властям, например полиции?",
        "vi": "Bạn tìm sự giúp đỡ ở đâu nếu có chuyện xảy ra, và bạn có tin tưởng các cơ quan chức năng như cảnh sát không?",
        "et": "Kust saad abi, kui midagi juhtub, ja kas usaldad ametiasutusi, näiteks politseid?"
      },
      "facilitatorNote": {
        "fi": "Tulokset auttavat kutsumaan päättäjätilaisuuteen oikeat viranomaiset, esimerkiksi poliisin tai hyvinvointialueen.",
        "sv": "Svaren hjälper till att bjuda in rätt myndigheter till beslutsfattarevenemanget, till exempel polisen eller välfärdsområdet.",
        "en": "The answers help invite the right authorities to the decision-maker event, such as the police or the wellbeing services county."
      }
    },
    {
      "theme": "interaction",
      "order": 1,
      "text": {
        "fi": "Missä ja miten kohtaat muita kotikuntasi asukkaita, myös muihin väestöryhmiin kuuluvia?",
        "sv": "Var och hur möter du andra invånare i din hemkommun, även sådana som hör till andra befolkningsgrupper?",
        "en": "Where and how do you meet other residents of your home municipality, including people from other population groups?",
        "ar": "أين وكيف تلتقي بسكان آخرين في البلدية التي تعيش فيها، بمن فيهم أشخاص من فئات سكانية أخرى؟",
        "se": "Gos ja mo deaivvat eará ássiid du ruovttusuohkanis, maiddái earáid álbmotjoavkkuin?",
        "so": "Halkee iyo sidee ayaad ula kulantaa dadka kale ee degmadaada deggan, oo ay ku jiraan dad ka tirsan kooxo kale?",
        "sw": "Unakutana wapi na vipi na wakazi wengine wa manispaa yako, wakiwemo watu wa makundi mengine ya wakazi?",
        "uk": "Де і як ви зустрічаєтеся з іншими мешканцями вашого муніципалітету, зокрема з людьми з інших груп населення?",
        "ru": "Где и как вы встречаетесь с другими жителями вашего муниципалитета, в том числе с людьми из других групп населения?",
        "vi": "Bạn gặp gỡ những cư dân khác trong địa phương ở đâu và như thế nào, kể cả những người thuộc các nhóm dân cư khác?",
        "et": "Kus ja kuidas kohtud teiste oma kodukoha elanikega, sealhulgas teistesse elanikkonnarühmadesse kuuluvatega?"
      },
      "facilitatorNote": {
        "fi": "Kysy sekä arjen kohtaamisista (naapurit, koulu, työ) että järjestetystä toiminnasta.",
        "sv": "Fråga både om vardagliga möten (grannar, skola, arbete) och om ordnad verksamhet.",
        "en": "Ask about everyday encounters (neighbours, school, work) as well as organised activities."
      }
    },
    {
      "theme": "interaction",
      "order": 2,
      "text": {
        "fi": "Kerro tilanteesta, jossa kohtaaminen eri taustaisen asukkaan kanssa onnistui hyvin – tai huonosti.",
        "sv": "Berätta om en situation där ett möte med en invånare med en annan bakgrund gick bra – eller dåligt.",
        "en": "Tell us about a time when meeting a resident from a different background went well – or badly.",
        "ar": "احكِ لنا عن موقف نجح فيه لقاؤك بأحد السكان من خلفية مختلفة – أو لم ينجح.",
        "se": "Muital dilálašvuođa, mas deaivvadeapmi eará duogážiin ássiin manai bures – dahje heajut.",
        "so": "Noo sheeg waqti uu si fiican u dhacay – ama si xun – kulan aad la yeelatay qof deggan oo asal kale leh.",
        "sw": "Tueleze kuhusu wakati ambapo kukutana na mkazi wa asili tofauti kulienda vizuri – au vibaya.",
        "uk": "Розкажіть про випадок, коли зустріч із мешканцем іншого походження пройшла добре – або погано.",
        "ru": "Расскажите о случае, когда встреча с жителем другого происхождения прошла хорошо – или плохо.",
        "vi": "Hãy kể về một lần bạn gặp gỡ một cư dân có xuất thân khác và cuộc gặp diễn ra tốt đẹp – hoặc không tốt.",
        "et": "Räägi olukorrast, kus kohtumine teistsuguse taustaga elanikuga läks hästi – või halvasti."
      },
      "facilitatorNote": {
        "fi": "Tarinat ovat kokemuskorttien raaka-ainetta: kirjaa tapahtumien kulku, tunteet ja paikka, ei nimiä.",
        "sv": "Berättelserna är råmaterial för erfarenhetskorten: anteckna förloppet, känslorna och platsen, inga namn.",
        "en": "Stories are the raw material of the experience cards: record what happened, how it felt and where, never names."
      }
    },
    {
      "theme": "interaction",
      "order": 3,
      "text": {
        "fi": "Millaisia paikkoja, tapahtumia tai toimintaa kotikuntaasi tarvittaisiin, jotta asukkaat tutustuisivat toisiinsa?",
        "sv": "Vilka platser, evenemang eller aktiviteter behövs i din hemkommun för att invånarna ska lära känna varandra?",
        "en": "What places, events or activities does your home municipality need so that residents get to know each other?",
        "ar": "ما الأماكن أو الفعاليات أو الأنشطة التي تحتاجها البلدية التي تعيش فيها لكي يتعرّف السكان بعضهم على بعض؟",
        "se": "Makkár báikkit, dáhpáhusat dahje doaimmat dárbbašuvvošedje du ruovttusuohkanii, vai ássit oahpásmuvvet nubbi nubbái?",
        "so": "Goobo, munaasabado ama hawlo noocee ah ayay degmadaadu u baahan tahay si dadka degani isu bartaan?",
        "sw": "Manispaa yako inahitaji maeneo, matukio au shughuli gani ili wakazi wafahamiane?",
        "uk": "Які місця, заходи чи заняття потрібні у вашому муніципалітеті, щоб мешканці знайомилися між собою?",
        "ru": "Какие места, мероприятия или занятия нужны в вашем муниципалитете, чтобы жители знакомились друг с другом?",
        "vi": "Địa phương của bạn cần những địa điểm, sự kiện hoặc hoạt động nào để cư dân làm quen với nhau?",
        "et": "Milliseid kohti, üritusi või tegevusi oleks sinu kodukohas vaja, et elanikud üksteist tundma õpiksid?"
      },
      "facilitatorNote": {
        "fi": "Kysy myös, mikä nykyisessä toiminnassa toimii ja kannattaisi säilyttää.",
        "sv": "Fråga också vad som fungerar i den nuvarande verksamheten och borde bevaras.",
        "en": "Also ask what already works and should be kept."
      }
    }
  ]
}

export default data
