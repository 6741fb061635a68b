import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`PRAGMA foreign_keys=OFF;`)
  await db.run(sql`CREATE TABLE \`__new_decision_events_locales\` (
  	\`grid_x_axis_low\` text,
  	\`grid_x_axis_high\` text,
  	\`grid_y_axis_low\` text,
  	\`grid_y_axis_high\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` text(36) NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`decision_events\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(
    sql`INSERT INTO \`__new_decision_events_locales\`("grid_x_axis_low", "grid_x_axis_high", "grid_y_axis_low", "grid_y_axis_high", "id", "_locale", "_parent_id") SELECT "grid_x_axis_low", "grid_x_axis_high", "grid_y_axis_low", "grid_y_axis_high", "id", "_locale", "_parent_id" FROM \`decision_events_locales\`;`,
  )
  await db.run(sql`DROP TABLE \`decision_events_locales\`;`)
  await db.run(sql`ALTER TABLE \`__new_decision_events_locales\` RENAME TO \`decision_events_locales\`;`)
  await db.run(sql`PRAGMA foreign_keys=ON;`)
  await db.run(
    sql`CREATE UNIQUE INDEX \`decision_events_locales_locale_parent_id_unique\` ON \`decision_events_locales\` (\`_locale\`,\`_parent_id\`);`,
  )
  // The English words the admin used to pre-fill in every language were nobody's choice: outside
  // English they are cleared, so each language shows its own standard axis words.
  for (const [column, prefilled] of [
    ['grid_x_axis_low', 'Easy to change'],
    ['grid_x_axis_high', 'Hard to change'],
    ['grid_y_axis_low', 'Small impact'],
    ['grid_y_axis_high', 'Large impact'],
  ]) {
    await db.run(
      sql`UPDATE \`decision_events_locales\` SET ${sql.identifier(column)} = NULL WHERE ${sql.identifier(column)} = ${prefilled} AND \`_locale\` <> 'en';`,
    )
  }
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`PRAGMA foreign_keys=OFF;`)
  await db.run(sql`CREATE TABLE \`__new_decision_events_locales\` (
  	\`grid_x_axis_low\` text DEFAULT 'Easy to change',
  	\`grid_x_axis_high\` text DEFAULT 'Hard to change',
  	\`grid_y_axis_low\` text DEFAULT 'Small impact',
  	\`grid_y_axis_high\` text DEFAULT 'Large impact',
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` text(36) NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`decision_events\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(
    sql`INSERT INTO \`__new_decision_events_locales\`("grid_x_axis_low", "grid_x_axis_high", "grid_y_axis_low", "grid_y_axis_high", "id", "_locale", "_parent_id") SELECT "grid_x_axis_low", "grid_x_axis_high", "grid_y_axis_low", "grid_y_axis_high", "id", "_locale", "_parent_id" FROM \`decision_events_locales\`;`,
  )
  await db.run(sql`DROP TABLE \`decision_events_locales\`;`)
  await db.run(sql`ALTER TABLE \`__new_decision_events_locales\` RENAME TO \`decision_events_locales\`;`)
  await db.run(sql`PRAGMA foreign_keys=ON;`)
  await db.run(
    sql`CREATE UNIQUE INDEX \`decision_events_locales_locale_parent_id_unique\` ON \`decision_events_locales\` (\`_locale\`,\`_parent_id\`);`,
  )
}
