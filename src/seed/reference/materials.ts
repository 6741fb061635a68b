// Reference content, kept as a module so the seed and the bench import it typed.
import type { MaterialsData } from './types'

const data = {
  _comment:
    "The material library as the source page publishes it. Files are attached later (the document generators produce the templates); a version's translationStatus describes the text the portal will generate from: Finnish and English are reviewed, the other material languages use the draft question translations. The guidance PDF is published in Finnish and Swedish.",
  materials: [
    {
      slug: 'scribe-reporting-form',
      part: 'sessions',
      kind: 'scribe-form',
      order: 10,
      title: {
        fi: 'Kirjureiden raportointilomake',
        sv: 'Rapporteringsblankett för skribenter',
        en: 'Scribe reporting form',
      },
      description: {
        fi: 'Word-lomake, jolle kirjuri kirjaa keskustelun teemoittain. Kopioi omakieliset keskustelukysymykset lomakkeeseen ennen tilaisuutta. Lomakkeeseen ei kirjata osallistujien nimiä.',
        sv: 'Word-blankett där skribenten antecknar diskussionen tema för tema. Kopiera diskussionsfrågorna på det egna språket till blanketten före tillfället. Deltagarnas namn antecknas inte.',
        en: 'A Word form on which the scribe records the discussion theme by theme. Copy the own-language discussion questions into the form before the session. Participants’ names are never written on it.',
      },
      versions: [
        {
          language: 'fi',
          translationStatus: 'reviewed',
        },
      ],
    },
    {
      slug: 'invitation-questions-and-guidance',
      part: 'sessions',
      kind: 'invitation-pack',
      order: 20,
      title: {
        fi: 'Malli kutsukirjeestä, keskustelukysymykset ja ohjeistus ohjaajille ja kirjureille',
        sv: 'Modell för inbjudan, diskussionsfrågor och anvisningar för samtalsledare och skribenter',
        en: 'Model invitation letter, discussion questions and guidance for facilitators and scribes',
      },
      description: {
        fi: 'Muokattava Word-pohja: kutsukirje asukkaille, keskustelukysymykset neljästä teemasta sekä ohjeet ohjaajille ja kirjureille. Saatavilla kymmenellä kielellä.',
        sv: 'Redigerbar Word-mall: inbjudan till invånarna, diskussionsfrågor om de fyra temana samt anvisningar för samtalsledare och skribenter. Finns på tio språk.',
        en: 'An editable Word template: the invitation to residents, the discussion questions on the four themes, and guidance for facilitators and scribes. Available in ten languages.',
      },
      versions: [
        {
          language: 'fi',
          translationStatus: 'reviewed',
        },
        {
          language: 'ar',
          translationStatus: 'draft',
        },
        {
          language: 'en',
          translationStatus: 'reviewed',
        },
        {
          language: 'se',
          translationStatus: 'draft',
        },
        {
          language: 'so',
          translationStatus: 'draft',
        },
        {
          language: 'sw',
          translationStatus: 'draft',
        },
        {
          language: 'uk',
          translationStatus: 'draft',
        },
        {
          language: 'ru',
          translationStatus: 'draft',
        },
        {
          language: 'vi',
          translationStatus: 'draft',
        },
        {
          language: 'et',
          translationStatus: 'draft',
        },
      ],
    },
    {
      slug: 'decision-maker-event-invitation',
      part: 'event',
      kind: 'event-invitation',
      order: 30,
      title: {
        fi: 'Päättäjätilaisuuskutsu',
        sv: 'Inbjudan till beslutsfattarevenemang',
        en: 'Decision-maker event invitation',
      },
      description: {
        fi: 'Word-pohja kutsuksi luottamushenkilöille, johtaville viranhaltijoille, järjestöille, asukkaille ja tarvittaessa muille viranomaisille.',
        sv: 'Word-mall för inbjudan till förtroendevalda, ledande tjänsteinnehavare, organisationer, invånare och vid behov andra myndigheter.',
        en: 'A Word template for inviting elected officials, leading civil servants, NGOs, residents and, where needed, other authorities.',
      },
      versions: [
        {
          language: 'fi',
          translationStatus: 'reviewed',
        },
      ],
    },
    {
      slug: 'coordinate-grid',
      part: 'event',
      kind: 'coordinate-grid',
      order: 40,
      title: {
        fi: 'Koordinaatisto päättäjätilaisuuteen',
        sv: 'Koordinatsystem för beslutsfattarevenemanget',
        en: 'Coordinate grid for the decision-maker event',
      },
      description: {
        fi: 'Tulostettava koordinaatisto, johon pienryhmät sijoittavat kokemuskortit keskustellessaan toimenpiteistä.',
        sv: 'Ett koordinatsystem att skriva ut, där smågrupperna placerar erfarenhetskorten medan de diskuterar åtgärder.',
        en: 'A printable grid on which the small groups place the experience cards while they discuss actions.',
      },
      versions: [
        {
          language: 'fi',
          translationStatus: 'reviewed',
        },
      ],
    },
    {
      slug: 'experience-card-template',
      part: 'event',
      kind: 'card-template',
      order: 50,
      title: {
        fi: 'Päättäjätilaisuuden kokemuskorttipohja',
        sv: 'Mall för erfarenhetskort',
        en: 'Experience card template',
      },
      description: {
        fi: 'PowerPoint-pohja, johon tiedonkeruun keskeiset tulokset kirjoitetaan lyhyiksi kertomuksiksi päättäjätilaisuuden pienryhmiä varten.',
        sv: 'PowerPoint-mall där datainsamlingens viktigaste resultat skrivs som korta berättelser för smågrupperna på beslutsfattarevenemanget.',
        en: 'A PowerPoint template in which the key results of the data collection are written as short narratives for the small groups of the decision-maker event.',
      },
      versions: [
        {
          language: 'fi',
          translationStatus: 'reviewed',
        },
      ],
    },
    {
      slug: 'results-presentation',
      part: 'event',
      kind: 'results-presentation',
      order: 60,
      title: {
        fi: 'Esitys tiedonkeruutilaisuuden tuloksista',
        sv: 'Presentation av datainsamlingens resultat',
        en: 'Presentation of the data-collection results',
      },
      description: {
        fi: 'PowerPoint-pohja, jolla kunnan edustaja esittelee keskustelutilaisuuksien tulokset päättäjätilaisuudessa.',
        sv: 'PowerPoint-mall med vilken kommunens representant presenterar resultaten från diskussionstillfällena på beslutsfattarevenemanget.',
        en: 'A PowerPoint template with which the municipality’s representative presents the results of the discussion sessions at the decision-maker event.',
      },
      versions: [
        {
          language: 'fi',
          translationStatus: 'reviewed',
        },
      ],
    },
    {
      slug: 'toolkit-guidance',
      part: 'guidance',
      kind: 'guidance',
      order: 5,
      title: {
        fi: 'Työkalu kunnille hyvien väestösuhteiden edistämiseen',
        sv: 'Verktyg för kommuner för att främja goda relationer mellan befolkningsgrupper',
        en: 'Toolkit for municipalities to promote good population relations',
      },
      description: {
        fi: 'Työkaluohjeistus (PDF): keskustelutilaisuudet, päättäjätilaisuus sekä toimenpiteiden seuranta ja vaikuttavuuden arviointi. Suomeksi ja ruotsiksi.',
        sv: 'Anvisningar för verktyget (PDF): diskussionstillfällena, beslutsfattarevenemanget samt uppföljning och bedömning av åtgärdernas effekter. På finska och svenska.',
        en: 'The toolkit guidance (PDF): discussion sessions, the decision-maker event, and monitoring and impact evaluation. In Finnish and Swedish.',
      },
      versions: [
        {
          language: 'fi',
          translationStatus: 'reviewed',
        },
        {
          language: 'sv',
          translationStatus: 'reviewed',
        },
      ],
    },
  ],
} satisfies MaterialsData

export default data
