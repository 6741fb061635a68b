// Reference content, kept as a module so the seed and the bench import it typed.
import type { SiteSettingsData } from './types'

const data = {
  _comment:
    'From the source page (ely-keskus.fi/fi/hvs-tiedonkeruutyokalu, updated 28.04.2025). The page links LinkedIn, the mailing list and the workspace on Kumppanuusalusta, but its saved text carries no addresses, so linkedinUrl, mailingListUrl, workspaceUrl and workspaceSignupUrl are left for the editors rather than guessed. Accessibility feedback goes to the contact who supports municipalities until a role address exists.',
  siteName: {
    fi: 'Hyvät väestösuhteet',
    sv: 'Goda relationer mellan befolkningsgrupper',
    en: 'Good population relations',
  },
  contacts: [
    {
      name: 'Nexhat Beqiri',
      title: {
        fi: 'erikoissuunnittelija',
        sv: 'specialplanerare',
        en: 'Senior Planning Officer',
      },
      organization: 'ELY-keskus',
      email: 'nexhat.beqiri@ely-keskus.fi',
      phone: '0295 021 028',
    },
    {
      name: 'Liisa Päkki',
      title: {
        fi: 'suunnittelija',
        sv: 'planerare',
        en: 'Planning Officer',
      },
      organization: 'ELY-keskus',
      email: 'liisa.pakki@ely-keskus.fi',
      phone: '0295 021 350',
    },
  ],
  links: {
    accessibilityFeedbackUrl: 'mailto:nexhat.beqiri@ely-keskus.fi',
  },
} satisfies SiteSettingsData

export default data
