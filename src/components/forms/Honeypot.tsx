/** Bots fill every field; people never see this one (nor reach it with the keyboard). */
export function Honeypot({ label }: { label: string }) {
  return (
    <div aria-hidden="true" className="honeypot">
      <label htmlFor="website">{label}</label>
      <input id="website" name="website" type="text" tabIndex={-1} autoComplete="off" />
    </div>
  )
}
