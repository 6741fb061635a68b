// Reference content, kept as a module so the seed and the bench import it typed.
import type { PageData } from '../types'

const data = {
  slug: 'accessibility-statement',
  kind: 'accessibility',
  locales: {
    fi: {
      title: 'Saavutettavuusseloste',
      summary: 'Portaalin saavutettavuuden tila, tunnetut puutteet ja miten voit antaa palautetta.',
      content: [
        {
          p: 'Tämä saavutettavuusseloste koskee Hyvät väestösuhteet -portaalia. Tavoitteena on, että portaali täyttää digitaalisten palvelujen tarjoamisesta annetun lain (306/2019) vaatimukset ja WCAG 2.1 -ohjeiston AA-tason kriteerit.',
        },
        {
          h2: 'Saavutettavuuden tila',
        },
        {
          p: 'Portaalia kehitetään saavutettavaksi alusta alkaen. Jokainen julkisen portaalin sivutyyppi ja jokainen ylläpitonäkymän näkymä tarkistetaan jokaisessa versiossa automaattisilla testeillä (axe, WCAG 2.1 A ja AA): ylläpito jokaisen roolin näkökulmasta (koordinaattori, järjestön yhteyshenkilö, toimittaja, pääkäyttäjä), suomeksi, vaalealla ja tummalla teemalla. Testeissä koordinaattori myös luo keskustelutilaisuuden ja hyväksyy raportin pelkällä näppäimistöllä. Ulkopuolista saavutettavuusarviointia ei ole vielä tehty. Portaali täyttää saavutettavuusvaatimukset osittain.',
        },
        {
          h2: 'Tunnetut puutteet',
        },
        {
          ul: [
            'Kaikki ladattavat materiaalit (Word, PowerPoint ja PDF) eivät välttämättä ole täysin saavutettavia. Toimitamme sisällön pyynnöstä saavutettavassa muodossa.',
            'Osa käännöksistä on luonnoksia, jotka on merkitty sellaisiksi. Niitä ei ole vielä tarkistanut kielen äidinkielinen puhuja.',
          ],
        },
        {
          h2: 'Ylläpitonäkymä (henkilöstön ja kumppanien työtila)',
        },
        {
          p: 'Ylläpitonäkymä perustuu avoimen lähdekoodin Payload CMS -julkaisujärjestelmään. Olemme korjanneet sen värikontrastit ja näkyvän kohdistuksen teeman asetuksilla sekä lisänneet puuttuvat nimet, nimilaput ja roolit portaalin omalla koodilla. Seuraavat puutteet ovat vielä jäljellä:',
        },
        {
          ul: [
            'Osa Payloadin omista komponenteista (valintalistat, päivämäärävalitsin, listojen valintaruudut, kuvakepainikkeet, rivien siirtokahvat, asiakirjan välilehdet ja tekstieditori) saa nimensä ja roolinsa portaalin korjauskoodilta vasta, kun sivu on latautunut. Pysyvä korjaus tehdään Payloadiin; ilmoitamme puutteet sen kehittäjille ja poistamme korjauskoodin, kun Payload on korjattu, viimeistään 30.6.2027. (WCAG 1.3.1, 4.1.2)',
            'Päivämäärävalitsin näyttää kuukausien nimet englanniksi (esimerkiksi ”Jan 12”), koska Payload ei tue suomenkielisiä päivämääriä. Korjataan 31.3.2027 mennessä. (WCAG 3.1.2)',
            'Valtakunnallinen näkymä näkyy suomenkieliselle käyttäjälle englanniksi. Korjataan 31.1.2027 mennessä. (WCAG 3.1.2)',
            'Ylläpitonäkymää ei ole vielä testattu ruudunlukijoilla eikä puheohjauksella. Testaus ja ulkopuolinen arviointi tehdään 30.6.2027 mennessä.',
          ],
        },
        {
          h2: 'Anna palautetta',
        },
        {
          p: 'Huomasitko puutteen saavutettavuudessa tai tarvitsetko sisällön toisessa muodossa? Kerro siitä meille sähköpostilla: [nexhat.beqiri@ely-keskus.fi](mailto:nexhat.beqiri@ely-keskus.fi). Vastaamme 14 päivän kuluessa.',
        },
        {
          h2: 'Valvontaviranomainen',
        },
        {
          p: 'Jos et ole tyytyväinen saamaasi vastaukseen tai et saa vastausta kahden viikon kuluessa, voit tehdä ilmoituksen saavutettavuutta valvovalle viranomaiselle. Ohjeet löytyvät sivustolta [saavutettavuusvaatimukset.fi](https://www.saavutettavuusvaatimukset.fi).',
        },
        {
          p: 'Seloste on laadittu 3.12.2026. Tiedot perustuvat automaattisiin testeihin ja kehittäjien omaan arvioon.',
        },
      ],
    },
    sv: {
      title: 'Tillgänglighetsutlåtande',
      summary: 'Portalens tillgänglighet, kända brister och hur du kan ge respons.',
      content: [
        {
          p: 'Detta tillgänglighetsutlåtande gäller portalen Goda relationer mellan befolkningsgrupper. Målet är att portalen uppfyller kraven i lagen om tillhandahållande av digitala tjänster (306/2019) och kriterierna på nivå AA i WCAG 2.1.',
        },
        {
          h2: 'Tillgänglighetsstatus',
        },
        {
          p: 'Portalen utvecklas tillgänglig från början. Varje sidtyp i den offentliga portalen och varje vy i administrationsvyn kontrolleras i varje version med automatiska tester (axe, WCAG 2.1 A och AA): administrationen ur varje rolls synvinkel (koordinator, organisationens kontaktperson, redaktör, huvudanvändare), på finska, med ljust och mörkt tema. I testerna skapar koordinatorn också ett diskussionstillfälle och godkänner en rapport enbart med tangentbordet. Någon extern tillgänglighetsbedömning har ännu inte gjorts. Portalen uppfyller tillgänglighetskraven delvis.',
        },
        {
          h2: 'Kända brister',
        },
        {
          ul: [
            'Alla nedladdningsbara material (Word, PowerPoint och PDF) är inte nödvändigtvis helt tillgängliga. På begäran levererar vi innehållet i tillgänglig form.',
            'En del översättningar är utkast och är märkta som sådana. De har ännu inte granskats av en person med språket som modersmål.',
          ],
        },
        {
          h2: 'Administrationsvyn (personalens och partnernas arbetsyta)',
        },
        {
          p: 'Administrationsvyn bygger på publiceringssystemet Payload CMS med öppen källkod. Vi har rättat dess färgkontraster och synliga fokus med temats inställningar och lagt till saknade namn, etiketter och roller med portalens egen kod. Följande brister återstår:',
        },
        {
          ul: [
            'En del av Payloads egna komponenter (rullgardinslistor, datumväljaren, listornas kryssrutor, ikonknappar, radernas flytthandtag, dokumentets flikar och textredigeraren) får sina namn och roller av portalens rättelsekod först när sidan har laddats. Den bestående rättelsen görs i Payload; vi anmäler bristerna till dess utvecklare och tar bort rättelsekoden när Payload har rättats, senast 30.6.2027. (WCAG 1.3.1, 4.1.2)',
            'Datumväljaren visar månadernas namn på engelska (till exempel ”Jan 12”), eftersom Payload inte stöder datum på finska eller svenska. Rättas senast 31.3.2027. (WCAG 3.1.2)',
            'Den nationella vyn visas på engelska för en finskspråkig användare. Rättas senast 31.1.2027. (WCAG 3.1.2)',
            'Administrationsvyn har ännu inte testats med skärmläsare eller röststyrning. Testning och en extern bedömning görs senast 30.6.2027.',
          ],
        },
        {
          h2: 'Ge respons',
        },
        {
          p: 'Har du märkt en brist i tillgängligheten eller behöver du innehållet i en annan form? Berätta det för oss per e-post: [nexhat.beqiri@ely-keskus.fi](mailto:nexhat.beqiri@ely-keskus.fi). Vi svarar inom 14 dagar.',
        },
        {
          h2: 'Tillsynsmyndighet',
        },
        {
          p: 'Om du inte är nöjd med svaret eller inte får något svar inom två veckor kan du göra en anmälan till den myndighet som övervakar tillgängligheten. Anvisningar finns på webbplatsen [saavutettavuusvaatimukset.fi](https://www.saavutettavuusvaatimukset.fi).',
        },
        {
          p: 'Utlåtandet har utarbetats 3.12.2026. Uppgifterna bygger på automatiska tester och utvecklarnas egen bedömning.',
        },
      ],
    },
    en: {
      title: 'Accessibility statement',
      summary: 'How accessible the portal is, the known shortcomings and how to give feedback.',
      content: [
        {
          p: 'This accessibility statement applies to the Good population relations portal. The aim is that the portal meets the requirements of the Act on the Provision of Digital Services (306/2019) and level AA of WCAG 2.1.',
        },
        {
          h2: 'Compliance status',
        },
        {
          p: 'The portal is built to be accessible from the start. Every page type of the public portal and every screen of the admin are checked in every version with automated tests (axe, WCAG 2.1 A and AA): the admin as each role sees it (coordinator, NGO organiser, editor, administrator), in Finnish, in the light and the dark theme. In the tests a coordinator also creates a discussion session and approves a report with the keyboard alone. No external accessibility audit has been made yet. The portal partially meets the accessibility requirements.',
        },
        {
          h2: 'Known shortcomings',
        },
        {
          ul: [
            'Not all downloadable materials (Word, PowerPoint and PDF) are necessarily fully accessible. On request we provide the content in an accessible form.',
            'Some translations are drafts and are marked as such. They have not yet been checked by a native speaker.',
          ],
        },
        {
          h2: 'The admin (the workspace of staff and partners)',
        },
        {
          p: 'The admin is built on the open-source Payload CMS. We have fixed its colour contrast and visible focus through its theme settings, and added the missing names, labels and roles with the portal’s own code. These shortcomings remain:',
        },
        {
          ul: [
            'Some of Payload’s own components (drop-down lists, the date picker, the lists’ checkboxes, icon buttons, the handles that move rows, the document tabs and the text editor) get their names and roles from the portal’s repair code only once the page has loaded. The lasting fix belongs in Payload; we report the shortcomings to its developers and remove the repair code once Payload is fixed, by 30 June 2027 at the latest. (WCAG 1.3.1, 4.1.2)',
            'The date picker shows month names in English (for example “Jan 12”) because Payload does not support Finnish or Swedish dates. To be fixed by 31 March 2027. (WCAG 3.1.2)',
            'The national view appears in English to a Finnish-speaking user. To be fixed by 31 January 2027. (WCAG 3.1.2)',
            'The admin has not yet been tested with screen readers or voice control. Testing and an external audit will be done by 30 June 2027.',
          ],
        },
        {
          h2: 'Give feedback',
        },
        {
          p: 'Did you notice an accessibility problem, or do you need content in another format? Tell us by e-mail: [nexhat.beqiri@ely-keskus.fi](mailto:nexhat.beqiri@ely-keskus.fi). We reply within 14 days.',
        },
        {
          h2: 'Enforcement authority',
        },
        {
          p: 'If you are not satisfied with the reply, or get no reply within two weeks, you can notify the authority that supervises accessibility. Instructions are on [saavutettavuusvaatimukset.fi](https://www.saavutettavuusvaatimukset.fi).',
        },
        {
          p: 'This statement was prepared on 3 December 2026. It is based on automated tests and the developers’ own assessment.',
        },
      ],
    },
  },
} satisfies PageData

export default data
