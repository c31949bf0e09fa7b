import BUSDocsKit
import Testing
#if canImport(Glibc)
import Glibc
#endif

/// File collection over an in-memory file system: links (two names, one inode), loops and unreadable
/// folders anywhere, which a test running as root cannot make with permissions.
@Suite struct AgreementFilesTests {
    /// Paths to what they are; a link is a second path with the same inode.
    enum Node {
        case folder(UInt64, [String])
        case file(UInt64)
        case failure(Int32)
    }

    static func fileSystem(_ nodes: [String: Node], unreadable: Set<String> = []) -> FileSystem {
        FileSystem(
            status: { path in
                switch nodes[path] {
                case .folder(let inode, _)?: return .init(isFolder: true, isRegularFile: false, identity: .init(device: 1, inode: inode))
                case .file(let inode)?: return .init(isFolder: false, isRegularFile: true, identity: .init(device: 1, inode: inode))
                case .failure(let code)?: throw SystemError(code)
                case nil: throw SystemError(ENOENT)
                }
            },
            list: { path in
                guard case .folder(_, let names)? = nodes[path] else { throw SystemError(ENOTDIR) }
                if unreadable.contains(path) { throw SystemError(EACCES) }
                return names
            },
            read: { path, _ in
                if unreadable.contains(path) { throw SystemError(EACCES) }
                return .bytes([])
            })
    }

    @Test func foldersAreSearchedSortedWithoutHiddenFilesOrReadme() throws {
        let fs = Self.fileSystem([
            "a": .folder(1, ["z.md", "README.md", ".dold.md", "b", "notes.txt"]),
            "a/z.md": .file(2), "a/README.md": .file(3), "a/.dold.md": .file(4), "a/notes.txt": .file(5),
            "a/b": .folder(6, ["x.md"]), "a/b/x.md": .file(7),
        ])
        #expect(try AgreementFiles.collect(["a"], in: fs) == ["a/b/x.md", "a/z.md"])
    }

    /// `check Agreements/*.md` (a shell's or pre-commit's list) names the README the folder search leaves
    /// out: without a front matter it is left out too; named alone, or with a front matter, it is read.
    @Test func aReadmeNamedAmongAgreementsIsLeftOutLikeInTheFolder() throws {
        let texts: [String: String] = ["a/README.md": "Skriv era överenskommelser här.\n", "a/Readme.md": "Om mappen\n",
                                       "a/x.md": "---\nbus-docs: 1\n---\n", "b/README.md": "---\nbus-docs: 1\n---\n"]
        let inodes = ["a/README.md": 1, "a/Readme.md": 2, "a/x.md": 3, "b/README.md": 4] as [String: UInt64]
        let fs = FileSystem(
            status: { path in
                guard let inode = inodes[path] else { throw SystemError(ENOENT) }
                return .init(isFolder: false, isRegularFile: true, identity: .init(device: 1, inode: inode))
            },
            list: { _ in throw SystemError(ENOTDIR) },
            read: { path, _ in .bytes(Array((texts[path] ?? "").utf8)) })
        #expect(try AgreementFiles.collect(["a/README.md", "a/Readme.md", "a/x.md"], in: fs) == ["a/x.md"])
        #expect(try AgreementFiles.collect(["a/README.md"], in: fs) == ["a/README.md"])
        #expect(try AgreementFiles.collect(["b/README.md", "a/x.md"], in: fs) == ["b/README.md", "a/x.md"])
    }

