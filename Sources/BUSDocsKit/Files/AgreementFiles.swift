#if canImport(Glibc)
import Glibc
#endif

/// Turns the paths on the command line into the agreement files to read, and reads them.
///
/// Folders are searched recursively for `*.md` (not `README.md`, nothing hidden); a `README.md` named
/// among other files (`check Agreements/*.md`, a pre-commit hook) is left out too when it has no front
/// matter, so that a folder is checked alike however its files are named. Symbolic links to
/// files and folders are followed; a folder reached again (a link loop, or a folder named twice) is not
/// searched again, and a file reached by two names is read once, under the first. Nothing is skipped
/// silently: a path that does not exist, a folder or file that cannot be read — anywhere under an input —
/// is a `FileProblem` naming it.
public enum AgreementFiles {
    public static func collect(_ paths: [String], in fileSystem: FileSystem = .system) throws -> [String] {
        var seen: Set<FileSystem.Identity> = []
        var files: [String] = []
        for path in paths {
            let status: FileSystem.Status
            do {
                status = try self.status(of: path, in: fileSystem)
            } catch let problem as FileProblem where problem == .system(ENOENT, path: path) {
                throw missing(path, in: fileSystem) ?? problem
            }
            if !status.isFolder {
                if seen.insert(status.identity).inserted { files.append(path) }
                continue
            }
            // The same folder named twice (or inside one named before) adds nothing.
            if seen.contains(status.identity) { continue }
            var found: [(path: String, identity: FileSystem.Identity)] = []
            try search(path, identity: status.identity, in: fileSystem, seen: &seen, found: &found)
            if found.isEmpty { throw FileProblem.noAgreements(in: path) }
            // Sorted by path, so the order is the same whatever order the folders list their files in.
            for file in found.sorted(by: { $0.path < $1.path }) where seen.insert(file.identity).inserted {
                files.append(file.path)
            }
        }
        // `Agreements/*.md` names the folder's README too: without a front matter it is no agreement.
        let readmes = files.filter { isReadme($0) && !startsWithFrontMatter($0, in: fileSystem) }
        if readmes.count < files.count { files.removeAll { readmes.contains($0) } }
        // A text attachment in Markdown (`fil: bilagor/rutin.md`) is published with the agreement that
        // lists it, not read as an agreement of its own — also when it is named alone (a pre-commit hook
        // given the one file changed).
        files.removeAll { !startsWithFrontMatter($0, in: fileSystem) && isListedAttachment($0, in: fileSystem) }
        return files
    }

    /// Whether an agreement in the file's folder or the folder above lists it under `bilagor:`.
    static func isListedAttachment(_ path: String, in fileSystem: FileSystem) -> Bool {
        guard let target = AttachmentFiles.realPath(path) else { return false }
        let folder = AttachmentFiles.parentFolder(of: path)
        var folders = [folder]
        if !folder.isEmpty { folders.append(AttachmentFiles.parentFolder(of: String(folder.dropLast()))) }
        for folder in folders {
            let names = (try? fileSystem.list(folder.isEmpty ? "." : folder)) ?? []
            for name in names.sorted() where name.hasSuffix(".md") && !name.hasPrefix(".") && folder + name != path {
                let candidate = folder + name
                guard startsWithFrontMatter(candidate, in: fileSystem), let agreement = (try? read(candidate, in: fileSystem))?.agreement else { continue }
                let listed = agreement.attachments.compactMap(\.file).contains { file in
                    let written = file.value.trimmingSpaces()
                    return !written.isEmpty && !AttachmentFiles.leavesFolder(written)
                        && AttachmentFiles.realPath(folder + AttachmentFiles.normalized(written)) == target
                }
                if listed { return true }
            }
        }
        return false
    }

    /// What to say of a path that does not exist: the name it is a typo of (`Agreements/varmdo` →
    /// `Agreements/varmdo.md`), the agreement in `Agreements/` a bare name is (`varmdo.md`), or, for the default `Agreements` folder, what to do instead, naming the
    /// agreements that are here. Nil when there is nothing more to say than "does not exist".
    static func missing(_ path: String, in fileSystem: FileSystem) -> FileProblem? {
        if !path.hasSuffix("/"), !path.lowercased().hasSuffix(".md"), (try? fileSystem.status(path + ".md"))?.isRegularFile == true {
            return FileProblem.doesNotExist(path, meant: path + ".md")
        }
        // `vallentuna.md` typed without its folder: the agreement of that name in `Agreements/`.
        if !path.contains("/") {
            for meant in ["Agreements/" + path, "Agreements/" + path + ".md"] where (try? fileSystem.status(meant))?.isRegularFile == true {
                return FileProblem.doesNotExist(path, meant: meant)
            }
        }
        if let meant = nearestName(to: path, in: fileSystem) { return FileProblem.doesNotExist(path, meant: meant) }
        var name = path
        while name.count > 1, name.hasSuffix("/") { name.removeLast() }
        guard name == "Agreements" || name == "./Agreements" else { return nil }
        let here = ((try? fileSystem.list(".")) ?? []).filter { $0.lowercased().hasSuffix(".md") && !$0.hasPrefix(".") && !isReadme($0) }.sorted()
        return FileProblem.noAgreementsFolder(path, found: here)
    }

