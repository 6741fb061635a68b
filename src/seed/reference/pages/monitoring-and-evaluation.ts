// Reference content, kept as a module so the seed and the bench import it typed.
import type { PageData } from '../types'

const data = {
  slug: 'monitoring-and-evaluation',
  kind: 'toolkit-part',
  part: 'monitoring',
  locales: {
    fi: {
      title: 'Toimenpiteiden seuranta ja vaikuttavuuden arviointi',
      summary:
        'Kunta seuraa valittuja toimenpiteitä sovitun aikataulun ja työnjaon mukaan ja toistaa tiedonkeruun nähdäkseen, miten väestösuhteet kehittyvät.',
      content: [
        {
          h2: 'Palautekysely päättäjätilaisuudessa',
        },
        {
          p: 'Päättäjätilaisuuden lopuksi osallistujat vastaavat kyselyyn, jossa kartoitetaan tiedonkeruun ja tilaisuuden vaikutuksia omaan ajatteluun ja sitä, millaisiin toimenpiteisiin aiotaan ryhtyä. Palautekyselyn tulokset auttavat toimenpiteiden valinnassa ja vaikuttavuuden seurannassa.',
        },
        {
          h2: 'Aikataulu ja selkeä työnjako',
        },
        {
          p: 'Arvioimalla valittuja toimenpiteitä ja niiden vaikuttavuutta kunta voi kehittää parempia keinoja hyvien väestösuhteiden edistämiseksi. Arvioinnille laaditaan aikataulu ja selkeä työnjako:',
        },
        {
          ul: [
            'kuka seuraa kutakin toimenpidettä ja milloin',
            'mistä toimenpiteen vaikutuksen tunnistaa',
            'milloin tuloksista raportoidaan päättäjille ja asukkaille',
          ],
        },
        {
          h2: 'Tiedonkeruun toistaminen',
        },
        {
          p: 'Toistamalla tiedonkeruutilaisuuksia kunta voi seurata väestösuhteiden tilaa ja toimenpiteiden vaikuttavuutta. Lisäksi kunta voi toteuttaa täydentäviä asukaskyselyitä ja -dialogeja. Samalla saadaan näkemystä siitä, mitä väestöryhmiä olisi hyvä kuulla seuraavaksi.',
        },
      ],
    },
    sv: {
      title: 'Uppföljning av åtgärderna och bedömning av effekterna',
      summary:
        'Kommunen följer upp de valda åtgärderna enligt en överenskommen tidtabell och arbetsfördelning och upprepar datainsamlingen för att se hur relationerna utvecklas.',
      content: [
        {
          h2: 'Responsenkät på beslutsfattarevenemanget',
        },
        {
          p: 'I slutet av beslutsfattarevenemanget svarar deltagarna på en enkät som kartlägger hur datainsamlingen och evenemanget påverkat deras tänkande och vilka åtgärder de tänker vidta. Resultaten hjälper till att välja åtgärder och följa upp effekterna.',
        },
        {
          h2: 'Tidtabell och tydlig arbetsfördelning',
        },
        {
          p: 'Genom att utvärdera de valda åtgärderna och deras effekter kan kommunen utveckla bättre sätt att främja goda relationer mellan befolkningsgrupper. För utvärderingen görs en tidtabell och en tydlig arbetsfördelning:',
        },
        {
          ul: [
            'vem som följer upp varje åtgärd och när',
            'hur man känner igen åtgärdens effekt',
            'när resultaten rapporteras till beslutsfattarna och invånarna',
          ],
        },
        {
          h2: 'Att upprepa datainsamlingen',
        },
        {
          p: 'Genom att upprepa diskussionstillfällena kan kommunen följa läget för relationerna mellan befolkningsgrupperna och åtgärdernas effekter. Kommunen kan också ordna kompletterande invånarenkäter och dialoger. Samtidigt får man en uppfattning om vilka befolkningsgrupper som borde höras härnäst.',
        },
      ],
    },
    en: {
      title: 'Monitoring the actions and evaluating their impact',
      summary:
        'The municipality follows the chosen actions on an agreed schedule with a clear division of labour, and repeats the data collection to see how population relations develop.',
      content: [
        {
          h2: 'Feedback survey at the decision-maker event',
        },
        {
          p: 'At the end of the decision-maker event participants answer a survey on how the data collection and the event affected their own thinking and what actions they intend to take. Its results help choose the actions and follow their impact.',
        },
        {
          h2: 'A schedule and a clear division of labour',
        },
        {
          p: 'By evaluating the chosen actions and their impact, the municipality can develop better ways of promoting good population relations. The evaluation needs a schedule and a clear division of labour:',
        },
        {
          ul: [
            'who follows each action, and when',
            'how the effect of an action will be recognised',
            'when the results are reported to decision-makers and residents',
          ],
        },
        {
          h2: 'Repeating the data collection',
        },
        {
          p: 'By repeating the discussion sessions the municipality can monitor the state of population relations and the impact of the actions. It can also run complementary resident surveys and dialogues. Along the way it learns which population groups to hear next.',
        },
      ],
    },
  },
} satisfies PageData

export default data
