/** The GOV.UK pattern: one list at the top of the form, each message linking to its field. */
export function ErrorSummary({ title, items }: { title: string; items: { id: string; message: string }[] }) {
  if (!items.length) return null
  return (
    <div
      role="alert"
      aria-labelledby="error-summary-title"
      tabIndex={-1}
      style={{ border: '3px solid #b00020', padding: '1rem', marginBottom: '1.5rem' }}
    >
      <h2 id="error-summary-title">{title}</h2>
      <ul>
        {items.map((item) => (
          <li key={item.id}>
            <a href={`#${item.id}`} style={{ color: '#b00020' }}>
              {item.message}
            </a>
          </li>
        ))}
      </ul>
    </div>
  )
}
