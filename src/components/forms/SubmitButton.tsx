export function SubmitButton({ label }: { label: string }) {
  return (
    <button
      type="submit"
      style={{
        padding: '0.6rem 1.2rem',
        fontSize: '1rem',
        background: '#00509e',
        color: '#fff',
        border: 0,
        borderRadius: 4,
      }}
    >
      {label}
    </button>
  )
}
