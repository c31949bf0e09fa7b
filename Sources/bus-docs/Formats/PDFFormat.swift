import BUSDocsKit

/// The HTML printed to an A4 PDF by WeasyPrint (`PDFRenderer`): form fields and PDF/UA-1, or PDF/A-3u for
/// archives with `--archival`.
struct PDFFormat: OutputFormat {
    let name = "pdf"
    func note(for kind: OutputDocument.Kind) -> LocalizedText? { LocalizedText(sv: "utskrivet på A4", en: "printed to A4") }
    let kinds: Set<OutputDocument.Kind> = [.group, .deviationForm, .agreement, .followUp, .comparison]
    let isText = false
    var archival = false
    /// With `archival`: the filled-in PDF or Word form whose answers the archival PDF prints.
    var filled: String?

    func render(_ document: OutputDocument, in context: OutputContext) throws -> [UInt8] {
        try HTMLFormat().render(document, in: context)
    }

    func write(_ rendered: [UInt8], to file: String) throws {
        try PDFRenderer.write(html: String(decoding: rendered, as: UTF8.self), to: file, archival: archival, filled: filled)
    }
}
