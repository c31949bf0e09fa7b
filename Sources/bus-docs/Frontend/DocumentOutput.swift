import ArgumentParser
import BUSDocsKit
import Foundation
import Templates

/// `--format`, `-o` and `--reference-docx`, shared by the single-document commands, and how their result is written.
struct DocumentOutputOptions: ParsableArguments {
    @Option(help: ArgumentHelp(OutputFormats.documentHelp()))
    var format: FormatChoice = .html

    @Option(name: .shortAndLong, help: "The file to write (default: standard output; required for pdf and docx).")
    var output: String?

    @Option(help: ArgumentHelp("A Word document whose styles --format docx takes (Title, Heading 1–3, Table Grid …).", valueName: "file"))
    var referenceDocx: String?

    static let source = LocalizedText(sv: "överenskommelsen som dokumentet görs från", en: "the agreement it is made from")

    /// Renders `document` in the chosen format and writes it to `-o FILE` (never over one of `sources`),
    /// or to standard output.
    func emit(_ document: OutputDocument, templates: TemplateSet, refusing sources: [String]) throws {
        try format.check(writes: document.kind)
        let context = try OutputContext.load(templates: templates, referenceDocx: referenceDocx, format: format.format)
        try OutputFormats.emit(document, as: format.format, in: context, to: output, refusing: sources, role: Self.source)
    }
}

/// Headless Chromium (Debian's `chromium`), for printing documents to PDF.
enum Chromium {
    static let names = ["chromium", "chromium-browser", "google-chrome"]

    static var executable: String? {
        let path = ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin"
        for folder in path.split(separator: ":") {
            for name in names where FileManager.default.isExecutableFile(atPath: "\(folder)/\(name)") {
                return "\(folder)/\(name)"
            }
        }
        return nil
    }

    static func printToPDF(html: String, to output: String) throws {
        guard let chromium = executable else {
            throw CLIError.chromiumMissing
        }
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("bus-docs-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let page = folder.appendingPathComponent("document.html")
        try Data(html.utf8).write(to: page)
        let pdf = folder.appendingPathComponent("document.pdf")
        let process = Process()
        process.executableURL = URL(fileURLWithPath: chromium)
        process.arguments = [
            "--headless", "--no-sandbox", "--disable-gpu", "--no-pdf-header-footer",
            "--user-data-dir=\(folder.appendingPathComponent("profile").path)",
            "--print-to-pdf=\(pdf.path)", page.absoluteString,
        ]
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        try process.run()
        process.waitUntilExit()
        guard process.terminationStatus == 0, let data = FileManager.default.contents(atPath: pdf.path) else {
            throw CLIError.chromiumFailed(status: process.terminationStatus)
        }
        try FileWriter.replace(data, at: output)
    }
}
