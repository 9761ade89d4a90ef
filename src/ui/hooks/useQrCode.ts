import { useEffect, useState } from 'react'

/** A QR code shown, not there yet, or impossible (the text is longer than a code holds, or longer than `maxChars`). */
export type QrCode = { kind: 'image'; src: string } | { kind: 'loading' } | { kind: 'too-long' }

/**
 * A QR code of `text` as an image, made only while `shown`. The QR library loads when someone
 * first asks for a code, never with a first screen. Level L holds the most: carried links are
 * long, and a phone's screen is a clean surface.
 */
export function useQrCode(text: string | null, shown: boolean, width: number, maxChars = Infinity): QrCode {
  const [code, setCode] = useState<QrCode>({ kind: 'loading' })
  useEffect(() => {
    if (!text || !shown) return
    if (text.length > maxChars) return setCode({ kind: 'too-long' })
    let live = true
    setCode({ kind: 'loading' })
    import('qrcode')
      .then(({ default: QRCode }) => QRCode.toDataURL(text, { errorCorrectionLevel: 'L', margin: 2, width }))
      .then((src) => live && setCode({ kind: 'image', src }), () => live && setCode({ kind: 'too-long' }))
    return () => {
      live = false
    }
  }, [text, shown, width, maxChars])
  return code
}
