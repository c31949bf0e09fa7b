import Foundation
import Testing
import TestSupport
import Yams
@testable import BUSDocsKit

/// The fast front-matter parser against Yams: wherever it gives a tree, the tree and every position are
/// the ones Yams gives; where it cannot, it says so and Yams decides.
@Suite struct FrontMatterYAMLTests {
    /// The front matter of a text that passes reading (no control characters, valid UTF-8…), as the
    /// parser sees it in the pipeline.
    static func frontMatter(_ text: String) -> String? {
        guard let source = try? SourceDecoder.decode(Array(text.utf8), path: "t.md").get(),
              let split = try? FrontMatterSplitter.split(source).get() else { return nil }
        return split.yaml
    }

    /// nil when the fast parser declined; otherwise whether it agrees with Yams.
    static func agrees(_ yaml: String) -> Bool? {
        guard let fast = FrontMatterYAML.parse(yaml, firstLine: 2) else { return nil }
        guard let node = try? Yams.compose(yaml: yaml) else {
            // Yams refuses duplicate keys outright; the decoder reports them as BUS019 instead.
            return hasDuplicateKeys(fast)
        }
        return fast == YAMLNode(node, lineOffset: 1)
    }

    static func hasDuplicateKeys(_ node: YAMLNode) -> Bool {
        switch node {
        case .scalar: return false
        case .sequence(let items, _): return items.contains(where: hasDuplicateKeys)
        case .mapping(let entries, _):
            let keys = entries.compactMap(\.key.string)
            return Set(keys).count != keys.count || entries.contains { hasDuplicateKeys($0.value) }
        }
    }

    static var realFiles: [String] {
        let root = TestPaths.packageRoot()
        let folders = ["Agreements", "Tests/CLITests/Hostile", "Tests/BUSDocsKitTests/Fixtures"]
        return folders.flatMap { folder in
            ((try? FileManager.default.contentsOfDirectory(atPath: root.appendingPathComponent(folder).path)) ?? [])
                .filter { $0.hasSuffix(".md") }
                .compactMap { try? String(contentsOf: root.appendingPathComponent(folder).appendingPathComponent($0), encoding: .utf8) }
        }
    }

    @Test func theAgreementsAndFixtureTakeTheFastPathAndAgreeWithYams() throws {
        let root = TestPaths.packageRoot()
        for path in ["Agreements/nacka-2023.md", "Agreements/rinkeby-kista-spanga-tensta-2017.md", "Tests/BUSDocsKitTests/Fixtures/valid.md"] {
            let yaml = try #require(Self.frontMatter(try String(contentsOf: root.appendingPathComponent(path), encoding: .utf8)))
            #expect(Self.agrees(yaml) == true, "\(path)")
        }
    }

    @Test func everyRealFileEitherAgreesOrGoesToYams() {
        for text in Self.realFiles {
            guard let yaml = Self.frontMatter(text) else { continue }
            #expect(Self.agrees(yaml) != false, "\(text.prefix(200))")
        }
    }

    @Test(arguments: 0..<4)
    func mutatedFrontMattersEitherAgreeOrGoToYams(batch: Int) {
        var random = ParserPropertyTests.SplitMix(state: UInt64(batch + 100) &* 104_729)
        let base = Array(Fixture.valid.utf8)
        var fast = 0
        for _ in 0..<400 {
            let bytes = ParserPropertyTests.mutate(base, using: &random)
            guard let text = String(validating: bytes, as: UTF8.self), let yaml = Self.frontMatter(text) else { continue }
            switch Self.agrees(yaml) {
            case false?: Issue.record("fast parser disagrees with Yams on:\n\(yaml)")
            case true?: fast += 1
            case nil: break
            }
        }
        #expect(fast > 25, "the fast path should take many mutated files, took \(fast)")
    }

    @Test(arguments: [
        "a: |\n  block\n", "a: >\n  folded\n", "a: b\n  c\n", "a: !!str x\n", "a:\n\tb: c\n", "a: [b,\n  c]\n",
        "a: \"x\\u00e5\"\n", "? a\n: b\n", "a: b: c\n", "a:\n", "a: { b: }\n", "- - a\n",
    ])
    func formsItDoesNotKnowGoToYams(yaml: String) {
        #expect(FrontMatterYAML.parse(yaml, firstLine: 2) == nil)
    }

    @Test func positionsOfKeysValuesAndFlowItems() throws {
        let yaml = "titel: 'Avtal'' text'\nparter:\n  - id: sof\n    verksamheter: [socialtjanst, \"bup\"]\n"
        let tree = try #require(FrontMatterYAML.parse(yaml, firstLine: 2))
        #expect(tree == YAMLNode(try #require(try Yams.compose(yaml: yaml)), lineOffset: 1))
        guard case let .mapping(entries, _) = tree, case let .sequence(items, _) = entries[1].value,
              case let .mapping(party, _) = items[0], case let .sequence(services, _) = party[1].value else {
            Issue.record("unexpected shape")
            return
        }
        #expect(entries[0].value == .scalar("Avtal' text", quoted: true, SourceLocation(line: 2, column: 8)))
        #expect(services.map(\.location) == [SourceLocation(line: 5, column: 20), SourceLocation(line: 5, column: 34)])
    }
}
