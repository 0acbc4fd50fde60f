// The questionnaire a gemeente can field itself, and the file layout the import accepts. Both are
// generated from the catalogue, so a channel the beheerder adds appears in them at once.
import { CONTEXTS, PHASES } from '../../../shared/advice/model.js';
import type { Catalogue } from './catalogue-store.js';
import {
  AGE_COLUMN,
  CODE_SEPARATOR,
  CONTEXT_COLUMN,
  ID_COLUMN,
  PROFILE_COLUMN,
  allAnswerColumns,
  answerColumn,
} from './survey-columns.js';

export function templateCsv(): string {
  const header = [ID_COLUMN, AGE_COLUMN, PROFILE_COLUMN, ...allAnswerColumns().map((c) => c.name)];
  return header.join(';') + '\n';
}

export function questionnaireMarkdown(catalogue: Catalogue): string {
  const lines: string[] = [];
  const codes = (items: { code: string; nameNl: string }[]) =>
    items.map((i) => `  - \`${i.code}\` ${i.nameNl}`);
  lines.push('# Vragenlijst kanaalvoorkeur (Buitenbinnen)', '');
  lines.push(
    'Deze vragenlijst volgt het klantreismodel met vijf fasen, voor twee trajecten: dienstverlening en participatie.',
    `Lever de antwoorden aan als CSV (scheidingsteken ; of ,), één regel per respondent, met de kolommen uit het sjabloon. Meerdere codes in één cel scheidt u met \`${CODE_SEPARATOR}\`; het eerst genoemde kanaal is de eerste voorkeur. Een lege cel betekent: niet beantwoord.`,
    '',
  );
  lines.push('## Over de respondent', '');
  lines.push(`- \`${ID_COLUMN}\`: uw eigen, unieke nummer per respondent (geen naam of BSN).`);
  lines.push(`- \`${AGE_COLUMN}\`: Wat is uw leeftijd? (geheel getal, 16 tot en met 120)`);
  lines.push(`- \`${PROFILE_COLUMN}\` (optioneel): betrokkenheidsprofiel, als u dat vaststelt. Codes:`);
  lines.push(...codes(catalogue.segments.filter((s) => s.scheme === 'profile')), '');
  for (const context of CONTEXTS) {
    lines.push(
      `## ${context === 'service' ? 'Dienstverlening' : 'Participatie'} (kolommen ${CONTEXT_COLUMN[context]}_f1 … _f5)`,
      '',
    );
    for (const phase of PHASES) {
      const p = catalogue.phases.find((x) => x.context === context && x.phase === phase);
      lines.push(`### Fase ${phase}: ${p?.nameNl ?? ''}`, '');
      if (p?.description) lines.push(p.description, '');
      lines.push(
        `- \`${answerColumn(context, phase, 'channels')}\`: Via welke kanalen zou u in deze fase het liefst contact hebben? Noem uw eerste voorkeur eerst.`,
      );
      lines.push(
        `- \`${answerColumn(context, phase, 'motives')}\`: Waarom kiest u voor dat kanaal? (hoogstens twee)`,
      );
      lines.push(
        `- \`${answerColumn(context, phase, 'expectations')}\`: Wat verwacht u in deze fase van de gemeente? (hoogstens drie)`,
        '',
      );
    }
  }
  lines.push('## Codes: kanalen', '', ...codes(catalogue.channels), '');
  const contextsOf = (contexts: string[]) =>
    contexts.map((c) => (c === 'service' ? 'dienstverlening' : 'participatie')).join(' en ');
  lines.push(
    '## Codes: motieven',
    '',
    ...catalogue.motives.map((m) => `  - \`${m.code}\` ${m.nameNl} (${contextsOf(m.contexts)})`),
    '',
  );
  lines.push(
    '## Codes: verwachtingen',
    '',
    ...catalogue.expectations.map(
      (e) => `  - \`${e.code}\` ${e.nameNl} (${contextsOf(e.contexts)}; fasen ${e.phases.join(', ')})`,
    ),
    '',
  );
  return lines.join('\n');
}
