/**
 * The toolkit's content, kept by the editors: languages, themes, discussion
 * questions, materials, files, media, pages, municipalities and organisations —
 * create, read, update, delete, drafts and versions, translations, and the
 * checks an editor runs into, with the messages they see.
 */
import { describe, expect, test } from '@jest/globals'

import { countAll, outcome, pdfFile, pngFile, refusal } from '../../helpers/fixtures'
import { worldForThisFile } from '../../helpers/worldForThisFile'

const w = worldForThisFile('error')

describe('languages', () => {
  test('an editor adds, renames and removes a language', async () => {
    const created = await w.payload.create({
      collection: 'languages',
      data: { code: 'prs', name: 'dari', nativeName: 'دری', direction: 'rtl' } as never,
      ...w.as('editor'),
    })
    expect(created.usedInDataCollection).toBe(true)
    expect(created.materialLanguage).toBe(false)
    await w.payload.update({
      collection: 'languages',
      id: created.id,
      locale: 'sv',
      data: { name: 'dari (sv)' },
      ...w.as('editor'),
    })
    const inSwedish = await w.payload.findByID({
      collection: 'languages',
      id: created.id,
      locale: 'sv',
      ...w.as('anonymous'),
    })
    const inFinnish = await w.payload.findByID({
      collection: 'languages',
      id: created.id,
      locale: 'fi',
      ...w.as('anonymous'),
    })
    expect([inSwedish.name, inFinnish.name]).toEqual(['dari (sv)', 'dari'])
    await w.payload.delete({ collection: 'languages', id: created.id, ...w.as('editor') })
    expect(await countAll(w.payload, 'languages', { code: { equals: 'prs' } })).toBe(0)
  })

  test.each(['Finnish', 'FI', 'f', 'fi_FI'])('the code %p is not a language tag', async (code) => {
    const messages = await refusal(
      w.payload.create({
        collection: 'languages',
        data: { code, name: 'x', nativeName: 'x' } as never,
        ...w.as('editor'),
      }),
    )
    expect(messages).toContain('Käytä BCP 47 -kielitunnusta, esimerkiksi ”fi”, ”ar” tai ”prs”.')
  })

  test.each(['sr-Latn', 'pt-BR', 'es-419'])('the code %p is accepted', async (code) => {
    const created = await w.payload.create({
      collection: 'languages',
      data: { code, name: code, nativeName: code } as never,
      ...w.as('editor'),
    })
    expect(created.code).toBe(code)
    await w.payload.delete({ collection: 'languages', id: created.id, overrideAccess: true })
  })

  test('a language is added once', async () => {
    const result = await outcome(
      w.payload.create({
        collection: 'languages',
        data: { code: 'fi', name: 'suomi', nativeName: 'suomi' } as never,
        ...w.as('editor'),
      }),
    )
    expect(result).toMatchObject({ ok: false, kind: 'invalid' })
    expect(await countAll(w.payload, 'languages', { code: { equals: 'fi' } })).toBe(1)
  })
})

describe('themes', () => {
  test('an editor adds a theme with its colour, translates and removes it', async () => {
    const created = await w.payload.create({
      collection: 'themes',
      data: { key: 'interaction', name: 'Vuorovaikutus', colour: '#1B7F5A', order: 4 } as never,
      ...w.as('editor'),
    })
    await w.payload.update({
      collection: 'themes',
      id: created.id,
      locale: 'en',
      data: { name: 'Interaction' },
      ...w.as('editor'),
    })
    expect((await w.payload.findByID({ collection: 'themes', id: created.id, locale: 'en' })).name).toBe('Interaction')
    await w.payload.delete({ collection: 'themes', id: created.id, ...w.as('editor') })
  })

  test.each(['blue', '#12345', '#GGGGGG'])('the colour %p is refused', async (colour) => {
    const messages = await refusal(
      w.payload.update({ collection: 'themes', id: w.themes.safety, data: { colour }, ...w.as('editor') }),
    )
    expect(messages).toContain('Anna väri muodossa #RRGGBB, esimerkiksi #2A6EBB.')
  })

  test('each of the four themes exists once', async () => {
    const result = await outcome(
      w.payload.create({
        collection: 'themes',
        data: { key: 'safety', name: 'Turvallisuus taas', order: 5 } as never,
        ...w.as('editor'),
      }),
    )
    expect(result).toMatchObject({ ok: false, kind: 'invalid' })
    const other = await outcome(
      w.payload.create({
        collection: 'themes',
        data: { key: 'weather', name: 'Sää', order: 5 } as never,
        ...w.as('editor'),
      }),
    )
    expect(other).toMatchObject({ ok: false, kind: 'invalid' })
  })
})

