/** RFC 8058 one-click unsubscribe: mail clients POST `List-Unsubscribe=One-Click` to the https address. */
export function listHeaders(unsubscribeUrl: string): Record<string, string> {
  return {
    'List-Unsubscribe': `<${unsubscribeUrl}>`,
    'List-Unsubscribe-Post': 'List-Unsubscribe=One-Click',
  }
}
