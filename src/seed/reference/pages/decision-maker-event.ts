// Reference content, kept as a module so the seed and the bench import it typed.
import type { PageData } from '../types'

const data = {
  slug: 'decision-maker-event',
  kind: 'toolkit-part',
  part: 'event',
  locales: {
    fi: {
      title: 'Päättäjätilaisuus',
      summary:
        'Päättäjät, järjestöt ja asukkaat käsittelevät tiedonkeruun tuloksia Enemmän tätä, vähemmän tuota -menetelmällä ja laativat 1–4 toimenpiteen ohjelman.',
      content: [
        {
          p: 'Tiedonkeruun jälkeen kunta järjestää yhteistyössä järjestöjen kanssa päättäjätilaisuuden.',
        },
        {
          h2: 'Keitä kutsutaan?',
        },
        {
          ul: [
            'kunnan luottamushenkilöitä ja päättävässä asemassa olevia viranhaltijoita',
            'tiedonkeruuta toteuttaneiden järjestöjen edustajia',
            'tiedonkeruuseen osallistuneita asukkaita',
            'tulosten perusteella tarvittaessa muiden viranomaisten, kuten hyvinvointialueen ja poliisin, sekä muiden organisaatioiden päättäjiä',
          ],
        },
        {
          h2: 'Enemmän tätä, vähemmän tuota',
        },
        {
          p: 'Eri tiedonkeruutilaisuuksissa olleet ohjaajat kertovat ensin yhteenvedot keskustelujen tuloksista. Sen jälkeen nostoja käsitellään fasilitoidussa keskustelussa:',
        },
        {
          ol: [
            'Pienryhmissä osallistujat lukevat vuorotellen narratiiviseen muotoon kirjoitettuja kokemuskortteja.',
            'Kortti kerrallaan ryhmä pohtii, toivooko se vastaavia asukaskokemuksia enemmän vai vähemmän.',
            'Ryhmä sijoittaa kortit koordinaatistoon ja etsii keinoja lisätä myönteisiä ja vähentää kielteisiä kokemuksia.',
          ],
        },
        {
          h2: 'Toimenpideohjelma: 1–4 toimenpidettä',
        },
        {
          p: 'Tavoitteena on, että päättäjät laativat kerätyn tiedon pohjalta toimenpideohjelman hyvien väestösuhteiden edistämiseksi. Ohjelmaan kannattaa ottaa 1–4 toimenpidettä, joita tilaisuudessa edustetut tahot lähtevät toteuttamaan. Jokaiselle toimenpiteelle sovitaan vastuutaho, aikataulu ja se, mistä onnistumisen tunnistaa.',
        },
        {
          h2: 'Palautekysely',
        },
        {
          p: 'Tilaisuuden lopuksi osallistujat vastaavat nimettömään kyselyyn siitä, miten tiedonkeruu ja tilaisuus vaikuttivat heidän ajatteluunsa ja millaisiin toimiin he aikovat ryhtyä.',
        },
        {
          h2: 'Materiaalit',
        },
        {
          ul: [
            'Päättäjätilaisuuskutsu (Word)',
            'Koordinaatisto päättäjätilaisuuteen (PDF)',
            'Päättäjätilaisuuden kokemuskorttipohja (PowerPoint)',
            'Esitys tiedonkeruutilaisuuden tuloksista (PowerPoint)',
          ],
        },
      ],
    },
    sv: {
      title: 'Beslutsfattarevenemang',
      summary:
        'Beslutsfattare, organisationer och invånare behandlar resultaten från datainsamlingen med metoden Mer av det här, mindre av det där och gör upp ett program med 1–4 åtgärder.',
      content: [
        {
          p: 'Efter datainsamlingen ordnar kommunen ett beslutsfattarevenemang i samarbete med organisationerna.',
        },
        {
          h2: 'Vem bjuds in?',
        },
        {
          ul: [
            'kommunens förtroendevalda och tjänsteinnehavare i beslutande ställning',
            'representanter för de organisationer som genomförde datainsamlingen',
            'invånare som deltog i datainsamlingen',
            'vid behov beslutsfattare från andra myndigheter, till exempel välfärdsområdet och polisen, och från andra organisationer',
          ],
        },
        {
          h2: 'Mer av det här, mindre av det där',
        },
        {
          p: 'Först sammanfattar samtalsledarna resultaten från sina diskussionstillfällen. Därefter behandlas lyften i en faciliterad diskussion:',
        },
        {
          ol: [
            'I smågrupper läser deltagarna i tur och ordning erfarenhetskort som skrivits i berättande form.',
            'Kort för kort funderar gruppen på om den vill se mer eller mindre av sådana erfarenheter.',
            'Gruppen placerar korten i ett koordinatsystem och söker sätt att öka de positiva och minska de negativa erfarenheterna.',
          ],
        },
        {
          h2: 'Åtgärdsprogram: 1–4 åtgärder',
        },
        {
          p: 'Målet är att beslutsfattarna utifrån materialet gör upp ett åtgärdsprogram för goda relationer mellan befolkningsgrupper. Programmet bör innehålla 1–4 åtgärder som de aktörer som är på plats åtar sig att genomföra. För varje åtgärd avtalas en ansvarig, en tidtabell och hur man vet att åtgärden lyckats.',
        },
        {
          h2: 'Responsenkät',
        },
        {
          p: 'I slutet av evenemanget svarar deltagarna anonymt på en enkät om hur datainsamlingen och evenemanget påverkade deras tänkande och vad de tänker göra.',
        },
        {
          h2: 'Material',
        },
        {
          ul: [
            'Inbjudan till beslutsfattarevenemang (Word)',
            'Koordinatsystem för beslutsfattarevenemanget (PDF)',
            'Mall för erfarenhetskort (PowerPoint)',
            'Presentation av datainsamlingens resultat (PowerPoint)',
          ],
        },
      ],
    },
    en: {
      title: 'Decision-maker event',
      summary:
        'Decision-makers, NGOs and residents work through the results of the data collection with the “more of this, less of that” method and agree a programme of 1–4 actions.',
      content: [
        {
          p: 'After the data collection the municipality holds a decision-maker event together with the NGOs.',
        },
        {
          h2: 'Who is invited?',
        },
        {
          ul: [
            'the municipality’s elected officials and leading civil servants',
            'representatives of the NGOs that ran the data collection',
            'residents who took part in the sessions',
            'where the results call for it, decision-makers from other authorities, such as the wellbeing services county and the police, and from other organisations',
          ],
        },
        {
          h2: 'More of this, less of that',
        },
        {
          p: 'First the facilitators of the different sessions summarise what was said. The findings are then worked through in a facilitated discussion:',
        },
        {
          ol: [
            'In small groups, participants take turns reading experience cards written as short narratives.',
            'Card by card, the group decides whether it wants more of this kind of experience or less of it.',
            'The group places the cards on a coordinate grid and looks for ways to increase positive and reduce negative experiences.',
          ],
        },
        {
          h2: 'The action programme: 1–4 actions',
        },
        {
          p: 'The aim is that the decision-makers draw up, from what was learned, an action programme to promote good population relations. It should hold 1–4 actions that the organisations present will carry out. Each action gets a responsible party, a schedule and a way of knowing whether it worked.',
        },
        {
          h2: 'Feedback survey',
        },
        {
          p: 'At the end of the event participants answer an anonymous survey on how the data collection and the event affected their thinking and what they intend to do.',
        },
        {
          h2: 'Materials',
        },
        {
          ul: [
            'Decision-maker event invitation (Word)',
            'Coordinate grid for the event (PDF)',
            'Experience card template (PowerPoint)',
            'Presentation of the data-collection results (PowerPoint)',
          ],
        },
      ],
    },
  },
} satisfies PageData

export default data
