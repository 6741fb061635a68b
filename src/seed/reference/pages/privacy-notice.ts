// Reference content, kept as a module so the seed and the bench import it typed.
import type { PageData } from '../types'

const data = {
  slug: 'privacy-notice',
  kind: 'privacy',
  locales: {
    fi: {
      title: 'Tietosuojaseloste',
      summary: 'Mitä henkilötietoja portaali käsittelee, miksi ja kuinka kauan, ja miten voit käyttää oikeuksiasi.',
      content: [
        {
          h2: 'Rekisterinpitäjä ja yhteyshenkilö',
        },
        {
          p: 'Portaalin henkilötietojen rekisterinpitäjä on hanketta hallinnoiva ELY-keskus. Tietosuoja-asioissa voit ottaa yhteyttä: Nexhat Beqiri, erikoissuunnittelija, [nexhat.beqiri@ely-keskus.fi](mailto:nexhat.beqiri@ely-keskus.fi), puh. 0295 021 028.',
        },
        {
          h2: 'Mitä tietoja käsittelemme ja miksi',
        },
        {
          ul: [
            '**Sähköpostilista:** sähköpostiosoite, kieli, kiinnostavat alueet sekä suostumuksen ja vahvistuksen ajankohta. Tietoja käytetään uutiskirjeiden ja alueellisten kutsujen lähettämiseen. Käsittely perustuu suostumukseesi, jonka vahvistat sähköpostiin lähetettävällä linkillä.',
            '**Pyynnöt liittyä kumppanien työtilaan:** nimi, sähköpostiosoite, organisaatio, kunta, rooli ja perustelu. Tietoja käytetään pyynnön käsittelyyn ja hyväksytyn pyynnön kutsuun työtilaan.',
            '**Portaalin käyttäjät** (hankkeen henkilöstö, kuntien koordinaattorit ja järjestöjen yhteyshenkilöt): nimi, sähköpostiosoite, rooli ja organisaatio. Tietoja käytetään kirjautumiseen ja käyttöoikeuksien hallintaan.',
            '**Raportit, kokemuskortit ja palautekysely:** ne kertovat kokemuksista, eivät ihmisistä. Raportteihin ja kokemuskortteihin ei kirjata osallistujien nimiä eikä yhteystietoja; osallistujista tallennetaan vain lukumäärä. Päättäjätilaisuuden palautekyselyyn vastataan nimettömästi.',
          ],
        },
        {
          h2: 'Kuinka kauan tietoja säilytetään',
        },
        {
          ul: [
            'Vahvistamattomat sähköpostilistan tilaukset poistetaan 7 päivän kuluttua.',
            'Ratkaistut (hyväksytyt tai hylätyt) pyynnöt liittyä työtilaan poistetaan 90 päivän kuluttua ratkaisusta.',
            'Sähköpostilistalta voi erota milloin tahansa jokaisen viestin lopussa olevalla linkillä.',
            'Käyttäjätunnus poistetaan, kun sitä ei enää tarvita hankkeen työssä.',
          ],
        },
        {
          h2: 'Käsittelijät ja luovutukset',
        },
        {
          p: 'Tietoja ei myydä eikä luovuteta markkinointiin. Portaalin sähköpostit lähetetään sähköpostipalvelun kautta, joka käsittelee osoitteita vain viestien toimittamiseksi.',
        },
        {
          h2: 'Oikeutesi',
        },
        {
          p: 'Sinulla on oikeus saada tietää, mitä tietoja sinusta käsitellään, saada tietosi koneluettavassa muodossa, oikaista ne, pyytää niiden poistamista ja peruuttaa suostumuksesi. Voit myös tehdä valituksen tietosuojavaltuutetulle ([tietosuoja.fi](https://tietosuoja.fi)).',
        },
        {
          h2: 'Evästeet',
        },
        {
          p: 'Portaali käyttää vain toiminnan kannalta välttämättömiä evästeitä, kuten kirjautumisen evästettä. Seurantaevästeitä ei käytetä.',
        },
      ],
    },
    sv: {
      title: 'Dataskyddsbeskrivning',
      summary: 'Vilka personuppgifter portalen behandlar, varför och hur länge, och hur du kan utöva dina rättigheter.',
      content: [
        {
          h2: 'Personuppgiftsansvarig och kontaktperson',
        },
        {
          p: 'Personuppgiftsansvarig för portalen är den NTM-central som administrerar projektet. I dataskyddsfrågor kan du kontakta: Nexhat Beqiri, specialplanerare, [nexhat.beqiri@ely-keskus.fi](mailto:nexhat.beqiri@ely-keskus.fi), tfn 0295 021 028.',
        },
        {
          h2: 'Vilka uppgifter vi behandlar och varför',
        },
        {
          ul: [
            '**E-postlistan:** e-postadress, språk, regioner av intresse samt tidpunkten för samtycket och bekräftelsen. Uppgifterna används för att skicka nyhetsbrev och regionala inbjudningar. Behandlingen grundar sig på ditt samtycke, som du bekräftar med en länk som skickas per e-post.',
            '**Förfrågningar om att ansluta sig till partnernas arbetsrum:** namn, e-postadress, organisation, kommun, roll och motivering. Uppgifterna används för att behandla förfrågan och för att bjuda in den som godkänts till arbetsrummet.',
            '**Portalens användare** (projektets personal, kommunernas koordinatorer och organisationernas kontaktpersoner): namn, e-postadress, roll och organisation. Uppgifterna används för inloggning och hantering av behörigheter.',
            '**Rapporter, erfarenhetskort och responsenkäten:** de handlar om erfarenheter, inte om personer. I rapporterna och erfarenhetskorten antecknas inga namn eller kontaktuppgifter för deltagarna; om deltagarna sparas endast antalet. Beslutsfattarevenemangets responsenkät besvaras anonymt.',
          ],
        },
        {
          h2: 'Hur länge uppgifterna sparas',
        },
        {
          ul: [
            'Obekräftade anmälningar till e-postlistan raderas efter 7 dagar.',
            'Avgjorda (godkända eller avslagna) förfrågningar om att ansluta sig till arbetsrummet raderas 90 dagar efter beslutet.',
            'Du kan när som helst avsluta prenumerationen via länken i slutet av varje meddelande.',
            'Ett användarkonto raderas när det inte längre behövs i projektets arbete.',
          ],
        },
        {
          h2: 'Biträden och utlämnande',
        },
        {
          p: 'Uppgifterna säljs inte och lämnas inte ut för marknadsföring. Portalens e-post skickas via en e-posttjänst som behandlar adresserna endast för att leverera meddelandena.',
        },
        {
          h2: 'Dina rättigheter',
        },
        {
          p: 'Du har rätt att få veta vilka uppgifter om dig som behandlas, att få dem i maskinläsbar form, att få dem rättade, att begära att de raderas och att återkalla ditt samtycke. Du kan också lämna in klagomål till dataombudsmannen ([tietosuoja.fi/sv](https://tietosuoja.fi/sv)).',
        },
        {
          h2: 'Kakor',
        },
        {
          p: 'Portalen använder endast kakor som är nödvändiga för funktionen, till exempel inloggningskakan. Spårningskakor används inte.',
        },
      ],
    },
    en: {
      title: 'Privacy notice',
      summary: 'What personal data the portal processes, why and for how long, and how you can exercise your rights.',
      content: [
        {
          h2: 'Controller and contact person',
        },
        {
          p: 'The controller of the portal’s personal data is the ELY Centre that runs the project. For data protection matters, contact: Nexhat Beqiri, Senior Planning Officer, [nexhat.beqiri@ely-keskus.fi](mailto:nexhat.beqiri@ely-keskus.fi), tel. +358 295 021 028.',
        },
        {
          h2: 'What we process and why',
        },
        {
          ul: [
            '**Mailing list:** e-mail address, language, regions of interest, and when you gave and confirmed your consent. Used to send newsletters and regional invitations. The processing is based on your consent, which you confirm with a link sent to your e-mail.',
            '**Requests to join the partners’ workspace:** name, e-mail address, organisation, municipality, role and reason. Used to decide on the request and to invite approved applicants to the workspace.',
            '**Portal users** (project staff, municipal coordinators and NGO contact people): name, e-mail address, role and organisation. Used for signing in and managing access rights.',
            '**Reports, experience cards and the feedback survey:** they are about experiences, not people. Reports and experience cards hold no participant names or contact details; only the number of participants is stored. The feedback survey of the decision-maker event is answered anonymously.',
          ],
        },
        {
          h2: 'How long we keep data',
        },
        {
          ul: [
            'Unconfirmed mailing-list sign-ups are deleted after 7 days.',
            'Decided (approved or rejected) requests to join the workspace are deleted 90 days after the decision.',
            'You can leave the mailing list at any time with the link at the end of every message.',
            'A user account is deleted when it is no longer needed for the project’s work.',
          ],
        },
        {
          h2: 'Processors and disclosures',
        },
        {
          p: 'Data is not sold or disclosed for marketing. The portal’s e-mail is sent through an e-mail service that processes addresses only to deliver the messages.',
        },
        {
          h2: 'Your rights',
        },
        {
          p: 'You have the right to know what data about you is processed, to receive it in a machine-readable form, to have it corrected, to ask for it to be deleted and to withdraw your consent. You can also lodge a complaint with the Data Protection Ombudsman ([tietosuoja.fi/en](https://tietosuoja.fi/en)).',
        },
        {
          h2: 'Cookies',
        },
        {
          p: 'The portal uses only cookies it needs to work, such as the sign-in cookie. No tracking cookies are used.',
        },
      ],
    },
  },
} satisfies PageData

export default data
