import Foundation
import Testing

/// What `check` reads: links followed, loops and repeats taken once, and nothing skipped without a word.
@Suite struct FileCollectionTests {
    static let broken = BusDocsProcess.packageRoot.appendingPathComponent("Tests/CLITests/Hostile/yaml-syntax-error.md").path

    /// A folder with a valid agreement, and elsewhere a failing one.
    func workspace() throws -> (root: URL, agreements: URL, elsewhere: URL) {
        let root = try BusDocsProcess.temporaryFolder()
        let agreements = root.appendingPathComponent("Agreements"), elsewhere = root.appendingPathComponent("annat")
        try FileManager.default.createDirectory(at: agreements, withIntermediateDirectories: true)
        try FileManager.default.createDirectory(at: elsewhere, withIntermediateDirectories: true)
        try FileManager.default.copyItem(atPath: CheckCommandTests.valid, toPath: agreements.appendingPathComponent("giltig.md").path)
        try FileManager.default.copyItem(atPath: Self.broken, toPath: elsewhere.appendingPathComponent("trasig.md").path)
        return (root, agreements, elsewhere)
    }

    @Test func aLinkedAgreementIsChecked() throws {
        let (_, agreements, elsewhere) = try workspace()
        try FileManager.default.createSymbolicLink(atPath: agreements.appendingPathComponent("länk.md").path,
                                                   withDestinationPath: elsewhere.appendingPathComponent("trasig.md").path)
        let result = try BusDocsProcess.run(["check", agreements.path, "--today", "2026-11-24"])
        #expect(result.status == 1, "\(result.stdout)")
        #expect(result.stdout.contains("länk.md:"))
        #expect(result.stdout.contains("[BUS019] YAML syntax error"))
        #expect(result.stdout.contains("2 files checked: 1 error"))
    }

    @Test func aLinkedFolderIsSearchedAndALoopEndsIt() throws {
        let (_, agreements, elsewhere) = try workspace()
        try FileManager.default.createSymbolicLink(atPath: agreements.appendingPathComponent("ut").path, withDestinationPath: elsewhere.path)
        try FileManager.default.createSymbolicLink(atPath: elsewhere.appendingPathComponent("tillbaka").path, withDestinationPath: agreements.path)
        let result = try BusDocsProcess.run(["check", agreements.path, "--today", "2026-11-24"], timeout: 20)
        #expect(result.status == 1, "\(result.stdout)\(result.stderr)")
        #expect(result.stdout.contains("Agreements/ut/trasig.md:"))
        #expect(result.stdout.contains("2 files checked: 1 error"))
    }

    @Test func aFileNamedTwiceOrReachedTwiceIsCheckedOnce() throws {
        let (_, agreements, _) = try workspace()
        let valid = agreements.appendingPathComponent("giltig.md").path
        try FileManager.default.createSymbolicLink(atPath: agreements.appendingPathComponent("samma.md").path, withDestinationPath: valid)
        let result = try BusDocsProcess.run(["check", valid, agreements.path, valid, "--today", "2026-11-24"])
        #expect(result.status == 0, "\(result.stdout)")
        #expect(result.stdout.contains("1 file checked: 0 errors"))
    }

    @Test func aBrokenLinkIsExitTwoNamingIt() throws {
        let (_, agreements, _) = try workspace()
        let link = agreements.appendingPathComponent("borta.md").path
        try FileManager.default.createSymbolicLink(atPath: link, withDestinationPath: "/no/such/file.md")
        let result = try BusDocsProcess.run(["check", agreements.path])
        #expect(result.status == 2)
        #expect(result.stderr == "bus-docs: \(link): does not exist\n")
    }

    /// Permissions: run as `nobody` when the tests run as root, since root reads anything.
    @Test func anUnreadableFolderOrFileAnywhereIsExitTwoNamingIt() throws {
        guard let launcher = BusDocsProcess.withoutPrivileges else {
            Issue.record("running as root without setpriv: permissions cannot be tested here")
            return
        }
        let (root, agreements, _) = try workspace()
        try FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: root.path)
        let locked = agreements.appendingPathComponent("a/låst")
        try FileManager.default.createDirectory(at: locked, withIntermediateDirectories: true)
        try FileManager.default.copyItem(atPath: CheckCommandTests.valid, toPath: locked.appendingPathComponent("dold.md").path)
        try FileManager.default.setAttributes([.posixPermissions: 0o000], ofItemAtPath: locked.path)
        let folder = try BusDocsProcess.run(["check", agreements.path], launcher: launcher)
        #expect(folder.status == 2, "\(folder.stdout)")
        #expect(folder.stderr == "bus-docs: \(locked.path): cannot be read (no permission)\n")
        let swedish = try BusDocsProcess.run(["check", agreements.path], environment: ["LANG": "sv_SE.UTF-8"], launcher: launcher)
        #expect(swedish.stderr == "bus-docs: \(locked.path): kan inte läsas (behörighet saknas)\n")

        try FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: locked.path)
        let file = locked.appendingPathComponent("dold.md")
        try FileManager.default.setAttributes([.posixPermissions: 0o000], ofItemAtPath: file.path)
        let unreadable = try BusDocsProcess.run(["check", agreements.path], launcher: launcher)
        #expect(unreadable.status == 2, "\(unreadable.stdout)")
        #expect(unreadable.stderr == "bus-docs: \(file.path): cannot be read (no permission)\n")
    }
}
