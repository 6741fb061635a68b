import { designTokensHref } from '@/portal/designTokensCss'

/** The Suomi.fi design tokens' stylesheet (src/app/design-tokens.css), which the portal's stylesheet uses. */
export function DesignTokens() {
  return <link rel="stylesheet" href={designTokensHref} />
}
