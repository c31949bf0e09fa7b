import BUSDocsKit

/// The HTML printed to an A4 PDF.
struct PDFFormat: OutputFormat {
    let name = "pdf"
    let note: LocalizedText? = LocalizedText(sv: "utskrivet på A4", en: "printed to A4")
    let kinds: Set<OutputDocument.Kind> = [.group, .deviationForm, .agreement, .followUp, .comparison]
    let isText = false

    func render(_ document: OutputDocument, in context: OutputContext) throws -> [UInt8] {
        try HTMLFormat().render(document, in: context)
    }

    func write(_ rendered: [UInt8], to file: String) throws {
        try Chromium.printToPDF(html: String(decoding: rendered, as: UTF8.self), to: file)
    }
}
