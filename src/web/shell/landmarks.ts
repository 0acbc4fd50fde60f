/** Id of the <main> element, the skip link's target. Dutch because it shows in the URL as #inhoud. */
export const MAIN_ID = 'inhoud';
