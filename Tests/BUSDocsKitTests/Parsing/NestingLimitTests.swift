import BUSDocsKit
import Testing
import TestSupport

/// Markdown nested past `CommonMarkConverter.maximumNesting`: a BUS000 error, and a page that stays
/// within the limit with the deep text kept, flattened.
@Suite struct NestingLimitTests {
    static let limit = CommonMarkConverter.maximumNesting

    func count(_ tag: String, in html: String) -> Int {
        html.components(separatedBy: "<\(tag)>").count - 1
    }

    @Test func quotesAtTheLimitAreKeptAndPastItFlattened() {
        let atLimit = String(repeating: ">", count: Self.limit) + " inom gränsen\n"
        #expect(count("blockquote", in: CommonMarkConverter.html(from: atLimit)) == Self.limit)
        let deep = String(repeating: ">", count: 5000) + " djupt\n\n" + String(repeating: ">", count: 40) + " också\n\n# Rubrik\n"
        let html = CommonMarkConverter.html(from: deep)
        #expect(count("blockquote", in: html) == 2 * Self.limit)
        #expect(html.contains("<p>djupt</p>"))
        #expect(html.contains("<p>också</p>"))
        #expect(html.contains("<h1>Rubrik</h1>"))
    }

    @Test func nestedListsCountOneLevelEach() {
        let list = (0..<40).map { String(repeating: "  ", count: $0) + "- nivå \($0)\n" }.joined()
        let html = CommonMarkConverter.html(from: list)
        #expect(count("ul", in: html) == Self.limit)
        #expect(html.contains("nivå 39"))
    }

    @Test func deepNestingIsABUS000ErrorAtItsLine() throws {
        let text = Fixture.valid + "\n" + String(repeating: ">", count: Self.limit + 1) + " djupt\n"
        let parsed = AgreementParser.parse(bytes: Array(text.utf8), path: "djup.md")
        #expect(parsed.agreement != nil)
        let finding = try #require(parsed.diagnostics.first { $0.ruleID == "BUS000" })
        #expect(finding.severity == .error)
        #expect(finding.location.line == text.split(separator: "\n", omittingEmptySubsequences: false).count - 1)
        #expect(finding.message.en == "block quotes and lists nest deeper than the limit of 32 levels; what is deeper is shown without nesting")

        let shallow = Fixture.valid + "\n" + String(repeating: ">", count: Self.limit) + " djupt\n"
        #expect(AgreementParser.parse(bytes: Array(shallow.utf8), path: "ok.md").diagnostics.isEmpty)
    }
}
