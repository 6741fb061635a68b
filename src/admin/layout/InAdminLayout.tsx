import { DefaultTemplate } from '@payloadcms/next/templates'
import { SetStepNav, type StepNavItem } from '@payloadcms/ui'
import type { AdminViewServerProps } from 'payload'
import type { ReactNode } from 'react'

/**
 * A custom admin view inside the admin's own layout: the navigation, the header
 * with its breadcrumb (the step nav, which is also the way back), the admin's
 * styles and its light or dark theme. `id` names the view's main region for
 * styles, print and tests.
 */
export function InAdminLayout({
  view,
  id,
  className,
  steps,
  lang,
  children,
}: {
  view: AdminViewServerProps
  id: string
  className?: string
  steps: StepNavItem[]
  /** The language the view's own text is in, when the reader's admin language may not have it. */
  lang?: string
  children: ReactNode
}) {
  const { initPageResult, params, searchParams } = view
  const req = initPageResult.req
  return (
    <DefaultTemplate
      i18n={req.i18n}
      locale={initPageResult.locale}
      params={params}
      payload={req.payload}
      permissions={initPageResult.permissions}
      req={req}
      searchParams={searchParams}
      user={req.user ?? undefined}
      visibleEntities={initPageResult.visibleEntities}
    >
      <SetStepNav nav={steps} />
      <main id={id} className={['gutter--left', 'gutter--right', className].filter(Boolean).join(' ')} lang={lang}>
        {children}
      </main>
    </DefaultTemplate>
  )
}
