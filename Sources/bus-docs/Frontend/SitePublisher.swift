import Foundation
import Templates

/// write, for a whole site: never over a file bus-docs did not make, and all or nothing.
///
/// Files are staged — written beside their targets as temporary files — as they are rendered, from as
/// many threads as render; only `commit` renames them into place, so a failed build (a full disk, an
/// unwritable folder, a broken template) leaves the previous site as it was. A manifest in the output
/// folder lists the files bus-docs made, which tells its own files — safe to replace, or to remove when
/// an agreement goes — from a user's.
final class SitePublisher: @unchecked Sendable {
    static let manifestName = ".bus-docs-manifest"

    let out: String
    private let previous: Set<String>
    private let lock = NSLock()
    private var staged: [(path: String, temporary: String, target: String)] = []
    /// Folders this build made, so an abandoned build takes them away again.
    private var madeFolders: [String] = []

    init(out: String) {
        self.out = out
        previous = Self.ownFiles(in: out)
    }

    /// The whole site at once: stage, then commit.
    static func publish(_ files: [OutputFile], to out: String) throws {
        let publisher = SitePublisher(out: out)
        do {
            try publisher.stage(files)
            try publisher.commit()
        } catch {
            publisher.abandon()
            throw error
        }
    }

    /// Writes each file as a temporary file beside its target; nothing in the site changes yet.
    func stage(_ files: [OutputFile]) throws {
        for file in files {
            let target = path(file.path)
            if FileManager.default.fileExists(atPath: target), !previous.contains(file.path) {
                throw UsageFailure(message: "\(target): exists and was not made by bus-docs; move it away or choose another --out")
            }
            try write(file, to: target)
        }
    }

    /// Renames every staged file into place with the manifest, and removes the files a previous build
    /// made that this one did not.
    func commit() throws {
        let paths = lock.withLock { staged.map(\.path) }
        try write(OutputFile(path: Self.manifestName, contents: paths.sorted().joined(separator: "\n") + "\n"), to: path(Self.manifestName))
        for file in lock.withLock({ staged }) where rename(file.temporary, file.target) != 0 {
            throw UsageFailure(message: "\(file.target): cannot be written: \(String(cString: strerror(errno)))")
        }
        lock.withLock { staged = [] }
        for stale in previous.subtracting(paths) {
            try? FileManager.default.removeItem(atPath: path(stale))
        }
    }

    /// Removes what was staged: the site stays as it was.
    func abandon() {
        for file in lock.withLock({ staged }) { unlink(file.temporary) }
        for folder in lock.withLock({ madeFolders }).reversed() { rmdir(folder) }
        lock.withLock { staged = []; madeFolders = [] }
    }

    private func write(_ file: OutputFile, to target: String) throws {
        let folder = (target as NSString).deletingLastPathComponent
        let temporary = folder + "/.\((target as NSString).lastPathComponent).bus-docs-tmp"
        lock.withLock { staged.append((file.path, temporary, target)) }
        do {
            try makeFolder(folder)
        } catch let failure as FolderFailure {
            throw UsageFailure(message: "\(failure.path): cannot be written (\(String(cString: strerror(failure.code)))); the previous files are unchanged")
        }
        do {
            try Self.writeFile(file.contents, to: temporary)
        } catch {
            throw UsageFailure(message: "\(target): cannot be written (\(Self.reason(error))); the previous files are unchanged")
        }
    }

    /// open, write, close: no Foundation buffering or syncing per file; the rename is what makes it safe.
    static func writeFile(_ contents: String, to path: String) throws {
        let descriptor = open(path, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o644)
        guard descriptor >= 0 else { throw POSIXError(POSIXErrorCode(rawValue: errno) ?? .EIO) }
        defer { close(descriptor) }
        var text = contents
        try text.withUTF8 { buffer in
            var offset = 0
            while offset < buffer.count {
                let written = Glibc.write(descriptor, buffer.baseAddress! + offset, buffer.count - offset)
                if written < 0 {
                    if errno == EINTR { continue }
                    throw POSIXError(POSIXErrorCode(rawValue: errno) ?? .EIO)
                }
                offset += written
            }
        }
    }

    /// The files a previous build listed in its manifest; none when there is no manifest.
    static func ownFiles(in out: String) -> Set<String> {
        guard let data = FileManager.default.contents(atPath: (out as NSString).appendingPathComponent(manifestName)) else { return [] }
        let lines = String(decoding: data, as: UTF8.self).split(separator: "\n").map(String.init)
        // Only plain relative paths count: a manifest is never a way to reach outside the folder.
        return Set(lines.filter { !$0.hasPrefix("/") && !$0.split(separator: "/").contains("..") })
    }

    /// A folder that could not be made, and why.
    struct FolderFailure: Error {
        var path: String
        var code: Int32
    }

    /// mkdir -p, failing with the system's error ("Not a directory") for the path that is in the way.
    private func makeFolder(_ path: String) throws {
        // A relative path ends in "" (the working folder), which exists.
        if path.isEmpty || path == "." || path == "/" { return }
        var status = stat()
        if stat(path, &status) == 0 {
            if status.st_mode & S_IFMT == S_IFDIR { return }
            throw FolderFailure(path: path, code: ENOTDIR)
        }
        try makeFolder((path as NSString).deletingLastPathComponent)
        if mkdir(path, 0o755) == 0 {
            lock.withLock { madeFolders.append(path) }
        } else if errno != EEXIST {
            throw FolderFailure(path: path, code: errno)
        }
    }

    /// The system's words for a file error ("Not a directory", "No space left on device").
    static func reason(_ error: Error) -> String {
        if let posix = error as? POSIXError { return String(cString: strerror(posix.code.rawValue)) }
        var current = error as NSError
        while let underlying = current.userInfo[NSUnderlyingErrorKey] as? NSError { current = underlying }
        if current.domain == NSPOSIXErrorDomain { return String(cString: strerror(Int32(current.code))) }
        return current.localizedDescription
    }

    private func path(_ relative: String) -> String {
        (out as NSString).appendingPathComponent(relative)
    }
}
