// Reference content, kept as a module so the seed and the bench import it typed.
// The home page renders the three parts and the numbers of where the toolkit has been used from the data;
// this content leaves them out so that no heading appears twice.
import type { PageData } from '../types'

const data = {
  slug: 'home',
  kind: 'home',
  locales: {
    fi: {
      title: 'Hyvät väestösuhteet – työkalu kunnille',
      summary:
        'Työkalulla kunta kuulee asukkaitaan heidän omilla kielillään ja muuttaa kuulemansa toimenpiteiksi hyvien väestösuhteiden edistämiseksi.',
      content: [
        {
          p: 'Hankkeessa on kehitetty ja mallinnettu yhdessä kuntien ja järjestöjen kanssa tiedonkeruu- ja päättäjätilaisuustyökalu. Omakielisissä keskustelutilaisuuksissa kerätään eri väestöryhmiin kuuluvien asukkaiden kokemuksia, havaintoja ja näkemyksiä osallisuudesta, asenteista, turvallisuuden tunteesta ja vuorovaikutuksesta omalla paikkakunnalla.',
        },
        {
          p: 'Tiedonkeruista saatu tieto viedään päättäjätilaisuuteen. Esille nousevat aiheet muodostavat kuvan siitä, mitkä kehityskohteet ovat paikkakunnalla keskeisiä hyvien väestösuhteiden kannalta. Työkalun avulla kunta voi kuulla asukkaitaan monikielisesti ja edistää väestösuhteita kerätyn tiedon pohjalta.',
        },
        {
          h2: 'Miksi edistää hyviä väestösuhteita paikallisesti?',
        },
        {
          ul: [
            'Omakielisissä keskustelutilaisuuksissa kuullaan asukkaita, joita ei välttämättä tavoiteta muilla kuntakyselyillä.',
            'Kunnilla on velvollisuus edistää väestösuhteita. Eritaustaisten asukkaiden kokemukset on otettava huomioon, jotta arki olisi turvallista, hyvinvoivaa ja yhdenvertaista kaikille kuntalaisille.',
            'Vuorovaikutteiset menetelmät tukevat sitä, että päättäjätilaisuudet vaikuttavat myönteisesti osallistujien asenteisiin ja aikomuksiin edistää väestösuhteita (Päättäjätilaisuuksien arviointiraportti, VNK 2024).',
          ],
        },
        {
          p: 'Tämän portaalin sisältö perustuu ELY-keskuksen sivuun [Tiedonkeruu- ja päättäjätilaisuustyökalu](https://www.ely-keskus.fi/fi/hvs-tiedonkeruutyokalu).',
        },
      ],
    },
    sv: {
      title: 'Goda relationer mellan befolkningsgrupper – ett verktyg för kommuner',
      summary:
        'Med verktyget hör kommunen sina invånare på deras egna språk och omsätter det den hör i åtgärder för goda relationer mellan befolkningsgrupper.',
      content: [
        {
          p: 'I projektet har ett verktyg för datainsamling och beslutsfattarevenemang utvecklats och modellerats tillsammans med kommuner och organisationer. Vid diskussionstillfällen på invånarnas egna språk samlas erfarenheter, iakttagelser och synpunkter in från invånare i olika befolkningsgrupper om delaktighet, attityder, trygghetskänsla och interaktion på den egna orten.',
        },
        {
          p: 'Informationen från datainsamlingen förs vidare till ett beslutsfattarevenemang. De teman som lyfts fram ger en bild av vilka utvecklingsområden som är centrala för goda relationer mellan befolkningsgrupperna på orten. Med verktyget kan kommunen höra sina invånare på flera språk och främja relationerna utifrån det insamlade materialet.',
        },
        {
          h2: 'Varför främja goda relationer lokalt?',
        },
        {
          ul: [
            'Vid diskussionstillfällen på det egna språket hörs invånare som kommunen inte nödvändigtvis når med andra enkäter.',
            'Kommunerna har en skyldighet att främja goda relationer mellan befolkningsgrupper. Erfarenheterna hos invånare med olika bakgrund måste beaktas för att vardagen ska vara trygg, välmående och jämlik för alla.',
            'Interaktiva metoder bidrar till att beslutsfattarevenemangen påverkar deltagarnas attityder och avsikter att främja goda relationer positivt (utvärderingsrapport om beslutsfattarevenemangen, statsrådets kansli 2024).',
          ],
        },
        {
          p: 'Innehållet i portalen bygger på NTM-centralens sida [Datainsamlingar och beslutsfattarevenemang](https://www.ely-keskus.fi/sv/hvs-tiedonkeruutyokalu).',
        },
      ],
    },
    en: {
      title: 'Good population relations – a toolkit for municipalities',
      summary:
        'With the toolkit a municipality hears its residents in their own languages and turns what it hears into actions for good relations between population groups.',
      content: [
        {
          p: 'The project has developed and modelled, together with municipalities and NGOs, a toolkit of data collection and decision-maker events. In discussion sessions held in residents’ own languages, people from different population groups share their experiences, observations and views on participation, attitudes, sense of safety and interaction in their home town.',
        },
        {
          p: 'What the sessions bring up is taken to a decision-maker event. The topics show which issues matter most for good population relations locally. The toolkit lets a municipality hear its residents in many languages and promote good relations on the basis of what it has learned.',
        },
        {
          h2: 'Why promote good population relations locally?',
        },
        {
          ul: [
            'Discussion sessions in residents’ own languages reach people whom ordinary municipal surveys may not reach.',
            'Municipalities have a duty to promote good population relations. The experiences of residents of different backgrounds must be taken into account so that everyday life is safe, healthy and equal for everyone.',
            'Interactive methods help decision-maker events have a positive effect on participants’ attitudes and their intentions to promote good relations (evaluation report on the decision-maker events, Prime Minister’s Office 2024).',
          ],
        },
        {
          p: 'The content of this portal is based on the ELY Centre’s page [Data collection and decision-maker event toolkit](https://www.ely-keskus.fi/fi/hvs-tiedonkeruutyokalu) (in Finnish).',
        },
      ],
    },
  },
} satisfies PageData

export default data
