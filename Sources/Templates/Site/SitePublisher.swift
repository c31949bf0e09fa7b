import BUSDocsKit
import Foundation
import Synchronization

/// Writes a site into `--out` all or nothing: every file goes into a staging folder beside `--out`
/// (`.NAME.bus-docs-staging-PID`), the files of the user's that live in `--out` are linked into it, and
/// then the staging folder and `--out` swap places in one rename. Until that rename nothing in `--out`
/// has changed, so a failure at any point — a full disk, a broken template, a file in the way — leaves
/// the previous site byte for byte; after it, the old site is removed.
///
/// A manifest (`.bus-docs-manifest`) lists the files bus-docs made: those it may replace or drop. Any
/// other file in `--out` is the user's and is kept; a new page where a user's file is is refused.
public final class SitePublisher: Sendable {
    public static let manifestName = ".bus-docs-manifest"
    static let stagingMarker = ".bus-docs-staging-"

    /// `--out` as given, for messages.
    public let out: String
    /// `--out` with its links resolved: the folder that is swapped.
    let target: String
    let staging: String
    /// The files the previous build made (its manifest).
    let previous: Set<String>
    private let written = Mutex<Set<String>>([])
    /// Folders made for `--out` itself, removed again when the build is abandoned.
    private let madeFolders = Mutex<[String]>([])

    /// Makes the staging folder beside `--out` (and `--out`'s parent folders when they are missing).
    public init(out: String) throws {
        self.out = out
        let absolute = out.hasPrefix("/") ? out : FileManager.default.currentDirectoryPath + "/" + out
        let standardized = (absolute as NSString).standardizingPath
        target = (try? FileManager.default.destinationOfSymbolicLink(atPath: standardized)).map { link in
            link.hasPrefix("/") ? link : ((standardized as NSString).deletingLastPathComponent as NSString).appendingPathComponent(link)
        } ?? standardized
        let parent = (target as NSString).deletingLastPathComponent
        staging = parent + "/." + (target as NSString).lastPathComponent + Self.stagingMarker + "\(getpid())"
        previous = Self.ownFiles(in: target)
        try makeFolders(parent)
        // The swap is a rename, which cannot move a mount point: say so before rendering anything.
        var outStatus = stat(), parentStatus = stat()
        if stat(target, &outStatus) == 0, stat(parent, &parentStatus) == 0, outStatus.st_dev != parentStatus.st_dev {
            throw FileProblem(path: out, reason: LocalizedText(
                sv: "är en monteringspunkt, och webbplatsen byts in med ett enda namnbyte; välj en mapp i den som --out",
                en: "is a mount point, and the site is swapped in with one rename; choose a folder inside it as --out"))
        }
        Self.removeAbandonedStaging(beside: target)
        if mkdir(staging, 0o755) != 0 { throw failure(errno, at: staging) }
    }

    /// The whole site at once: stage, then commit.
    public static func publish(_ files: [OutputFile], to out: String) throws {
        let publisher = try SitePublisher(out: out)
        do {
            try publisher.stage(files)
            try publisher.commit()
        } catch {
            publisher.abandon()
            throw error
        }
    }

    /// Writes files into the staging folder; `--out` does not change. Safe from several threads.
    public func stage(_ files: [OutputFile]) throws {
        for file in files {
            guard Self.isPlainRelative(file.path) else { throw failure(EINVAL, at: path(file.path)) }
            var status = stat()
            if lstat(path(file.path), &status) == 0, !previous.contains(file.path) {
                throw Self.notOurs(path(file.path))
            }
            guard written.withLock({ $0.insert(file.path).inserted }) else {
                throw FileProblem(path: path(file.path), reason: LocalizedText(
                    sv: "två dokument skulle få samma namn", en: "two documents would have the same name"))
            }
            let destination = staging + "/" + file.path
            try makeFolders(Self.parentFolder(of: destination))
            do {
                switch file.contents {
                case .text(let text): try FileWriter.write(text, to: destination)
                case .bytes(let bytes): try FileWriter.write(bytes, to: destination)
                }
            } catch let error as SystemError {
                throw failure(error.code, at: path(file.path))
            }
        }
    }

