import ArgumentParser
import BUSDocsKit
import Foundation

/// `--archival`, shared by every command that writes PDF.
struct PDFOptions: ParsableArguments {
    @Flag(help: "With --format pdf: PDF/A-3u for archiving (e-arkiv), tagged and declared PDF/UA-1, without form fields.")
    var archival = false

    /// The format to write: the archival PDF with `--archival`, of the filled form `filled` when given;
    /// `--archival` with another format, or `--filled` without `--archival`, is refused rather than ignored.
    func applied(to format: any OutputFormat, filled: String? = nil) throws -> any OutputFormat {
        if let filled {
            guard archival else { throw CLIError.filledOnlyWhenArchival }
            guard FileManager.default.isReadableFile(atPath: filled) else { throw CLIError.filledUnreadable(filled) }
            if FilledFormOptions.isOpenDocument(filled) { throw CLIError.filledIsOpenDocument(filled) }
        }
        guard archival else { return format }
        guard var pdf = format as? PDFFormat else {
            throw CLIError.archivalOnlyForPDF
        }
        pdf.archival = true
        pdf.filled = filled
        return pdf
    }
}

/// `--filled`: only the commands that make a form (protocol, agenda, deviation form) take it.
struct FilledFormOptions: ParsableArguments {
    @Option(help: ArgumentHelp("With --archival: the filled-in PDF or Word form (made by the same command without --archival) whose answers the archival PDF prints.",
                               valueName: "file"))
    var filled: String?

    /// An OpenDocument file: a zip archive whose first entry is `mimetype`, as the format requires. Its
    /// answers are not read; a Word form's (`--format docx`) and a PDF form's are.
    static func isOpenDocument(_ path: String) -> Bool {
        guard let handle = FileHandle(forReadingAtPath: path) else { return false }
        defer { try? handle.close() }
        guard let head = try? handle.read(upToCount: 38).map(Array.init), head.count == 38 else { return false }
        return head.starts(with: [0x50, 0x4B, 0x03, 0x04]) && head[30...].elementsEqual("mimetype".utf8)
    }
}

/// PDF for paper and archives: a document's HTML laid out by WeasyPrint with its print stylesheet (A4, CSS
/// paged media), fonts embedded. By default the PDF is tagged PDF/UA-1 with real form fields named as in
/// the HTML form; archival PDF is PDF/A-3u, tagged and declared PDF/UA-1 as well, with the fields printed
/// instead, since PDF/A forbids fields that leave their drawing to the reader.
enum PDFRenderer {
    /// The WeasyPrint release `make pdf-deps` installs (forms and PDF/UA need a newer one than Debian's).
    static let weasyPrintVersion = "70.0"

    /// Where WeasyPrint is run from: `BUS_DOCS_WEASYPRINT`, then the copy `make` installs under the user's
    /// data folder, then `weasyprint` on PATH.
    static var executable: String? {
        let environment = ProcessInfo.processInfo.environment
        if let named = environment["BUS_DOCS_WEASYPRINT"], !named.isEmpty {
            return FileManager.default.isExecutableFile(atPath: named) ? named : nil
        }
        if let installed = installedCopy(environment), FileManager.default.isExecutableFile(atPath: installed) {
            return installed
        }
        for folder in (environment["PATH"] ?? "/usr/bin:/bin").split(separator: ":")
        where FileManager.default.isExecutableFile(atPath: "\(folder)/weasyprint") {
            return "\(folder)/weasyprint"
        }
        return nil
    }

    /// `$XDG_DATA_HOME/bus-docs/python/bin/weasyprint` (default `~/.local/share`), as the Makefile puts it.
    static func installedCopy(_ environment: [String: String]) -> String? {
        let data = environment["XDG_DATA_HOME"].flatMap { $0.isEmpty ? nil : $0 }
            ?? environment["HOME"].map { "\($0)/.local/share" }
        return data.map { "\($0)/bus-docs/python/bin/weasyprint" }
    }

    /// The arguments for one PDF: forms and PDF/UA-1, or PDF/A-3u tagged with the PDF/UA declaration.
    static func arguments(archival: Bool, xmp: String) -> [String] {
        archival
            ? ["--pdf-variant", "pdf/a-3u", "--pdf-tags", "--xmp-metadata", xmp]
            : ["--pdf-variant", "pdf/ua-1", "--pdf-forms"]
    }

