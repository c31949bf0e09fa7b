import Foundation
import Testing

/// The hostile corpus (`Hostile/`, with `expected.tsv`): each file gives its expected exit status and
/// finding, never a crash, a trap or a hang; building them all escapes every value and writes only
/// inside `--out`.
@Suite struct HostileInputTests {
    struct Case: CustomStringConvertible, Sendable {
        var file: String
        var status: Int32
        var expected: String
        var description: String { file }
    }

    static let folder = BusDocsProcess.packageRoot.appendingPathComponent("Tests/CLITests/Hostile")

    static let cases: [Case] = {
        let table = (try? String(contentsOf: folder.appendingPathComponent("expected.tsv"), encoding: .utf8)) ?? ""
        return table.split(separator: "\n").filter { !$0.hasPrefix("#") }.compactMap { line in
            let fields = line.split(separator: "\t", maxSplits: 2).map(String.init)
            guard fields.count == 3, let status = Int32(fields[1]) else { return nil }
            return Case(file: fields[0], status: status, expected: fields[2])
        }
    }()

    @Test func theCorpusHasAtLeastThirtyCasesAndEveryFileIsListed() throws {
        #expect(Self.cases.count >= 30)
        let files = try FileManager.default.contentsOfDirectory(atPath: Self.folder.path).filter { $0.hasSuffix(".md") }
        #expect(Set(files) == Set(Self.cases.map(\.file)))
    }

    @Test(arguments: cases)
    func checkGivesTheExpectedFinding(_ hostile: Case) throws {
        let result = try BusDocsProcess.run(["check", Self.folder.appendingPathComponent(hostile.file).path, "--today", "2026-11-24"], timeout: 30)
        #expect(result.status == hostile.status, "\(hostile.file): \(result.stdout.suffix(300))")
        #expect(result.stdout.contains(hostile.expected), "\(hostile.file): \(result.stdout.prefix(600))")
        #expect(result.stderr.isEmpty, "\(hostile.file): \(result.stderr.prefix(300))")
    }

    @Test func buildingTheWholeCorpusEscapesEverythingAndWritesOnlyIntoOut() throws {
        let workspace = try BusDocsProcess.temporaryFolder()
        let out = workspace.appendingPathComponent("site")
        let result = try BusDocsProcess.run(["build", Self.folder.path, "--out", out.path, "--today", "2026-11-24"], timeout: 120)
        #expect(result.status == 1, "\(result.stderr)")
        #expect(try FileManager.default.contentsOfDirectory(atPath: workspace.path) == ["site"])
        let pages = FileManager.default.enumerator(atPath: out.path)?.compactMap { $0 as? String }.filter { $0.hasSuffix(".html") } ?? []
        #expect(pages.contains("html-in-every-field/index.html"))
        // `fil: /etc/shadow`, `fil: ../../etc/passwd`: attachments out of the folder are never copied.
        let files = FileManager.default.enumerator(atPath: out.path)?.compactMap { $0 as? String } ?? []
        #expect(!files.contains { $0.hasSuffix("shadow") || $0.hasSuffix("passwd") }, "\(files)")
        #expect(!result.stderr.contains("/etc/"), "BUS014 reports them; they are not looked up")
        for page in pages {
            let html = try String(contentsOf: out.appendingPathComponent(page), encoding: .utf8)
            #expect(!html.contains("<script"), "\(page)")
            #expect(!html.contains("<img"), "\(page)")
            #expect(!html.contains("javascript:"), "\(page)")
        }
    }

    @Test func aMegabyteLineAndThousandsOfPartiesAreHandled() throws {
        let folder = try BusDocsProcess.temporaryFolder()
        let valid = try String(contentsOfFile: CheckCommandTests.valid, encoding: .utf8)
        let line = valid.replacingOccurrences(of: "Barnkonventionen gäller.", with: String(repeating: "ord ", count: 256 * 1024))
        try line.write(to: folder.appendingPathComponent("long-line.md"), atomically: true, encoding: .utf8)
        let longLine = try BusDocsProcess.run(["check", folder.appendingPathComponent("long-line.md").path], timeout: 30)
        #expect(longLine.status == 1)
        #expect(longLine.stdout.contains(":83:1: error: [BUS000] line 83 is 1024 KB long, over the 64 KB limit for a line"))

        let parties = (1...5000).map { "  - { id: part-\($0), namn: Part \($0), huvudman: kommun, verksamheter: [kultur-fritid] }\n" }.joined()
        let many = valid.replacingOccurrences(of: "parter:\n", with: "parter:\n" + parties)
        try many.write(to: folder.appendingPathComponent("many-parties.md"), atomically: true, encoding: .utf8)
        let manyParties = try BusDocsProcess.run(["check", folder.appendingPathComponent("many-parties.md").path, "--today", "2026-11-24"], timeout: 60)
        #expect(manyParties.status == 0, "\(manyParties.stdout.suffix(300))")
    }
}