describe('discussion questions', () => {
  test('an editor writes a question in Finnish and translates it, with a status per language', async () => {
    const created = await w.payload.create({
      collection: 'discussion-questions',
      data: {
        theme: w.themes.safety,
        order: 2,
        text: 'Missä tunnet olosi turvalliseksi?',
        translationStatus: 'reviewed',
      } as never,
      ...w.as('editor'),
    })
    await w.payload.update({
      collection: 'discussion-questions',
      id: created.id,
      locale: 'ar',
      data: { text: 'أين تشعر بالأمان؟', translationStatus: 'draft' },
      ...w.as('editor'),
    })
    const ar = await w.payload.findByID({
      collection: 'discussion-questions',
      id: created.id,
      locale: 'ar',
      ...w.as('anonymous'),
    })
    const fi = await w.payload.findByID({
      collection: 'discussion-questions',
      id: created.id,
      locale: 'fi',
      ...w.as('anonymous'),
    })
    expect([ar.text, ar.translationStatus]).toEqual(['أين تشعر بالأمان؟', 'draft'])
    expect([fi.text, fi.translationStatus]).toEqual(['Missä tunnet olosi turvalliseksi?', 'reviewed'])
    const found = await w.payload.find({
      collection: 'discussion-questions',
      where: { theme: { equals: w.themes.safety } },
      ...w.as('anonymous'),
    })
    expect(found.docs.map((d) => d.id)).toEqual([created.id])
    await w.payload.delete({ collection: 'discussion-questions', id: created.id, ...w.as('editor') })
  })

  test('a question needs its theme and text', async () => {
    const result = await outcome(
      w.payload.create({ collection: 'discussion-questions', data: { order: 1 } as never, ...w.as('editor') }),
    )
    expect(result).toMatchObject({ ok: false, kind: 'invalid' })
  })
})

