/** The regions (maakunnat) of mainland Finland and Åland, by their Finnish names. */
export const regions = [
  { value: 'uusimaa', fi: 'Uusimaa', sv: 'Nyland', en: 'Uusimaa' },
  { value: 'varsinais-suomi', fi: 'Varsinais-Suomi', sv: 'Egentliga Finland', en: 'Southwest Finland' },
  { value: 'satakunta', fi: 'Satakunta', sv: 'Satakunta', en: 'Satakunta' },
  { value: 'kanta-hame', fi: 'Kanta-Häme', sv: 'Egentliga Tavastland', en: 'Tavastia Proper' },
  { value: 'pirkanmaa', fi: 'Pirkanmaa', sv: 'Birkaland', en: 'Pirkanmaa' },
  { value: 'paijat-hame', fi: 'Päijät-Häme', sv: 'Päijänne-Tavastland', en: 'Päijät-Häme' },
  { value: 'kymenlaakso', fi: 'Kymenlaakso', sv: 'Kymmenedalen', en: 'Kymenlaakso' },
  { value: 'etela-karjala', fi: 'Etelä-Karjala', sv: 'Södra Karelen', en: 'South Karelia' },
  { value: 'etela-savo', fi: 'Etelä-Savo', sv: 'Södra Savolax', en: 'South Savo' },
  { value: 'pohjois-savo', fi: 'Pohjois-Savo', sv: 'Norra Savolax', en: 'North Savo' },
  { value: 'pohjois-karjala', fi: 'Pohjois-Karjala', sv: 'Norra Karelen', en: 'North Karelia' },
  { value: 'keski-suomi', fi: 'Keski-Suomi', sv: 'Mellersta Finland', en: 'Central Finland' },
  { value: 'etela-pohjanmaa', fi: 'Etelä-Pohjanmaa', sv: 'Södra Österbotten', en: 'South Ostrobothnia' },
  { value: 'pohjanmaa', fi: 'Pohjanmaa', sv: 'Österbotten', en: 'Ostrobothnia' },
  { value: 'keski-pohjanmaa', fi: 'Keski-Pohjanmaa', sv: 'Mellersta Österbotten', en: 'Central Ostrobothnia' },
  { value: 'pohjois-pohjanmaa', fi: 'Pohjois-Pohjanmaa', sv: 'Norra Österbotten', en: 'North Ostrobothnia' },
  { value: 'kainuu', fi: 'Kainuu', sv: 'Kajanaland', en: 'Kainuu' },
  { value: 'lappi', fi: 'Lappi', sv: 'Lappland', en: 'Lapland' },
  { value: 'ahvenanmaa', fi: 'Ahvenanmaa', sv: 'Åland', en: 'Åland' },
] as const

export type RegionValue = (typeof regions)[number]['value']

export const regionOptions = regions.map((r) => ({ value: r.value, label: { en: r.en, sv: r.sv, fi: r.fi } }))
