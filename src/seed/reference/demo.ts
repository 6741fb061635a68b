// Reference content, kept as a module so the seed and the bench import it typed.
import type { DemoData } from './types'

const data = {
  _comment:
    'Demonstration data only (seed with demo: true). Everything is fictional and marked as an example; reports and cards hold experiences, never names. Facilitator and scribe fields name roles, not people.',
  municipality: {
    name: 'Esimerkkilä (esimerkki)',
    region: 'keski-suomi',
    phase: 'none',
    decisionEventHeld: true,
    summary: {
      fi: 'Kuvitteellinen esimerkkikunta, jolla portaalin toimintoja voi kokeilla. Sen tiedot eivät koske mitään todellista kuntaa.',
      sv: 'En fiktiv exempelkommun för att prova portalens funktioner. Uppgifterna gäller ingen verklig kommun.',
      en: 'A fictional example municipality for trying out the portal. Its data does not describe any real municipality.',
    },
  },
  organizations: [
    {
      key: 'ngo-centre',
      name: 'Esimerkkilän Monikulttuurikeskus ry (esimerkki)',
      type: 'ngo',
    },
    {
      key: 'ngo-women',
      name: 'Esimerkkilän Naisten Kohtaamispaikka ry (esimerkki)',
      type: 'ngo',
    },
    {
      key: 'ngo-sports',
      name: 'Esimerkkilän Urheiluseura ry (esimerkki)',
      type: 'ngo',
    },
    {
      key: 'city',
      name: 'Esimerkkilän kaupunki (esimerkki)',
      type: 'municipality',
    },
    {
      key: 'wellbeing',
      name: 'Esimerkkilän hyvinvointialue (esimerkki)',
      type: 'wellbeing-county',
    },
    {
      key: 'police',
      name: 'Esimerkkilän poliisilaitos (esimerkki)',
      type: 'police',
    },
  ],
  project: {
    title: 'Esimerkkilän väestösuhdekierros 2026 (esimerkki)',
    round: 1,
    stage: 'monitoring',
    startDate: '2026-01-12',
    endDate: '2027-12-31',
    description:
      'Esimerkkiprojekti: kaupunki kuuli viittä väestöryhmää omalla kielellään kahden kumppanijärjestön avulla, piti päättäjätilaisuuden syyskuussa 2026 ja seuraa nyt kolmea toimenpidettä.',
    partners: ['ngo-centre', 'ngo-women'],
    populationGroups: [
      'Arabiankieliset lapsiperheet',
      'Somalinkieliset naiset',
      'Ukrainankieliset työikäiset',
      'Venäjänkieliset ikääntyneet',
      'Keskustan pitkäaikaiset suomenkieliset asukkaat',
    ],
    languages: ['ar', 'so', 'uk', 'ru', 'fi'],
    evaluationPlan: {
      schedule:
        'Väliarvio kustakin toimenpiteestä kahden kuukauden kuluttua aloituksesta. Loppuarvio kesäkuussa 2027. Tiedonkeruu toistetaan syksyllä 2027 samoille ryhmille ja lisäksi yhdelle uudelle ryhmälle.',
      divisionOfLabour: [
        {
          task: 'Toimenpiteiden seurannan koordinointi ja raportointi kaupunginhallitukselle',
          responsible: 'Hyvinvointikoordinaattori',
        },
        {
          task: 'Asukasinfojen kävijämäärien ja palautteen keruu',
          responsible: 'Kirjastopalvelut',
        },
        {
          task: 'Turvallisuuden tunteen seuranta',
          responsible: 'Poliisin ennalta estävä toiminta',
        },
        {
          task: 'Tiedonkeruun toisto',
          responsible: 'Kumppanijärjestöt',
        },
      ],
    },
  },
  sessions: [
    {
      key: 'ar',
      populationGroup: 'Arabiankieliset lapsiperheet',
      language: 'ar',
      date: '2026-03-10T15:00:00.000Z',
      place: 'Pääkirjaston monitoimitila',
      organization: 'ngo-centre',
      facilitator: 'Arabiankielinen ohjaaja (Monikulttuurikeskus)',
      scribe: 'Arabiankielinen kirjuri (Monikulttuurikeskus)',
      participantCount: 12,
      status: 'reported',
    },
    {
      key: 'so',
      populationGroup: 'Somalinkieliset naiset',
      language: 'so',
      date: '2026-03-19T14:00:00.000Z',
      place: 'Naisten Kohtaamispaikan tilat',
      organization: 'ngo-women',
      facilitator: 'Somalinkielinen ohjaaja (Naisten Kohtaamispaikka)',
      scribe: 'Somalinkielinen kirjuri (Naisten Kohtaamispaikka)',
      participantCount: 9,
      status: 'reported',
    },
    {
      key: 'uk',
      populationGroup: 'Ukrainankieliset työikäiset',
      language: 'uk',
      date: '2026-03-26T16:00:00.000Z',
      place: 'Monikulttuurikeskus',
      organization: 'ngo-centre',
      facilitator: 'Ukrainankielinen ohjaaja (Monikulttuurikeskus)',
      scribe: 'Ukrainankielinen kirjuri (Monikulttuurikeskus)',
      participantCount: 14,
      status: 'reported',
    },
    {
      key: 'ru',
      populationGroup: 'Venäjänkieliset ikääntyneet',
      language: 'ru',
      date: '2026-04-08T10:00:00.000Z',
      place: 'Palvelukeskuksen kerhohuone',
      organization: 'ngo-centre',
      facilitator: 'Venäjänkielinen ohjaaja (Monikulttuurikeskus)',
      scribe: 'Venäjänkielinen kirjuri (Monikulttuurikeskus)',
      participantCount: 7,
      status: 'held',
    },
    {
      key: 'fi',
      populationGroup: 'Keskustan pitkäaikaiset suomenkieliset asukkaat',
      language: 'fi',
      date: '2026-04-15T15:30:00.000Z',
      place: 'Asukastalo',
      organization: 'ngo-women',
      facilitator: 'Suomenkielinen ohjaaja (Naisten Kohtaamispaikka)',
      scribe: 'Suomenkielinen kirjuri (Naisten Kohtaamispaikka)',
      participantCount: 11,
      status: 'reported',
    },
  ],
  reports: [
    {
      session: 'ar',
      title: 'Raportti: arabiankieliset lapsiperheet',
      status: 'approved',
      answers: [
        {
          question: 'participation.1',
          original:
            'كثير منا لا يعرف كيف يشارك في قرارات البلدية. المعلومات تأتي بالفنلندية فقط، ونسمع عن الاجتماعات بعد انتهائها.',
          finnish:
            'Moni ei tiedä, miten kunnan päätöksiin voi vaikuttaa. Tieto tulee vain suomeksi, ja tilaisuuksista kuullaan vasta jälkikäteen.',
        },
        {
          question: 'attitudes.1',
          original: 'في المدرسة يعامل المعلمون أطفالنا بلطف، لكن في المتاجر نشعر أحياناً أن الناس ينظرون إلينا بريبة.',
          finnish:
            'Koulussa opettajat kohtelevat lapsia ystävällisesti, mutta kaupoissa osa kokee, että heitä katsotaan epäluuloisesti.',
        },
        {
          question: 'safety.1',
          original: 'نشعر بالأمان في الحي بشكل عام. بعض الأمهات يتجنبن محطة الحافلات في المساء.',
          finnish: 'Asuinalueella olo on yleisesti turvallinen. Osa äideistä välttää linja-autoasemaa iltaisin.',
        },
        {
          question: 'interaction.1',
          original: 'نلتقي بالفنلنديين في المدرسة وفي ملعب الأطفال. نادي كرة القدم للأطفال مكان جيد للتعارف.',
          finnish: 'Suomalaisia tavataan koulussa ja leikkipuistossa. Lasten jalkapallokerho on hyvä paikka tutustua.',
        },
      ],
      generalObservations:
        'Keskustelu oli vilkas ja lämminhenkinen. Osallistujat toivoivat, että tällaisia tilaisuuksia järjestettäisiin useammin.',
      positiveExperiences:
        'Koulun ja varhaiskasvatuksen henkilöstö koetaan ystävälliseksi. Lasten harrastukset tuovat perheitä yhteen.',
      negativeExperiences:
        'Kaupungin tiedotus tavoittaa huonosti muita kuin suomenkielisiä. Asiointi ilman tulkkia on vaikeaa.',
      proposals:
        'Säännöllinen monikielinen infotilaisuus kirjastossa. Harrastusten hinnat ja ilmoittautumisohjeet selkokielellä ja omalla kielellä.',
    },
    {
      session: 'so',
      title: 'Raportti: somalinkieliset naiset',
      status: 'approved',
      answers: [
        {
          question: 'participation.1',
          original:
            "Ma naqaanno meel aan ra'yigayaga ku dhiibanno. Ururkayaga ayaa ah meesha keliya ee nala dhageysto.",
          finnish:
            'Osallistujat eivät tiedä, missä voisivat kertoa mielipiteensä. Oma yhdistys on ainoa paikka, jossa heitä kuunnellaan.',
        },
        {
          question: 'attitudes.1',
          original:
            'Marka shaqo la raadinayo, magaca ajnabiga ah awgiis jawaab lama helo. Laakiin deriskayaga qaar aad bay u wanaagsan yihiin.',
          finnish:
            'Työnhaussa vieraskielinen nimi johtaa usein siihen, ettei vastausta tule. Osa naapureista on kuitenkin hyvin ystävällisiä.',
        },
        {
          question: 'safety.1',
          original: 'Xaafadda waan ku nabad qabnaa, laakiin haweenka qaarkood waxaa lagu qayliyay xijaabka awgiis.',
          finnish: 'Asuinalueella on turvallista, mutta osalle naisista on huudeltu huivin vuoksi.',
        },
        {
          question: 'interaction.1',
          original:
            'Dadka kale waxaan kula kulannaa masjidka, dukaanka iyo kulanka waalidiinta. Kulanka haweenka Finnishka ah waa yar yahay.',
          finnish:
            'Muita asukkaita tavataan moskeijassa, kaupassa ja vanhempainilloissa. Kohtaamisia suomalaisten naisten kanssa on vähän.',
        },
      ],
      generalObservations: 'Osallistujat kertoivat avoimesti, kun keskustelu käytiin naisten kesken omalla kielellä.',
      positiveExperiences: 'Naapuriapu ja oma yhdistys tukevat arjessa.',
      negativeExperiences: 'Syrjintä työnhaussa. Huutelu julkisilla paikoilla.',
      proposals: 'Naisten oma uimavuoro. Kaupungin ja työnantajien yhteinen tilaisuus rekrytoinnista.',
    },
    {
      session: 'uk',
      title: 'Raportti: ukrainankieliset työikäiset',
      status: 'approved',
      answers: [
        {
          question: 'participation.1',
          original: 'Ми хотіли б брати участь, але не знаємо, куди звертатися. Інформація є лише фінською.',
          finnish:
            'Osallistujat haluaisivat osallistua, mutta eivät tiedä, mihin ottaa yhteyttä. Tietoa on vain suomeksi.',
        },
        {
          question: 'attitudes.1',
          original:
            'Більшість людей ставиться до нас доброзичливо. Деякі колеги на роботі вважають, що ми тут лише тимчасово.',
          finnish: 'Useimmat suhtautuvat ystävällisesti. Osa työtovereista pitää heitä vain tilapäisinä asukkaina.',
        },
        {
          question: 'safety.1',
          original: 'Тут спокійно, діти можуть самі ходити до школи. Для нас це дуже важливо.',
          finnish:
            'Täällä on rauhallista, ja lapset voivat kulkea kouluun itsenäisesti. Se on perheille hyvin tärkeää.',
        },
        {
          question: 'interaction.1',
          original: 'Ми зустрічаємося з фінами на роботі та на мовних курсах. Поза роботою спілкування мало.',
          finnish: 'Suomalaisia tavataan töissä ja kielikursseilla. Työn ulkopuolella kontakteja on vähän.',
        },
      ],
      generalObservations:
        'Osallistujat olivat kiinnostuneita pysyvästä asettumisesta ja kysyivät paljon kaupungin palveluista.',
      positiveExperiences: 'Turvallinen arki ja lasten itsenäinen liikkuminen.',
      negativeExperiences:
        'Tietoa palveluista ja vaikuttamisesta on vain suomeksi. Työpaikoilla oletetaan, että oleskelu on tilapäistä.',
      proposals: 'Ukrainankielinen asukasinfo. Työpaikoille tietoa tilapäisen suojelun saaneiden asemasta.',
    },
    {
      session: 'ru',
      title: 'Raportti: venäjänkieliset ikääntyneet',
      status: 'submitted',
      answers: [
        {
          question: 'participation.1',
          original: 'Пожилые почти не участвуют в жизни города: мероприятия проходят вечером и на финском языке.',
          finnish: 'Ikääntyneet osallistuvat vähän: tilaisuudet ovat iltaisin ja suomeksi.',
        },
        {
          question: 'attitudes.1',
          original: 'После 2022 года некоторые из нас слышали неприятные замечания из-за русского языка.',
          finnish: 'Vuoden 2022 jälkeen osa on kuullut ikäviä kommentteja venäjän kielen vuoksi.',
        },
        {
          question: 'safety.1',
          original: 'В целом безопасно. Зимой скользкие дорожки пугают больше, чем люди.',
          finnish: 'Yleisesti turvallista. Talvella liukkaat kävelytiet pelottavat enemmän kuin ihmiset.',
        },
        {
          question: 'interaction.1',
          original: 'С соседями-финнами в доме мы ладим хорошо. Не хватает мест, где можно просто посидеть вместе.',
          finnish: 'Suomalaisten naapureiden kanssa tullaan toimeen hyvin. Yhteisiä kohtaamispaikkoja puuttuu.',
        },
      ],
      generalObservations: 'Osallistujat toivoivat päiväaikaan ajoitettuja tilaisuuksia.',
      positiveExperiences: 'Hyvät naapurisuhteet taloyhtiössä.',
      negativeExperiences: 'Ikävät kommentit venäjän kielen vuoksi.',
      proposals: 'Päiväsaikaan kohtaamispaikka palvelukeskukseen, jossa myös suomenkieliset ikääntyneet käyvät.',
    },
    {
      session: 'fi',
      title: 'Raportti: keskustan pitkäaikaiset asukkaat',
      status: 'approved',
      answers: [
        {
          question: 'participation.1',
          original: 'Asukasilloissa käyvät aina samat ihmiset. Uudet asukkaat eivät tiedä niistä.',
          finnish: 'Asukasiltoihin osallistuvat aina samat ihmiset; uudet asukkaat eivät tiedä niistä.',
        },
        {
          question: 'attitudes.1',
          original:
            'Osa pitkäaikaisista asukkaista kokee, että alue on muuttunut nopeasti eikä muutoksesta ole puhuttu. Nuoret suhtautuvat monimuotoisuuteen luontevammin.',
          finnish:
            'Osa kokee alueen muuttuneen nopeasti ilman yhteistä keskustelua; nuoret suhtautuvat monimuotoisuuteen luontevammin.',
        },
        {
          question: 'safety.1',
          original:
            'Keskustan nuorisoporukat herättävät iltaisin epävarmuutta, vaikka varsinaisia tilanteita on ollut vähän.',
          finnish: 'Nuorisoporukat keskustassa herättävät iltaisin epävarmuutta, vaikka tilanteita on ollut vähän.',
        },
        {
          question: 'interaction.1',
          original:
            'Kohtaamisia on lähinnä kaupassa ja lasten harrastuksissa. Yhteiset talkoot tai pihajuhlat voisivat tutustuttaa naapureita.',
          finnish: 'Kohtaamisia on kaupassa ja harrastuksissa; talkoot tai pihajuhlat voisivat tutustuttaa naapureita.',
        },
      ],
      generalObservations: 'Keskustelu oli rakentava, ja moni halusi osallistua myös päättäjätilaisuuteen.',
      positiveExperiences: 'Lasten harrastukset ja koulu tuovat eri taustaisia perheitä yhteen.',
      negativeExperiences: 'Naapurit eivät tunne toisiaan. Muutoksesta alueella ei ole keskusteltu yhdessä.',
      proposals: 'Taloyhtiöiden yhteiset pihajuhlat. Asukasillat myös muilla kielillä.',
    },
  ],
  cards: [
    {
      key: 'info-late',
      theme: 'participation',
      tone: 'negative',
      session: 'ar',
      order: 1,
      selectedForEvent: true,
      text: 'Kuulin kaupungin asukasillasta vasta, kun se oli jo pidetty. Tiedote oli vain suomeksi, enkä tiennyt, että sinne olisin voinut mennä minäkin.',
    },
    {
      key: 'heard-in-association',
      theme: 'participation',
      tone: 'positive',
      session: 'so',
      order: 2,
      selectedForEvent: true,
      text: 'Yhdistyksemme naistenillassa meitä kuunnellaan. Siellä uskallan sanoa, mitä ajattelen, ja joku vie asiaa eteenpäin.',
    },
    {
      key: 'job-applications',
      theme: 'attitudes',
      tone: 'negative',
      session: 'so',
      order: 3,
      selectedForEvent: true,
      text: 'Lähetin kymmeniä työhakemuksia enkä saanut yhtään vastausta. Ystäväni, jolla on samat paperit mutta suomalainen nimi, kutsuttiin heti haastatteluun.',
    },
    {
      key: 'teacher-greeting',
      theme: 'attitudes',
      tone: 'positive',
      session: 'ar',
      order: 4,
      selectedForEvent: true,
      text: 'Lapseni opettaja opetteli sanomaan huomenta arabiaksi. Lapsi tuli kotiin ylpeänä ja kertoi, että koulussa hänen kieltään arvostetaan.',
    },
    {
      key: 'children-walk-alone',
      theme: 'safety',
      tone: 'positive',
      session: 'uk',
      order: 5,
      selectedForEvent: true,
      text: 'Täällä lapseni kulkevat kouluun yksin. Ensimmäistä kertaa vuosiin en pelkää, kun he ovat poissa näkyvistäni.',
    },
    {
      key: 'bus-stop',
      theme: 'safety',
      tone: 'negative',
      session: 'so',
      order: 6,
      selectedForEvent: true,
      text: 'Bussipysäkillä minulle huudettiin huivini takia. Kukaan ympärillä ei sanonut mitään. Nyt kierrän sen pysäkin iltaisin.',
    },
    {
      key: 'football-club',
      theme: 'interaction',
      tone: 'positive',
      session: 'ar',
      order: 7,
      selectedForEvent: true,
      text: 'Lasten jalkapallokerhossa vanhemmat alkoivat tuoda vuorotellen eväitä. Nyt tunnen kentän laidalta monta suomalaista perhettä.',
    },
    {
      key: 'same-stairwell',
      theme: 'interaction',
      tone: 'negative',
      session: 'fi',
      order: 8,
      selectedForEvent: true,
      text: 'Asun samassa rapussa monen muualta muuttaneen perheen kanssa, mutta emme tunne toisiamme. Tervehdimme, mutta siihen se jää.',
    },
    {
      key: 'language-in-shop',
      theme: 'attitudes',
      tone: 'negative',
      session: 'ru',
      report: false,
      order: 9,
      selectedForEvent: false,
      text: 'Kun puhuin kaupassa venäjää, joku sanoi, että minun pitäisi palata kotiin. Olen asunut täällä kaksikymmentä vuotta.',
    },
  ],
  event: {
    title: 'Päättäjätilaisuus: Enemmän tätä, vähemmän tuota (esimerkki)',
    date: '2026-09-17T10:00:00.000Z',
    place: 'Kaupungintalon valtuustosali',
    status: 'closed',
    invitees: [
      {
        group: 'elected',
        count: 12,
        why: 'Kaupunginhallitus ja hyvinvointilautakunta',
      },
      {
        group: 'civil-servants',
        count: 8,
        why: 'Sivistys-, liikunta- ja kirjastopalvelujen johto',
      },
      {
        group: 'ngo',
        organization: 'ngo-centre',
        count: 3,
        why: 'Tiedonkeruun toteuttanut järjestö',
      },
      {
        group: 'ngo',
        organization: 'ngo-women',
        count: 2,
        why: 'Tiedonkeruun toteuttanut järjestö',
      },
      {
        group: 'residents',
        count: 10,
        why: 'Keskusteluihin osallistuneet asukkaat',
      },
      {
        group: 'wellbeing-county',
        organization: 'wellbeing',
        count: 2,
        why: 'Tulokset koskevat palveluohjausta ja perhepalveluja',
      },
      {
        group: 'police',
        organization: 'police',
        count: 1,
        why: 'Turvallisuuden tunteeseen liittyvät kokemukset',
      },
      {
        group: 'other',
        organization: 'ngo-sports',
        count: 1,
        why: 'Harrastukset kohtaamispaikkana',
      },
    ],
    programme: [
      {
        time: '13.00',
        item: 'Tervetuloa ja tilaisuuden tavoite',
      },
      {
        time: '13.10',
        item: 'Ohjaajat kertovat keskustelujen tuloksista',
      },
      {
        time: '13.40',
        item: 'Pienryhmät: kokemuskortit – enemmän tätä, vähemmän tuota',
      },
      {
        time: '14.30',
        item: 'Kahvi',
      },
      {
        time: '14.45',
        item: 'Kortit koordinaatistoon ja keinot',
      },
      {
        time: '15.30',
        item: 'Yhteinen toimenpideohjelma (1–4 toimenpidettä)',
      },
      {
        time: '15.50',
        item: 'Palautekysely',
      },
      {
        time: '16.00',
        item: 'Tilaisuus päättyy',
      },
    ],
    smallGroups: ['Ryhmä 1', 'Ryhmä 2', 'Ryhmä 3'],
    // The groups' answers: seeded as event-verdicts and event-placements records, not into the event.
    verdicts: [
      {
        card: 'info-late',
        group: 'Ryhmä 1',
        verdict: 'less',
        note: 'Tiedotus monikieliseksi: kirjasto ja järjestöt jakamaan tietoa yhdessä.',
      },
      {
        card: 'heard-in-association',
        group: 'Ryhmä 1',
        verdict: 'more',
        note: 'Järjestöjen kautta tavoitetaan ne, joita kaupunki ei tavoita.',
      },
      {
        card: 'teacher-greeting',
        group: 'Ryhmä 1',
        verdict: 'more',
        note: 'Hyvä käytäntö, jonka voi levittää kaikkiin kouluihin.',
      },
      {
        card: 'job-applications',
        group: 'Ryhmä 2',
        verdict: 'less',
        note: 'Kaupunki voi näyttää esimerkkiä anonyymilla rekrytoinnilla.',
      },
      {
        card: 'children-walk-alone',
        group: 'Ryhmä 2',
        verdict: 'more',
      },
      {
        card: 'bus-stop',
        group: 'Ryhmä 3',
        verdict: 'less',
        note: 'Poliisi ja nuorisotyö liikkeelle iltaisin pysäkeille.',
      },
      {
        card: 'football-club',
        group: 'Ryhmä 3',
        verdict: 'more',
        note: 'Seurojen maksuton kokeilukausi uusille perheille.',
      },
    ],
    grid: {
      axes: {
        fi: {
          xAxisLow: 'Helppo muuttaa',
          xAxisHigh: 'Vaikea muuttaa',
          yAxisLow: 'Pieni vaikutus',
          yAxisHigh: 'Suuri vaikutus',
        },
        sv: {
          xAxisLow: 'Lätt att ändra',
          xAxisHigh: 'Svårt att ändra',
          yAxisLow: 'Liten effekt',
          yAxisHigh: 'Stor effekt',
        },
        en: {
          xAxisLow: 'Easy to change',
          xAxisHigh: 'Hard to change',
          yAxisLow: 'Small impact',
          yAxisHigh: 'Large impact',
        },
      },
      placements: [
        {
          card: 'info-late',
          group: 'Ryhmä 1',
          x: -0.6,
          y: 0.7,
        },
        {
          card: 'teacher-greeting',
          group: 'Ryhmä 1',
          x: -0.8,
          y: 0.3,
        },
        {
          card: 'job-applications',
          group: 'Ryhmä 2',
          x: 0.7,
          y: 0.8,
        },
        {
          card: 'bus-stop',
          group: 'Ryhmä 3',
          x: 0.2,
          y: 0.6,
        },
        {
          card: 'football-club',
          group: 'Ryhmä 3',
          x: -0.5,
          y: 0.4,
        },
      ],
    },
  },
  actions: [
    {
      title: 'Monikielinen asukasinfo kirjastossa kerran kuukaudessa',
      description:
        'Kirjasto ja Monikulttuurikeskus järjestävät kuukausittain infon kaupungin palveluista ja vaikuttamisen tavoista vuorotellen arabiaksi, somaliksi, ukrainaksi ja venäjäksi.',
      responsible: ['city', 'ngo-centre'],
      ownerRole: 'Kirjastopalvelujen päällikkö',
      startDate: '2026-10-01',
      endDate: '2027-06-30',
      indicator: 'Kävijämäärät ja kävijöiden kielet; seuraavassa tiedonkeruussa kokemus tiedon saamisesta',
      status: 'in-progress',
      progress: 40,
      public: true,
      updates: [
        {
          date: '2026-10-08',
          text: 'Ensimmäinen info pidettiin arabiaksi; paikalla 23 asukasta.',
        },
        {
          date: '2026-11-05',
          text: 'Toinen info somaliksi yhdessä Naisten Kohtaamispaikan kanssa; paikalla 17 asukasta.',
        },
      ],
    },
    {
      title: 'Poliisin ja nuorisotyön iltakierrokset keskustan pysäkeillä',
      description:
        'Ennalta estävä poliisi ja nuorisotyö liikkuvat yhdessä perjantai-iltaisin keskustan pysäkeillä ja puuttuvat huuteluun.',
      responsible: ['police', 'city'],
      ownerRole: 'Ennalta estävän toiminnan ryhmänjohtaja',
      startDate: '2027-01-15',
      endDate: '2027-12-31',
      indicator: 'Turvallisuuden tunne seuraavassa tiedonkeruussa; häirintäilmoitusten määrä',
      status: 'planned',
      progress: 0,
      public: false,
    },
    {
      title: 'Urheiluseurojen maksuton kokeilukausi uusille perheille',
      description:
        'Urheiluseura ja Naisten Kohtaamispaikka tarjoavat lapsille maksuttoman kokeilukauden ja vanhemmille vapaaehtoistehtäviä kentän laidalla.',
      responsible: ['ngo-sports', 'ngo-women'],
      ownerRole: 'Liikuntapalvelujen suunnittelija',
      startDate: '2026-11-01',
      endDate: '2027-05-31',
      indicator: 'Kokeilukauden jälkeen jatkavien lasten määrä',
      status: 'in-progress',
      progress: 20,
      public: false,
    },
  ],
  feedback: [
    {
      language: 'fi',
      respondentGroup: 'elected',
      dataCollectionEffect: 'much',
      eventEffect: 'much',
      intentions: 'Vien monikielisen tiedottamisen ensi vuoden talousarviokeskusteluun.',
      comments: 'Kokemuskortit avasivat asioita, joita en ollut tullut ajatelleeksi.',
    },
    {
      language: 'fi',
      respondentGroup: 'civil-servant',
      dataCollectionEffect: 'some',
      eventEffect: 'much',
      intentions: 'Tarkistan, miten palveluidemme tiedotteet käännetään ja kenelle ne jaetaan.',
    },
    {
      language: 'fi',
      respondentGroup: 'ngo',
      dataCollectionEffect: 'much',
      eventEffect: 'some',
      intentions: 'Järjestämme kokeilukauden yhdessä urheiluseuran kanssa.',
    },
    {
      language: 'fi',
      respondentGroup: 'resident',
      dataCollectionEffect: 'some',
      eventEffect: 'much',
      intentions: 'Kerron yhdistyksessämme, mitä tilaisuudessa päätettiin.',
      comments: 'Oli hienoa, että meitä kuunneltiin.',
    },
    {
      language: 'sv',
      respondentGroup: 'civil-servant',
      dataCollectionEffect: 'little',
      eventEffect: 'some',
      intentions: 'Jag tar upp anonym rekrytering i personalsektionen.',
    },
    {
      language: 'en',
      respondentGroup: 'resident',
      dataCollectionEffect: 'much',
      eventEffect: 'much',
      intentions: 'I will help at the library info sessions in my own language.',
    },
  ],
  evaluations: [
    {
      title: 'Asukasinfojen väliarvio',
      action: 'Monikielinen asukasinfo kirjastossa kerran kuukaudessa',
      responsibleParty: 'Kirjastopalvelut',
      responsibleEmail: 'kirjastopalvelut@example.org',
      dueDate: '2026-11-20',
      status: 'done',
      findings:
        'Kaksi infoa pidetty, yhteensä 40 kävijää. Kävijät löysivät infoon järjestöjen kautta; kaupungin omat kanavat tavoittivat vähän. Seuraavat infot mainostetaan myös järjestöjen kanavissa.',
      impact: 'some',
    },
    {
      title: 'Tiedonkeruun toisto ja vertailu ensimmäiseen kierrokseen',
      responsibleParty: 'Hyvinvointikoordinaattori',
      responsibleEmail: 'hyvinvointikoordinaattori@example.org',
      dueDate: '2027-10-31',
      status: 'planned',
      impact: 'unknown',
    },
  ],
  users: [
    {
      email: 'admin@example.org',
      name: 'Demo-ylläpitäjä',
      role: 'admin',
    },
    {
      email: 'editor@example.org',
      name: 'Demo-toimittaja',
      role: 'editor',
    },
    {
      email: 'coordinator@example.org',
      name: 'Demo-koordinaattori',
      role: 'coordinator',
      exampleMunicipality: true,
    },
    {
      email: 'organizer@example.org',
      name: 'Demo-järjestäjä',
      role: 'organizer',
      organization: 'ngo-centre',
    },
  ],
} satisfies DemoData

export default data
