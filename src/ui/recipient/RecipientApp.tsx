export function RecipientApp({ docId }: { docId: string; path: string[] }) {
  return <main id="main" className="page"><p>{docId}</p></main>
}
