import Foundation
import Testing

/// `build` never loses a file: it replaces only its own files, all or nothing.
@Suite struct PublishTests {
    func build(_ out: URL, _ inputs: [String] = ["Agreements"]) throws -> BusDocsProcess.Result {
        try BusDocsProcess.run(["build"] + inputs + ["--out", out.path, "--today", "2026-11-24"])
    }

    @Test func rebuildingReplacesOwnFilesAndRemovesStaleOnesButKeepsTheUsers() throws {
        let out = try BusDocsProcess.temporaryFolder().appendingPathComponent("site")
        #expect(try build(out).status == 0)
        let manifest = try String(contentsOf: out.appendingPathComponent(".bus-docs-manifest"), encoding: .utf8)
        #expect(manifest.split(separator: "\n").count == 10)
        try "egen fil".write(to: out.appendingPathComponent("README.txt"), atomically: true, encoding: .utf8)
        #expect(try build(out, ["Agreements/nacka-2023.md"]).status == 0)
        #expect(!FileManager.default.fileExists(atPath: out.appendingPathComponent("rinkeby-kista-spanga-tensta-2017/index.html").path))
        #expect(FileManager.default.fileExists(atPath: out.appendingPathComponent("nacka-2023/index.html").path))
        #expect(try String(contentsOf: out.appendingPathComponent("README.txt"), encoding: .utf8) == "egen fil")
    }

    @Test func aRelativeOutputFolderThatDoesNotExistYetIsMade() throws {
        let workspace = try BusDocsProcess.temporaryFolder()
        let agreements = BusDocsProcess.packageRoot.appendingPathComponent("Agreements").path
        let result = try BusDocsProcess.run(["build", agreements, "--out", "_site/nytt", "--today", "2026-11-24"], in: workspace)
        #expect(result.status == 0, "\(result.stderr)")
        #expect(FileManager.default.fileExists(atPath: workspace.appendingPathComponent("_site/nytt/index.html").path))
    }

    @Test func aFileBusDocsDidNotMakeIsNeverOverwritten() throws {
        let out = try BusDocsProcess.temporaryFolder()
        try "<p>min startsida</p>".write(to: out.appendingPathComponent("index.html"), atomically: true, encoding: .utf8)
        let result = try build(out)
        #expect(result.status == 2)
        #expect(result.stderr.contains("index.html: exists and was not made by bus-docs"))
        #expect(try String(contentsOf: out.appendingPathComponent("index.html"), encoding: .utf8) == "<p>min startsida</p>")
        #expect(try FileManager.default.contentsOfDirectory(atPath: out.path) == ["index.html"])
    }

    @Test func anUnwritableOutputIsAClearErrorAndWritesNothing() throws {
        let folder = try BusDocsProcess.temporaryFolder()
        let file = folder.appendingPathComponent("fil")
        try "x".write(to: file, atomically: true, encoding: .utf8)
        let result = try build(file.appendingPathComponent("site"))
        #expect(result.status == 2)
        #expect(result.stderr == "bus-docs: \(file.path): cannot be written (Not a directory); the previous files are unchanged\n")
    }

    @Test func aFullDiskLeavesThePreviousSiteIntact() throws {
        let mountPoint = try BusDocsProcess.temporaryFolder()
        let mount = Process()
        mount.executableURL = URL(fileURLWithPath: "/bin/mount")
        mount.arguments = ["-t", "tmpfs", "-o", "size=120k", "tmpfs", mountPoint.path]
        mount.standardError = FileHandle.nullDevice
        try mount.run()
        mount.waitUntilExit()
        // Mounting needs privileges; where a run has none, the error path is covered by the test above.
        guard mount.terminationStatus == 0 else { return }
        defer {
            let unmount = Process()
            unmount.executableURL = URL(fileURLWithPath: "/bin/umount")
            unmount.arguments = [mountPoint.path]
            try? unmount.run()
            unmount.waitUntilExit()
        }
        #expect(try build(mountPoint, ["Agreements/nacka-2023.md"]).status == 0)
        let before = try String(contentsOf: mountPoint.appendingPathComponent("index.html"), encoding: .utf8)
        let full = try build(mountPoint)
        #expect(full.status == 2)
        #expect(full.stderr.contains("the previous files are unchanged"))
        #expect(try String(contentsOf: mountPoint.appendingPathComponent("index.html"), encoding: .utf8) == before)
        let leftovers = FileManager.default.enumerator(atPath: mountPoint.path)?.compactMap { $0 as? String }.filter { $0.hasSuffix(".bus-docs-tmp") }
        #expect(leftovers == [])
    }
}
