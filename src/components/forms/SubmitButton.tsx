export function SubmitButton({ label }: { label: string }) {
  return (
    <button type="submit" className="form-submit">
      {label}
    </button>
  )
}
