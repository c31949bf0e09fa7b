import BUSDocsKit
import Testing
#if canImport(Glibc)
import Glibc
#endif

/// The checking half of the pipeline as `check` runs it: collect → read → parse → validate, on an
/// in-memory file system.
@Suite struct CheckRunTests {
    static func fileSystem(_ files: [String: String]) -> FileSystem {
        // Every folder above a file, with the names directly in it.
        var tree: [String: Set<String>] = [:]
        for path in files.keys {
            let parts = path.split(separator: "/").map(String.init)
            for depth in 1..<parts.count {
                tree[parts[..<depth].joined(separator: "/"), default: []].insert(parts[depth])
            }
        }
        let folders = tree
        return FileSystem(
            status: { path in
                if let inode = files.keys.sorted().firstIndex(of: path) {
                    return .init(isFolder: false, isRegularFile: true, identity: .init(device: 1, inode: UInt64(inode + 100)))
                }
                if let index = folders.keys.sorted().firstIndex(of: path) {
                    return .init(isFolder: true, isRegularFile: false, identity: .init(device: 1, inode: UInt64(index + 1)))
                }
                throw SystemError(ENOENT)
            },
            list: { path in
                guard let names = folders[path] else { throw SystemError(ENOTDIR) }
                return names.sorted()
            },
            read: { path, _ in
                guard let text = files[path] else { throw SystemError(ENOENT) }
                return .bytes(Array(text.utf8))
            })
    }

    @Test func everyFileIsReadAndCheckedInPathOrder() throws {
        let broken = Fixture.valid.replacing("huvudman: region", with: "huvudman: kommun")
            .replacing("huvudman: region", with: "huvudman: kommun").replacing("huvudman: region", with: "huvudman: kommun")
        let fs = Self.fileSystem(["a/valid.md": Fixture.valid, "a/b/broken.md": broken, "a/c/no-front-matter.md": "# Rubrik\n"])
        let report = try CheckRun(paths: ["a"], validator: Validator(today: Fixture.today)).report(in: fs)
        try #require(report.files.map(\.path) == ["a/b/broken.md", "a/c/no-front-matter.md", "a/valid.md"])
        #expect(report.files[0].diagnostics.map(\.ruleID) == ["BUS002"])
        #expect(report.files[1].diagnostics.contains { $0.severity == .error }, "a file without front matter is an error")
        #expect(report.files[2].diagnostics.isEmpty)
        // Each file as the pipeline reads it alone: the same findings.
        let alone = try CheckedFile.read("a/b/broken.md", validator: Validator(today: Fixture.today), in: fs)
        #expect(alone.diagnostics == report.files[0].diagnostics)
    }

    @Test func aMissingPathIsAFileProblem() {
        #expect(throws: FileProblem.self) {
            try CheckRun(paths: ["saknas"], validator: Validator(today: Fixture.today)).report(in: Self.fileSystem([:]))
        }
    }
}
