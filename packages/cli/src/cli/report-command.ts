import { byId, parsePeriod, type Lang } from '@sundhedsaftale/data';
import type { Command } from './command.js';
import { parseOptions } from './options.js';
import { readAgreement } from './read-source.js';
import { writePage } from './write-page.js';

const HELP: Record<Lang, string> = {
  da: `Brug: sundhedsaftale report <aftale.json|url|-> --period 2025-H1 [tilvalg] > rapport.html

Skriver den halvårlige afrapportering som én HTML-side, der kan printes (A4) eller gemmes som PDF, og
som kan læses helt uden JavaScript: aftalens hoved, en statusoversigt, hver indikator med seneste værdi,
ændring siden forrige måling og status siden første måling (basisåret) i ord, en tabel pr. indsatsområde,
nye værdier siden forrige afrapportering og udviklingsområderne. Kun værdier til og med perioden tælles.

  --period periode      afrapporteringsperioden, fx 2025-H1 (1. halvår), 2024-H2 eller 2024
  --area kode|all       kommunens kode, fx 751 for Aarhus; all giver hele regionen og et bilag pr. område
  --out fil.html        skriv til en fil i stedet for standard-output
  --lang da|en          sprog (standard: da)

Print siden fra browseren (Ctrl+P, "Gem som PDF"), eller åbn den og send den videre.
`,
  en: `Usage: sundhedsaftale report <agreement.json|url|-> --period 2025-H1 [options] > report.html

Writes the half-yearly follow-up report as one HTML page that prints (A4) or saves as PDF, readable with
no JavaScript at all: the agreement's header, a status summary, every indicator with its latest value,
the change since the previous value and the status since the first value (the baseline) in words, a table
per focus area, new values since the previous report and the indicators in development. Only values up
to and including the period count.

  --period period       the reporting period, e.g. 2025-H1 (first half), 2024-H2 or 2024
  --area code|all       the municipality's code, e.g. 751 for Aarhus; all gives the region and an annex per area
  --out file.html       write to a file instead of standard output
  --lang da|en          language (default: da)

Print the page from the browser (Ctrl+P, "Save as PDF"), or open it and pass it on.
`,
};

export const reportCommand: Command = {
  summary: {
    da: 'skriv den halvårlige afrapportering som en HTML-side til print',
    en: 'write the half-yearly follow-up report as a printable HTML page',
  },

  async run(args, io) {
    const parsed = parseOptions(args, [], ['period', 'area', 'out'], io);
    if (!parsed) return 2;
    const { lang, help, strings, positionals } = parsed;
    if (help) return (io.stdout(HELP[lang]), 0);
    const [file] = positionals;
    const misuse = (da: string, en: string) => (io.stderr(`${lang === 'en' ? en : da}\n`), 2);
    if (!file || positionals.length > 1) return (io.stderr(HELP[lang]), 2);
    const period = strings.period;
    if (!period)
      return misuse(
        '--period mangler: hvilken periode afrapporteres, fx --period 2025-H1?',
        '--period is missing: which period is reported, e.g. --period 2025-H1?',
      );
    if (!parsePeriod(period))
      return misuse(
        `--period "${period}" er ikke en periode: skriv fx 2025-H1, 2025-Q2, 2025-06 eller 2025`,
        `--period "${period}" is not a period: write e.g. 2025-H1, 2025-Q2, 2025-06 or 2025`,
      );

    const agreement = await readAgreement(file, lang, io);
    if (!agreement) return 1;
    const area = strings.area;
    const areas = agreement.areas ?? [];
    if (area && area !== 'all' && !byId(areas, area)) {
      const known = areas
        .slice(0, 3)
        .map((a) => a.id)
        .join(', ');
      return misuse(
        `--area ${area} findes ikke i aftalens områder (areas)${known ? `; fx ${known}, eller all` : ''}`,
        `--area ${area} is not one of the agreement's areas${known ? `; e.g. ${known}, or all` : ''}`,
      );
    }

    // Lit SSR and the elements load only for this command, so the others start fast.
    const { renderReport } = await import('../report/render-report.js');
    return writePage(
      () => renderReport(agreement, { period, area, lang }),
      file,
      strings.out,
      lang,
      io,
    );
  },
};
