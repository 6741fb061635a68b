import type { CSSProperties } from 'react'

/** Colour is never the only signal: every cell also says its status in words. Dark text on light fills, contrast above 7:1. */
export const statusStyles: Record<string, CSSProperties> = {
  missing: { background: '#fde2e1', color: '#6b1010', border: '1px solid #b42318' },
  draft: { background: '#fff4d6', color: '#5c3d00', border: '1px solid #b54708' },
  reviewed: { background: '#dcfae6', color: '#074d31', border: '1px solid #067647' },
  outdated: { background: '#e9e3ff', color: '#3e1c96', border: '1px dashed #5925dc' },
}
