// Reference content, kept as a module so the seed and the bench import it typed.
import type { PageData } from '../types'

const data = {
  slug: 'how-to-start',
  kind: 'how-to-start',
  locales: {
    fi: {
      title: 'Miten ottaa työkalu käyttöön?',
      summary:
        'Tutustu työkaluohjeistukseen, ota yhteyttä hankkeeseen ja valitse kuultavat väestöryhmät ja kumppanijärjestöt.',
      content: [
        {
          ol: [
            '**Tutustu työkaluohjeistukseen.** ”Työkalu kunnille hyvien väestösuhteiden edistämiseen” on materiaalikirjastossa suomeksi ja ruotsiksi (PDF).',
            '**Ota yhteyttä.** Erikoissuunnittelija Nexhat Beqiri tukee kuntia työkalun käyttöönotossa: [nexhat.beqiri@ely-keskus.fi](mailto:nexhat.beqiri@ely-keskus.fi).',
            '**Valitse kuultavat väestöryhmät ja kielet** ja sovi tiedonkeruusta ostopalveluna paikallisen järjestön kanssa.',
            '**Muokkaa materiaalit.** Lisää kutsukirjeisiin tilaisuuksien tiedot ja siirrä omakieliset keskustelukysymykset kirjureiden raportointilomakkeeseen.',
            '**Järjestä keskustelutilaisuudet.** Järjestö toimittaa raportit, joista kunnan edustaja kokoaa tulosesityksen ja kokemuskortit.',
            '**Järjestä päättäjätilaisuus** ja sovi 1–4 toimenpiteestä.',
            '**Sovi seurannasta:** arvioinnin aikataulu, työnjako ja tiedonkeruun toistaminen.',
          ],
        },
        {
          h2: 'Portaalin työtila',
        },
        {
          p: 'Kunnan koordinaattori ja kumppanijärjestöjen järjestäjät voivat hoitaa hankkeensa portaalissa: tilaisuudet, raportit, kokemuskortit, päättäjätilaisuuden, toimenpiteet ja arvioinnit. Tunnukset saa hankkeen yhteyshenkilöiltä.',
        },
      ],
    },
    sv: {
      title: 'Hur tar man verktyget i bruk?',
      summary:
        'Bekanta dig med anvisningarna, kontakta projektet och välj de befolkningsgrupper som ska höras och de organisationer ni samarbetar med.',
      content: [
        {
          ol: [
            '**Bekanta dig med anvisningarna.** ”Verktyg för kommuner för att främja goda relationer mellan befolkningsgrupper” finns i materialbiblioteket på finska och svenska (PDF).',
            '**Ta kontakt.** Specialplanerare Nexhat Beqiri stöder kommunerna när de tar verktyget i bruk: [nexhat.beqiri@ely-keskus.fi](mailto:nexhat.beqiri@ely-keskus.fi).',
            '**Välj befolkningsgrupper och språk** och kom överens med en lokal organisation om datainsamlingen som köptjänst.',
            '**Anpassa materialet.** Lägg till uppgifterna om tillfällena i inbjudningarna och kopiera diskussionsfrågorna på det egna språket till skribenternas rapporteringsblankett.',
            '**Ordna diskussionstillfällena.** Organisationen lämnar rapporter, av vilka kommunens representant sammanställer en presentation och erfarenhetskort.',
            '**Ordna beslutsfattarevenemanget** och kom överens om 1–4 åtgärder.',
            '**Kom överens om uppföljningen:** tidtabell och arbetsfördelning för utvärderingen och när datainsamlingen upprepas.',
          ],
        },
        {
          h2: 'Portalens arbetsrum',
        },
        {
          p: 'Kommunens koordinator och organisatörerna i partnerorganisationerna kan sköta sitt projekt i portalen: tillfällen, rapporter, erfarenhetskort, beslutsfattarevenemanget, åtgärder och utvärderingar. Användarkonton fås av projektets kontaktpersoner.',
        },
      ],
    },
    en: {
      title: 'How to start',
      summary:
        'Read the toolkit guidance, contact the project, and choose the population groups to hear and the NGOs to work with.',
      content: [
        {
          ol: [
            '**Read the guidance.** “Toolkit for municipalities to promote good population relations” is in the material library in Finnish and Swedish (PDF).',
            '**Get in touch.** Senior Planning Officer Nexhat Beqiri supports municipalities in taking the toolkit into use: [nexhat.beqiri@ely-keskus.fi](mailto:nexhat.beqiri@ely-keskus.fi).',
            '**Choose the population groups and languages** and agree the data collection as a purchased service with a local NGO.',
            '**Adapt the materials.** Add the session details to the invitation letters and copy the own-language discussion questions into the scribe reporting form.',
            '**Hold the discussion sessions.** The NGO delivers reports, from which a municipal representative prepares the results presentation and the experience cards.',
            '**Hold the decision-maker event** and agree 1–4 actions.',
            '**Agree the follow-up:** the evaluation schedule, the division of labour and when the data collection is repeated.',
          ],
        },
        {
          h2: 'The portal’s workspace',
        },
        {
          p: 'The municipality’s coordinator and the organisers of the partner NGOs can run their project in the portal: sessions, reports, experience cards, the decision-maker event, actions and evaluations. Accounts are given by the project’s contact people.',
        },
      ],
    },
  },
} satisfies PageData

export default data
