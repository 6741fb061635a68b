/** The GOV.UK pattern: one list at the top of the form, each message linking to its field. */
export function ErrorSummary({ title, items }: { title: string; items: { id: string; message: string }[] }) {
  if (!items.length) return null
  return (
    <div className="error-summary" role="alert" aria-labelledby="error-summary-title" tabIndex={-1}>
      <h2 id="error-summary-title">{title}</h2>
      <ul>
        {items.map((item) => (
          <li key={item.id}>
            <a href={`#${item.id}`}>{item.message}</a>
          </li>
        ))}
      </ul>
    </div>
  )
}
