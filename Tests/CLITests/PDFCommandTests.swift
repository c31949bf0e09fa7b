import Foundation
import Testing

/// `--format pdf` from the built binary: how WeasyPrint is called, and what happens when it is missing or
/// fails. The PDFs themselves (fields, tags, fonts, metadata, pages) are checked with pypdf and poppler by
/// scripts/pdf-test.sh, which `make test` runs with WeasyPrint installed.
@Suite struct PDFCommandTests {
    static let agreement = "Agreements/nacka-2023.md"

    /// A stand-in for WeasyPrint that records its arguments and the HTML it was given, and writes a PDF.
    static func recordingWeasyPrint(in folder: URL) throws -> URL {
        let script = folder.appendingPathComponent("weasyprint")
        try """
            #!/bin/sh
            printf '%s\\n' "$@" > "\(folder.path)/arguments"
            for last; do :; done
            cat > "\(folder.path)/given.html"
            printf '%%PDF-1.7 stand-in\\n' > "$last"
            """.write(to: script, atomically: true, encoding: .utf8)
        try FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: script.path)
        return script
    }

    @Test func fillablePDFIsTaggedPDFUAWithFormFieldsAndTheRunningTitle() throws {
        let folder = try BusDocsProcess.temporaryFolder()
        let weasyPrint = try Self.recordingWeasyPrint(in: folder)
        let output = folder.appendingPathComponent("protokoll.pdf")
        let result = try BusDocsProcess.run(["protocol", Self.agreement, "--format", "pdf", "-o", output.path],
                                            environment: ["LANG": "C", "BUS_DOCS_WEASYPRINT": weasyPrint.path])
        #expect(result.status == 0, "\(result.stderr)")
        let arguments = try String(contentsOf: folder.appendingPathComponent("arguments"), encoding: .utf8).split(separator: "\n").map(String.init)
        #expect(arguments.starts(with: ["--pdf-variant", "pdf/ua-1", "--pdf-forms", "--stylesheet"]))
        #expect(!arguments.contains("--xmp-metadata"))
        #expect(try String(contentsOf: output, encoding: .utf8) == "%PDF-1.7 stand-in\n")
        let html = try String(contentsOf: folder.appendingPathComponent("given.html"), encoding: .utf8)
        #expect(html.contains("name=\"ansvarig-1-1\""))
    }

    /// WeasyPrint as pip installs it: a script whose first line names its Python. The stand-in Python
    /// records its arguments and writes a PDF.
    static func pythonWeasyPrint(in folder: URL, firstLine: (_ python: String) -> String) throws -> URL {
        let python = folder.appendingPathComponent("python3")
        try """
            #!/bin/sh
            printf '%s\\n' "$@" > "\(folder.path)/arguments"
            for last; do :; done
            printf '%%PDF-1.7 stand-in\\n' > "$last"
            """.write(to: python, atomically: true, encoding: .utf8)
        try FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: python.path)
        let weasyPrint = folder.appendingPathComponent("weasyprint")
        try "\(firstLine(python.path))\nimport sys\nfrom weasyprint.__main__ import main\nsys.exit(main())\n"
            .write(to: weasyPrint, atomically: true, encoding: .utf8)
        try FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: weasyPrint.path)
        return weasyPrint
    }

    /// A WeasyPrint written in Python runs through its Python, with WeasyPrint's own command line and one
    /// step before the file is written: the form loses NeedAppearances (with it, poppler draws no tick in
    /// a check box) and a radio button the name that made it a field of its own; a radio group is named by
    /// its question, and every button gets a ZapfDingbats style and mark for a reader that draws it anew.
    /// Both ways of naming the interpreter on the first line are followed. (What the finished PDF holds,
    /// and how it draws, filled in two ways, is checked by scripts/pdf-check.py with WeasyPrint itself.)
    @Test(arguments: ["#!PYTHON", "#!/usr/bin/env PYTHON"])
    func weasyPrintInPythonRunsThroughItsPythonWithTheFormFinished(firstLine: String) throws {
        let folder = try BusDocsProcess.temporaryFolder()
        let weasyPrint = try Self.pythonWeasyPrint(in: folder) { firstLine.replacingOccurrences(of: "PYTHON", with: $0) }
        let output = folder.appendingPathComponent("avvikelseblankett.pdf")
        let result = try BusDocsProcess.run(["deviation", Self.agreement, "--format", "pdf", "-o", output.path],
                                            environment: ["LANG": "C", "BUS_DOCS_WEASYPRINT": weasyPrint.path])
        #expect(result.status == 0, "\(result.stderr)")
        let arguments = try String(contentsOf: folder.appendingPathComponent("arguments"), encoding: .utf8).components(separatedBy: "\n")
        #expect(arguments.first == "-c")
        let script = arguments.dropFirst().prefix { $0 != "--pdf-variant" }.joined(separator: "\n")
        #expect(script.contains("form['NeedAppearances'] = 'false'") && script.contains("field.pop('T', None)")
            && script.contains("main(sys.argv[1:], HTML=FinishedHTML)"), "\(script)")
        #expect(script.contains("field['TU'] = pydyf.String(asked[name])") && script.contains("field['DA'] = pydyf.String('/ZaDb %.1f Tf %s rg'")
            && script.contains("field['MK']['CA'] = pydyf.String('l' if radio else '4')") && script.contains("'ZaDb': font.reference"), "\(script)")
        let weasyPrintArguments = Array(arguments.drop { $0 != "--pdf-variant" })
        #expect(weasyPrintArguments.starts(with: ["--pdf-variant", "pdf/ua-1", "--pdf-forms", "--stylesheet"]))
        #expect(Array(weasyPrintArguments.suffix(6).prefix(4)) == ["--base-url", "", "--quiet", "-"], "\(weasyPrintArguments)")
        #expect(try String(contentsOf: output, encoding: .utf8) == "%PDF-1.7 stand-in\n")
    }

    @Test func archivalPDFIsPDFA3uTaggedAndDeclaresPDFUA() throws {
        let folder = try BusDocsProcess.temporaryFolder()
        let weasyPrint = try Self.recordingWeasyPrint(in: folder)
        let output = folder.appendingPathComponent("avvikelseblankett.pdf")
        let result = try BusDocsProcess.run(["deviation", Self.agreement, "--format", "pdf", "--archival", "-o", output.path],
                                            environment: ["LANG": "C", "BUS_DOCS_WEASYPRINT": weasyPrint.path])
        #expect(result.status == 0, "\(result.stderr)")
        let arguments = try String(contentsOf: folder.appendingPathComponent("arguments"), encoding: .utf8).split(separator: "\n").map(String.init)
        #expect(arguments.starts(with: ["--pdf-variant", "pdf/a-3u", "--pdf-tags", "--xmp-metadata"]))
        #expect(!arguments.contains("--pdf-forms"))
        #expect(FileManager.default.fileExists(atPath: output.path))
    }

    @Test func withoutWeasyPrintTheMessageSaysHowToInstallItInTheUsersLanguage() throws {
        let folder = try BusDocsProcess.temporaryFolder()
        let output = folder.appendingPathComponent("protokoll.pdf")
        let english = try BusDocsProcess.run(["protocol", Self.agreement, "--format", "pdf", "-o", output.path],
                                             environment: ["LANG": "C", "BUS_DOCS_WEASYPRINT": "/nonexistent/weasyprint"])
        #expect(english.status == 2)
        #expect(english.stderr.contains("--format pdf needs WeasyPrint 70.0: install it with `make pdf-deps`"), "\(english.stderr)")
        let swedish = try BusDocsProcess.run(["protocol", Self.agreement, "--format", "pdf", "-o", output.path],
                                             environment: ["LANG": "sv_SE.UTF-8", "BUS_DOCS_WEASYPRINT": "/nonexistent/weasyprint"])
        #expect(swedish.status == 2)
        #expect(swedish.stderr.contains("--format pdf behöver WeasyPrint 70.0: installera det med `make pdf-deps`"), "\(swedish.stderr)")
        #expect(!FileManager.default.fileExists(atPath: output.path))
    }

    @Test func aFailingWeasyPrintIsReportedAndLeavesTheOldFile() throws {
        let folder = try BusDocsProcess.temporaryFolder()
        let script = folder.appendingPathComponent("weasyprint")
        try "#!/bin/sh\necho 'ERROR: Failed to load font' >&2\nexit 1\n".write(to: script, atomically: true, encoding: .utf8)
        try FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: script.path)
        let output = folder.appendingPathComponent("avvikelseblankett.pdf")
        try "earlier".write(to: output, atomically: true, encoding: .utf8)
        let result = try BusDocsProcess.run(["deviation", Self.agreement, "--format", "pdf", "-o", output.path, "--force"],
                                            environment: ["LANG": "C", "BUS_DOCS_WEASYPRINT": script.path])
        #expect(result.status == 2)
        #expect(result.stderr.contains("could not write the PDF (exit 1): ERROR: Failed to load font"), "\(result.stderr)")
        #expect(try String(contentsOf: output, encoding: .utf8) == "earlier")
    }

    /// `--archival --filled`: the filled PDF is named to WeasyPrint's Python (BUS_DOCS_FILLED), whose
    /// form step writes its answers into the page; what that step reports is said in the user's language,
    /// and nothing is written. Without WeasyPrint's Python, or without --archival, it is refused. (The
    /// answers printed into a real archival PDF: scripts/pdf-test.sh, with WeasyPrint and pypdf.)
    @Test func aFilledFormIsArchivedThroughWeasyPrintsPython() throws {
        let folder = try BusDocsProcess.temporaryFolder()
        let filled = folder.appendingPathComponent("ifylld.pdf")
        try "%PDF-1.7 filled\n".write(to: filled, atomically: true, encoding: .utf8)
        let output = folder.appendingPathComponent("arkiv.pdf")
        let python = folder.appendingPathComponent("python3")
        try """
            #!/bin/sh
            printf '%s\\n' "$@" > "\(folder.path)/arguments"
            printf '%s' "$BUS_DOCS_FILLED" > "\(folder.path)/filled"
            echo 'arendet, plats' >&2
            exit 3
            """.write(to: python, atomically: true, encoding: .utf8)
        try FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: python.path)
        let weasyPrint = folder.appendingPathComponent("weasyprint")
        try "#!\(python.path)\nimport sys\n".write(to: weasyPrint, atomically: true, encoding: .utf8)
        try FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: weasyPrint.path)
        let arguments = ["deviation", Self.agreement, "--format", "pdf", "--archival", "--filled", filled.path, "-o", output.path]
        let english = try BusDocsProcess.run(arguments, environment: ["LANG": "C", "BUS_DOCS_WEASYPRINT": weasyPrint.path])
        #expect(english.status == 2)
        #expect(english.stderr == "bus-docs: --filled \(filled.path): this form has no fields arendet, plats; run the command that made the filled PDF "
            + "(the same agreement, --group, --date and --noticed) with --archival --filled\n", "\(english.stderr)")
        #expect(try String(contentsOf: folder.appendingPathComponent("filled"), encoding: .utf8) == filled.path)
        let script = try String(contentsOf: folder.appendingPathComponent("arguments"), encoding: .utf8)
        #expect(script.contains("path = os.environ['BUS_DOCS_FILLED']") && script.contains("fill(self.etree_element, word_answers(path) if word else answers(path), word)")
                && script.contains("from pypdf import PdfReader"))
        let swedish = try BusDocsProcess.run(arguments, environment: ["LANG": "sv_SE.UTF-8", "BUS_DOCS_WEASYPRINT": weasyPrint.path])
        #expect(swedish.stderr == "bus-docs: --filled \(filled.path): blanketten har inte fälten arendet, plats; skriv samma kommando som gjorde den ifyllda PDF:en "
            + "(samma överenskommelse, --group, --date och --noticed) med --archival --filled\n", "\(swedish.stderr)")
        #expect(!FileManager.default.fileExists(atPath: output.path))
        // A WeasyPrint that is not run through its Python cannot read the filled form.
        let shell = try BusDocsProcess.run(arguments, environment: ["LANG": "C", "BUS_DOCS_WEASYPRINT": try Self.recordingWeasyPrint(in: folder).path])
        #expect(shell.status == 2 && shell.stderr.contains("--filled reads the filled PDF with pypdf in WeasyPrint's Python environment: install them with `make pdf-deps`"), "\(shell.stderr)")
        for (lang, message) in [("C", "bus-docs: --filled only applies with --format pdf --archival: the filled form is printed as archival PDF\n"),
                                ("sv_SE.UTF-8", "bus-docs: --filled gäller bara med --format pdf --archival: den ifyllda blanketten skrivs ut som arkiv-PDF\n")] {
            let plain = try BusDocsProcess.run(["deviation", Self.agreement, "--format", "pdf", "--filled", filled.path, "-o", output.path], environment: ["LANG": lang])
            #expect(plain.status == 2 && plain.stderr == message, "\(plain.stderr)")
        }
        let missing = try BusDocsProcess.run(["deviation", Self.agreement, "--format", "pdf", "--archival", "--filled", "finns-inte.pdf", "-o", output.path])
        #expect(missing.status == 2 && missing.stderr == "bus-docs: --filled finns-inte.pdf: the file does not exist or cannot be read as PDF\n", "\(missing.stderr)")
        #expect(!FileManager.default.fileExists(atPath: output.path))
        // An OpenDocument file: its answers are not read; a Word form's are (scripts/word-test.sh prints one).
        let openDocument = BusDocsProcess.packageRoot.appendingPathComponent("Tests/CLITests/Import/ekero-2023.odt").path
        let fromODT = try BusDocsProcess.run(["deviation", Self.agreement, "--format", "pdf", "--archival", "--filled", openDocument, "-o", output.path], environment: ["LANG": "sv_SE.UTF-8"])
        #expect(fromODT.status == 2 && fromODT.stderr == "bus-docs: --filled \(openDocument): filen är inget Word-dokument (.docx) eller ifylld PDF-blankett; "
            + "spara den ifyllda blanketten i Word-format (Spara som, Word-dokument) och ange den filen\n", "\(fromODT.stderr)")
        #expect(!FileManager.default.fileExists(atPath: output.path))
        // The report is no form: it has no --filled.
        let report = try BusDocsProcess.run(["report", "--help"])
        #expect(report.status == 0 && report.stdout.contains("--archival") && !report.stdout.contains("--filled"), "\(report.stdout)")
    }

    @Test func archivalIsOnlyForPDF() throws {
        let result = try BusDocsProcess.run(["deviation", Self.agreement, "--format", "md", "--archival"])
        #expect(result.status == 2)
        #expect(result.stderr.contains("--archival only applies to --format pdf"))
    }
}
