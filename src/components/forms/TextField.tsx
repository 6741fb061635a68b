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
  }
  return (
    <div className="form-field">
      <label htmlFor={id}>
        {label}
        {required && requiredLabel ? ` (${requiredLabel})` : null}
      </label>
      {error && (
        <p id={errorId} className="form-error">
          {error}
        </p>
      )}
      {multiline ? <textarea rows={5} {...common} /> : <input type={type} {...common} />}
    </div>
  )
}
