import Foundation
import Testing
@testable import BUSDocsKit

/// Every count `import` prints agrees with its number in both languages: "1 stycke", "1 varning",
/// "1 paragraph", "1 error", and the plural for 0 and 2.
@Suite struct ImportReportCountTests {
    /// A report of a document with `count` paragraphs and footnotes whose draft's check found `count`
    /// errors and `count` warnings.
    static func report(_ count: Int) -> ImportReport {
        let document = ImportedDocument(blocks: (0..<count).map { .paragraph("Stycke \($0 + 1).") }, footnotes: (0..<count).map { "Fotnot \($0 + 1)." })
        let draft = DocumentImporter.draft(document, rules: nil).draft
        let diagnostics = [Severity.error, .warning].flatMap { severity in
            (0..<count).map { Diagnostic(severity: severity, ruleID: "BUS001", message: LocalizedText(sv: "fynd", en: "finding"), location: SourceLocation(line: $0 + 1, column: 1)) }
        }
        let check = CheckReport(files: [CheckReport.File(path: "utkast.md", source: nil, diagnostics: diagnostics)])
        return ImportReport(source: "avtal.docx", output: "utkast.md", document: document, draft: draft, check: check)
    }

    /// The lines of the terminal report that carry a count of something.
    static func countLines(_ text: String) -> [String] {
        text.split(separator: "\n").map(String.init).filter { $0.contains("lästa;") || $0.contains(" read;") || $0.hasPrefix("Kontrollen") || $0.hasPrefix("The draft's check") }
    }

    @Test func countsAgreeWithTheirNumberInBothLanguages() {
        let swedish = [0, 1, 2].flatMap { Self.countLines(Self.report($0).text(.swedish)) }
        #expect(swedish == [
            "  0 stycken, 0 fotnoter lästa; utkastet skrevs till utkast.md",
            "Kontrollen av utkastet (0 fel, 0 varningar):",
            "  1 stycke, 1 fotnot lästa; utkastet skrevs till utkast.md",
            "Kontrollen av utkastet (1 fel, 1 varning):",
            "  2 stycken, 2 fotnoter lästa; utkastet skrevs till utkast.md",
            "Kontrollen av utkastet (2 fel, 2 varningar):",
        ])
        let english = [0, 1, 2].flatMap { Self.countLines(Self.report($0).text(.english)) }
        #expect(english == [
            "  0 paragraphs and 0 footnotes read; the draft was written to utkast.md",
            "The draft's check (0 errors, 0 warnings):",
            "  1 paragraph and 1 footnote read; the draft was written to utkast.md",
            "The draft's check (1 error, 1 warning):",
            "  2 paragraphs and 2 footnotes read; the draft was written to utkast.md",
            "The draft's check (2 errors, 2 warnings):",
        ])
        // The Markdown report says the same.
        #expect(Self.report(1).markdown(.swedish).contains("- 1 stycke, 1 fotnot lästa; utkastet skrevs till utkast.md\n"))
        #expect(Self.report(1).markdown(.english).contains("- 1 paragraph and 1 footnote read; the draft was written to utkast.md\n"))
    }
}