    /// A folder named where one agreement is wanted: what to name instead, with its agreements as examples.
    static func folderNamed(_ path: String, in fileSystem: FileSystem) -> FileProblem {
        let inside = ((try? collect([path], in: fileSystem)) ?? [])
        return FileProblem.isAFolder(path, agreements: inside)
    }

    /// `Agreements/varmod.md` for `varmdo.md`, `agreements/` for `Agreements/`: the name in the same
    /// folder a path that does not exist is a typo of, written as the path was.
    static func nearestName(to path: String, in fileSystem: FileSystem) -> String? {
        let trailing = path.hasSuffix("/") ? "/" : ""
        let trimmed = trailing.isEmpty ? path : String(path.dropLast())
        let slash = trimmed.lastIndex(of: "/")
        let folder = slash.map { String(trimmed[..<$0]) } ?? ""
        let name = slash.map { String(trimmed[trimmed.index(after: $0)...]) } ?? trimmed
        guard !name.isEmpty, let names = try? fileSystem.list(folder.isEmpty ? "." : folder) else { return nil }
        let visible = names.filter { !$0.hasPrefix(".") }
        guard let meant = visible.first(where: { $0.lowercased() == name.lowercased() }) ?? Suggestion.nearest(to: name, in: visible) else { return nil }
        return (slash == nil ? "" : folder + "/") + meant + trailing
    }

    /// `README.md` in any case: the folder's description, not an agreement.
    static func isReadme(_ path: String) -> Bool {
        (path.split(separator: "/").last.map(String.init) ?? path).lowercased() == "readme.md"
    }

    /// Read no further than the first bytes: every file named or found is asked.
    private static func startsWithFrontMatter(_ path: String, in fileSystem: FileSystem) -> Bool {
        guard let bytes = try? fileSystem.head(path, 6) else { return true }
        let start = bytes.starts(with: [0xEF, 0xBB, 0xBF]) ? Array(bytes.dropFirst(3)) : bytes
        return start.starts(with: Array("---".utf8))
    }

    /// One file read and parsed; a file over the size limit is refused without loading it whole.
    public static func read(_ path: String, in fileSystem: FileSystem = .system) throws -> ParsedAgreement {
        do {
            switch try fileSystem.read(path, SourceDecoder.maximumFileSize) {
            case .bytes(let bytes): return AgreementParser.parse(bytes: bytes, path: path)
            case .tooLarge(let size): return AgreementParser.tooLarge(path: path, size: size)
            }
        } catch let error as SystemError {
            if error.code == ENOENT, let problem = missing(path, in: fileSystem) { throw problem }
            if error.code == EISDIR || (try? fileSystem.status(path))?.isFolder == true { throw folderNamed(path, in: fileSystem) }
            throw FileProblem.system(error.code, path: path)
        }
    }

    private static func search(_ folder: String, identity: FileSystem.Identity, in fileSystem: FileSystem,
                               seen: inout Set<FileSystem.Identity>, found: inout [(path: String, identity: FileSystem.Identity)]) throws {
        guard seen.insert(identity).inserted else { return }
        let names: [String]
        do {
            names = try fileSystem.list(folder)
        } catch let error as SystemError {
            throw FileProblem.system(error.code, path: folder)
        }
        let prefix = folder.hasSuffix("/") ? folder : folder + "/"
        for name in names.sorted() where !name.hasPrefix(".") {
            let path = prefix + name
            let status = try self.status(of: path, in: fileSystem)
            if status.isFolder {
                try search(path, identity: status.identity, in: fileSystem, seen: &seen, found: &found)
            } else if status.isRegularFile, name.hasSuffix(".md"), !isReadme(name) {
                found.append((path, status.identity))
            }
        }
    }

    private static func status(of path: String, in fileSystem: FileSystem) throws -> FileSystem.Status {
        do {
            return try fileSystem.status(path)
        } catch let error as SystemError {
            throw FileProblem.system(error.code, path: path)
        }
    }
}
