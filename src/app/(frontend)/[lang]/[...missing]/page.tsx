import { notFound } from 'next/navigation'

// Every address under a language that no route answers (e.g. /fi/library/a/b) gets the site's own 404 in that language.
export default function Missing() {
  notFound()
}
