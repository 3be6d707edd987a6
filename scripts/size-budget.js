// Size budget of the self-contained bundle: fails (exit 1) when packages/embed/dist/sundhedsaftale.js is
// larger than the budget, min+gzip (gzip level 9), and prints the figure either way. Run after the build.
//
//   node scripts/size-budget.js            budget 32 KB (32 × 1024 bytes), the project's quality bar (all five elements, d3 inlined)
//   node scripts/size-budget.js 20         another budget in KB (e.g. to check that the check can fail)
//   SIZE_BUDGET_KB=20 node scripts/size-budget.js
import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';

const file = new URL('../packages/embed/dist/sundhedsaftale.js', import.meta.url);
const budgetKb = Number(process.argv[2] ?? process.env.SIZE_BUDGET_KB ?? 32);
if (!Number.isFinite(budgetKb) || budgetKb <= 0) {
  console.error(
    `size-budget: not a budget in KB: ${process.argv[2] ?? process.env.SIZE_BUDGET_KB}`,
  );
  process.exit(2);
}

let code;
try {
  code = readFileSync(file);
} catch {
  console.error(
    'size-budget: packages/embed/dist/sundhedsaftale.js not found; run `npm run build` first',
  );
  process.exit(1);
}
const gzip = gzipSync(code, { level: 9 }).length;
const budget = Math.round(budgetKb * 1024);
const kb = (n) => `${(n / 1024).toFixed(1)} KB`;
const line = `sundhedsaftale.js: ${kb(code.length)} min, ${kb(gzip)} min+gzip (${gzip} bytes); budget ${kb(budget)} (${budget} bytes)`;
if (gzip > budget) {
  console.error(`size-budget: FAIL ${line}: ${gzip - budget} bytes over`);
  process.exit(1);
}
console.log(`size-budget: ok ${line}: ${budget - gzip} bytes to spare`);
