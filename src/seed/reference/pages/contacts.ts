// Reference content, kept as a module so the seed and the bench import it typed.
import type { PageData } from '../types'

const data = {
  slug: 'contacts',
  kind: 'contacts',
  locales: {
    fi: {
      title: 'Yhteystiedot',
      summary: 'Ota yhteyttä hankkeen asiantuntijoihin ja seuraa hankkeen etenemistä.',
      content: [
        {
          h2: 'Ota yhteyttä',
        },
        {
          ul: [
            '**Nexhat Beqiri**, erikoissuunnittelija, ELY-keskus – puh. 0295 021 028, [nexhat.beqiri@ely-keskus.fi](mailto:nexhat.beqiri@ely-keskus.fi)',
            '**Liisa Päkki**, suunnittelija, ELY-keskus – puh. 0295 021 350, [liisa.pakki@ely-keskus.fi](mailto:liisa.pakki@ely-keskus.fi)',
          ],
        },
        {
          h2: 'Seuraa hanketta',
        },
        {
          ul: [
            '**LinkedIn:** ajankohtaisia kuulumisia ja tiedotusta tilaisuuksista.',
            '**Sähköpostilista:** alueellisia kutsuja ja uutiskirjeitä hankkeen etenemisestä.',
            '**Työtila Kumppanuusalustalla:** materiaalia ja keskustelua hyvien väestösuhteiden edistämisestä.',
          ],
        },
      ],
    },
    sv: {
      title: 'Kontaktuppgifter',
      summary: 'Kontakta projektets experter och följ projektets framsteg.',
      content: [
        {
          h2: 'Ta kontakt',
        },
        {
          ul: [
            '**Nexhat Beqiri**, specialplanerare, NTM-centralen – tfn 0295 021 028, [nexhat.beqiri@ely-keskus.fi](mailto:nexhat.beqiri@ely-keskus.fi)',
            '**Liisa Päkki**, planerare, NTM-centralen – tfn 0295 021 350, [liisa.pakki@ely-keskus.fi](mailto:liisa.pakki@ely-keskus.fi)',
          ],
        },
        {
          h2: 'Följ projektet',
        },
        {
          ul: [
            '**LinkedIn:** aktuella nyheter och information om evenemang.',
            '**E-postlistan:** regionala inbjudningar och nyhetsbrev om hur projektet framskrider.',
            '**Arbetsrummet på Kumppanuusalusta:** material och diskussion om att främja goda relationer mellan befolkningsgrupper.',
          ],
        },
      ],
    },
    en: {
      title: 'Contacts',
      summary: 'Contact the project’s experts and follow the project.',
      content: [
        {
          h2: 'Get in touch',
        },
        {
          ul: [
            '**Nexhat Beqiri**, Senior Planning Officer, ELY Centre – tel. +358 295 021 028, [nexhat.beqiri@ely-keskus.fi](mailto:nexhat.beqiri@ely-keskus.fi)',
            '**Liisa Päkki**, Planning Officer, ELY Centre – tel. +358 295 021 350, [liisa.pakki@ely-keskus.fi](mailto:liisa.pakki@ely-keskus.fi)',
          ],
        },
        {
          h2: 'Follow the project',
        },
        {
          ul: [
            '**LinkedIn:** news and announcements of events.',
            '**Mailing list:** regional invitations and newsletters on the project’s progress.',
            '**Workspace on Kumppanuusalusta:** material and discussion on promoting good population relations.',
          ],
        },
      ],
    },
  },
} satisfies PageData

export default data
