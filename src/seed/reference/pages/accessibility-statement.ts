// Reference content, kept as a module so the seed and the bench import it typed.
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
          p: 'Portaalia kehitetään saavutettavaksi alusta alkaen, ja sivujen saavutettavuus tarkistetaan automaattisilla testeillä. Ulkopuolista saavutettavuusarviointia ei ole vielä tehty. Portaali täyttää saavutettavuusvaatimukset osittain.',
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
          p: 'Portalen utvecklas tillgänglig från början, och sidornas tillgänglighet kontrolleras med automatiska tester. Någon extern tillgänglighetsbedömning har ännu inte gjorts. Portalen uppfyller tillgänglighetskraven delvis.',
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
          p: 'The portal is built to be accessible from the start, and its pages are checked with automated accessibility tests. No external accessibility audit has been made yet. The portal partially meets the accessibility requirements.',
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
      ],
    },
  },
}

export default data
