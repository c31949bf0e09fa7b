import ArgumentParser
import BUSDocsKit
import Foundation
import Templates

/// The formats `protocol` and `deviation` write.
enum DocumentFormat: String, CaseIterable, ExpressibleByArgument {
    case html, md, pdf

    var rendered: DocumentRenderer.Format { self == .md ? .md : .html }
}

/// `--format` and `-o`, shared by the single-document commands, and how their result is written.
struct DocumentOutputOptions: ParsableArguments {
    @Option(help: "html, md or pdf (pdf: WeasyPrint, with form fields, tagged PDF/UA-1).")
    var format: DocumentFormat = .html

    @Option(name: .shortAndLong, help: "The file to write (default: standard output; required for pdf).")
    var output: String?

    @OptionGroup var pdf: PDFOptions

    static let source = LocalizedText(sv: "överenskommelsen som dokumentet görs från", en: "the agreement it is made from")

    func emit(_ document: String, refusing sources: [String]) throws {
        try pdf.requirePDF(format == .pdf)
        switch format {
        case .html, .md:
            if output == nil, format == .html, isatty(STDOUT_FILENO) == 1 {
                throw UsageFailure(sv: "skriver inte HTML i terminalen: ange en fil med -o FIL (till exempel -o dokument.html), eller --format md",
                                   en: "will not write HTML to the terminal: name a file with -o FILE (for example -o document.html), or use --format md")
            }
            try OutputWriter.emit(document, to: output, refusing: sources, as: Self.source)
        case .pdf:
            guard let output else { throw UsageFailure(sv: "--format pdf behöver en fil: -o FIL.pdf", en: "--format pdf needs -o FILE.pdf") }
            try OutputWriter.refuseSource(output, sources, as: Self.source)
            try OutputWriter.refuseMissingFolder(output)
            try PDFRenderer.write(html: document, to: output, archival: pdf.archival)
        }
    }
}