describe('materials', () => {
  test('duplicate language versions on a material are refused', async () => {
    const before = await countAll(w.payload, 'materials')
    const messages = await refusal(
      w.payload.create({
        collection: 'materials',
        data: {
          title: 'Kutsukirje',
          kind: 'invitation-pack',
          versions: [
            { language: 'fi', translationStatus: 'reviewed' },
            { language: 'ar', translationStatus: 'draft' },
            { language: 'fi', translationStatus: 'draft' },
          ],
          _status: 'published',
        } as never,
        ...w.as('editor'),
      }),
    )
    expect(messages).toContain('Kielellä ”fi” on jo versio. Jokaisella kielellä voi olla vain yksi tiedosto.')
    expect(await countAll(w.payload, 'materials')).toBe(before)
    const onUpdate = await refusal(
      w.payload.update({
        collection: 'materials',
        id: w.materials.published,
        data: {
          versions: [
            { language: 'fi', translationStatus: 'reviewed', file: w.files.guide },
            { language: 'fi', translationStatus: 'missing' },
          ],
        },
        ...w.as('editor'),
      }),
    )
    expect(onUpdate).toContain('Kielellä ”fi” on jo versio. Jokaisella kielellä voi olla vain yksi tiedosto.')
  })

  test('a draft material is invisible to the public and visible to an editor until it is published', async () => {
    const draft = await w.payload.create({
      collection: 'materials',
      data: {
        title: 'Tulosesitys',
        kind: 'results-presentation',
        part: 'event',
        versions: [{ language: 'fi', file: w.files.guide }],
        _status: 'draft',
      } as never,
      draft: true,
      ...w.as('editor'),
    })
    expect(draft.slug).toBe('tulosesitys')
    expect(
      await outcome(w.payload.findByID({ collection: 'materials', id: draft.id, ...w.as('anonymous') })),
    ).toMatchObject({ ok: false })
    expect(
      (await w.payload.find({ collection: 'materials', ...w.as('coordinatorA') })).docs.map((d) => d.id),
    ).not.toContain(draft.id)
    expect(
      (await w.payload.findByID({ collection: 'materials', id: draft.id, draft: true, ...w.as('editor') })).title,
    ).toBe('Tulosesitys')

    await w.payload.update({ collection: 'materials', id: draft.id, data: { _status: 'published' }, ...w.as('editor') })
    const seen = await w.payload.findByID({ collection: 'materials', id: draft.id, depth: 1, ...w.as('anonymous') })
    expect(seen.title).toBe('Tulosesitys')
    expect(typeof seen.versions?.[0]?.file === 'object' && seen.versions[0].file?.mimeType).toBe('application/pdf')
    await w.payload.delete({ collection: 'materials', id: draft.id, ...w.as('editor') })
  })

  test('versions are kept: a published material and its newer draft', async () => {
    const id = w.materials.published
    const versionsOf = async () =>
      (
        await w.payload.findVersions({
          collection: 'materials',
          where: { parent: { equals: id } },
          limit: 100,
          ...w.as('editor'),
        })
      ).totalDocs
    const before = await versionsOf()
    await w.payload.update({
      collection: 'materials',
      id,
      draft: true,
      data: { description: 'Uusi kuvaus, ei vielä julkaistu', _status: 'draft' },
      ...w.as('editor'),
    })
    expect(await versionsOf()).toBe(before + 1)
    const publicView = await w.payload.findByID({ collection: 'materials', id, ...w.as('anonymous') })
    expect(publicView.description ?? null).toBeNull()
    const editorView = await w.payload.findByID({ collection: 'materials', id, draft: true, ...w.as('editor') })
    expect(editorView.description).toBe('Uusi kuvaus, ei vielä julkaistu')
  })

  test('a material needs a title and a kind', async () => {
    const result = await outcome(
      w.payload.create({ collection: 'materials', data: { _status: 'published' } as never, ...w.as('editor') }),
    )
    expect(result).toMatchObject({ ok: false, kind: 'invalid' })
  })
})

describe('files and media', () => {
  test('an editor uploads, renames and deletes a document', async () => {
    const created = await w.payload.create({
      collection: 'files',
      data: { title: 'Ohjeet', language: 'sv' } as never,
      file: pdfFile('anvisningar.pdf'),
      ...w.as('editor'),
    })
    expect(created.mimeType).toBe('application/pdf')
    expect(created.filename).toBe('anvisningar.pdf')
    const renamed = await w.payload.update({
      collection: 'files',
      id: created.id,
      data: { title: 'Anvisningar' },
      ...w.as('editor'),
    })
    expect(renamed.title).toBe('Anvisningar')
    expect((await w.payload.findByID({ collection: 'files', id: created.id, ...w.as('anonymous') })).filename).toBe(
      'anvisningar.pdf',
    )
    await w.payload.delete({ collection: 'files', id: created.id, ...w.as('editor') })
  })

  test('only documents are accepted as files', async () => {
    const before = await countAll(w.payload, 'files')
    const text = Buffer.from('just some notes\n')
    const result = await outcome(
      w.payload.create({
        collection: 'files',
        data: { title: 'Muistiinpanot' } as never,
        file: { data: text, name: 'muistiinpanot.txt', mimetype: 'text/plain', size: text.length },
        ...w.as('editor'),
      }),
    )
    expect(result).toMatchObject({ ok: false, kind: 'invalid' })
    expect(await countAll(w.payload, 'files')).toBe(before)
  })

  test('an image needs its alternative text', async () => {
    const messages = await outcome(
      w.payload.create({ collection: 'media', data: {} as never, file: pngFile(), ...w.as('editor') }),
    )
    expect(messages).toMatchObject({ ok: false, kind: 'invalid' })
    const created = await w.payload.create({
      collection: 'media',
      data: { alt: 'Kartta' } as never,
      file: pngFile('kartta.png'),
      ...w.as('editor'),
    })
    expect(created.mimeType).toBe('image/png')
    await w.payload.delete({ collection: 'media', id: created.id, ...w.as('editor') })
  })

  test('an SVG with a script is refused', async () => {
    const svg = Buffer.from('<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>')
    const result = await outcome(
      w.payload.create({
        collection: 'media',
        data: { alt: 'Haitallinen' } as never,
        file: { data: svg, name: 'haitallinen.svg', mimetype: 'image/svg+xml', size: svg.length },
        ...w.as('editor'),
      }),
    )
    expect(result).toMatchObject({ ok: false, kind: 'invalid' })
  })
})

