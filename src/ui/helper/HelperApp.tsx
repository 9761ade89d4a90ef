export function HelperApp({ docId }: { docId: string; path: string[] }) {
  return <main id="main" className="page"><p>{docId}</p></main>
}
