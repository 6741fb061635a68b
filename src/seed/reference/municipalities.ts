// Reference content, kept as a module so the seed and the bench import it typed.
const data = {
  "_comment": [
    "The 31 municipalities where data collection was carried out with the project's purchased-service funding and coaching, in the order the source page lists them (ely-keskus.fi/fi/hvs-tiedonkeruutyokalu, updated 28.04.2025).",
    "Phase: the source page names the pilot (2021-2023) and the continuation (2023-2025) but lists all 31 together without saying which municipality belonged to which, so none can be placed from it; every one is recorded as 'continuation' until the project staff correct it. A real pilot municipality therefore shows the wrong phase until edited.",
    "decisionEventHeld: the source says events were held in 'most' of them without naming the exceptions; all are marked true and the editors clear the flag where no event was held.",
    "Summaries deliberately claim only what the source page says of every municipality."
  ],
  "municipalities": [
    {
      "name": "Helsinki",
      "nameSv": "Helsingfors",
      "region": "uusimaa",
      "phase": "continuation",
      "decisionEventHeld": true,
      "summary": {
        "fi": "Helsingissä on kuultu asukkaita heidän omilla kielillään paikallisten järjestöjen järjestämissä keskustelutilaisuuksissa. Tiedonkeruu toteutettiin hyvien väestösuhteiden työkalulla ELY-keskuksen hankkeen ostopalvelurahalla ja sparrauksella.",
        "sv": "I Helsingfors har invånare hörts på sina egna språk i diskussionstillfällen som lokala organisationer ordnat. Datainsamlingen genomfördes med verktyget för goda relationer mellan befolkningsgrupper, med köptjänstmedel och sparrning från NTM-centralens projekt.",
        "en": "In Helsinki, residents have been heard in their own languages in discussion sessions run by local NGOs. The data collection used the toolkit for good population relations and was funded as a purchased service and coached by the ELY Centre’s project."
      }
    },
    {
      "name": "Raahe",
      "nameSv": "Brahestad",
      "region": "pohjois-pohjanmaa",
      "phase": "continuation",
      "decisionEventHeld": true,
      "summary": {
        "fi": "Raahessa on kuultu asukkaita heidän omilla kielillään paikallisten järjestöjen järjestämissä keskustelutilaisuuksissa. Tiedonkeruu toteutettiin hyvien väestösuhteiden työkalulla ELY-keskuksen hankkeen ostopalvelurahalla ja sparrauksella.",
        "sv": "I Brahestad har invånare hörts på sina egna språk i diskussionstillfällen som lokala organisationer ordnat. Datainsamlingen genomfördes med verktyget för goda relationer mellan befolkningsgrupper, med köptjänstmedel och sparrning från NTM-centralens projekt.",
        "en": "In Raahe, residents have been heard in their own languages in discussion sessions run by local NGOs. The data collection used the toolkit for good population relations and was funded as a purchased service and coached by the ELY Centre’s project."
      }
    },
    {
      "name": "Kalajoki",
      "region": "pohjois-pohjanmaa",
      "phase": "continuation",
      "decisionEventHeld": true,
      "summary": {
        "fi": "Kalajoella on kuultu asukkaita heidän omilla kielillään paikallisten järjestöjen järjestämissä keskustelutilaisuuksissa. Tiedonkeruu toteutettiin hyvien väestösuhteiden työkalulla ELY-keskuksen hankkeen ostopalvelurahalla ja sparrauksella.",
        "sv": "I Kalajoki har invånare hörts på sina egna språk i diskussionstillfällen som lokala organisationer ordnat. Datainsamlingen genomfördes med verktyget för goda relationer mellan befolkningsgrupper, med köptjänstmedel och sparrning från NTM-centralens projekt.",
        "en": "In Kalajoki, residents have been heard in their own languages in discussion sessions run by local NGOs. The data collection used the toolkit for good population relations and was funded as a purchased service and coached by the ELY Centre’s project."
      }
    },
    {
      "name": "Nivala",
      "region": "pohjois-pohjanmaa",
      "phase": "continuation",
      "decisionEventHeld": true,
      "summary": {
        "fi": "Nivalassa on kuultu asukkaita heidän omilla kielillään paikallisten järjestöjen järjestämissä keskustelutilaisuuksissa. Tiedonkeruu toteutettiin hyvien väestösuhteiden työkalulla ELY-keskuksen hankkeen ostopalvelurahalla ja sparrauksella.",
        "sv": "I Nivala har invånare hörts på sina egna språk i diskussionstillfällen som lokala organisationer ordnat. Datainsamlingen genomfördes med verktyget för goda relationer mellan befolkningsgrupper, med köptjänstmedel och sparrning från NTM-centralens projekt.",
        "en": "In Nivala, residents have been heard in their own languages in discussion sessions run by local NGOs. The data collection used the toolkit for good population relations and was funded as a purchased service and coached by the ELY Centre’s project."
      }
    },
    {
      "name": "Haapavesi",
      "region": "pohjois-pohjanmaa",
      "phase": "continuation",
      "decisionEventHeld": true,
      "summary": {
        "fi": "Haapavedellä on kuultu asukkaita heidän omilla kielillään paikallisten järjestöjen järjestämissä keskustelutilaisuuksissa. Tiedonkeruu toteutettiin hyvien väestösuhteiden työkalulla ELY-keskuksen hankkeen ostopalvelurahalla ja sparrauksella.",
        "sv": "I Haapavesi har invånare hörts på sina egna språk i diskussionstillfällen som lokala organisationer ordnat. Datainsamlingen genomfördes med verktyget för goda relationer mellan befolkningsgrupper, med köptjänstmedel och sparrning från NTM-centralens projekt.",
        "en": "In Haapavesi, residents have been heard in their own languages in discussion sessions run by local NGOs. The data collection used the toolkit for good population relations and was funded as a purchased service and coached by the ELY Centre’s project."
      }
    },
    {
      "name": "Tampere",
      "nameSv": "Tammerfors",
      "region": "pirkanmaa",
      "phase": "continuation",
      "decisionEventHeld": true,
      "summary": {
        "fi": "Tampereella on kuultu asukkaita heidän omilla kielillään paikallisten järjestöjen järjestämissä keskustelutilaisuuksissa. Tiedonkeruu toteutettiin hyvien väestösuhteiden työkalulla ELY-keskuksen hankkeen ostopalvelurahalla ja sparrauksella.",
        "sv": "I Tammerfors har invånare hörts på sina egna språk i diskussionstillfällen som lokala organisationer ordnat. Datainsamlingen genomfördes med verktyget för goda relationer mellan befolkningsgrupper, med köptjänstmedel och sparrning från NTM-centralens projekt.",
        "en": "In Tampere, residents have been heard in their own languages in discussion sessions run by local NGOs. The data collection used the toolkit for good population relations and was funded as a purchased service and coached by the ELY Centre’s project."
      }
    },
    {
      "name": "Turku",
      "nameSv": "Åbo",
      "region": "varsinais-suomi",
      "phase": "continuation",
      "decisionEventHeld": true,
      "summary": {
        "fi": "Turussa on kuultu asukkaita heidän omilla kielillään paikallisten järjestöjen järjestämissä keskustelutilaisuuksissa. Tiedonkeruu toteutettiin hyvien väestösuhteiden työkalulla ELY-keskuksen hankkeen ostopalvelurahalla ja sparrauksella.",
        "sv": "I Åbo har invånare hörts på sina egna språk i diskussionstillfällen som lokala organisationer ordnat. Datainsamlingen genomfördes med verktyget för goda relationer mellan befolkningsgrupper, med köptjänstmedel och sparrning från NTM-centralens projekt.",
        "en": "In Turku, residents have been heard in their own languages in discussion sessions run by local NGOs. The data collection used the toolkit for good population relations and was funded as a purchased service and coached by the ELY Centre’s project."
      }
    },
    {
      "name": "Kuopio",
      "region": "pohjois-savo",
      "phase": "continuation",
      "decisionEventHeld": true,
      "summary": {
        "fi": "Kuopiossa on kuultu asukkaita heidän omilla kielillään paikallisten järjestöjen järjestämissä keskustelutilaisuuksissa. Tiedonkeruu toteutettiin hyvien väestösuhteiden työkalulla ELY-keskuksen hankkeen ostopalvelurahalla ja sparrauksella.",
        "sv": "I Kuopio har invånare hörts på sina egna språk i diskussionstillfällen som lokala organisationer ordnat. Datainsamlingen genomfördes med verktyget för goda relationer mellan befolkningsgrupper, med köptjänstmedel och sparrning från NTM-centralens projekt.",
        "en": "In Kuopio, residents have been heard in their own languages in discussion sessions run by local NGOs. The data collection used the toolkit for good population relations and was funded as a purchased service and coached by the ELY Centre’s project."
      }
    },
    {
      "name": "Vaasa",
      "nameSv": "Vasa",
      "region": "pohjanmaa",
      "phase": "continuation",
      "decisionEventHeld": true,
      "summary": {
        "fi": "Vaasassa on kuultu asukkaita heidän omilla kielillään paikallisten järjestöjen järjestämissä keskustelutilaisuuksissa. Tiedonkeruu toteutettiin hyvien väestösuhteiden työkalulla ELY-keskuksen hankkeen ostopalvelurahalla ja sparrauksella.",
        "sv": "I Vasa har invånare hörts på sina egna språk i diskussionstillfällen som lokala organisationer ordnat. Datainsamlingen genomfördes med verktyget för goda relationer mellan befolkningsgrupper, med köptjänstmedel och sparrning från NTM-centralens projekt.",
        "en": "In Vaasa, residents have been heard in their own languages in discussion sessions run by local NGOs. The data collection used the toolkit for good population relations and was funded as a purchased service and coached by the ELY Centre’s project."
      }
    },
    {
      "name": "Jyväskylä",
      "region": "keski-suomi",
      "phase": "continuation",
      "decisionEventHeld": true,
      "summary": {
        "fi": "Jyväskylässä on kuultu asukkaita heidän omilla kielillään paikallisten järjestöjen järjestämissä keskustelutilaisuuksissa. Tiedonkeruu toteutettiin hyvien väestösuhteiden työkalulla ELY-keskuksen hankkeen ostopalvelurahalla ja sparrauksella.",
        "sv": "I Jyväskylä har invånare hörts på sina egna språk i diskussionstillfällen som lokala organisationer ordnat. Datainsamlingen genomfördes med verktyget för goda relationer mellan befolkningsgrupper, med köptjänstmedel och sparrning från NTM-centralens projekt.",
        "en": "In Jyväskylä, residents have been heard in their own languages in discussion sessions run by local NGOs. The data collection used the toolkit for good population relations and was funded as a purchased service and coached by the ELY Centre’s project."
      }
    },
    {
      "name": "Kouvola",
      "region": "kymenlaakso",
      "phase": "continuation",
      "decisionEventHeld": true,
      "summary": {
        "fi": "Kouvolassa on kuultu asukkaita heidän omilla kielillään paikallisten järjestöjen järjestämissä keskustelutilaisuuksissa. Tiedonkeruu toteutettiin hyvien väestösuhteiden työkalulla ELY-keskuksen hankkeen ostopalvelurahalla ja sparrauksella.",
        "sv": "I Kouvola har invånare hörts på sina egna språk i diskussionstillfällen som lokala organisationer ordnat. Datainsamlingen genomfördes med verktyget för goda relationer mellan befolkningsgrupper, med köptjänstmedel och sparrning från NTM-centralens projekt.",
        "en": "In Kouvola, residents have been heard in their own languages in discussion sessions run by local NGOs. The data collection used the toolkit for good population relations and was funded as a purchased service and coached by the ELY Centre’s project."
      }
    },
    {
      "name": "Kajaani",
      "nameSv": "Kajana",
      "region": "kainuu",
      "phase": "continuation",
      "decisionEventHeld": true,
      "partnerMunicipalities": [
        "Sotkamo",
        "Ristijärvi"
      ],
      "summary": {
        "fi": "Kajaanissa on kuultu asukkaita heidän omilla kielillään paikallisten järjestöjen järjestämissä keskustelutilaisuuksissa. Tiedonkeruu toteutettiin hyvien väestösuhteiden työkalulla ELY-keskuksen hankkeen ostopalvelurahalla ja sparrauksella. Mukana oli myös Sotkamon ja Ristijärven asukkaita.",
        "sv": "I Kajana har invånare hörts på sina egna språk i diskussionstillfällen som lokala organisationer ordnat. Datainsamlingen genomfördes med verktyget för goda relationer mellan befolkningsgrupper, med köptjänstmedel och sparrning från NTM-centralens projekt. Även invånare från Sotkamo och Ristijärvi deltog.",
        "en": "In Kajaani, residents have been heard in their own languages in discussion sessions run by local NGOs. The data collection used the toolkit for good population relations and was funded as a purchased service and coached by the ELY Centre’s project. Residents of Sotkamo and Ristijärvi took part as well."
      }
    },
    {
      "name": "Joensuu",
      "region": "pohjois-karjala",
      "phase": "continuation",
      "decisionEventHeld": true,
      "summary": {
        "fi": "Joensuussa on kuultu asukkaita heidän omilla kielillään paikallisten järjestöjen järjestämissä keskustelutilaisuuksissa. Tiedonkeruu toteutettiin hyvien väestösuhteiden työkalulla ELY-keskuksen hankkeen ostopalvelurahalla ja sparrauksella.",
        "sv": "I Joensuu har invånare hörts på sina egna språk i diskussionstillfällen som lokala organisationer ordnat. Datainsamlingen genomfördes med verktyget för goda relationer mellan befolkningsgrupper, med köptjänstmedel och sparrning från NTM-centralens projekt.",
        "en": "In Joensuu, residents have been heard in their own languages in discussion sessions run by local NGOs. The data collection used the toolkit for good population relations and was funded as a purchased service and coached by the ELY Centre’s project."
      }
    },
    {
      "name": "Mikkeli",
      "nameSv": "S:t Michel",
      "region": "etela-savo",
      "phase": "continuation",
      "decisionEventHeld": true,
      "summary": {
        "fi": "Mikkelissä on kuultu asukkaita heidän omilla kielillään paikallisten järjestöjen järjestämissä keskustelutilaisuuksissa. Tiedonkeruu toteutettiin hyvien väestösuhteiden työkalulla ELY-keskuksen hankkeen ostopalvelurahalla ja sparrauksella.",
        "sv": "I S:t Michel har invånare hörts på sina egna språk i diskussionstillfällen som lokala organisationer ordnat. Datainsamlingen genomfördes med verktyget för goda relationer mellan befolkningsgrupper, med köptjänstmedel och sparrning från NTM-centralens projekt.",
        "en": "In Mikkeli, residents have been heard in their own languages in discussion sessions run by local NGOs. The data collection used the toolkit for good population relations and was funded as a purchased service and coached by the ELY Centre’s project."
      }
    },
    {
      "name": "Savonlinna",
      "nameSv": "Nyslott",
      "region": "etela-savo",
      "phase": "continuation",
      "decisionEventHeld": true,
      "summary": {
        "fi": "Savonlinnassa on kuultu asukkaita heidän omilla kielillään paikallisten järjestöjen järjestämissä keskustelutilaisuuksissa. Tiedonkeruu toteutettiin hyvien väestösuhteiden työkalulla ELY-keskuksen hankkeen ostopalvelurahalla ja sparrauksella.",
        "sv": "I Nyslott har invånare hörts på sina egna språk i diskussionstillfällen som lokala organisationer ordnat. Datainsamlingen genomfördes med verktyget för goda relationer mellan befolkningsgrupper, med köptjänstmedel och sparrning från NTM-centralens projekt.",
        "en": "In Savonlinna, residents have been heard in their own languages in discussion sessions run by local NGOs. The data collection used the toolkit for good population relations and was funded as a purchased service and coached by the ELY Centre’s project."
      }
    },
    {
      "name": "Lieksa",
      "region": "pohjois-karjala",
      "phase": "continuation",
      "decisionEventHeld": true,
      "summary": {
        "fi": "Lieksassa on kuultu asukkaita heidän omilla kielillään paikallisten järjestöjen järjestämissä keskustelutilaisuuksissa. Tiedonkeruu toteutettiin hyvien väestösuhteiden työkalulla ELY-keskuksen hankkeen ostopalvelurahalla ja sparrauksella.",
        "sv": "I Lieksa har invånare hörts på sina egna språk i diskussionstillfällen som lokala organisationer ordnat. Datainsamlingen genomfördes med verktyget för goda relationer mellan befolkningsgrupper, med köptjänstmedel och sparrning från NTM-centralens projekt.",
        "en": "In Lieksa, residents have been heard in their own languages in discussion sessions run by local NGOs. The data collection used the toolkit for good population relations and was funded as a purchased service and coached by the ELY Centre’s project."
      }
    },
    {
      "name": "Rovaniemi",
      "region": "lappi",
      "phase": "continuation",
      "decisionEventHeld": true,
      "summary": {
        "fi": "Rovaniemellä on kuultu asukkaita heidän omilla kielillään paikallisten järjestöjen järjestämissä keskustelutilaisuuksissa. Tiedonkeruu toteutettiin hyvien väestösuhteiden työkalulla ELY-keskuksen hankkeen ostopalvelurahalla ja sparrauksella.",
        "sv": "I Rovaniemi har invånare hörts på sina egna språk i diskussionstillfällen som lokala organisationer ordnat. Datainsamlingen genomfördes med verktyget för goda relationer mellan befolkningsgrupper, med köptjänstmedel och sparrning från NTM-centralens projekt.",
        "en": "In Rovaniemi, residents have been heard in their own languages in discussion sessions run by local NGOs. The data collection used the toolkit for good population relations and was funded as a purchased service and coached by the ELY Centre’s project."
      }
    },
    {
      "name": "Kemi",
      "region": "lappi",
      "phase": "continuation",
      "decisionEventHeld": true,
      "summary": {
        "fi": "Kemissä on kuultu asukkaita heidän omilla kielillään paikallisten järjestöjen järjestämissä keskustelutilaisuuksissa. Tiedonkeruu toteutettiin hyvien väestösuhteiden työkalulla ELY-keskuksen hankkeen ostopalvelurahalla ja sparrauksella.",
        "sv": "I Kemi har invånare hörts på sina egna språk i diskussionstillfällen som lokala organisationer ordnat. Datainsamlingen genomfördes med verktyget för goda relationer mellan befolkningsgrupper, med köptjänstmedel och sparrning från NTM-centralens projekt.",
        "en": "In Kemi, residents have been heard in their own languages in discussion sessions run by local NGOs. The data collection used the toolkit for good population relations and was funded as a purchased service and coached by the ELY Centre’s project."
      }
    },
    {
      "name": "Pori",
      "nameSv": "Björneborg",
      "region": "satakunta",
      "phase": "continuation",
      "decisionEventHeld": true,
      "summary": {
        "fi": "Porissa on kuultu asukkaita heidän omilla kielillään paikallisten järjestöjen järjestämissä keskustelutilaisuuksissa. Tiedonkeruu toteutettiin hyvien väestösuhteiden työkalulla ELY-keskuksen hankkeen ostopalvelurahalla ja sparrauksella.",
        "sv": "I Björneborg har invånare hörts på sina egna språk i diskussionstillfällen som lokala organisationer ordnat. Datainsamlingen genomfördes med verktyget för goda relationer mellan befolkningsgrupper, med köptjänstmedel och sparrning från NTM-centralens projekt.",
        "en": "In Pori, residents have been heard in their own languages in discussion sessions run by local NGOs. The data collection used the toolkit for good population relations and was funded as a purchased service and coached by the ELY Centre’s project."
      }
    },
    {
      "name": "Kotka",
      "region": "kymenlaakso",
      "phase": "continuation",
      "decisionEventHeld": true,
      "summary": {
        "fi": "Kotkassa on kuultu asukkaita heidän omilla kielillään paikallisten järjestöjen järjestämissä keskustelutilaisuuksissa. Tiedonkeruu toteutettiin hyvien väestösuhteiden työkalulla ELY-keskuksen hankkeen ostopalvelurahalla ja sparrauksella.",
        "sv": "I Kotka har invånare hörts på sina egna språk i diskussionstillfällen som lokala organisationer ordnat. Datainsamlingen genomfördes med verktyget för goda relationer mellan befolkningsgrupper, med köptjänstmedel och sparrning från NTM-centralens projekt.",
        "en": "In Kotka, residents have been heard in their own languages in discussion sessions run by local NGOs. The data collection used the toolkit for good population relations and was funded as a purchased service and coached by the ELY Centre’s project."
      }
    },
    {
      "name": "Tornio",
      "nameSv": "Torneå",
      "region": "lappi",
      "phase": "continuation",
      "decisionEventHeld": true,
      "summary": {
        "fi": "Torniossa on kuultu asukkaita heidän omilla kielillään paikallisten järjestöjen järjestämissä keskustelutilaisuuksissa. Tiedonkeruu toteutettiin hyvien väestösuhteiden työkalulla ELY-keskuksen hankkeen ostopalvelurahalla ja sparrauksella.",
        "sv": "I Torneå har invånare hörts på sina egna språk i diskussionstillfällen som lokala organisationer ordnat. Datainsamlingen genomfördes med verktyget för goda relationer mellan befolkningsgrupper, med köptjänstmedel och sparrning från NTM-centralens projekt.",
        "en": "In Tornio, residents have been heard in their own languages in discussion sessions run by local NGOs. The data collection used the toolkit for good population relations and was funded as a purchased service and coached by the ELY Centre’s project."
      }
    },
    {
      "name": "Varkaus",
      "region": "pohjois-savo",
      "phase": "continuation",
      "decisionEventHeld": true,
      "summary": {
        "fi": "Varkaudessa on kuultu asukkaita heidän omilla kielillään paikallisten järjestöjen järjestämissä keskustelutilaisuuksissa. Tiedonkeruu toteutettiin hyvien väestösuhteiden työkalulla ELY-keskuksen hankkeen ostopalvelurahalla ja sparrauksella.",
        "sv": "I Varkaus har invånare hörts på sina egna språk i diskussionstillfällen som lokala organisationer ordnat. Datainsamlingen genomfördes med verktyget för goda relationer mellan befolkningsgrupper, med köptjänstmedel och sparrning från NTM-centralens projekt.",
        "en": "In Varkaus, residents have been heard in their own languages in discussion sessions run by local NGOs. The data collection used the toolkit for good population relations and was funded as a purchased service and coached by the ELY Centre’s project."
      }
    },
    {
      "name": "Joroinen",
      "nameSv": "Jorois",
      "region": "pohjois-savo",
      "phase": "continuation",
      "decisionEventHeld": true,
      "summary": {
        "fi": "Joroisissa on kuultu asukkaita heidän omilla kielillään paikallisten järjestöjen järjestämissä keskustelutilaisuuksissa. Tiedonkeruu toteutettiin hyvien väestösuhteiden työkalulla ELY-keskuksen hankkeen ostopalvelurahalla ja sparrauksella.",
        "sv": "I Jorois har invånare hörts på sina egna språk i diskussionstillfällen som lokala organisationer ordnat. Datainsamlingen genomfördes med verktyget för goda relationer mellan befolkningsgrupper, med köptjänstmedel och sparrning från NTM-centralens projekt.",
        "en": "In Joroinen, residents have been heard in their own languages in discussion sessions run by local NGOs. The data collection used the toolkit for good population relations and was funded as a purchased service and coached by the ELY Centre’s project."
      }
    },
    {
      "name": "Kokkola",
      "nameSv": "Karleby",
      "region": "keski-pohjanmaa",
      "phase": "continuation",
      "decisionEventHeld": true,
      "summary": {
        "fi": "Kokkolassa on kuultu asukkaita heidän omilla kielillään paikallisten järjestöjen järjestämissä keskustelutilaisuuksissa. Tiedonkeruu toteutettiin hyvien väestösuhteiden työkalulla ELY-keskuksen hankkeen ostopalvelurahalla ja sparrauksella.",
        "sv": "I Karleby har invånare hörts på sina egna språk i diskussionstillfällen som lokala organisationer ordnat. Datainsamlingen genomfördes med verktyget för goda relationer mellan befolkningsgrupper, med köptjänstmedel och sparrning från NTM-centralens projekt.",
        "en": "In Kokkola, residents have been heard in their own languages in discussion sessions run by local NGOs. The data collection used the toolkit for good population relations and was funded as a purchased service and coached by the ELY Centre’s project."
      }
    },
    {
      "name": "Korsnäs",
      "nameSv": "Korsnäs",
      "region": "pohjanmaa",
      "phase": "continuation",
      "decisionEventHeld": true,
      "summary": {
        "fi": "Korsnäsissä on kuultu asukkaita heidän omilla kielillään paikallisten järjestöjen järjestämissä keskustelutilaisuuksissa. Tiedonkeruu toteutettiin hyvien väestösuhteiden työkalulla ELY-keskuksen hankkeen ostopalvelurahalla ja sparrauksella.",
        "sv": "I Korsnäs har invånare hörts på sina egna språk i diskussionstillfällen som lokala organisationer ordnat. Datainsamlingen genomfördes med verktyget för goda relationer mellan befolkningsgrupper, med köptjänstmedel och sparrning från NTM-centralens projekt.",
        "en": "In Korsnäs, residents have been heard in their own languages in discussion sessions run by local NGOs. The data collection used the toolkit for good population relations and was funded as a purchased service and coached by the ELY Centre’s project."
      }
    },
    {
      "name": "Kristiinankaupunki",
      "nameSv": "Kristinestad",
      "region": "pohjanmaa",
      "phase": "continuation",
      "decisionEventHeld": true,
      "summary": {
        "fi": "Kristiinankaupungissa on kuultu asukkaita heidän omilla kielillään paikallisten järjestöjen järjestämissä keskustelutilaisuuksissa. Tiedonkeruu toteutettiin hyvien väestösuhteiden työkalulla ELY-keskuksen hankkeen ostopalvelurahalla ja sparrauksella.",
        "sv": "I Kristinestad har invånare hörts på sina egna språk i diskussionstillfällen som lokala organisationer ordnat. Datainsamlingen genomfördes med verktyget för goda relationer mellan befolkningsgrupper, med köptjänstmedel och sparrning från NTM-centralens projekt.",
        "en": "In Kristiinankaupunki, residents have been heard in their own languages in discussion sessions run by local NGOs. The data collection used the toolkit for good population relations and was funded as a purchased service and coached by the ELY Centre’s project."
      }
    },
    {
      "name": "Närpiö",
      "nameSv": "Närpes",
      "region": "pohjanmaa",
      "phase": "continuation",
      "decisionEventHeld": true,
      "summary": {
        "fi": "Närpiössä on kuultu asukkaita heidän omilla kielillään paikallisten järjestöjen järjestämissä keskustelutilaisuuksissa. Tiedonkeruu toteutettiin hyvien väestösuhteiden työkalulla ELY-keskuksen hankkeen ostopalvelurahalla ja sparrauksella.",
        "sv": "I Närpes har invånare hörts på sina egna språk i diskussionstillfällen som lokala organisationer ordnat. Datainsamlingen genomfördes med verktyget för goda relationer mellan befolkningsgrupper, med köptjänstmedel och sparrning från NTM-centralens projekt.",
        "en": "In Närpiö, residents have been heard in their own languages in discussion sessions run by local NGOs. The data collection used the toolkit for good population relations and was funded as a purchased service and coached by the ELY Centre’s project."
      }
    },
    {
      "name": "Kaskinen",
      "nameSv": "Kaskö",
      "region": "pohjanmaa",
      "phase": "continuation",
      "decisionEventHeld": true,
      "summary": {
        "fi": "Kaskisissa on kuultu asukkaita heidän omilla kielillään paikallisten järjestöjen järjestämissä keskustelutilaisuuksissa. Tiedonkeruu toteutettiin hyvien väestösuhteiden työkalulla ELY-keskuksen hankkeen ostopalvelurahalla ja sparrauksella.",
        "sv": "I Kaskö har invånare hörts på sina egna språk i diskussionstillfällen som lokala organisationer ordnat. Datainsamlingen genomfördes med verktyget för goda relationer mellan befolkningsgrupper, med köptjänstmedel och sparrning från NTM-centralens projekt.",
        "en": "In Kaskinen, residents have been heard in their own languages in discussion sessions run by local NGOs. The data collection used the toolkit for good population relations and was funded as a purchased service and coached by the ELY Centre’s project."
      }
    },
    {
      "name": "Maalahti",
      "nameSv": "Malax",
      "region": "pohjanmaa",
      "phase": "continuation",
      "decisionEventHeld": true,
      "summary": {
        "fi": "Maalahdella on kuultu asukkaita heidän omilla kielillään paikallisten järjestöjen järjestämissä keskustelutilaisuuksissa. Tiedonkeruu toteutettiin hyvien väestösuhteiden työkalulla ELY-keskuksen hankkeen ostopalvelurahalla ja sparrauksella.",
        "sv": "I Malax har invånare hörts på sina egna språk i diskussionstillfällen som lokala organisationer ordnat. Datainsamlingen genomfördes med verktyget för goda relationer mellan befolkningsgrupper, med köptjänstmedel och sparrning från NTM-centralens projekt.",
        "en": "In Maalahti, residents have been heard in their own languages in discussion sessions run by local NGOs. The data collection used the toolkit for good population relations and was funded as a purchased service and coached by the ELY Centre’s project."
      }
    },
    {
      "name": "Imatra",
      "region": "etela-karjala",
      "phase": "continuation",
      "decisionEventHeld": true,
      "summary": {
        "fi": "Imatralla on kuultu asukkaita heidän omilla kielillään paikallisten järjestöjen järjestämissä keskustelutilaisuuksissa. Tiedonkeruu toteutettiin hyvien väestösuhteiden työkalulla ELY-keskuksen hankkeen ostopalvelurahalla ja sparrauksella.",
        "sv": "I Imatra har invånare hörts på sina egna språk i diskussionstillfällen som lokala organisationer ordnat. Datainsamlingen genomfördes med verktyget för goda relationer mellan befolkningsgrupper, med köptjänstmedel och sparrning från NTM-centralens projekt.",
        "en": "In Imatra, residents have been heard in their own languages in discussion sessions run by local NGOs. The data collection used the toolkit for good population relations and was funded as a purchased service and coached by the ELY Centre’s project."
      }
    },
    {
      "name": "Vantaa",
      "nameSv": "Vanda",
      "region": "uusimaa",
      "phase": "continuation",
      "decisionEventHeld": true,
      "summary": {
        "fi": "Vantaalla on kuultu asukkaita heidän omilla kielillään paikallisten järjestöjen järjestämissä keskustelutilaisuuksissa. Tiedonkeruu toteutettiin hyvien väestösuhteiden työkalulla ELY-keskuksen hankkeen ostopalvelurahalla ja sparrauksella.",
        "sv": "I Vanda har invånare hörts på sina egna språk i diskussionstillfällen som lokala organisationer ordnat. Datainsamlingen genomfördes med verktyget för goda relationer mellan befolkningsgrupper, med köptjänstmedel och sparrning från NTM-centralens projekt.",
        "en": "In Vantaa, residents have been heard in their own languages in discussion sessions run by local NGOs. The data collection used the toolkit for good population relations and was funded as a purchased service and coached by the ELY Centre’s project."
      }
    }
  ]
}

export default data