describe('pages', () => {
  test('a draft page is invisible to the public and visible to an editor; publishing shows it', async () => {
    const draft = await w.payload.create({
      collection: 'pages',
      data: { title: 'Miten aloittaa?', kind: 'how-to-start', summary: 'Kolme askelta.', _status: 'draft' } as never,
      draft: true,
      ...w.as('editor'),
    })
    expect(draft.slug).toBe('miten-aloittaa')
    const publicList = await w.payload.find({
      collection: 'pages',
      where: { slug: { equals: 'miten-aloittaa' } },
      ...w.as('anonymous'),
    })
    expect(publicList.docs).toEqual([])
    expect(
      (await w.payload.findByID({ collection: 'pages', id: draft.id, draft: true, ...w.as('editor') })).summary,
    ).toBe('Kolme askelta.')

    await w.payload.update({ collection: 'pages', id: draft.id, data: { _status: 'published' }, ...w.as('editor') })
    const published = await w.payload.find({
      collection: 'pages',
      where: { slug: { equals: 'miten-aloittaa' } },
      ...w.as('anonymous'),
    })
    expect(published.docs.map((d) => d.title)).toEqual(['Miten aloittaa?'])

    const versions = await w.payload.findVersions({
      collection: 'pages',
      where: { parent: { equals: draft.id } },
      ...w.as('editor'),
    })
    expect(versions.totalDocs).toBeGreaterThanOrEqual(2)
    await w.payload.delete({ collection: 'pages', id: draft.id, ...w.as('editor') })
  })

  test('an editor can go back to an earlier version of a page', async () => {
    const id = w.pages.published
    await w.payload.update({ collection: 'pages', id, data: { summary: 'Ensimmäinen' }, ...w.as('editor') })
    await w.payload.update({ collection: 'pages', id, data: { summary: 'Toinen' }, ...w.as('editor') })
    const { docs } = await w.payload.findVersions({
      collection: 'pages',
      where: { parent: { equals: id } },
      sort: '-updatedAt',
      limit: 100,
      ...w.as('editor'),
    })
    const first = docs.find((d) => d.version.summary === 'Ensimmäinen')
    expect(first).toBeDefined()
    await w.payload.restoreVersion({ collection: 'pages', id: String(first!.id), ...w.as('editor') })
    expect((await w.payload.findByID({ collection: 'pages', id, draft: true })).summary).toBe('Ensimmäinen')
  })

  test('two pages cannot share an address, and an address is lowercase letters, digits and hyphens', async () => {
    const dup = await outcome(
      w.payload.create({
        collection: 'pages',
        data: { title: 'Työkalupakki', _status: 'published' } as never,
        ...w.as('editor'),
      }),
    )
    expect(dup).toMatchObject({ ok: false, kind: 'invalid' })
    const bad = await refusal(
      w.payload.create({
        collection: 'pages',
        data: { title: 'Kelvoton osoite', slug: '!!!', _status: 'published' } as never,
        ...w.as('editor'),
      }),
    )
    expect(bad).toContain('Osoitteessa voi olla vain pieniä kirjaimia a–z, numeroita ja yksittäisiä väliviivoja.')
    const tidied = await w.payload.create({
      collection: 'pages',
      data: {
        title: 'Saavutettavuus',
        slug: 'Saavutettavuus Seloste',
        kind: 'accessibility',
        _status: 'published',
      } as never,
      ...w.as('editor'),
    })
    expect(tidied.slug).toBe('saavutettavuus-seloste')
    await w.payload.delete({ collection: 'pages', id: tidied.id, overrideAccess: true })
  })
})