    /// Writes the manifest, brings the user's files along, and swaps the staging folder in.
    public func commit() throws {
        let manifest = written.withLock { $0.sorted() }.joined(separator: "\n") + "\n"
        do {
            try FileWriter.write(manifest, to: staging + "/" + Self.manifestName)
        } catch let error as SystemError {
            throw failure(error.code, at: path(Self.manifestName))
        }
        var status = stat()
        guard lstat(target, &status) == 0 else {
            if rename(staging, target) != 0 { throw failure(errno, at: out) }
            return
        }
        guard status.st_mode & S_IFMT == S_IFDIR else { throw failure(ENOTDIR, at: out) }
        chmod(staging, status.st_mode & 0o7777)
        let ownFolders = Set(previous.flatMap(Self.folders(of:)))
        try carryOver("", ownFolders: ownFolders)
        try FolderSwap.exchange(staging, target, failure: { self.failure($0, at: self.out) })
        // The old site is now at the staging path; the user's files in it are linked into the new one.
        FileWriter.removeTree(staging)
    }

    /// Removes the staging folder: `--out` stays as it was.
    public func abandon() {
        FileWriter.removeTree(staging)
        for folder in madeFolders.withLock({ $0 }).reversed() { rmdir(folder) }
    }

    /// Links every file in `--out` that bus-docs did not make into the same place in the staging folder.
    private func carryOver(_ relative: String, ownFolders: Set<String>) throws {
        let folder = relative.isEmpty ? target : target + "/" + relative
        let names: [String]
        do {
            names = try FileManager.default.contentsOfDirectory(atPath: folder)
        } catch {
            throw FileProblem(path: folder, reason: LocalizedText(sv: "kan inte läsas (\(Self.reason(error)))", en: "cannot be read (\(Self.reason(error)))"))
        }
        if !ownFolders.contains(relative) { try makeFolders(relative.isEmpty ? staging : staging + "/" + relative) }
        for name in names.sorted() {
            let item = relative.isEmpty ? name : relative + "/" + name
            if item == Self.manifestName || previous.contains(item) || name.contains(Self.stagingMarker) { continue }
            let source = target + "/" + item, destination = staging + "/" + item
            var status = stat()
            guard lstat(source, &status) == 0 else { throw failure(errno, at: source) }
            if status.st_mode & S_IFMT == S_IFDIR {
                try carryOver(item, ownFolders: ownFolders)
                continue
            }
            try makeFolders(Self.parentFolder(of: destination))
            var existing = stat()
            if lstat(destination, &existing) == 0 { throw Self.notOurs(source) }
            let linked = status.st_mode & S_IFMT == S_IFLNK
                ? (try? FileManager.default.destinationOfSymbolicLink(atPath: source)).map { symlink($0, destination) == 0 } ?? false
                : link(source, destination) == 0 || (try? FileManager.default.copyItem(atPath: source, toPath: destination)) != nil
            if !linked { throw failure(errno, at: source) }
        }
    }

    /// mkdir -p; a file in the way of a folder is a file that is not ours.
    private func makeFolders(_ folder: String) throws {
        if folder.isEmpty || folder == "/" { return }
        var status = stat()
        if stat(folder, &status) == 0 {
            if status.st_mode & S_IFMT == S_IFDIR { return }
            if folder.hasPrefix(staging + "/") { throw Self.notOurs(target + folder.dropFirst(staging.count)) }
            throw failure(ENOTDIR, at: folder)
        }
        try makeFolders(Self.parentFolder(of: folder))
        if mkdir(folder, 0o755) == 0 {
            if !folder.hasPrefix(staging) { madeFolders.withLock { $0.append(folder) } }
        } else if errno != EEXIST {
            throw failure(errno, at: folder)
        }
    }

    /// Staging folders of builds that were killed (their process is gone) are removed.
    static func removeAbandonedStaging(beside target: String) {
        let parent = (target as NSString).deletingLastPathComponent
        let prefix = "." + (target as NSString).lastPathComponent + stagingMarker
        for name in (try? FileManager.default.contentsOfDirectory(atPath: parent)) ?? [] where name.hasPrefix(prefix) {
            guard let pid = Int32(name.dropFirst(prefix.count)), kill(pid, 0) != 0, errno == ESRCH else { continue }
            FileWriter.removeTree(parent + "/" + name)
        }
    }

