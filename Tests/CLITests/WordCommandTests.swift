import Foundation
import Testing

/// `--format docx`, `agreement`, `report --format md|docx` and the one list of output formats, from the built binary.
@Suite struct WordCommandTests {
    static let valid = CheckCommandTests.valid

    /// A .docx starts as every ZIP file does, and names its main part.
    func expectWordFile(_ url: URL, sourceLocation: Testing.SourceLocation = #_sourceLocation) throws {
        let bytes = try Data(contentsOf: url)
        #expect(bytes.prefix(4) == Data([0x50, 0x4B, 0x03, 0x04]), sourceLocation: sourceLocation)
        #expect(String(decoding: bytes, as: UTF8.self).contains("[Content_Types].xml"), sourceLocation: sourceLocation)
    }

    @Test func everyDocumentCommandWritesWord() throws {
        let folder = try BusDocsProcess.temporaryFolder()
        let runs: [(String, [String])] = [
            ("protokoll.docx", ["protocol", Self.valid, "--noticed", "2026-11-02", "--date", "2026-11-20"]),
            ("dagordning.docx", ["protocol", Self.valid, "--group", "styrgrupp", "--date", "2027-02-10"]),
            ("avvikelseblankett.docx", ["deviation", Self.valid]),
            ("overenskommelse.docx", ["agreement", Self.valid]),
        ]
        for (name, arguments) in runs {
            let file = folder.appendingPathComponent(name)
            let result = try BusDocsProcess.run(arguments + ["--today", "2026-11-24", "--format", "docx", "-o", file.path])
            #expect(result.status == 0, "\(name): \(result.stderr)")
            try expectWordFile(file)
        }
        let report = try BusDocsProcess.run(["report", "Agreements", "--register", "Register", "--year", "2025", "--format", "docx", "--out", folder.path])
        #expect(report.status == 0 && report.stdout == folder.appendingPathComponent("uppfoljning-2025.docx").path + "\n", "\(report.stderr)")
        try expectWordFile(folder.appendingPathComponent("uppfoljning-2025.docx"))
    }

    @Test func wordNeedsAFileAndAReferenceDocumentThatIsOne() throws {
        let noFile = try BusDocsProcess.run(["protocol", Self.valid, "--format", "docx"])
        #expect(noFile.status == 2 && noFile.stderr == "bus-docs: --format docx needs -o FILE.docx\n")
        let swedish = try BusDocsProcess.run(["deviation", Self.valid, "--format", "docx"], environment: ["LANG": "sv_SE.UTF-8"])
        #expect(swedish.stderr == "bus-docs: --format docx behöver en fil: -o FIL.docx\n")

        let folder = try BusDocsProcess.temporaryFolder()
        let notWord = folder.appendingPathComponent("mall.docx")
        try "inte ett Word-dokument".write(to: notWord, atomically: true, encoding: .utf8)
        let out = folder.appendingPathComponent("ut.docx")
        let refused = try BusDocsProcess.run(["deviation", Self.valid, "--format", "docx", "--reference-docx", notWord.path, "-o", out.path])
        #expect(refused.status == 2)
        #expect(refused.stderr == "bus-docs: --reference-docx \(notWord.path): not a Word document (a .docx is a ZIP file, and this one cannot be unpacked)\n")
        #expect(!FileManager.default.fileExists(atPath: out.path))
        let missing = try BusDocsProcess.run(["deviation", Self.valid, "--format", "docx", "--reference-docx", "saknas.docx", "-o", out.path])
        #expect(missing.status == 2 && missing.stderr.contains("--reference-docx saknas.docx: the file does not exist"))
        let notDocx = try BusDocsProcess.run(["deviation", Self.valid, "--format", "md", "--reference-docx", notWord.path])
        #expect(notDocx.status == 2 && notDocx.stderr == "bus-docs: --reference-docx is for --format docx only\n")

        // A document bus-docs wrote is a reference document too.
        let own = folder.appendingPathComponent("egen.docx")
        #expect(try BusDocsProcess.run(["deviation", Self.valid, "--format", "docx", "-o", own.path]).status == 0)
        let restyled = try BusDocsProcess.run(["protocol", Self.valid, "--format", "docx", "--reference-docx", own.path, "-o", out.path])
        #expect(restyled.status == 0, "\(restyled.stderr)")
        try expectWordFile(out)
    }

