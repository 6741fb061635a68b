import { randomUUID } from 'node:crypto'

import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

type ArrayRow = { event: string; project: string; card: string; group: string | null }

/**
 * The board's answers are stored once, in event-verdicts and event-placements (one record per event,
 * card and group). Rows the coordinator typed into an event's own `verdicts` and `grid.placements`
 * lists move into those collections unless the same group's answer for the card is already there (the
 * board's record wins; of two rows in a list, the later one). A placement typed without a group gets
 * the group "–". Answers already in the collections twice (a race of two saves) keep their latest
 * record, so that the new unique index can be made. `down` gives back the empty lists and leaves the
 * answers in the collections, where the code that reads them looks.
 */
async function moveRows(
  db: MigrateUpArgs['db'],
  collection: 'event_verdicts' | 'event_placements',
  rows: (ArrayRow & Record<string, unknown>)[],
  insert: (id: string, row: ArrayRow & Record<string, unknown>) => ReturnType<typeof sql>,
) {
  const latest = new Map<string, ArrayRow & Record<string, unknown>>()
  for (const row of rows) {
    if (!row.card) continue
    const group = (row.group ?? '').trim() || '–'
    latest.set(JSON.stringify([row.event, row.card, group]), { ...row, group })
  }
  for (const row of latest.values()) {
    const there = await db.all(
      sql`SELECT 1 FROM ${sql.identifier(collection)} WHERE \`event_id\` = ${row.event} AND \`card_id\` = ${row.card} AND \`group\` = ${row.group} LIMIT 1;`,
    )
    if (there.length === 0) await db.run(insert(randomUUID(), row))
  }
  await db.run(
    sql`DELETE FROM ${sql.identifier(collection)} WHERE rowid NOT IN (SELECT MAX(rowid) FROM ${sql.identifier(collection)} GROUP BY \`event_id\`, \`card_id\`, \`group\`);`,
  )
}

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  const verdicts = (await db.all(
    sql`SELECT v.\`_parent_id\` AS event, e.\`project_id\` AS project, v.\`card_id\` AS card, v.\`group\` AS \`group\`, v.\`verdict\` AS verdict, v.\`note\` AS note FROM \`decision_events_verdicts\` v JOIN \`decision_events\` e ON e.\`id\` = v.\`_parent_id\` ORDER BY v.\`_parent_id\`, v.\`_order\`;`,
  )) as (ArrayRow & { verdict: string; note: string | null })[]
  await moveRows(
    db,
    'event_verdicts',
    verdicts,
    (id, r) =>
      sql`INSERT INTO \`event_verdicts\` (\`id\`, \`event_id\`, \`project_id\`, \`card_id\`, \`group\`, \`verdict\`, \`note\`) VALUES (${id}, ${r.event}, ${r.project}, ${r.card}, ${r.group}, ${r.verdict as string}, ${(r.note as string | null) ?? null});`,
  )
  const placements = (await db.all(
    sql`SELECT p.\`_parent_id\` AS event, e.\`project_id\` AS project, p.\`card_id\` AS card, p.\`group\` AS \`group\`, p.\`x\` AS x, p.\`y\` AS y FROM \`decision_events_grid_placements\` p JOIN \`decision_events\` e ON e.\`id\` = p.\`_parent_id\` ORDER BY p.\`_parent_id\`, p.\`_order\`;`,
  )) as (ArrayRow & { x: number; y: number })[]
  await moveRows(
    db,
    'event_placements',
    placements,
    (id, r) =>
      sql`INSERT INTO \`event_placements\` (\`id\`, \`event_id\`, \`project_id\`, \`card_id\`, \`group\`, \`x\`, \`y\`) VALUES (${id}, ${r.event}, ${r.project}, ${r.card}, ${r.group}, ${r.x as number}, ${r.y as number});`,
  )
  await db.run(sql`DROP TABLE \`decision_events_verdicts\`;`)
  await db.run(sql`DROP TABLE \`decision_events_grid_placements\`;`)
  await db.run(
    sql`CREATE UNIQUE INDEX \`event_card_group_idx\` ON \`event_verdicts\` (\`event_id\`,\`card_id\`,\`group\`);`,
  )
  await db.run(
    sql`CREATE UNIQUE INDEX \`event_card_group_1_idx\` ON \`event_placements\` (\`event_id\`,\`card_id\`,\`group\`);`,
  )
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`CREATE TABLE \`decision_events_verdicts\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` text(36) NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`card_id\` text(36) NOT NULL,
  	\`group\` text NOT NULL,
  	\`verdict\` text NOT NULL,
  	\`note\` text,
  	FOREIGN KEY (\`card_id\`) REFERENCES \`experience_cards\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`decision_events\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`decision_events_verdicts_order_idx\` ON \`decision_events_verdicts\` (\`_order\`);`)
  await db.run(
    sql`CREATE INDEX \`decision_events_verdicts_parent_id_idx\` ON \`decision_events_verdicts\` (\`_parent_id\`);`,
  )
  await db.run(sql`CREATE INDEX \`decision_events_verdicts_card_idx\` ON \`decision_events_verdicts\` (\`card_id\`);`)
  await db.run(sql`CREATE TABLE \`decision_events_grid_placements\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` text(36) NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`card_id\` text(36) NOT NULL,
  	\`group\` text,
  	\`x\` numeric NOT NULL,
  	\`y\` numeric NOT NULL,
  	FOREIGN KEY (\`card_id\`) REFERENCES \`experience_cards\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`decision_events\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(
    sql`CREATE INDEX \`decision_events_grid_placements_order_idx\` ON \`decision_events_grid_placements\` (\`_order\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`decision_events_grid_placements_parent_id_idx\` ON \`decision_events_grid_placements\` (\`_parent_id\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`decision_events_grid_placements_card_idx\` ON \`decision_events_grid_placements\` (\`card_id\`);`,
  )
  await db.run(sql`DROP INDEX \`event_card_group_idx\`;`)
  await db.run(sql`DROP INDEX \`event_card_group_1_idx\`;`)
}
