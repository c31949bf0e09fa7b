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
    @Option(help: "html, md or pdf (pdf prints the HTML with headless Chromium).")
    var format: DocumentFormat = .html

    @Option(name: .shortAndLong, help: "The file to write (default: standard output; required for pdf).")
    var output: String?

    static let source = LocalizedText(sv: "överenskommelsen som dokumentet görs från", en: "the agreement it is made from")

    func emit(_ document: String, refusing sources: [String]) throws {
        switch format {
        case .html, .md:
            if output == nil, format == .html, isatty(STDOUT_FILENO) == 1 {
                throw CLIError.htmlToTerminal
            }
            try OutputWriter.emit(document, to: output, refusing: sources, as: Self.source)
        case .pdf:
            guard let output else { throw CLIError.pdfNeedsOutput(option: "-o") }
            try OutputWriter.refuseSource(output, sources, as: Self.source)
            try OutputWriter.refuseMissingFolder(output)
            try Chromium.printToPDF(html: document, to: output)
        }
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
