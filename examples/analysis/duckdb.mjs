#!/usr/bin/env node
// SQL over the long table of `pokin export`, with DuckDB (@duckdb/node-api, a devDependency of the
// repository; elsewhere `npm install @duckdb/node-api`).
//
//   node examples/analysis/duckdb.mjs [indicators.csv]
//
// The file defaults to out/analysis/indicators.csv, written by indicators.mjs. Prints two
// queries: indicators per agency and year, and the indicators without any target.
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { DuckDBInstance } from '@duckdb/node-api';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const csv = process.argv[2] ?? join(ROOT, 'out/analysis/indicators.csv');

const db = await DuckDBInstance.create(':memory:');
const sql = await db.connect();
// Every column as text first: a target may be a range such as "9,27-9,09".
await sql.run(`CREATE TABLE ik AS SELECT * FROM read_csv($file, header = true, all_varchar = true)`, { file: csv });

const perAgencyYear = await sql.runAndReadAll(`
  SELECT coalesce(agency, file) AS agency, year, count(*) AS indicators,
         count(target) AS with_target, count(realisation) AS with_realisation
  FROM ik GROUP BY ALL ORDER BY agency, year NULLS FIRST`);
const withoutTarget = await sql.runAndReadAll(`
  SELECT coalesce(agency, file) AS agency, result_id, indicator_statement
  FROM ik GROUP BY ALL HAVING count(target) = 0 ORDER BY agency, result_id`);

const plain = (rows) => rows.map((r) => Object.fromEntries(Object.entries(r).map(([k, v]) => [k, typeof v === 'bigint' ? Number(v) : v])));
console.log('Indicators per agency and year');
console.table(plain(perAgencyYear.getRowObjects()));
console.log(`Indicators without any target: ${withoutTarget.currentRowCount}`);
console.table(plain(withoutTarget.getRowObjects()).slice(0, 10));
sql.closeSync();
