/** The survey's choices, shared by the server page that words them and the client form that offers them. */
export const surveyEffects = ['none', 'little', 'some', 'much'] as const
export const respondentGroups = ['elected', 'civil-servant', 'ngo', 'resident', 'other'] as const

/** Every string the survey shows, resolved on the server in the survey's language, one named field each. */
export type SurveyMessages = {
  respondentGroup: string
  chooseOne: string
  groups: Record<(typeof respondentGroups)[number], string>
  dataCollectionEffect: string
  eventEffect: string
  effects: Record<(typeof surveyEffects)[number], string>
  intentions: string
  comments: string
  submit: string
  sending: string
  thanks: string
  alreadyAnswered: string
  answerAgain: string
  network: string
}
