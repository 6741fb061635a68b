// Reference content, kept as a module so the seed and the bench import it typed.
const data = {
  "_comment": "Every language residents have been heard in (source page: at least 15, listed as ru uk ar sw so et en fi prs fa ti rw rn th es bs sv vi), plus Northern Sami, which the material library is published in but no session has used yet. materialLanguage marks the ten languages of the library.",
  "languages": [
    {
      "code": "fi",
      "name": {
        "fi": "suomi",
        "sv": "finska",
        "en": "Finnish"
      },
      "nativeName": "suomi",
      "direction": "ltr",
      "materialLanguage": true,
      "usedInDataCollection": true,
      "order": 1
    },
    {
      "code": "sv",
      "name": {
        "fi": "ruotsi",
        "sv": "svenska",
        "en": "Swedish"
      },
      "nativeName": "svenska",
      "direction": "ltr",
      "materialLanguage": false,
      "usedInDataCollection": true,
      "order": 2
    },
    {
      "code": "en",
      "name": {
        "fi": "englanti",
        "sv": "engelska",
        "en": "English"
      },
      "nativeName": "English",
      "direction": "ltr",
      "materialLanguage": true,
      "usedInDataCollection": true,
      "order": 3
    },
    {
      "code": "ar",
      "name": {
        "fi": "arabia",
        "sv": "arabiska",
        "en": "Arabic"
      },
      "nativeName": "العربية",
      "direction": "rtl",
      "materialLanguage": true,
      "usedInDataCollection": true,
      "order": 4
    },
    {
      "code": "se",
      "name": {
        "fi": "pohjoissaame",
        "sv": "nordsamiska",
        "en": "Northern Sami"
      },
      "nativeName": "davvisámegiella",
      "direction": "ltr",
      "materialLanguage": true,
      "usedInDataCollection": false,
      "order": 5
    },
    {
      "code": "so",
      "name": {
        "fi": "somali",
        "sv": "somaliska",
        "en": "Somali"
      },
      "nativeName": "Soomaali",
      "direction": "ltr",
      "materialLanguage": true,
      "usedInDataCollection": true,
      "order": 6
    },
    {
      "code": "sw",
      "name": {
        "fi": "swahili",
        "sv": "swahili",
        "en": "Swahili"
      },
      "nativeName": "Kiswahili",
      "direction": "ltr",
      "materialLanguage": true,
      "usedInDataCollection": true,
      "order": 7
    },
    {
      "code": "uk",
      "name": {
        "fi": "ukraina",
        "sv": "ukrainska",
        "en": "Ukrainian"
      },
      "nativeName": "українська",
      "direction": "ltr",
      "materialLanguage": true,
      "usedInDataCollection": true,
      "order": 8
    },
    {
      "code": "ru",
      "name": {
        "fi": "venäjä",
        "sv": "ryska",
        "en": "Russian"
      },
      "nativeName": "русский",
      "direction": "ltr",
      "materialLanguage": true,
      "usedInDataCollection": true,
      "order": 9
    },
    {
      "code": "vi",
      "name": {
        "fi": "vietnam",
        "sv": "vietnamesiska",
        "en": "Vietnamese"
      },
      "nativeName": "Tiếng Việt",
      "direction": "ltr",
      "materialLanguage": true,
      "usedInDataCollection": true,
      "order": 10
    },
    {
      "code": "et",
      "name": {
        "fi": "viro",
        "sv": "estniska",
        "en": "Estonian"
      },
      "nativeName": "eesti",
      "direction": "ltr",
      "materialLanguage": true,
      "usedInDataCollection": true,
      "order": 11
    },
    {
      "code": "prs",
      "name": {
        "fi": "dari",
        "sv": "dari",
        "en": "Dari"
      },
      "nativeName": "دری",
      "direction": "rtl",
      "materialLanguage": false,
      "usedInDataCollection": true,
      "order": 12
    },
    {
      "code": "fa",
      "name": {
        "fi": "farsi",
        "sv": "persiska (farsi)",
        "en": "Persian (Farsi)"
      },
      "nativeName": "فارسی",
      "direction": "rtl",
      "materialLanguage": false,
      "usedInDataCollection": true,
      "order": 13
    },
    {
      "code": "ti",
      "name": {
        "fi": "tigrinya",
        "sv": "tigrinja",
        "en": "Tigrinya"
      },
      "nativeName": "ትግርኛ",
      "direction": "ltr",
      "materialLanguage": false,
      "usedInDataCollection": true,
      "order": 14
    },
    {
      "code": "rw",
      "name": {
        "fi": "kinyarwanda",
        "sv": "kinyarwanda",
        "en": "Kinyarwanda"
      },
      "nativeName": "Ikinyarwanda",
      "direction": "ltr",
      "materialLanguage": false,
      "usedInDataCollection": true,
      "order": 15
    },
    {
      "code": "rn",
      "name": {
        "fi": "kirundi",
        "sv": "kirundi",
        "en": "Kirundi"
      },
      "nativeName": "Ikirundi",
      "direction": "ltr",
      "materialLanguage": false,
      "usedInDataCollection": true,
      "order": 16
    },
    {
      "code": "th",
      "name": {
        "fi": "thai",
        "sv": "thailändska",
        "en": "Thai"
      },
      "nativeName": "ไทย",
      "direction": "ltr",
      "materialLanguage": false,
      "usedInDataCollection": true,
      "order": 17
    },
    {
      "code": "es",
      "name": {
        "fi": "espanja",
        "sv": "spanska",
        "en": "Spanish"
      },
      "nativeName": "español",
      "direction": "ltr",
      "materialLanguage": false,
      "usedInDataCollection": true,
      "order": 18
    },
    {
      "code": "bs",
      "name": {
        "fi": "bosnia",
        "sv": "bosniska",
        "en": "Bosnian"
      },
      "nativeName": "bosanski",
      "direction": "ltr",
      "materialLanguage": false,
      "usedInDataCollection": true,
      "order": 19
    }
  ]
}

export default data
