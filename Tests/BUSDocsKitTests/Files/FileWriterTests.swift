import BUSDocsKit
import Foundation
import TestSupport
import Testing

/// The one file writer: replace in one step, create without ever replacing, nothing left behind.
@Suite struct FileWriterTests {
    func folder() throws -> String {
        let path = Scratch.url("writer").path
        try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
        return path
    }

    @Test func replaceWritesTheWholeFileAndLeavesNoTemporaryFile() throws {
        let root = try folder(), path = root + "/fil.html"
        try FileWriter.replace(Array("ett".utf8), at: path)
        try FileWriter.replace(Array("två".utf8), at: path)
        #expect(FileManager.default.contents(atPath: path) == Data("två".utf8))
        #expect(try FileManager.default.contentsOfDirectory(atPath: root) == ["fil.html"])
    }

    @Test func createNeverReplacesAFile() throws {
        let root = try folder(), path = root + "/ny.md"
        try FileWriter.create(Array("först".utf8), at: path)
        #expect(throws: FileProblem(path: path, reason: LocalizedText(sv: "finns redan; bus-docs skriver aldrig över den", en: "exists; bus-docs never writes over it"))) {
            try FileWriter.create(Array("sedan".utf8), at: path)
        }
        #expect(FileManager.default.contents(atPath: path) == Data("först".utf8))
        #expect(try FileManager.default.contentsOfDirectory(atPath: root) == ["ny.md"])
    }

    @Test func aFolderThatIsNotThereIsNamedWithItsReason() throws {
        let path = try folder() + "/saknas/fil.html"
        #expect(throws: FileProblem.system(ENOENT, path: path, writing: true)) { try FileWriter.replace(Array("x".utf8), at: path) }
        #expect(FileProblem.system(ENOSPC, path: "a", writing: true).message.en == "a: cannot be written (No space left on device)")
    }

    @Test func removeTreeRemovesEverythingButNeverFollowsALink() throws {
        let root = try folder(), outside = try folder()
        try "behåll".write(toFile: outside + "/fil", atomically: true, encoding: .utf8)
        try FileManager.default.createDirectory(atPath: root + "/site/a/b", withIntermediateDirectories: true)
        try "x".write(toFile: root + "/site/a/b/sida.html", atomically: true, encoding: .utf8)
        try FileManager.default.createSymbolicLink(atPath: root + "/site/a/länk", withDestinationPath: outside)
        FileWriter.removeTree(root + "/site")
        #expect(try FileManager.default.contentsOfDirectory(atPath: root) == [])
        #expect(FileManager.default.contents(atPath: outside + "/fil") == Data("behåll".utf8))
    }
}
