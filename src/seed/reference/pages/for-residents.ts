// Reference content, kept as a module so the seed and the bench import it typed.
import type { PageData } from '../types'

const data = {
  slug: 'for-residents',
  kind: 'residents',
  _comment:
    'Written in all ten material languages and Swedish. Finnish, Swedish and English are the source texts; the others are draft translations to be checked by native speakers.',
  locales: {
    fi: {
      title: 'Asukkaalle: keskustelutilaisuus omalla kielelläsi',
      summary: 'Mikä keskustelutilaisuus on, miksi kunta haluaa kuulla sinua ja miten kertomasi käsitellään.',
      content: [
        {
          h2: 'Mikä keskustelutilaisuus on?',
        },
        {
          p: 'Keskustelutilaisuus on pienen ryhmän keskustelu omalla kielelläsi. Sen järjestää paikallinen järjestö kunnan pyynnöstä. Koulutettu ohjaaja johtaa keskustelua, ja kirjuri kirjaa, mitä keskustelussa tulee esiin.',
        },
        {
          p: 'Keskustelussa puhutaan neljästä aiheesta: osallisuudesta, asenteista, turvallisuuden tunteesta ja vuorovaikutuksesta kotikunnassasi. Osallistuminen on vapaaehtoista, ja voit jättää vastaamatta mihin tahansa kysymykseen.',
        },
        {
          h2: 'Miksi kunta haluaa kuulla sinua?',
        },
        {
          p: 'Kunnan tehtävä on edistää hyviä suhteita eri väestöryhmien välillä. Kaikkien asukkaiden kokemuksia tarvitaan, jotta arki olisi turvallista ja yhdenvertaista kaikille. Tavalliset kyselyt eivät tavoita kaikkia, joten kunta haluaa kuulla sinua omalla kielelläsi. Kokemuksesi auttavat päättäjiä valitsemaan oikeat toimenpiteet.',
        },
        {
          h2: 'Miten kertomasi käsitellään?',
        },
        {
          ul: [
            'Kirjuri kirjaa kokemuksia, ei ihmisiä. Nimeäsi tai yhteystietojasi ei kirjata raporttiin; osallistujista kirjataan vain lukumäärä.',
            'Keskustelusta tehdään raportti, jossa on suomenkielinen yhteenveto kunnalle.',
            'Tärkeimmistä kokemuksista kirjoitetaan lyhyitä kokemuskortteja, joista ketään ei voi tunnistaa.',
            'Päättäjät lukevat kortit päättäjätilaisuudessa ja sopivat 1–4 toimenpiteestä. Tilaisuuteen kutsutaan myös keskusteluihin osallistuneita asukkaita.',
            'Kunta seuraa toimenpiteitä ja voi myöhemmin kuulla asukkaita uudelleen nähdäkseen, onko jokin muuttunut.',
          ],
        },
        {
          p: 'Kysyttävää? Kysy järjestöltä, joka kutsui sinut, tai kunnastasi.',
        },
      ],
    },
    sv: {
      title: 'För invånare: ett diskussionstillfälle på ditt eget språk',
      summary: 'Vad ett diskussionstillfälle är, varför kommunen vill höra dig och hur det du berättar behandlas.',
      content: [
        {
          h2: 'Vad är ett diskussionstillfälle?',
        },
        {
          p: 'Ett diskussionstillfälle är ett samtal i en liten grupp på ditt eget språk. En lokal organisation ordnar det på kommunens begäran. En utbildad samtalsledare leder samtalet och en skribent antecknar det som kommer fram.',
        },
        {
          p: 'Samtalet handlar om fyra ämnen: delaktighet, attityder, trygghetskänsla och interaktion i din hemkommun. Det är frivilligt att delta, och du kan låta bli att svara på vilken fråga som helst.',
        },
        {
          h2: 'Varför vill kommunen höra dig?',
        },
        {
          p: 'Kommunen ska främja goda relationer mellan olika befolkningsgrupper. Alla invånares erfarenheter behövs för att vardagen ska vara trygg och jämlik för alla. Vanliga enkäter når inte alla, och därför vill kommunen höra dig på ditt eget språk. Dina erfarenheter hjälper beslutsfattarna att välja rätt åtgärder.',
        },
        {
          h2: 'Hur behandlas det du berättar?',
        },
        {
          ul: [
            'Skribenten antecknar erfarenheter, inte personer. Ditt namn och dina kontaktuppgifter skrivs inte in i rapporten; bara antalet deltagare antecknas.',
            'Av samtalet görs en rapport med en sammanfattning på finska för kommunen.',
            'De viktigaste erfarenheterna skrivs som korta erfarenhetskort där ingen kan identifieras.',
            'Beslutsfattarna läser korten på ett beslutsfattarevenemang och kommer överens om 1–4 åtgärder. Invånare som deltog i samtalen bjuds också in.',
            'Kommunen följer upp åtgärderna och kan senare höra invånarna på nytt för att se om något har förändrats.',
          ],
        },
        {
          p: 'Frågor? Fråga organisationen som bjöd in dig eller din kommun.',
        },
      ],
    },
    en: {
      title: 'For residents: a discussion session in your own language',
      summary:
        'What a discussion session is, why your municipality wants to hear you, and how what you say is handled.',
      content: [
        {
          h2: 'What is a discussion session?',
        },
        {
          p: 'A discussion session is a conversation in a small group in your own language. A local NGO organises it at the municipality’s request. A trained facilitator leads the conversation, and a scribe writes down what comes up.',
        },
        {
          p: 'The conversation covers four topics: participation, attitudes, sense of safety and interaction in your home municipality. Taking part is voluntary, and you can leave any question unanswered.',
        },
        {
          h2: 'Why does the municipality want to hear you?',
        },
        {
          p: 'Municipalities must promote good relations between population groups. The experiences of all residents are needed so that everyday life is safe and equal for everyone. Ordinary surveys do not reach everyone, so the municipality wants to hear you in your own language. Your experiences help decision-makers choose the right actions.',
        },
        {
          h2: 'How is what you say handled?',
        },
        {
          ul: [
            'The scribe records experiences, not people. Your name and contact details are not written in the report; only the number of participants is recorded.',
            'The discussion becomes a report with a summary in Finnish for the municipality.',
            'The most important experiences are written as short experience cards from which no one can be identified.',
            'Decision-makers read the cards at a decision-maker event and agree on 1–4 actions. Residents who took part in the sessions are invited too.',
            'The municipality follows the actions and may hear residents again later to see whether things have changed.',
          ],
        },
        {
          p: 'Questions? Ask the NGO that invited you, or your municipality.',
        },
      ],
    },
    ar: {
      title: 'للسكان: جلسة نقاش بلغتك',
      summary: 'ما هي جلسة النقاش، ولماذا تريد البلدية أن تسمعك، وكيف يُتعامل مع ما تقوله.',
      content: [
        {
          h2: 'ما هي جلسة النقاش؟',
        },
        {
          p: 'جلسة النقاش حوار في مجموعة صغيرة بلغتك الأم. تنظّمها جمعية محلية بطلب من البلدية. يدير الحوار ميسّر مدرَّب، ويدوّن كاتب ما يُطرح في النقاش.',
        },
        {
          p: 'يتناول الحوار أربعة مواضيع: المشاركة، والمواقف، والشعور بالأمان، والتفاعل في البلدية التي تعيش فيها. المشاركة طوعية، ويمكنك ألّا تجيب عن أي سؤال.',
        },
        {
          h2: 'لماذا تريد البلدية أن تسمعك؟',
        },
        {
          p: 'على البلدية أن تعزّز العلاقات الجيدة بين الفئات السكانية المختلفة. تجارب جميع السكان ضرورية لكي تكون الحياة اليومية آمنة وعادلة للجميع. الاستبيانات العادية لا تصل إلى الجميع، ولذلك تريد البلدية أن تسمعك بلغتك. تساعد تجاربك صانعي القرار على اختيار الإجراءات الصحيحة.',
        },
        {
          h2: 'كيف يُتعامل مع ما تقوله؟',
        },
        {
          ul: [
            'يدوّن الكاتب التجارب، لا الأشخاص. لا يُكتب اسمك ولا بيانات الاتصال بك في التقرير، ويُسجَّل عدد المشاركين فقط.',
            'يُعَدّ من الحوار تقرير مع ملخص باللغة الفنلندية للبلدية.',
            'تُكتب أهم التجارب على شكل بطاقات تجارب قصيرة لا يمكن التعرّف فيها على أحد.',
            'يقرأ صانعو القرار البطاقات في لقاء صانعي القرار ويتفقون على إجراء واحد إلى أربعة إجراءات. ويُدعى إلى اللقاء أيضاً السكان الذين شاركوا في الجلسات.',
            'تتابع البلدية تنفيذ الإجراءات، وقد تستمع إلى السكان مرة أخرى لاحقاً لترى هل تغيّر شيء.',
          ],
        },
        {
          p: 'لديك أسئلة؟ اسأل الجمعية التي دعتك أو البلدية التي تعيش فيها.',
        },
      ],
    },
    se: {
      title: 'Ássiide: ságastallančoahkkin iežat gillii',
      summary:
        'Mii lea ságastallančoahkkin, manne suohkan háliida gullat du ja mo dat, maid muitalat, gieđahallojuvvo.',
      content: [
        {
          h2: 'Mii lea ságastallančoahkkin?',
        },
        {
          p: 'Ságastallančoahkkin lea ságastallan uhca joavkkus du iežat gillii. Dan lágida báikkálaš searvi suohkana bivdaga vuođul. Skuvlejuvvon ságastallanjođiheaddji jođiha ságastallama, ja čálli čállá dan, mii daddjo.',
        },
        {
          p: 'Ságastallamis hállat njealji fáttás: oassálastimis, guottuin, oadjebasvuođa dovddus ja vuorrováikkuhusas du ruovttusuohkanis. Oassálastin lea eaktodáhtolaš, ja don sáhtát guođđit vástideames makkár beare gažaldahkii.',
        },
        {
          h2: 'Manne suohkan háliida gullat du?',
        },
        {
          p: 'Suohkana bargu lea ovddidit buriid gaskavuođaid iešguđet álbmotjoavkkuid gaskka. Buot ássiid vásáhusat dárbbašuvvojit, vai beaivválaš eallin livččii oadjebas ja ovttaárvosaš buohkaide. Dábálaš jearahallamat eai olle buohkaide, danne suohkan háliida gullat du iežat gillii. Du vásáhusat veahkehit mearrideaddjiid válljet rivttes doaibmabijuid.',
        },
        {
          h2: 'Mo dat, maid muitalat, gieđahallojuvvo?',
        },
        {
          ul: [
            'Čálli čállá vásáhusaid, ii olbmuid. Du namma dahje oktavuođadieđut eai čállojuvvo raportii; dušše oassálastiid lohku čállojuvvo.',
            'Ságastallamis ráhkaduvvo raporta, mas lea suomagielat čoahkkáigeassu suohkanii.',
            'Deháleamos vásáhusain čállojuvvojit oanehis vásáhuskorttat, main ii oktage sáhte dovdojuvvot.',
            'Mearrideaddjit lohket korttaid mearrideaddjiid čoahkkimis ja sohpet 1–4 doaibmabijus. Maiddái ságastallamiidda oassálastán ássit bovdejuvvojit.',
            'Suohkan čuovvu doaibmabijuid ja sáhttá maŋŋil gullat ássiid ođđasit, vai oaidná, leago juoga rievdan.',
          ],
        },
        {
          p: 'Leatgo dus gažaldagat? Jeara searvvis, mii bovdii du, dahje iežat suohkanis.',
        },
      ],
    },
    so: {
      title: 'Dadka deggan: kulan wada-hadal oo luqaddaada ah',
      summary:
        'Waa maxay kulanka wada-hadalku, maxay degmadu u rabtaa inay ku maqasho, iyo sida loola dhaqmo waxa aad sheegto.',
      content: [
        {
          h2: 'Waa maxay kulanka wada-hadalku?',
        },
        {
          p: 'Kulanka wada-hadalku waa sheekeysi koox yar oo ku socda luqaddaada hooyo. Waxaa abaabula urur bulsho oo deegaanka ah, iyadoo degmadu codsatay. Hage tababaran ayaa hoggaamiya wada-hadalka, qoraa ayaana qora waxa la sheego.',
        },
        {
          p: "Wada-hadalku wuxuu ku saabsan yahay afar mawduuc: ka qaybgalka, aragtiyaha, dareenka nabadgelyada iyo wada-xiriirka degmada aad ku nooshahay. Ka qaybgalku waa ikhtiyaari, waxaadna iska dhaafi kartaa su'aal kasta.",
        },
        {
          h2: 'Maxay degmadu u rabtaa inay ku maqasho?',
        },
        {
          p: "Degmadu waxay waajib ku leedahay inay horumariso xiriir wanaagsan oo ka dhexeeya kooxaha kala duwan ee dadka deggan. Waayo-aragnimada dhammaan dadka deggan ayaa loo baahan yahay si nolosha maalinlaha ahi ugu noqoto mid nabad ah oo loo siman yahay. Sahannada caadiga ahi ma gaaraan qof kasta, sidaas darteed degmadu waxay rabtaa inay kugu maqasho luqaddaada. Waayo-aragnimadaadu waxay ka caawisaa go'aan-gaarayaasha inay doortaan tallaabooyinka saxda ah.",
        },
        {
          h2: 'Sidee loola dhaqmaa waxa aad sheegto?',
        },
        {
          ul: [
            'Qoraagu wuxuu qoraa waayo-aragnimada, ma qoro dadka. Magacaaga iyo xogta xiriirkaaga laguma qoro warbixinta; waxaa la qoraa oo keliya tirada ka qaybgalayaasha.',
            'Wada-hadalka waxaa laga sameeyaa warbixin ay la socoto soo koobid af-Finnish ah oo degmada loogu talagalay.',
            'Waayo-aragnimada ugu muhiimsan waxaa loo qoraa kaarar waayo-aragnimo oo gaagaaban, kuwaas oo aan qofna lagu aqoonsan karin.',
            "Go'aan-gaarayaashu waxay kaararka ku akhriyaan kulan go'aan-gaarayaasha ah, waxayna isku raacaan 1–4 tallaabo. Dadka deggan ee ka qaybgalay wada-hadallada ayaa sidoo kale lagu martiqaadaa.",
            'Degmadu waxay la socotaa fulinta tallaabooyinka, mar dambena way dib u dhageysan kartaa dadka deggan si ay u ogaato in wax isbeddeleen.',
          ],
        },
        {
          p: "Su'aalo ma qabtaa? Weydii ururka ku martiqaaday ama degmadaada.",
        },
      ],
    },
    sw: {
      title: 'Kwa wakazi: mjadala kwa lugha yako',
      summary: 'Mjadala ni nini, kwa nini manispaa inataka kukusikia, na kile unachosema kinashughulikiwa vipi.',
      content: [
        {
          h2: 'Mjadala ni nini?',
        },
        {
          p: 'Mjadala ni mazungumzo katika kikundi kidogo kwa lugha yako mwenyewe. Huandaliwa na shirika la kijamii la eneo lako kwa ombi la manispaa. Mwezeshaji aliyefunzwa huongoza mazungumzo, na mwandishi huandika yanayojitokeza.',
        },
        {
          p: 'Mazungumzo yanahusu mada nne: ushiriki, mitazamo, hisia ya usalama na mwingiliano katika manispaa unayoishi. Kushiriki ni kwa hiari, na unaweza kuacha kujibu swali lolote.',
        },
        {
          h2: 'Kwa nini manispaa inataka kukusikia?',
        },
        {
          p: 'Manispaa ina wajibu wa kukuza mahusiano mazuri kati ya makundi mbalimbali ya wakazi. Uzoefu wa wakazi wote unahitajika ili maisha ya kila siku yawe salama na ya usawa kwa kila mtu. Tafiti za kawaida haziwafikii watu wote, kwa hiyo manispaa inataka kukusikia kwa lugha yako. Uzoefu wako huwasaidia watoa maamuzi kuchagua hatua sahihi.',
        },
        {
          h2: 'Kile unachosema kinashughulikiwa vipi?',
        },
        {
          ul: [
            'Mwandishi huandika uzoefu, si watu. Jina lako na mawasiliano yako haviandikwi kwenye ripoti; idadi ya washiriki pekee ndiyo huandikwa.',
            'Kutokana na mazungumzo, ripoti yenye muhtasari kwa Kifini huandaliwa kwa ajili ya manispaa.',
            'Uzoefu muhimu zaidi huandikwa kama kadi fupi za uzoefu ambazo hazimtambulishi mtu yeyote.',
            'Watoa maamuzi husoma kadi hizo katika mkutano wa watoa maamuzi na kukubaliana kuhusu hatua 1–4. Wakazi walioshiriki katika mijadala pia hualikwa.',
            'Manispaa hufuatilia utekelezaji wa hatua hizo na baadaye inaweza kuwasikiliza wakazi tena ili kuona kama kuna kilichobadilika.',
          ],
        },
        {
          p: 'Una maswali? Uliza shirika lililokualika au manispaa yako.',
        },
      ],
    },
    uk: {
      title: 'Мешканцям: зустріч-бесіда вашою мовою',
      summary: 'Що таке зустріч-бесіда, чому муніципалітет хоче вас почути і що відбувається з тим, що ви розповісте.',
      content: [
        {
          h2: 'Що таке зустріч-бесіда?',
        },
        {
          p: 'Зустріч-бесіда – це розмова в невеликій групі вашою рідною мовою. Її організовує місцева громадська організація на прохання муніципалітету. Розмову веде навчений ведучий, а секретар записує те, що звучить під час розмови.',
        },
        {
          p: 'Під час бесіди обговорюють чотири теми: участь, ставлення, відчуття безпеки та взаємодію у вашому муніципалітеті. Участь добровільна, і ви можете не відповідати на будь-яке запитання.',
        },
        {
          h2: 'Чому муніципалітет хоче вас почути?',
        },
        {
          p: 'Муніципалітет має сприяти добрим стосункам між різними групами населення. Досвід усіх мешканців потрібен, щоб повсякденне життя було безпечним і рівним для всіх. Звичайні опитування охоплюють не всіх, тому муніципалітет хоче почути вас вашою мовою. Ваш досвід допомагає тим, хто ухвалює рішення, обрати правильні заходи.',
        },
        {
          h2: 'Що відбувається з тим, що ви розповісте?',
        },
        {
          ul: [
            'Секретар записує досвід, а не людей. Ваше ім’я та контактні дані до звіту не вносять; записують лише кількість учасників.',
            'За підсумками бесіди складають звіт із коротким викладом фінською мовою для муніципалітету.',
            'Найважливіший досвід описують у коротких картках досвіду, за якими нікого не можна впізнати.',
            'Ті, хто ухвалює рішення, читають картки на спеціальній зустрічі й домовляються про 1–4 заходи. На зустріч запрошують і мешканців, які брали участь у бесідах.',
            'Муніципалітет стежить за виконанням заходів і згодом може знову вислухати мешканців, щоб побачити, чи щось змінилося.',
          ],
        },
        {
          p: 'Маєте запитання? Зверніться до організації, яка вас запросила, або до свого муніципалітету.',
        },
      ],
    },
    ru: {
      title: 'Жителям: встреча-беседа на вашем языке',
      summary:
        'Что такое встреча-беседа, почему муниципалитет хочет вас услышать и что происходит с тем, что вы расскажете.',
      content: [
        {
          h2: 'Что такое встреча-беседа?',
        },
        {
          p: 'Встреча-беседа – это разговор в небольшой группе на вашем родном языке. Её организует местная общественная организация по просьбе муниципалитета. Разговор ведёт обученный ведущий, а секретарь записывает то, что звучит в беседе.',
        },
        {
          p: 'В беседе обсуждаются четыре темы: участие, отношение, чувство безопасности и взаимодействие в вашем муниципалитете. Участие добровольное, и вы можете не отвечать на любой вопрос.',
        },
        {
          h2: 'Почему муниципалитет хочет вас услышать?',
        },
        {
          p: 'Муниципалитет обязан содействовать хорошим отношениям между разными группами населения. Опыт всех жителей нужен для того, чтобы повседневная жизнь была безопасной и равной для всех. Обычные опросы доходят не до всех, поэтому муниципалитет хочет услышать вас на вашем языке. Ваш опыт помогает тем, кто принимает решения, выбрать правильные меры.',
        },
        {
          h2: 'Что происходит с тем, что вы расскажете?',
        },
        {
          ul: [
            'Секретарь записывает опыт, а не людей. Ваше имя и контактные данные в отчёт не вносятся; записывается только число участников.',
            'По итогам беседы составляется отчёт с кратким изложением на финском языке для муниципалитета.',
            'Самый важный опыт описывается в коротких карточках опыта, по которым никого нельзя узнать.',
            'Те, кто принимает решения, читают карточки на специальной встрече и договариваются о 1–4 мерах. На встречу приглашают и жителей, участвовавших в беседах.',
            'Муниципалитет следит за выполнением мер и позже может снова выслушать жителей, чтобы понять, изменилось ли что-нибудь.',
          ],
        },
        {
          p: 'Есть вопросы? Обратитесь в организацию, которая вас пригласила, или в свой муниципалитет.',
        },
      ],
    },
    vi: {
      title: 'Dành cho cư dân: buổi thảo luận bằng ngôn ngữ của bạn',
      summary:
        'Buổi thảo luận là gì, tại sao chính quyền địa phương muốn lắng nghe bạn và những gì bạn chia sẻ được xử lý như thế nào.',
      content: [
        {
          h2: 'Buổi thảo luận là gì?',
        },
        {
          p: 'Buổi thảo luận là một cuộc trò chuyện trong nhóm nhỏ bằng tiếng mẹ đẻ của bạn. Một hội đoàn địa phương tổ chức buổi thảo luận theo đề nghị của chính quyền địa phương. Một người điều phối đã được đào tạo dẫn dắt cuộc trò chuyện, và một thư ký ghi lại những gì được nêu ra.',
        },
        {
          p: 'Cuộc trò chuyện xoay quanh bốn chủ đề: sự tham gia, thái độ, cảm giác an toàn và sự tương tác tại địa phương nơi bạn sống. Việc tham gia là tự nguyện, và bạn có thể không trả lời bất kỳ câu hỏi nào.',
        },
        {
          h2: 'Tại sao chính quyền địa phương muốn lắng nghe bạn?',
        },
        {
          p: 'Chính quyền địa phương có nhiệm vụ thúc đẩy quan hệ tốt đẹp giữa các nhóm dân cư khác nhau. Cần có trải nghiệm của tất cả cư dân để cuộc sống hằng ngày an toàn và bình đẳng cho mọi người. Các cuộc khảo sát thông thường không đến được với tất cả mọi người, vì vậy chính quyền địa phương muốn lắng nghe bạn bằng ngôn ngữ của bạn. Trải nghiệm của bạn giúp những người ra quyết định chọn đúng biện pháp.',
        },
        {
          h2: 'Những gì bạn chia sẻ được xử lý như thế nào?',
        },
        {
          ul: [
            'Thư ký ghi lại trải nghiệm, không ghi lại con người. Tên và thông tin liên lạc của bạn không được ghi vào báo cáo; chỉ ghi số lượng người tham gia.',
            'Từ cuộc trò chuyện, một báo cáo kèm bản tóm tắt bằng tiếng Phần Lan được lập cho chính quyền địa phương.',
            'Những trải nghiệm quan trọng nhất được viết thành các thẻ trải nghiệm ngắn, không thể nhận ra ai từ đó.',
            'Những người ra quyết định đọc các thẻ tại một buổi gặp mặt dành cho họ và thống nhất từ 1 đến 4 biện pháp. Cư dân đã tham gia các buổi thảo luận cũng được mời.',
            'Chính quyền địa phương theo dõi việc thực hiện các biện pháp và sau này có thể lắng nghe cư dân một lần nữa để xem có điều gì thay đổi không.',
          ],
        },
        {
          p: 'Bạn có câu hỏi? Hãy hỏi hội đoàn đã mời bạn hoặc chính quyền địa phương nơi bạn sống.',
        },
      ],
    },
    et: {
      title: 'Elanikule: arutelu sinu emakeeles',
      summary: 'Mis on arutelu, miks omavalitsus tahab sind kuulda ja mis juhtub sellega, mida sa räägid.',
      content: [
        {
          h2: 'Mis on arutelu?',
        },
        {
          p: 'Arutelu on vestlus väikeses rühmas sinu emakeeles. Selle korraldab kohalik ühendus omavalitsuse palvel. Vestlust juhib koolitatud juhendaja ja protokollija paneb kirja, mis arutelus esile tuleb.',
        },
        {
          p: 'Arutelus räägitakse neljast teemast: osalusest, hoiakutest, turvatundest ja suhtlemisest sinu kodukohas. Osalemine on vabatahtlik ja sa võid jätta ükskõik millisele küsimusele vastamata.',
        },
        {
          h2: 'Miks omavalitsus tahab sind kuulda?',
        },
        {
          p: 'Omavalitsuse ülesanne on edendada häid suhteid eri elanikkonnarühmade vahel. Kõigi elanike kogemusi on vaja, et igapäevaelu oleks kõigile turvaline ja võrdne. Tavalised küsitlused ei jõua kõigini, seepärast tahab omavalitsus kuulda sind sinu emakeeles. Sinu kogemused aitavad otsustajatel valida õiged meetmed.',
        },
        {
          h2: 'Mis juhtub sellega, mida sa räägid?',
        },
        {
          ul: [
            'Protokollija kirjutab üles kogemusi, mitte inimesi. Sinu nime ega kontaktandmeid aruandesse ei kirjutata; kirja pannakse ainult osalejate arv.',
            'Arutelust koostatakse aruanne koos soomekeelse kokkuvõttega omavalitsusele.',
            'Olulisematest kogemustest kirjutatakse lühikesed kogemuskaardid, mille põhjal kedagi ära tunda ei saa.',
            'Otsustajad loevad kaarte otsustajate kohtumisel ja lepivad kokku 1–4 meetmes. Kohtumisele kutsutakse ka aruteludel osalenud elanikud.',
            'Omavalitsus jälgib meetmete elluviimist ja võib hiljem elanikke uuesti kuulata, et näha, kas midagi on muutunud.',
          ],
        },
        {
          p: 'Küsimusi? Küsi ühenduselt, kes sind kutsus, või oma omavalitsuselt.',
        },
      ],
    },
  },
} satisfies PageData

export default data
