// Reference content, kept as a module so the seed and the bench import it typed.
import type { PageData } from '../types'

const data = {
  slug: 'discussion-sessions',
  kind: 'toolkit-part',
  part: 'sessions',
  locales: {
    fi: {
      title: 'Keskustelutilaisuudet eri väestöryhmille',
      summary:
        'Paikallinen järjestö järjestää kunnan tilauksesta omakielisiä keskustelutilaisuuksia, joissa asukkaat kertovat kokemuksistaan neljästä teemasta.',
      content: [
        {
          p: 'Kunta hankkii tiedonkeruun ostopalveluna paikkakunnalla tai lähialueella toimivilta järjestöiltä. Järjestö hallinnoi tiedonkeruuta, etsii ja perehdyttää omakieliset ohjaajat ja kirjurit, järjestää tilaisuudet ja toimittaa kunnalle raportit käydyistä keskusteluista.',
        },
        {
          h2: 'Mistä keskustellaan?',
        },
        {
          p: 'Keskusteluissa kuullaan asukkaiden kokemuksia, havaintoja ja näkemyksiä neljästä teemasta omalla paikkakunnalla:',
        },
        {
          ul: ['Osallisuus', 'Asenteet', 'Turvallisuuden tunne', 'Vuorovaikutus'],
        },
        {
          p: 'Valmiit keskustelukysymykset ovat saatavilla kymmenellä kielellä materiaalikirjastossa.',
        },
        {
          h2: 'Ohjaajat ja kirjurit',
        },
        {
          ul: [
            '**Ohjaaja** johtaa keskustelua osallistujien omalla kielellä ja huolehtii, että jokainen saa äänensä kuuluviin.',
            '**Kirjuri** kirjaa keskustelun kirjureiden raportointilomakkeeseen. Omakieliset keskustelukysymykset kannattaa siirtää lomakkeeseen ennen tilaisuutta.',
            'Lomakkeeseen kirjataan kokemuksia, ei ihmisiä: ei nimiä, yhteystietoja tai muuta, mistä osallistujan voisi tunnistaa. Osallistujista kirjataan vain lukumäärä.',
          ],
        },
        {
          h2: 'Raporteista kokemuskortteihin',
        },
        {
          p: 'Järjestö toimittaa raportit kunnalle. Raporttien perusteella kunnan edustaja laatii esityksen päättäjätilaisuutta varten, ja keskeiset tulokset kirjoitetaan lyhyiksi kertomuksiksi, kokemuskorteiksi.',
        },
        {
          h2: 'Materiaalit',
        },
        {
          ul: [
            'Kirjureiden raportointilomake (Word)',
            'Malli kutsukirjeestä, keskustelukysymykset ja ohjeistus ohjaajille ja kirjureille (Word) kymmenellä kielellä',
          ],
        },
      ],
    },
    sv: {
      title: 'Diskussionstillfällen för olika befolkningsgrupper',
      summary:
        'En lokal organisation ordnar på kommunens uppdrag diskussionstillfällen på invånarnas egna språk, där de berättar om sina erfarenheter kring fyra teman.',
      content: [
        {
          p: 'Kommunen köper datainsamlingen som tjänst av organisationer som verkar på orten eller i närområdet. Organisationen administrerar datainsamlingen, rekryterar och introducerar samtalsledare och skribenter som talar deltagarnas språk, ordnar tillfällena och lämnar rapporter om diskussionerna till kommunen.',
        },
        {
          h2: 'Vad diskuterar man?',
        },
        {
          p: 'I diskussionerna hörs invånarnas erfarenheter, iakttagelser och synpunkter om fyra teman på den egna orten:',
        },
        {
          ul: ['Delaktighet', 'Attityder', 'Trygghetskänsla', 'Interaktion'],
        },
        {
          p: 'Färdiga diskussionsfrågor finns på tio språk i materialbiblioteket.',
        },
        {
          h2: 'Samtalsledare och skribenter',
        },
        {
          ul: [
            '**Samtalsledaren** leder diskussionen på deltagarnas eget språk och ser till att alla kommer till tals.',
            '**Skribenten** antecknar diskussionen på rapporteringsblanketten. Det lönar sig att kopiera diskussionsfrågorna på det egna språket till blanketten före tillfället.',
            'På blanketten antecknas erfarenheter, inte personer: inga namn, kontaktuppgifter eller annat som kan identifiera en deltagare. Om deltagarna antecknas endast antalet.',
          ],
        },
        {
          h2: 'Från rapporter till erfarenhetskort',
        },
        {
          p: 'Organisationen lämnar rapporterna till kommunen. Utifrån dem gör kommunens representant en presentation för beslutsfattarevenemanget, och de viktigaste resultaten skrivs som korta berättelser, erfarenhetskort.',
        },
        {
          h2: 'Material',
        },
        {
          ul: [
            'Rapporteringsblankett för skribenter (Word)',
            'Modell för inbjudan, diskussionsfrågor och anvisningar för samtalsledare och skribenter (Word) på tio språk',
          ],
        },
      ],
    },
    en: {
      title: 'Discussion sessions for population groups',
      summary:
        'Commissioned by the municipality, a local NGO holds discussion sessions in residents’ own languages, where they talk about their experiences on four themes.',
      content: [
        {
          p: 'The municipality buys the data collection as a service from NGOs working locally or nearby. The NGO manages the data collection, recruits and trains facilitators and scribes who speak the participants’ languages, organises the sessions and delivers reports of the discussions to the municipality.',
        },
        {
          h2: 'What is discussed?',
        },
        {
          p: 'The discussions gather residents’ experiences, observations and views on four themes in their home town:',
        },
        {
          ul: ['Participation', 'Attitudes', 'Sense of safety', 'Interaction'],
        },
        {
          p: 'Ready-made discussion questions are available in ten languages in the material library.',
        },
        {
          h2: 'Facilitators and scribes',
        },
        {
          ul: [
            'The **facilitator** leads the discussion in the participants’ own language and makes sure everyone is heard.',
            'The **scribe** records the discussion on the scribe reporting form. Copy the own-language discussion questions into the form before the session.',
            'The form records experiences, not people: no names, contact details or anything else that could identify a participant. Only the number of participants is written down.',
          ],
        },
        {
          h2: 'From reports to experience cards',
        },
        {
          p: 'The NGO delivers the reports to the municipality. From them a municipal representative prepares a presentation for the decision-maker event, and the key results are written as short narratives: experience cards.',
        },
        {
          h2: 'Materials',
        },
        {
          ul: [
            'Scribe reporting form (Word)',
            'Model invitation letter, discussion questions and guidance for facilitators and scribes (Word) in ten languages',
          ],
        },
      ],
    },
  },
} satisfies PageData

export default data
