type Props = {
  id: string
  name: string
  label: string
  type?: 'text' | 'email'
  required?: boolean
  requiredLabel?: string
  error?: string
  autoComplete?: string
  maxLength?: number
  multiline?: boolean
}

/** A labelled input whose error is announced with it (aria-describedby) and marked aria-invalid. */
export function TextField({
  id,
  name,
  label,
  type = 'text',
  required,
  requiredLabel,
  error,
  autoComplete,
  maxLength,
  multiline,
}: Props) {
  const errorId = `${id}-error`
  const common = {
    id,
    name,
    required,
    maxLength,
    autoComplete,
    'aria-invalid': error ? true : undefined,
    'aria-describedby': error ? errorId : undefined,
    style: { display: 'block', width: '100%', maxWidth: '32rem', padding: '0.5rem', fontSize: '1rem' },
  }
  return (
    <div style={{ marginBottom: '1rem' }}>
      <label htmlFor={id} style={{ display: 'block', fontWeight: 600 }}>
        {label}
        {required && requiredLabel ? ` (${requiredLabel})` : null}
      </label>
      {error && (
        <p id={errorId} style={{ color: '#b00020', margin: '0.25rem 0' }}>
          {error}
        </p>
      )}
      {multiline ? <textarea rows={5} {...common} /> : <input type={type} {...common} />}
    </div>
  )
}
