// The cases module's own problem types. Well-formed requests that refer to something that does
// not exist or is not allowed get 422 with a pointer to the field, so a form can mark it.
import { Problem } from '../../platform/http/problem.js';

export const unprocessable = (
  pointer: string,
  detail: string,
  kind = 'unprocessable',
  title = 'Kan niet verwerken',
) => new Problem(422, kind, title, detail, [{ pointer, detail }]);

export const unknownCategory = (code: string, pointer = '/categoryCode') =>
  unprocessable(
    pointer,
    `categorie '${code}' bestaat niet of is niet actief`,
    'case-unknown-category',
    'Onbekende categorie',
  );

export const unknownTeam = (pointer: string) =>
  unprocessable(pointer, 'dit team bestaat niet in deze gemeente', 'unknown-team', 'Onbekend team');

export const unknownUser = (pointer: string) =>
  unprocessable(
    pointer,
    'deze medewerker bestaat niet in deze gemeente',
    'unknown-user',
    'Onbekende medewerker',
  );

export const dueDateInPast = (pointer: string) =>
  unprocessable(
    pointer,
    'de termijn mag niet in het verleden liggen',
    'due-date-in-past',
    'Termijn in het verleden',
  );
