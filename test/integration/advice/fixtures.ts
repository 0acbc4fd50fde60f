// A small survey whose figures are computed by hand in the tests.
export function smallSurveyCsv(): string {
  const phases = [1, 2, 3, 4, 5];
  const header = [
    'respondent_id',
    'leeftijd',
    'profiel',
    ...phases.map((p) => `dienstverlening_f${p}_kanalen`),
    'dienstverlening_f2_motieven',
  ];
  const rows: string[][] = [];
  const add = (id: string, age: number, channels: string, motive = '') =>
    rows.push([id, String(age), '', ...phases.map(() => channels), motive]);
  for (let i = 1; i <= 6; i++) add(`r${i}`, 20, 'whatsapp|webformulier', 'snel-antwoord');
  add('r7', 21, 'telefoon', 'persoonlijk-contact');
  add('r8', 22, 'telefoon');
  add('r9', 23, 'webformulier');
  add('r10', 24, 'webformulier');
  add('r11', 80, 'telefoon', 'persoonlijk-contact');
  return [header, ...rows].map((r) => r.join(';')).join('\n') + '\n';
}
