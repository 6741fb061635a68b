import { createHash } from 'node:crypto'

import { suomifiDesignTokens } from 'suomifi-design-tokens'

const kebab = (name: string) => name.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`).replace(/(\d+)/g, '-$1')

/**
 * The Suomi.fi design system's colours and spacing as CSS custom properties
 * (`--fi-color-brand-base`, `--fi-spacing-m`…), so the plain stylesheet uses
 * the tokens themselves rather than copied values.
 */
export const designTokensCss = `:root{${[
  ...Object.entries(suomifiDesignTokens.colors).map(([k, v]) => `--fi-color-${kebab(k)}:${v}`),
  ...Object.entries(suomifiDesignTokens.spacing).map(([k, v]) => `--fi-spacing-${kebab(k)}:${v}`),
  ...Object.entries(suomifiDesignTokens.radiuses).map(([k, v]) => `--fi-radius-${kebab(k)}:${v}`),
  `--fi-panel-shadow:${suomifiDesignTokens.shadows.panelShadow}`,
].join(';')}}\n`

/** The stylesheet's address, named by its content: browsers keep it for good and fetch it again only when the tokens change. */
export const designTokensHref = `/design-tokens.css?v=${createHash('sha256').update(designTokensCss).digest('hex').slice(0, 12)}`
