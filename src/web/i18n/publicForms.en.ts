import type { publicFormsNl } from './publicForms.nl';

export const publicFormsEn: Record<keyof typeof publicFormsNl, string> = {
  'publicForms.purpose': 'Why do we ask this? {purpose}',
  'publicForms.charsLeft': 'You can use {count} more of {max} characters.',
  'publicForms.charsOver': 'You have {count} characters too many. You may use {max} characters.',
  'publicForms.tooLong': 'Use no more than {max} characters.',
  'publicForms.badEmail': 'Enter an e-mail address like name@example.com.',
  'publicForms.badPostcode': 'Enter a postcode like 1234 AB.',
  'publicForms.badNumber': 'Enter digits only.',
  'publicForms.send': 'Send report',
  'publicForms.sending': 'Sending…',
  'publicForms.sendFailed': 'Sending failed. Please try again later.',
  'publicForms.notSent': 'Your report has not been sent yet.',
  'publicForms.privacy': 'We only ask what we need. Fields you leave empty are not stored.',
  'publicForms.formLoading': 'Form',
  'publicForms.forGemeente': 'Municipality of {name}',
  'publicForms.formHelp': 'Fill in the form. Each question says why we ask it.',
  'publicForms.otherForms': 'Report something else',

  'publicForms.list.title': 'Report something to the municipality of {name}',
  'publicForms.list.titlePlain': 'Report something',
  'publicForms.list.intro': 'Choose what your report is about. You do not need to log in.',
  'publicForms.list.empty': 'This municipality has no forms online at the moment.',
  'publicForms.list.emergency': 'Is there danger? Call 112.',

  'publicForms.notFound.title': 'Not found',
  'publicForms.notFound.gemeente': 'We do not know this municipality. Check the address of the page.',
  'publicForms.notFound.form': 'This form does not exist or is no longer online.',
  'publicForms.notFound.case':
    'We cannot find this report. Use the link from the confirmation of your report.',
  'publicForms.notFound.back': 'See all forms',

  'publicForms.done.title': 'Your report has been sent',
  'publicForms.done.received': 'Thank you. We have received your report.',
  'publicForms.done.number': 'Your report number is',
  'publicForms.done.keep':
    'Keep this number and the link below. With them you can see how your report is doing.',
  'publicForms.done.follow': 'Follow your report',
  'publicForms.done.feedback':
    'Did you give an e-mail address or phone number? Then we will also keep you informed.',
  'publicForms.done.titleUnknown': 'Report',
  'publicForms.done.unknown':
    'We can no longer show the confirmation. Did you send the report? Then use the link in the message you received from us.',
  'publicForms.done.again': 'To the form',

  'publicForms.follow.title': 'Report {number}',
  'publicForms.follow.category': 'Subject',
  'publicForms.follow.status': 'How it stands',
  'publicForms.follow.created': 'Reported on',
  'publicForms.follow.due': 'We aim to finish by',
  'publicForms.follow.history': 'What has happened',
  'publicForms.follow.noEvents': 'Nothing has happened with this report yet.',

  'publicForms.status.gemeld': 'Received',
  'publicForms.status.in_behandeling': 'We are working on it',
  'publicForms.status.on_hold': 'Paused for now',
  'publicForms.status.afgehandeld': 'Dealt with',
  'publicForms.status.gesloten': 'Closed',
  'publicForms.status.heropend': 'Reopened',
  'publicForms.status.kto': 'You gave your opinion',

  'publicForms.kto.title': 'What did you think?',
  'publicForms.kto.intro':
    'Your report has been dealt with. Would you tell us how it went? It takes a minute.',
  'publicForms.kto.score': 'How satisfied are you?',
  'publicForms.kto.score1': '1 - Very dissatisfied',
  'publicForms.kto.score2': '2 - Dissatisfied',
  'publicForms.kto.score3': '3 - Neither satisfied nor dissatisfied',
  'publicForms.kto.score4': '4 - Satisfied',
  'publicForms.kto.score5': '5 - Very satisfied',
  'publicForms.kto.scoreMissing': 'Choose a score from 1 to 5.',
  'publicForms.kto.comment': 'Anything else you want to tell us?',
  'publicForms.kto.reopen': 'Reopen my report',
  'publicForms.kto.reopenHelp':
    'Choose this if the problem has not been solved. Then we will look at it again.',
  'publicForms.kto.send': 'Send answer',
  'publicForms.kto.thanks': 'Thank you for your answer.',
  'publicForms.kto.thanksReopened': 'Thank you for your answer. We have reopened your report.',
  'publicForms.kto.already': 'You have already told us what you thought. Thank you!',
};
