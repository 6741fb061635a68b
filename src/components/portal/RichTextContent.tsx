import type { SerializedEditorState } from '@payloadcms/richtext-lexical/lexical'
import { RichText } from '@payloadcms/richtext-lexical/react'

/** A Lexical rich text field rendered on the server. */
export function RichTextContent({ data }: { data?: unknown }) {
  if (!data || typeof data !== 'object') return null
  return <RichText className="rich-text" data={data as SerializedEditorState} />
}
