import Foundation
@testable import BUSDocsKit
import Testing

/// What SARIF and GitLab reports are made of: rule documentation, paths from the repository's root,
/// fingerprints and UTF-16 columns. (scripts/tools-test.py validates the whole logs with other tools.)
@Suite struct CodeScanningTests {
    @Test func everyRuleHasHelpInBothLanguagesAndARowInTheReadme() throws {
        let readme = try String(contentsOf: URL(fileURLWithPath: #filePath).deletingLastPathComponent()
            .appendingPathComponent("../../../README.md").standardizedFileURL, encoding: .utf8)
        var urls = Set<String>()
        for rule in RuleCatalog.all {
            #expect(!rule.remedy.sv.isEmpty && !rule.remedy.en.isEmpty && rule.remedy.sv != rule.remedy.en, "\(rule.id)")
            #expect(RuleDocumentation.helpText(for: rule, in: .swedish).contains("Så rättar du: \(rule.remedy.sv)"))
            #expect(RuleDocumentation.helpMarkdown(for: rule, in: .english).contains("(\(RuleDocumentation.url(for: rule.id)))"))
            let anchor = try #require(RuleDocumentation.url(for: rule.id).split(separator: "#").last)
            #expect(readme.contains("<a id=\"\(anchor)\"></a>\(rule.id) |"), "no row for \(rule.id) in the README")
            urls.insert(RuleDocumentation.url(for: rule.id))
        }
        #expect(urls.count == RuleCatalog.all.count)
    }

    @Test func namesArePascalCase() {
        #expect(RuleDocumentation.pascalCaseName("The school's SIP duty") == "TheSchoolsSIPDuty")
        #expect(RuleDocumentation.pascalCaseName("Mandatory services") == "MandatoryServices")
        #expect(RuleDocumentation.pascalCaseName("Annual follow-up") == "AnnualFollowUp")
        for rule in RuleCatalog.all {
            let name = RuleDocumentation.pascalCaseName(rule.title.en)
            #expect(name.first?.isUppercase == true && name.allSatisfy { $0.isASCII && ($0.isLetter || $0.isNumber) }, "\(rule.id): \(name)")
        }
    }

    @Test func pathsAreRelativeToTheRoot() {
        let root = SourceRoot(path: "/srv/repo", workingDirectory: "/srv/repo/docs")
        #expect(root.relative("avtal/a.md") == "docs/avtal/a.md")
        #expect(root.relative("../Agreements/./b.md") == "Agreements/b.md")
        #expect(root.relative("/srv/repo/c.md") == "c.md")
        #expect(root.relative("/srv/other/c.md") == nil)
        #expect(root.relative("../../repo-copy/c.md") == nil, "a sibling whose name starts like the root is outside it")
        #expect(SourceRoot(path: "/srv/mapp med å", workingDirectory: "/").uri == "file:///srv/mapp%20med%20%C3%A5/")
    }

    static func report(line: Int, text: String, column: Int = 11) -> CheckReport {
        let lines = Array(repeating: "# x", count: line - 1) + [text]
        let source = SourceFile(path: "a.md", text: lines.joined(separator: "\n") + "\n")
        let finding = Diagnostic(severity: .error, ruleID: "BUS008", message: LocalizedText(sv: "muntligt", en: "oral"),
                                 location: SourceLocation(line: line, column: column))
        return CheckReport(files: [CheckReport.File(path: "a.md", source: source, diagnostics: [finding, finding])])
    }

    @Test func fingerprintsFollowTheFindingNotItsLine() {
        let root = SourceRoot(path: "/r", workingDirectory: "/r")
        let here = ScannedFinding.all(in: Self.report(line: 3, text: "samtycke: muntligt"), root: root)
        let moved = ScannedFinding.all(in: Self.report(line: 9, text: "samtycke:   muntligt"), root: root)
        let changed = ScannedFinding.all(in: Self.report(line: 3, text: "samtycke: saknas"), root: root)
        #expect(here.map(\.fingerprint) == moved.map(\.fingerprint))
        #expect(here[0].fingerprint != here[1].fingerprint, "two identical findings are told apart")
        #expect(here[0].fingerprint.hasSuffix(":1") && here[1].fingerprint.hasSuffix(":2"))
        #expect(here[0].fingerprint != changed[0].fingerprint)
    }

    @Test func columnsAreUTF16CodeUnits() {
        let root = SourceRoot(path: "/r", workingDirectory: "/r")
        // "😀" is one Unicode scalar and two UTF-16 code units; "å" one of each.
        let finding = ScannedFinding.all(in: Self.report(line: 1, text: "å: \"😀 x\"", column: 6), root: root)[0]
        #expect(finding.utf16Columns.start == 7)
        #expect(finding.utf16Columns.end == 10, "the end of the line: 9 code units, exclusive")
        let past = ScannedFinding.all(in: Self.report(line: 1, text: "kort", column: 40), root: root)[0]
        #expect(past.utf16Columns.start == 40 && past.utf16Columns.end == 40)
    }

    @Test func theSchemaDescribesEveryKeyTheDecoderReads() throws {
        let schema = FrontMatterSchema.schema(ruleSets: [RuleSet.builtIn(named: "hök-2022")!])
        guard case .object(let properties)? = schema["properties"] else { Issue.record("no properties"); return }
        #expect(Set(properties.keys) == Set(AgreementDecoder.topLevelKeys))
        guard case .object(let group)? = properties["grupper"]?["items"]?["properties"] else { Issue.record("no group"); return }
        #expect(Set(group.keys) == Set(FrontMatterKeys.names(of: ["grupper"])))
    }
}