    @Test func theFormatsComeFromOneList() throws {
        let help = try BusDocsProcess.run(["deviation", "--help"], environment: ["LANG": "C", "COLUMNS": "300"])
        // Each command's --format help and completion name only the formats that write its document.
        #expect(help.stdout.contains("--format <format>") && help.stdout.contains("html, md, pdf (printed to A4) or docx (Word, with fields to fill in). Without --format"), "\(help.stdout)")
        #expect(!help.stdout.contains("values: text"), "\(help.stdout)")
        let agreementHelp = try BusDocsProcess.run(["agreement", "--help"], environment: ["LANG": "C", "COLUMNS": "300"])
        #expect(agreementHelp.stdout.contains("--format <format>       html, pdf (printed to A4) or docx (Word, with fields to fill in). Without --format"), "\(agreementHelp.stdout)")
        let fish = try BusDocsProcess.run(["--generate-completion-script", "fish"])
        let offered = fish.stdout.split(separator: "\n").filter { $0.contains("-l 'format'") }.map { line in
            (line.components(separatedBy: "\"bus-docs ").dropFirst().first?.components(separatedBy: "\"").first ?? "", line.components(separatedBy: "-rfka '").last?.dropLast() ?? "")
        }
        #expect(offered.first { $0.0 == "agreement" }?.1 == "html pdf docx", "\(offered)")
        #expect(offered.first { $0.0 == "protocol" }?.1 == "html md pdf docx", "\(offered)")
        #expect(offered.first { $0.0 == "diff" }?.1 == "text html json pdf", "\(offered)")
        let reportHelp = try BusDocsProcess.run(["report", "--help"], environment: ["LANG": "C", "COLUMNS": "300"])
        #expect(reportHelp.stdout.contains("html, md, json (for other programs), pdf (printed to A4) or docx (Word)."))
        let unknown = try BusDocsProcess.run(["protocol", Self.valid, "--format", "odt"])
        #expect(unknown.status == 2 && unknown.stderr.contains("`odt` is invalid for `--format <format>`: no format has that name; choose html, md, pdf or docx\n"), "\(unknown.stderr)")
        let json = try BusDocsProcess.run(["protocol", Self.valid, "--format", "json"])
        #expect(json.status == 2 && json.stderr == "bus-docs: --format json does not write protocols and agendas; choose html, md, pdf or docx\n")
        let agreementMarkdown = try BusDocsProcess.run(["agreement", Self.valid, "--format", "md"], environment: ["LANG": "sv_SE.UTF-8"])
        #expect(agreementMarkdown.status == 2 && agreementMarkdown.stderr == "bus-docs: --format md skriver inte överenskommelser; välj html, pdf eller docx\n")
        // diff's formats come from the same list.
        let diffWord = try BusDocsProcess.run(["diff", Self.valid, Self.valid, "--format", "docx"])
        #expect(diffWord.status == 2 && diffWord.stderr == "bus-docs: --format docx does not write comparisons; choose text, html, json or pdf\n")
        let diffHelp = try BusDocsProcess.run(["diff", "--help"], environment: ["LANG": "C", "COLUMNS": "300"])
        #expect(diffHelp.stdout.contains("text, html, json (for other programs) or pdf (printed to A4). Without --format: the format -o's file extension names (.html, .pdf …), otherwise text.\n"), "\(diffHelp.stdout)")
    }

    @Test func theAgreementCommandRefusesItsOwnSource() throws {
        let folder = try BusDocsProcess.temporaryFolder()
        let copy = folder.appendingPathComponent("omrade.md")
        try FileManager.default.copyItem(atPath: Self.valid, toPath: copy.path)
        let result = try BusDocsProcess.run(["agreement", copy.path, "--format", "docx", "-o", copy.path])
        #expect(result.status == 2 && result.stderr.contains("will not overwrite the agreement"))
        #expect(try String(contentsOf: copy, encoding: .utf8) == String(contentsOfFile: Self.valid, encoding: .utf8))
    }

    @Test func theReportInMarkdown() throws {
        let result = try BusDocsProcess.run(["report", "Agreements", "--register", "Register", "--year", "2025", "--format", "md"])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.hasPrefix("# Uppföljning av BUS-samverkan 2025\n"))
        #expect(result.stdout.contains("\n| Område | Ärenden i individforum | Lyfta till lokal styrgrupp | Avvikelser | SIP |\n|---|---|---|---|---|\n"))
        #expect(result.stdout.contains("\n| **Alla redovisade områden** |"))
        #expect(result.stdout.contains("\n## Nacka\n"))
        #expect(!result.stdout.contains("<svg") && !result.stdout.contains("&amp;"))
    }

    @Test func registerFindingsInTheFormatAsked() throws {
        let folder = try BusDocsProcess.temporaryFolder()
        let year = folder.appendingPathComponent("Register/nacka-2023/2025")
        try FileManager.default.createDirectory(at: year, withIntermediateDirectories: true)
        try "uppmärksammat;möte;parter;utfall\n2025-01-07;2025-01-15;soc-naka;löst\n".write(to: year.appendingPathComponent("individforum.csv"), atomically: true, encoding: .utf8)
        let register = folder.appendingPathComponent("Register").path
        let json = try BusDocsProcess.run(["report", "Agreements/nacka-2023.md", "--register", register, "--year", "2025", "--format", "json"])
        #expect(json.status == 1 && json.stdout.isEmpty)
        let findings = json.stderr.components(separatedBy: "\nbus-docs:").first ?? ""
        let parsed = try JSONSerialization.jsonObject(with: Data(findings.utf8)) as? [String: Any]
        #expect(parsed != nil, "findings are not JSON: \(json.stderr)")
        #expect(findings.contains("\"rule\" : \"BUS031\"") || findings.contains("\"rule\":\"BUS031\""), "\(findings)")
        let text = try BusDocsProcess.run(["report", "Agreements/nacka-2023.md", "--register", register, "--year", "2025", "--format", "md"])
        #expect(text.status == 1 && text.stderr.contains("individforum.csv:2:23: error: [BUS031]"))
    }
}