    /// Writes `html` as PDF to `output` (replaced in one step: nothing is left half written). `filled`: a
    /// filled-in PDF of the same form, whose answers are written into the page's fields before it is laid
    /// out (archival PDF prints its fields), read by pypdf in WeasyPrint's own Python.
    static func write(html: String, to output: String, archival: Bool, filled: String? = nil) throws {
        guard let weasyPrint = executable else {
            throw CLIError.weasyPrintMissing(version: weasyPrintVersion)
        }
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("bus-docs-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let page = folder.appendingPathComponent("document.html")
        let pdf = folder.appendingPathComponent("document.pdf")
        let xmp = folder.appendingPathComponent("pdfua.xmp")
        let log = folder.appendingPathComponent("weasyprint.log")
        let answers = folder.appendingPathComponent("answers.json")
        try Data(html.utf8).write(to: page)
        let margins = folder.appendingPathComponent("margins.css")
        try Data(runningTitle.utf8).write(to: margins)
        if archival { try Data(pdfUAIdentification.utf8).write(to: xmp) }
        FileManager.default.createFile(atPath: log.path, contents: nil)

        let process = Process()
        // The page comes on standard input with no base URL, so a relative link (to an attachment, say)
        // stays relative in the PDF: read from a file, WeasyPrint would resolve it against this temporary
        // folder and write the machine's path, deleted a moment later, into the document.
        let command = WeasyPrintCommand.make(
            weasyPrint: weasyPrint, firstLine: WeasyPrintCommand.firstLine(of: weasyPrint),
            arguments: arguments(archival: archival, xmp: xmp.path)
                + ["--stylesheet", margins.path, "--base-url", "", "--quiet", "-", pdf.path])
        process.executableURL = URL(fileURLWithPath: command.program)
        process.arguments = command.arguments
        if let filled {
            // Only WeasyPrint's own Python can read the filled form (`WeasyPrintCommand.formFinishing`).
            guard command.program != weasyPrint else { throw CLIError.filledNeedsPypdf }
            process.environment = ProcessInfo.processInfo.environment.merging(
                [WeasyPrintCommand.filledVariable: filled, WeasyPrintCommand.answersVariable: answers.path]) { $1 }
        }
        let input = try FileHandle(forReadingFrom: page)
        defer { try? input.close() }
        process.standardInput = input
        process.standardOutput = FileHandle.nullDevice
        let errors = try FileHandle(forWritingTo: log)
        defer { try? errors.close() }
        process.standardError = errors
        do {
            try process.run()
        } catch {
            throw CLIError.weasyPrintDidNotStart(program: weasyPrint, reason: error.localizedDescription)
        }
        process.waitUntilExit()
        if let filled, let problem = WeasyPrintCommand.FillingProblem(rawValue: process.terminationStatus) {
            let said = (try? String(contentsOf: log, encoding: .utf8)) ?? ""
            throw problem.error(filled: filled, said: said)
        }
        guard process.terminationStatus == 0, let data = FileManager.default.contents(atPath: pdf.path), !data.isEmpty else {
            let said = (try? String(contentsOf: log, encoding: .utf8))?
                .split(separator: "\n").suffix(3).joined(separator: " | ") ?? ""
            throw CLIError.weasyPrintFailed(program: weasyPrint, status: process.terminationStatus, said: said, version: weasyPrintVersion)
        }
        if let filled { try refusePersonalData(in: answers, filled: filled) }
        try FileWriter.replace(data, at: output)
    }

    /// A filled form whose text answers hold a personal identity number, a child's name, date of birth, address or phone number is
    /// not archived: each such field is named on stderr, with what to remove (never the data itself), exit 1.
    static func refusePersonalData(in answers: URL, filled: String) throws {
        guard let data = FileManager.default.contents(atPath: answers.path) else { throw CLIError.filledUnreadable(filled) }
        let found = try FilledAnswer.decode(data).compactMap { answer in answer.personalData.map { (answer, $0) } }
        guard !found.isEmpty else { return }
        let shown = PersonalIdentityNumber.masking(filled)
        for (answer, kind) in found {
            // One kind in full; two or three by their short names: `ett personnummer och ett namn`.
            typealias Words = (sv: String, en: String, short: String, shortEn: String, remove: String, removeEn: String)
            let all: [(FilledAnswer.PersonalData, Words)] = [
                (.number, ("ett personnummer eller samordningsnummer", "a personal identity number (personnummer or samordningsnummer)",
                           "ett personnummer", "a personal identity number", "numret", "the number")),
                (.name, ("ett namn i en mening om ett barn eller ett ärende", "a name in a sentence about a child or a case",
                         "ett namn", "a name", "namnet", "the name")),
                (.dateOfBirth, ("ett födelsedatum", "a date of birth", "ett födelsedatum", "a date of birth", "födelsedatumet", "the date of birth")),
                (.contact, ("ett barns adress eller telefonnummer", "a child's address or phone number", "en adress eller ett telefonnummer",
                            "an address or a phone number", "adressen eller telefonnumret", "the address or the phone number")),
            ]
            let kinds = all.filter { kind.contains($0.0) }.map(\.1)
            let what = kinds.count == 1
                ? (sv: kinds[0].sv, en: kinds[0].en, remove: kinds[0].remove, removeEn: kinds[0].removeEn)
                : (sv: kinds.map(\.short).listed("och"), en: kinds.map(\.shortEn).listed("and"),
                   remove: kinds.map(\.remove).listed("och"), removeEn: kinds.map(\.removeEn).listed("and"))
            RunLanguage.note(
                sv: "bus-docs: --filled \(shown): fältet \(answer.label) (\(answer.name)) innehåller \(what.sv); ta bort \(what.remove) ur fältet i den ifyllda blanketten (skriv ärendet utan namn och nummer) och kör kommandot igen: blanketten arkiveras som allmän handling och får inte innehålla personuppgifter",
                en: "bus-docs: --filled \(shown): the field \(answer.label) (\(answer.name)) holds \(what.en); remove \(what.removeEn) from the field in the filled form (write the case without name and number) and run the command again: the form is archived as a public document and must not hold personal data")
        }
        RunLanguage.note(sv: "bus-docs: arkiv-PDF:en skrevs inte", en: "bus-docs: the archival PDF was not written")
        throw ExitCode(1)
    }

    /// The document's title (its first heading) in the top margin of every page. Kept out of the pages'
    /// stylesheet: browsers and the HTML validator do not know `string-set`, the rest of the print styling
    /// is in `style.css`.
    static let runningTitle = """
        h1 { string-set: dokumenttitel content(text); }
        @page { @top-left { content: string(dokumenttitel); font: 8pt "Liberation Sans", Arial, sans-serif; color: #5a5a5a; } }
        @page liggande { @top-left { content: string(dokumenttitel); } }
        """

    /// The PDF/UA-1 identification for archival PDF, with the extension schema PDF/A asks for when XMP
    /// holds a property outside its predefined schemas.
    static let pdfUAIdentification = """
        <rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">
        <rdf:Description rdf:about="" xmlns:pdfuaid="http://www.aiim.org/pdfua/ns/id/"><pdfuaid:part>1</pdfuaid:part></rdf:Description>
        <rdf:Description rdf:about="" xmlns:pdfaExtension="http://www.aiim.org/pdfa/ns/extension/" xmlns:pdfaSchema="http://www.aiim.org/pdfa/ns/schema#" xmlns:pdfaProperty="http://www.aiim.org/pdfa/ns/property#">
        <pdfaExtension:schemas><rdf:Bag><rdf:li rdf:parseType="Resource">
        <pdfaSchema:schema>PDF/UA Universal Accessibility Schema</pdfaSchema:schema>
        <pdfaSchema:namespaceURI>http://www.aiim.org/pdfua/ns/id/</pdfaSchema:namespaceURI>
        <pdfaSchema:prefix>pdfuaid</pdfaSchema:prefix>
        <pdfaSchema:property><rdf:Seq><rdf:li rdf:parseType="Resource">
        <pdfaProperty:name>part</pdfaProperty:name>
        <pdfaProperty:valueType>Integer</pdfaProperty:valueType>
        <pdfaProperty:category>internal</pdfaProperty:category>
        <pdfaProperty:description>Indicates which part of ISO 14289 the document follows</pdfaProperty:description>
        </rdf:li></rdf:Seq></pdfaSchema:property>
        </rdf:li></rdf:Bag></pdfaExtension:schemas>
        </rdf:Description>
        </rdf:RDF>
        """
}