    /// A path one slip from a name that exists is answered with that name, written as the path was.
    @Test func aMisspeltPathGetsTheNameMeant() throws {
        let fs = Self.fileSystem([".": .folder(1, ["Agreements", ".git"]), "Agreements": .folder(2, ["varmdo.md", "nacka-2023.md"]),
                                  "Agreements/varmdo.md": .file(3), "Agreements/nacka-2023.md": .file(4)])
        #expect(throws: FileProblem(path: "Agreements/varmod.md", reason: LocalizedText(sv: "finns inte — menade du Agreements/varmdo.md?",
                                                                                        en: "does not exist — did you mean Agreements/varmdo.md?"))) {
            try AgreementFiles.collect(["Agreements/varmod.md"], in: fs)
        }
        #expect(throws: FileProblem(path: "agreements/", reason: LocalizedText(sv: "finns inte — menade du Agreements/?", en: "does not exist — did you mean Agreements/?"))) {
            try AgreementFiles.collect(["agreements/"], in: fs)
        }
        #expect(throws: FileProblem.system(ENOENT, path: "Agreements/solna.md")) { try AgreementFiles.collect(["Agreements/solna.md"], in: fs) }
    }

    @Test func linkedFilesAndFoldersAreFollowedAndEachFileIsTakenOnce() throws {
        let fs = Self.fileSystem([
            "a": .folder(1, ["x.md", "länk.md", "ut"]),
            "a/x.md": .file(2),
            "a/länk.md": .file(2),                    // a link to x.md
            "a/ut": .folder(10, ["y.md"]),            // a link to a folder elsewhere
            "a/ut/y.md": .file(11),
            "b/y.md": .file(11),                      // the same file by its own name
        ])
        #expect(try AgreementFiles.collect(["a", "a/x.md", "b/y.md", "a"], in: fs) == ["a/länk.md", "a/ut/y.md"])
    }

    @Test func aLinkLoopIsSearchedOnce() throws {
        let fs = Self.fileSystem([
            "a": .folder(1, ["x.md", "loop"]),
            "a/x.md": .file(2),
            "a/loop": .folder(1, ["x.md", "loop"]),   // a link back to a
        ])
        #expect(try AgreementFiles.collect(["a"], in: fs) == ["a/x.md"])
    }

    @Test func anUnreadableFolderAnywhereIsAProblemNamingIt() throws {
        let fs = Self.fileSystem([
            "a": .folder(1, ["x.md", "b"]), "a/x.md": .file(2),
            "a/b": .folder(3, ["c"]), "a/b/c": .folder(4, []),
        ], unreadable: ["a/b/c"])
        #expect(throws: FileProblem(path: "a/b/c", reason: LocalizedText(sv: "kan inte läsas (behörighet saknas)", en: "cannot be read (no permission)"))) {
            try AgreementFiles.collect(["a"], in: fs)
        }
    }

    @Test func aBrokenLinkOrMissingPathIsAProblem() throws {
        let fs = Self.fileSystem(["a": .folder(1, ["x.md", "borta.md"]), "a/x.md": .file(2), "a/borta.md": .failure(ENOENT)])
        #expect(throws: FileProblem.system(ENOENT, path: "a/borta.md")) { try AgreementFiles.collect(["a"], in: fs) }
        #expect(throws: FileProblem.system(ENOENT, path: "saknas.md")) { try AgreementFiles.collect(["saknas.md"], in: fs) }
        #expect(FileProblem.system(ENOENT, path: "saknas.md").message == LocalizedText(sv: "saknas.md: finns inte", en: "saknas.md: does not exist"))
    }

    @Test func aFolderWithoutAgreementsIsAProblem() throws {
        let fs = Self.fileSystem(["tom": .folder(1, ["README.md", "a.txt"]), "tom/README.md": .file(2), "tom/a.txt": .file(3)])
        #expect(throws: FileProblem(path: "tom", reason: LocalizedText(sv: "inga överenskommelser (*.md-filer) i mappen", en: "no agreements (*.md files) in this folder"))) {
            try AgreementFiles.collect(["tom"], in: fs)
        }
    }

    @Test func anUnreadableFileIsAProblemWhenRead() throws {
        let fs = Self.fileSystem(["x.md": .file(1)], unreadable: ["x.md"])
        #expect(throws: FileProblem.system(EACCES, path: "x.md")) { try AgreementFiles.read("x.md", in: fs) }
    }
}