    /// The files a previous build listed in its manifest; none when there is no manifest.
    static func ownFiles(in out: String) -> Set<String> {
        guard let data = FileManager.default.contents(atPath: out + "/" + manifestName) else { return [] }
        let lines = String(decoding: data, as: UTF8.self).split(separator: "\n").map(String.init)
        // Only plain relative paths count: a manifest is never a way to reach outside the folder.
        return Set(lines.filter(isPlainRelative))
    }

    static func isPlainRelative(_ path: String) -> Bool {
        // On the bytes when none is from CC on: then every `/` and `.` is a character of its own, and the
        // parts are those the characters give (every file written passes here).
        let bytes = path.utf8
        guard bytes.contains(where: { $0 >= 0xCC }) else {
            return !bytes.isEmpty && bytes.first != 0x2F && !bytes.split(separator: 0x2F, omittingEmptySubsequences: false).contains { part in
                part.isEmpty || part.elementsEqual([0x2E]) || part.elementsEqual([0x2E, 0x2E])
            }
        }
        return !path.isEmpty && !path.hasPrefix("/") && !path.split(separator: "/", omittingEmptySubsequences: false).contains { $0 == ".." || $0 == "." || $0.isEmpty }
    }

    /// `(path as NSString).deletingLastPathComponent`, worked out on the bytes for a path with no `//`,
    /// no `/` at its end and no byte from CC on (every `/` a character of its own), which Foundation would
    /// give back unchanged before cutting it: what comes before its last `/` (`/` for one at the start,
    /// nothing for none). Any other path is Foundation's.
    static func parentFolder(of path: String) -> String {
        let bytes = path.utf8
        var last: String.UTF8View.Index?, previous: UInt8 = 0
        for index in bytes.indices {
            let byte = bytes[index]
            if byte >= 0xCC || (byte == 0x2F && previous == 0x2F) { return (path as NSString).deletingLastPathComponent }
            if byte == 0x2F { last = index }
            previous = byte
        }
        guard previous != 0x2F else { return (path as NSString).deletingLastPathComponent }
        guard let last else { return "" }
        return last == bytes.startIndex ? "/" : String(path[..<last])
    }

    /// "a/b/c.html" → ["", "a", "a/b"]: the folders a file of ours lives in.
    static func folders(of path: String) -> [String] {
        let parts = path.split(separator: "/").dropLast()
        return [""] + parts.indices.map { parts[...$0].joined(separator: "/") }
    }

    static func notOurs(_ path: String) -> FileProblem {
        FileProblem(path: path, reason: LocalizedText(
            sv: "finns och är inte gjord av bus-docs; flytta den eller välj en annan --out",
            en: "exists and was not made by bus-docs; move it away or choose another --out"))
    }

    /// A system error on a path, said with what it means for the site.
    func failure(_ code: Int32, at path: String) -> FileProblem {
        // The staging folder is bus-docs' own: a problem there is named by the `--out` the user wrote.
        let path = path == staging ? out : path.hasPrefix(staging + "/") ? self.path(String(path.dropFirst(staging.count + 1))) : path
        let problem = FileProblem.system(code, path: path, writing: true)
        return FileProblem(path: path, reason: LocalizedText(
            sv: problem.reason.sv + "; de tidigare filerna är oförändrade", en: problem.reason.en + "; the previous files are unchanged"))
    }

    private func path(_ relative: String) -> String {
        (out as NSString).appendingPathComponent(relative)
    }

    /// The system's words for a file error ("Not a directory", "No space left on device").
    public static func reason(_ error: Error) -> String {
        if let system = error as? SystemError { return String(cString: strerror(system.code)) }
        if let posix = error as? POSIXError { return String(cString: strerror(posix.code.rawValue)) }
        var current = error as NSError
        while let underlying = current.userInfo[NSUnderlyingErrorKey] as? NSError { current = underlying }
        if current.domain == NSPOSIXErrorDomain { return String(cString: strerror(Int32(current.code))) }
        return current.localizedDescription
    }
}
