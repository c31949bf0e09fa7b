import BUSDocsKit
import Foundation
import TestSupport
@testable import Templates

/// Documents made from the test fixture agreement, with fixed dates so output is reproducible.
enum Documents {
    static let today = LocalDate(year: 2026, month: 11, day: 24)

    static let validText: String = {
        let url = TestPaths.packageRoot().appendingPathComponent("Tests/BUSDocsKitTests/Fixtures/valid.md")
        return (try? String(contentsOf: url, encoding: .utf8)) ?? ""
    }()

    static func source(_ text: String = validText, slug: String = "testomradet") -> DocumentSource {
        let checked = CheckedAgreement.parse(bytes: Array(text.utf8), path: slug + ".md", slug: slug, validator: Validator(today: today))
        // A text without a model still gets a document (an empty agreement), for tests of empty fields.
        return checked.document ?? DocumentSource(agreement: Agreement(), diagnostics: checked.diagnostics,
                                                  ruleSet: Validator(today: today).ruleSet(for: Agreement()).0, slug: slug)
    }

    /// The built-in templates with a one-line stylesheet, so golden files show the documents' structure
    /// and a change of style alone does not rewrite them all (`RenderingTests` checks the real one is inlined).
    static let renderer: DocumentRenderer = {
        let folder = Scratch.url("bus-docs-style")
        try? FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        try? "/* style.css */".write(to: folder.appendingPathComponent("style.css"), atomically: true, encoding: .utf8)
        return DocumentRenderer(templates: try! TemplateSet.load(overrides: folder.path))
    }()

    static func group(_ id: String, in source: DocumentSource) -> Group {
        source.agreement.groups.first { $0.id.value == id }!
    }
}
