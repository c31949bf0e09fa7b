import Foundation
import Testing

/// Where `report` writes: the internal version beside the public one, never over it, and a report already
/// there kept unless `--force`, as `protocol`, `deviation` and `agreement` keep theirs.
@Suite struct ReportOutputTests {
    static let swedish = ["LANG": "sv_SE.UTF-8"]
    static let english = ["LANG": "C"]

    /// `--no-suppression --out` writes `uppfoljning-YYYY-intern.html`, titled as the internal version, says
    /// on stderr that it must not be published, and leaves the public report in the same folder as it was.
    @Test func theInternalVersionHasItsOwnFileAndTitleAndAWarning() throws {
        let out = try BusDocsProcess.temporaryFolder().appendingPathComponent("uppfoljning")
        let arguments = ["report", "--register", "Register", "--year", "2025", "--out", out.path]
        let published = try BusDocsProcess.run(arguments, environment: Self.swedish)
        #expect(published.status == 0 && published.stderr.isEmpty, "\(published.stderr)")
        #expect(published.stdout == out.appendingPathComponent("uppfoljning-2025.html").path + "\n")
        let publicFile = out.appendingPathComponent("uppfoljning-2025.html")
        let before = try Data(contentsOf: publicFile)

        let internalVersion = try BusDocsProcess.run(arguments + ["--no-suppression"], environment: Self.swedish)
        #expect(internalVersion.status == 0, "\(internalVersion.stderr)")
        #expect(internalVersion.stdout == out.appendingPathComponent("uppfoljning-2025-intern.html").path + "\n")
        #expect(internalVersion.stderr == "bus-docs: varning: --no-suppression visar alla tal, också 1 och 2: den interna versionen får inte publiceras\n")
        #expect(try Data(contentsOf: publicFile) == before)
        let html = try String(contentsOf: out.appendingPathComponent("uppfoljning-2025-intern.html"), encoding: .utf8)
        #expect(html.contains("<title>Uppföljning av BUS-samverkan 2025 – Intern version</title>"), "\(html.prefix(600))")
        #expect(html.contains("<h1>Uppföljning av BUS-samverkan 2025 – Intern version</h1>"))
        #expect(!String(decoding: before, as: UTF8.self).contains("Intern version"))

        let markdown = try BusDocsProcess.run(["report", "--register", "Register", "--year", "2025", "--format", "md", "--no-suppression"], environment: Self.english)
        #expect(markdown.status == 0)
        #expect(markdown.stdout.hasPrefix("# Uppföljning av BUS-samverkan 2025 – Intern version\n"), "\(markdown.stdout.prefix(200))")
        #expect(markdown.stderr == "bus-docs: warning: --no-suppression shows every count, also 1 and 2: the internal version must not be published\n")
    }

    /// A report already written may hold the steering group's comments: the next run keeps it and names a
    /// free file, in both languages, for `--out` and for `-o`; `--force` replaces it.
    @Test func anExistingReportIsKeptUnlessForce() throws {
        let folder = try BusDocsProcess.temporaryFolder()
        let out = folder.appendingPathComponent("uppf")
        let file = out.appendingPathComponent("uppfoljning-2025.docx")
        let arguments = ["report", "--register", "Register", "--year", "2025", "--format", "docx", "--out", out.path]
        #expect(try BusDocsProcess.run(arguments).status == 0)
        try Data("the steering group's comments".utf8).write(to: file)

        let english = try BusDocsProcess.run(arguments, environment: Self.english)
        #expect(english.status == 2 && english.stdout.isEmpty)
        #expect(english.stderr == "bus-docs: \(file.path): exists and may have been added to by hand; choose another name, e.g. -o \(out.path)/uppfoljning-2025-2.docx, or pass --force to replace it\n", "\(english.stderr)")
        let swedish = try BusDocsProcess.run(arguments, environment: Self.swedish)
        #expect(swedish.status == 2)
        #expect(swedish.stderr == "bus-docs: \(file.path): filen finns redan och kan ha kompletterats för hand; välj ett annat namn, t.ex. -o \(out.path)/uppfoljning-2025-2.docx, eller ange --force för att ersätta den\n", "\(swedish.stderr)")
        #expect(try String(contentsOf: file, encoding: .utf8) == "the steering group's comments")

        // The name it suggests works as written.
        let free = try BusDocsProcess.run(["report", "--register", "Register", "--year", "2025", "-o", "\(out.path)/uppfoljning-2025-2.docx"])
        #expect(free.status == 0, "\(free.stderr)")

        let dashO = try BusDocsProcess.run(["report", "--register", "Register", "--year", "2025", "-o", file.path], environment: Self.english)
        #expect(dashO.status == 2)
        #expect(dashO.stderr == "bus-docs: -o \(file.path): exists and may have been added to by hand; choose another name, e.g. -o \(out.path)/uppfoljning-2025-3.docx, or pass --force to replace it\n", "\(dashO.stderr)")
        #expect(try String(contentsOf: file, encoding: .utf8) == "the steering group's comments")

        let forced = try BusDocsProcess.run(arguments + ["--force"])
        #expect(forced.status == 0, "\(forced.stderr)")
        #expect(try Data(contentsOf: file).starts(with: Array("PK\u{3}\u{4}".utf8)))
    }

    /// The report's Word file has tables and no fields, and its help says so; the protocol's still has fields.
    @Test func helpDoesNotPromiseFieldsInTheWordReport() throws {
        for (environment, report, fields) in [
            (["LANG": "C", "COLUMNS": "300"], "html, md, json (for other programs), pdf (printed to A4) or docx (Word).",
             "html, md, pdf (printed to A4) or docx (Word, with fields to fill in)."),
            (["LANG": "sv_SE.UTF-8", "COLUMNS": "300"], "html, md, json (för andra program), pdf (utskrivet på A4) eller docx (Word).",
             "html, md, pdf (utskrivet på A4) eller docx (Word, med fält att fylla i)."),
        ] {
            let reportHelp = try BusDocsProcess.run(["report", "--help"], environment: environment)
            #expect(reportHelp.stdout.contains(report) && !reportHelp.stdout.contains("fill in") && !reportHelp.stdout.contains("fylla i"), "\(reportHelp.stdout)")
            #expect(try BusDocsProcess.run(["protocol", "--help"], environment: environment).stdout.contains(fields))
        }
    }
}
