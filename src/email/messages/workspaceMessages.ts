import { getTranslator } from '../../i18n/getTranslator'
import { type ComposedMessage, composeMessage } from './composeMessage'

type Request = { name: string; organization: string; language?: string | null }

export async function workspaceAdminNotice(
  request: Request & { email: string },
  adminUrl: string,
): Promise<ComposedMessage> {
  const t = await getTranslator('fi', 'email')
  const vars = { name: request.name, organization: request.organization }
  return composeMessage('fi', t('workspace.adminSubject', vars), [
    { paragraph: t('workspace.adminIntro', vars) },
    { link: { href: adminUrl, label: adminUrl } },
  ])
}

/** The applicant's answer in their language: the workspace address, or a polite refusal. */
export async function workspaceDecisionMessage(
  request: Request,
  decision: 'approved' | 'rejected',
  workspaceUrl: string | null | undefined,
): Promise<ComposedMessage> {
  const lang = request.language ?? 'fi'
  const t = await getTranslator(lang, 'email')
  const vars = { name: request.name }
  const footer = [{ paragraph: t('signature') }]
  if (decision === 'rejected') {
    return composeMessage(
      lang,
      t('workspace.rejectedSubject'),
      [{ paragraph: t('workspace.rejectedBody', vars) }],
      footer,
    )
  }
  return composeMessage(
    lang,
    t('workspace.approvedSubject'),
    [
      { paragraph: t('workspace.approvedBody', vars) },
      workspaceUrl
        ? { link: { href: workspaceUrl, label: workspaceUrl } }
        : { paragraph: t('workspace.approvedNoUrl') },
    ],
    footer,
  )
}
