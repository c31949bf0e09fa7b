import BUSDocsKit
import Foundation
import TestSupport
import Testing
@testable import Templates

/// Publishing a site: staged beside `--out`, swapped in whole, the user's files kept, nothing changed on failure.
@Suite struct SitePublisherTests {
    func workspace() throws -> String {
        let url = Scratch.url("publisher")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url.path
    }

    func read(_ path: String) -> String? {
        FileManager.default.contents(atPath: path).map { String(decoding: $0, as: UTF8.self) }
    }

    @Test func aSiteIsPublishedWithItsManifestAndNothingBesideIt() throws {
        let root = try workspace(), out = root + "/site"
        try SitePublisher.publish([OutputFile(path: "index.html", text: "i"), OutputFile(path: "a/index.html", text: "a")], to: out)
        #expect(read(out + "/a/index.html") == "a")
        #expect(read(out + "/" + SitePublisher.manifestName) == "a/index.html\nindex.html\n")
        #expect(try FileManager.default.contentsOfDirectory(atPath: root) == ["site"])
    }

    @Test func aRebuildReplacesItsOwnFilesDropsStaleOnesAndKeepsTheUsers() throws {
        let root = try workspace(), out = root + "/site"
        try SitePublisher.publish([OutputFile(path: "index.html", text: "1"), OutputFile(path: "gammal/index.html", text: "g")], to: out)
        try FileManager.default.createDirectory(atPath: out + "/egna", withIntermediateDirectories: true)
        try "min".write(toFile: out + "/egna/fil.txt", atomically: true, encoding: .utf8)
        try "min".write(toFile: out + "/gammal/anteckning.txt", atomically: true, encoding: .utf8)
        try FileManager.default.createSymbolicLink(atPath: out + "/länk", withDestinationPath: "egna/fil.txt")
        try SitePublisher.publish([OutputFile(path: "index.html", text: "2")], to: out)
        #expect(read(out + "/index.html") == "2")
        #expect(read(out + "/gammal/index.html") == nil)
        #expect(read(out + "/gammal/anteckning.txt") == "min")
        #expect(read(out + "/egna/fil.txt") == "min")
        #expect(try FileManager.default.destinationOfSymbolicLink(atPath: out + "/länk") == "egna/fil.txt")
        #expect(try FileManager.default.contentsOfDirectory(atPath: root) == ["site"])
    }

    @Test func aFileInTheWayFailsAndChangesNothing() throws {
        let root = try workspace(), out = root + "/site"
        try SitePublisher.publish([OutputFile(path: "index.html", text: "1")], to: out)
        try "min".write(toFile: out + "/sida.html", atomically: true, encoding: .utf8)
        #expect(throws: SitePublisher.notOurs(out + "/sida.html")) {
            try SitePublisher.publish([OutputFile(path: "index.html", text: "2"), OutputFile(path: "sida.html", text: "x")], to: out)
        }
        #expect(read(out + "/index.html") == "1")
        #expect(read(out + "/sida.html") == "min")
        #expect(try FileManager.default.contentsOfDirectory(atPath: root) == ["site"])
    }

    @Test func aFolderOfTheUsersWhereAPageGoesFailsAndChangesNothing() throws {
        let root = try workspace(), out = root + "/site"
        try SitePublisher.publish([OutputFile(path: "index.html", text: "1")], to: out)
        try "min".write(toFile: out + "/x", atomically: true, encoding: .utf8)
        #expect(throws: FileProblem.self) {
            try SitePublisher.publish([OutputFile(path: "x/index.html", text: "2")], to: out)
        }
        #expect(read(out + "/index.html") == "1")
        #expect(read(out + "/x") == "min")
    }

    @Test func anAbandonedBuildLeavesNothingAndAKilledBuildsStagingIsCleanedUp() throws {
        let root = try workspace(), out = root + "/site"
        // A staging folder of a process that no longer exists.
        try FileManager.default.createDirectory(atPath: root + "/.site" + SitePublisher.stagingMarker + "999999999", withIntermediateDirectories: true)
        let publisher = try SitePublisher(out: out)
        try publisher.stage([OutputFile(path: "index.html", text: "1")])
        publisher.abandon()
        #expect(try FileManager.default.contentsOfDirectory(atPath: root) == [])
    }

    /// A folder beside which nothing can be made (even by root: /proc): the problem names `--out` as the
    /// user wrote it, never the staging folder.
    @Test func anOutWhoseParentCannotBeWrittenIsNamedAsWritten() throws {
        let out = "/proc/bus-docs-site"
        let error = try #require(throws: FileProblem.self) { try SitePublisher.publish([OutputFile(path: "index.html", text: "i")], to: out) }
        #expect(error.path == out)
        #expect(!"\(error.path) \(error.reason.sv)".contains(SitePublisher.stagingMarker))
    }

    @Test func theSamePathStagedTwiceIsRefused() throws {
        let publisher = try SitePublisher(out: try workspace() + "/site")
        defer { publisher.abandon() }
        try publisher.stage([OutputFile(path: "a.html", text: "1")])
        #expect(throws: FileProblem.self) { try publisher.stage([OutputFile(path: "a.html", text: "2")]) }
        #expect(throws: FileProblem.self) { try publisher.stage([OutputFile(path: "../ut.html", text: "2")]) }
    }

    @Test func twoFoldersSwapPlaces() throws {
        let root = try workspace()
        try FileManager.default.createDirectory(atPath: root + "/a", withIntermediateDirectories: true)
        try FileManager.default.createDirectory(atPath: root + "/b", withIntermediateDirectories: true)
        try "a".write(toFile: root + "/a/fil", atomically: true, encoding: .utf8)
        try "b".write(toFile: root + "/b/fil", atomically: true, encoding: .utf8)
        try FolderSwap.exchange(root + "/a", root + "/b") { SystemError($0) }
        #expect(read(root + "/a/fil") == "b")
        #expect(read(root + "/b/fil") == "a")
        #expect(throws: SystemError(ENOENT)) { try FolderSwap.exchange(root + "/a", root + "/saknas") { SystemError($0) } }
        #expect(read(root + "/a/fil") == "b")
    }

    @Test func slugsAreFileNamesMadeUniqueByTheirFolders() {
        #expect(Slugs.make(for: ["A/nacka.md", "A/solna.md"]) == ["nacka", "solna"])
        #expect(Slugs.make(for: ["A/a/x.md", "A/b/x.md", "y.md"]) == ["a-x", "b-x", "y"])
        #expect(Slugs.make(for: ["p/a/x.md", "q/a/x.md"]) == ["p-a-x", "q-a-x"])
        #expect(Slugs.make(for: ["a/x.md", "b/x.md", "a-x.md"]) == ["a-x", "b-x", "a-x-2"])
        #expect(Slugs.make(for: ["...md", ".dold.md"]) == ["_..", "_.dold"])
        // Ten thousand areas that all call their file the same: one pass per folder level, not per pair.
        let many = Slugs.make(for: (0..<10_000).map { "Agreements/område-\($0)/överenskommelse.md" })
        #expect(Set(many).count == 10_000)
        #expect(many[7] == "område-7-överenskommelse")
    }
}