describe('municipalities', () => {
  test('an editor adds a municipality with its Swedish name, summary and languages', async () => {
    const created = await w.payload.create({
      collection: 'municipalities',
      data: {
        name: 'Närpiö',
        nameSv: 'Närpes',
        region: 'pohjanmaa',
        phase: 'continuation',
        decisionEventHeld: true,
        languagesUsed: [w.languages.ar, w.languages.fi],
        summary: 'Keskusteluja kuudella kielellä.',
      } as never,
      depth: 0,
      ...w.as('editor'),
    })
    expect(created.slug).toBe('narpio')
    await w.payload.update({
      collection: 'municipalities',
      id: created.id,
      locale: 'sv',
      data: { summary: 'Samtal på sex språk.' },
      ...w.as('editor'),
    })
    const sv = await w.payload.findByID({
      collection: 'municipalities',
      id: created.id,
      locale: 'sv',
      depth: 0,
      ...w.as('anonymous'),
    })
    expect([sv.summary, sv.languagesUsed]).toEqual(['Samtal på sex språk.', [w.languages.ar, w.languages.fi]])
    await w.payload.delete({ collection: 'municipalities', id: created.id, ...w.as('editor') })
  })

  test('a municipality is listed once and in a real region', async () => {
    expect(
      await outcome(
        w.payload.create({
          collection: 'municipalities',
          data: { name: 'Aaltola', region: 'uusimaa' } as never,
          ...w.as('editor'),
        }),
      ),
    ).toMatchObject({
      ok: false,
      kind: 'invalid',
    })
    expect(
      await outcome(
        w.payload.create({
          collection: 'municipalities',
          data: { name: 'Atlantis', region: 'atlantis' } as never,
          ...w.as('editor'),
        }),
      ),
    ).toMatchObject({
      ok: false,
      kind: 'invalid',
    })
    expect(await countAll(w.payload, 'municipalities')).toBe(2)
  })
})

describe('organizations', () => {
  test('a coordinator adds an NGO, an editor corrects it, an admin removes it', async () => {
    const created = await w.payload.create({
      collection: 'organizations',
      data: {
        name: 'Aaltolan nuoret ry',
        type: 'ngo',
        municipality: w.municipalities.A,
        website: 'https://nuoret.example',
      } as never,
      ...w.as('coordinatorA'),
    })
    const fixed = await w.payload.update({
      collection: 'organizations',
      id: created.id,
      data: { name: 'Aaltolan Nuoret ry' },
      ...w.as('editor'),
    })
    expect(fixed.name).toBe('Aaltolan Nuoret ry')
    expect((await w.payload.findByID({ collection: 'organizations', id: created.id, ...w.as('anonymous') })).name).toBe(
      'Aaltolan Nuoret ry',
    )
    await w.payload.delete({ collection: 'organizations', id: created.id, ...w.as('admin') })
  })

  test.each(['nuoret.example', 'javascript:alert(1)', 'ftp://nuoret.example'])(
    'the website %p is refused',
    async (website) => {
      const messages = await refusal(
        w.payload.update({
          collection: 'organizations',
          id: w.organizations.partnerNgo,
          data: { website },
          ...w.as('editor'),
        }),
      )
      expect(messages).toContain('Anna verkko-osoite, joka alkaa https://.')
    },
  )
})

describe('deleting what other records still need', () => {
  test.each([
    ['a municipality with a project', 'municipalities', () => w.municipalities.A, '1 hanke'],
    ['a language sessions were held in', 'languages', () => w.languages.ar, '1 keskustelutilaisuus'],
    [
      'a theme with questions and cards',
      'themes',
      () => w.themes.participation,
      '1 keskustelukysymys ja 1 kokemuskortti',
    ],
    ['a question a report answers', 'discussion-questions', () => w.questions.participation, '1 kirjurin raportti'],
  ] as const)('an editor cannot delete %s', async (_what, collection, id, uses) => {
    const messages = await refusal(w.payload.delete({ collection, id: id(), ...w.as('editor') }))
    expect(messages).toEqual([`Tätä ei voi poistaa, koska siihen liittyy vielä ${uses}. Poista tai muuta ne ensin.`])
    expect(await countAll(w.payload, collection, { id: { equals: id() } })).toBe(1)
  })
})
