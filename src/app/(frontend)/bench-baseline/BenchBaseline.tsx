/** The small React component the yardstick page renders: a heading and a short list. */
export function BenchBaseline({ items }: { items: string[] }) {
  return (
    <main>
      <h1>baseline</h1>
      <ul>
        {items.map((item) => (
          <li key={item}>{item}</li>
        ))}
      </ul>
    </main>
  )
}
