import QRCode from 'qrcode'

/**
 * A QR code as SVG markup: black on white whatever the admin's theme, with a
 * quiet zone, so a phone reads it from the screen and from a printed sheet.
 * Error correction M survives a crease or a coffee ring on paper.
 */
export function qrCodeSvg(url: string): Promise<string> {
  return QRCode.toString(url, {
    type: 'svg',
    errorCorrectionLevel: 'M',
    margin: 4,
    color: { dark: '#000000', light: '#ffffff' },
  })
}
