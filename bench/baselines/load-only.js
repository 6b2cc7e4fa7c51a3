// The natural baseline of perf-audit: one process that merely loads every .xlsx of a folder with
// ExcelJS (read the file, unzip, parse), one after another, and does nothing else with it.
'use strict';

const fs = require('fs');
const path = require('path');
const ExcelJS = require('exceljs');

async function main(dir) {
  const files = fs.readdirSync(dir).filter((f) => f.endsWith('.xlsx')).sort();
  let sheets = 0;
  for (const file of files) {
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(fs.readFileSync(path.join(dir, file)));
    sheets += workbook.worksheets.length;
  }
  process.stdout.write(`${JSON.stringify({ files: files.length, sheets })}\n`);
}

main(process.argv[2]).catch((error) => {
  process.stderr.write(`load-only: ${error && error.stack ? error.stack : error}\n`);
  process.exitCode = 2;
});
