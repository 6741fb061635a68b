// Reference content, kept as a module so the seed and the bench import it typed.
import type { ThemesData } from './types'

const data = {
  _comment:
    'The four themes of the discussions. Colours carry white text at a contrast of at least 5:1 (WCAG AA) and differ in hue and lightness, so cards stay apart for colour-blind readers too; the theme name is always printed beside the colour.',
  themes: [
    {
      key: 'participation',
      order: 1,
      colour: '#1F5FA8',
      name: {
        fi: 'Osallisuus',
        sv: 'Delaktighet',
        en: 'Participation',
        ar: 'المشاركة',
        se: 'Oassálastin',
        so: 'Ka qaybgalka',
        sw: 'Ushiriki',
        uk: 'Участь',
        ru: 'Участие',
        vi: 'Sự tham gia',
        et: 'Osalus',
      },
      description: {
        fi: 'Voiko asukas vaikuttaa asioihin, osallistua kunnan toimintaan ja palveluihin sekä tulla kuulluksi päätöksenteossa?',
        sv: 'Kan invånaren påverka, delta i kommunens verksamhet och tjänster och bli hörd i beslutsfattandet?',
        en: 'Can residents influence matters, take part in the municipality’s activities and services, and be heard in decision-making?',
      },
    },
    {
      key: 'attitudes',
      order: 2,
      colour: '#7B3F9E',
      name: {
        fi: 'Asenteet',
        sv: 'Attityder',
        en: 'Attitudes',
        ar: 'المواقف',
        se: 'Guottut',
        so: 'Aragtiyaha',
        sw: 'Mitazamo',
        uk: 'Ставлення',
        ru: 'Отношение',
        vi: 'Thái độ',
        et: 'Hoiakud',
      },
      description: {
        fi: 'Miten eri väestöryhmiin kuuluviin asukkaisiin suhtaudutaan arjessa: kohtaavatko he arvostusta, ennakkoluuloja tai syrjintää?',
        sv: 'Hur bemöts invånare från olika befolkningsgrupper i vardagen: möter de uppskattning, fördomar eller diskriminering?',
        en: 'How are residents from different population groups regarded in everyday life: do they meet respect, prejudice or discrimination?',
      },
    },
    {
      key: 'safety',
      order: 3,
      colour: '#1D7A46',
      name: {
        fi: 'Turvallisuuden tunne',
        sv: 'Trygghetskänsla',
        en: 'Sense of safety',
        ar: 'الشعور بالأمان',
        se: 'Oadjebasvuođa dovdu',
        so: 'Dareenka nabadgelyada',
        sw: 'Hisia ya usalama',
        uk: 'Відчуття безпеки',
        ru: 'Чувство безопасности',
        vi: 'Cảm giác an toàn',
        et: 'Turvatunne',
      },
      description: {
        fi: 'Tunteeko asukas olonsa turvalliseksi kotona, asuinalueellaan ja julkisilla paikoilla, ja luottaako hän siihen, että saa apua?',
        sv: 'Känner sig invånaren trygg hemma, i sitt bostadsområde och på offentliga platser, och litar hen på att få hjälp?',
        en: 'Do residents feel safe at home, in their neighbourhood and in public places, and do they trust that help is available?',
      },
    },
    {
      key: 'interaction',
      order: 4,
      colour: '#B34700',
      name: {
        fi: 'Vuorovaikutus',
        sv: 'Interaktion',
        en: 'Interaction',
        ar: 'التفاعل',
        se: 'Vuorrováikkuhus',
        so: 'Wada-xiriirka',
        sw: 'Mwingiliano',
        uk: 'Взаємодія',
        ru: 'Взаимодействие',
        vi: 'Sự tương tác',
        et: 'Suhtlemine',
      },
      description: {
        fi: 'Kohtaavatko eri taustaiset asukkaat toisiaan arjessa, harrastuksissa ja naapurustossa, ja millaisia nuo kohtaamiset ovat?',
        sv: 'Möts invånare med olika bakgrund i vardagen, på fritiden och i grannskapet, och hur är de mötena?',
        en: 'Do residents of different backgrounds meet in everyday life, in leisure activities and in the neighbourhood, and what are those encounters like?',
      },
    },
  ],
} satisfies ThemesData

export default data
